import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { InboundT } from '../../types';
import { useCitizenList } from '../citizens/queries';

/** Accepts: opens an outreach course on a new unidentified citizen or on one already known. */
export function AcceptForm({ inbound, onCancel }: { inbound: InboundT; onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState('new');
  const [alias, setAlias] = useState('');
  const [description, setDescription] = useState(inbound.description);
  const [place, setPlace] = useState(inbound.place ?? '');
  const [citizenId, setCitizenId] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const known = useCitizenList({ q: '', mine: false, page: 1, pageSize: 100 });
  const save = useMutation({
    mutationFn: (body: object) => api.post<InboundT>(`/inbound-referrals/${encodeURIComponent(inbound.id)}/accept`, body),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: ['inbound'] });
      await queryClient.invalidateQueries({ queryKey: ['citizens'] });
      if (r.citizenId) await navigate({ to: '/citizens/$citizenId', params: { citizenId: r.citizenId } });
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (target === 'new' && !alias.trim()) errors.alias = 'required';
    if (target === 'existing' && !citizenId) errors.citizenId = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate(target === 'new' ? { alias: alias.trim(), description: description.trim() || undefined, place: place.trim() || undefined } : { citizenId });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `accept-${n}-${inbound.id}`;
  return (
    <form onSubmit={submit} noValidate className="form form-inset" aria-label={t('inbound.accept')}>
      <ErrorAlert error={save.error} />
      <ChoiceGroup name={id('target')} legend={t('inbound.acceptFor')} tiles={false} value={target} onChange={setTarget} options={['new', 'existing'].map((v) => ({ value: v, label: t(`inbound.target.${v}`) }))} />
      {target === 'new' ? (
        <>
          <TextField id={id('alias')} label={t('citizens.fields.alias')} hint={t('inbound.aliasHint')} value={alias} onChange={setAlias} error={err('alias')} required />
          <TextField id={id('description')} label={t('citizens.fields.description')} multiline rows={2} value={description} onChange={setDescription} error={err('description')} />
          <TextField id={id('place')} label={t('citizens.fields.place')} value={place} onChange={setPlace} error={err('place')} />
        </>
      ) : (
        <SelectField
          id={id('citizen')}
          label={t('inbound.citizen')}
          required
          value={citizenId}
          onChange={setCitizenId}
          options={[{ value: '', label: t('inbound.chooseCitizen') }, ...(known.data?.items ?? []).map((c) => ({ value: c.id, label: c.displayName }))]}
          error={err('citizenId')}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('inbound.acceptSubmit')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
