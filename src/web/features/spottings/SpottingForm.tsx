import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { SpottingT } from '../../types';
import { crisisKeys } from '../crisis/queries';
import { usePlaces } from '../places/queries';

const empty = { alias: '', description: '', placeId: '', place: '', seen: '', lifeThreatening: false };

/** The spotter registers a citizen in an acute crisis; the social mentor gets the task. */
export function SpottingForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const places = usePlaces();
  const [f, setF] = useState(empty);
  const [client, setClient] = useState<ClientErrors>({});
  const set = (patch: Partial<typeof f>) => setF((v) => ({ ...v, ...patch }));
  const save = useMutation({
    mutationFn: (body: object) => api.post<SpottingT>('/spottings', body),
    onSuccess: async () => {
      setF(empty);
      await queryClient.invalidateQueries({ queryKey: crisisKeys.all });
      onSaved();
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!f.alias.trim()) errors.alias = 'required';
    if (!f.seen.trim()) errors.seen = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate({
      alias: f.alias.trim(),
      description: f.description.trim() || undefined,
      placeId: f.placeId || undefined,
      place: f.placeId ? undefined : f.place.trim() || undefined,
      seen: f.seen.trim(),
      lifeThreatening: f.lifeThreatening,
    });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const registered = places.data?.items ?? [];
  return (
    <form onSubmit={submit} noValidate className="form card spotting-form" aria-labelledby="spotting-form-heading">
      <h2 id="spotting-form-heading">{t('spottings.form.title')}</h2>
      <p className="alert alert-warning" role="note">
        {t('spottings.form.emergency')}
      </p>
      <ErrorAlert error={save.error} />
      <div className="field-grid">
        <TextField id="spotting-alias" label={t('spottings.form.alias')} hint={t('spottings.form.aliasHint')} value={f.alias} onChange={(alias) => set({ alias })} error={err('alias')} required />
        {registered.length > 0 ? (
          <SelectField
            id="spotting-place-id"
            label={t('spottings.form.placeId')}
            value={f.placeId}
            onChange={(placeId) => set({ placeId })}
            options={[{ value: '', label: t('spottings.form.placeNotListed') }, ...registered.map((p) => ({ value: p.id, label: p.name }))]}
            error={err('placeId')}
          />
        ) : null}
        {f.placeId ? null : (
          <TextField id="spotting-place" label={t('spottings.form.place')} hint={t('spottings.form.placeHint')} value={f.place} onChange={(place) => set({ place })} error={err('place')} />
        )}
      </div>
      <TextField id="spotting-description" label={t('spottings.form.description')} hint={t('spottings.form.descriptionHint')} multiline rows={2} value={f.description} onChange={(description) => set({ description })} error={err('description')} />
      <TextField id="spotting-seen" label={t('spottings.form.seen')} hint={t('spottings.form.seenHint')} multiline rows={4} value={f.seen} onChange={(seen) => set({ seen })} error={err('seen')} required />
      <CheckboxField id="spotting-life" label={t('spottings.form.lifeThreatening')} checked={f.lifeThreatening} onChange={(lifeThreatening) => set({ lifeThreatening })} error={err('lifeThreatening')} />
      <button type="submit" className="button-primary button-block" disabled={save.isPending}>
        {save.isPending ? t('common.saving') : t('spottings.form.submit')}
      </button>
    </form>
  );
}
