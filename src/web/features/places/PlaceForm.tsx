import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { placeTypes } from '../../../shared/schemas/plans';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { PlaceT } from '../../types';
import { useMyUnits } from '../citizens/queries';
import { colleaguesOf } from './colleagues';
import { placeKeys } from './queries';

const empty = { name: '', type: '', address: '', latitude: '', longitude: '', openingHours: '', description: '', partnerContacts: '' };

/** A coordinate typed with a dot or a Danish decimal comma; null when empty, NaN when not a number. */
function coordinate(v: string): number | null {
  const s = v.trim().replace(',', '.');
  return s ? Number(s) : null;
}

/** Adds a place to the register (catalog.manage). Coordinates are optional: the list works without them. */
export function PlaceForm({ onDone }: { onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const people = colleaguesOf(useMyUnits().data);
  const [f, setF] = useState(empty);
  const [assigneeIds, setAssigneeIds] = useState<string[]>([]);
  const [client, setClient] = useState<ClientErrors>({});
  const set = (patch: Partial<typeof f>) => setF((v) => ({ ...v, ...patch }));
  const save = useMutation({
    mutationFn: (body: object) => api.post<PlaceT>('/places', body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: placeKeys.all });
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    const lat = coordinate(f.latitude);
    const lng = coordinate(f.longitude);
    if (!f.name.trim()) errors.name = 'required';
    if (!f.type) errors.type = 'required';
    if (lat !== null && !(lat >= -90 && lat <= 90)) errors.latitude = 'invalid_value';
    if (lng !== null && !(lng >= -180 && lng <= 180)) errors.longitude = 'invalid_value';
    if ((lat === null) !== (lng === null)) errors[lat === null ? 'latitude' : 'longitude'] = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    const text = (v: string) => v.trim() || undefined;
    save.mutate({
      name: f.name.trim(),
      type: f.type,
      address: text(f.address),
      latitude: lat,
      longitude: lng,
      openingHours: text(f.openingHours),
      description: text(f.description),
      partnerContacts: text(f.partnerContacts),
      assigneeIds,
    });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={t('places.create')}>
      <ErrorAlert error={save.error} />
      <div className="field-grid">
        <TextField id="place-name" label={t('places.fields.name')} value={f.name} onChange={(name) => set({ name })} error={err('name')} required />
        <SelectField
          id="place-type"
          label={t('places.fields.type')}
          required
          value={f.type}
          onChange={(type) => set({ type })}
          options={[{ value: '', label: t('places.chooseType') }, ...placeTypes.map((p) => ({ value: p, label: t(`places.types.${p}`) }))]}
          error={err('type')}
        />
        <TextField id="place-address" label={t('places.fields.address')} value={f.address} onChange={(address) => set({ address })} error={err('address')} />
        <TextField id="place-hours" label={t('places.fields.openingHours')} hint={t('places.openingHoursHint')} value={f.openingHours} onChange={(openingHours) => set({ openingHours })} error={err('openingHours')} />
        <TextField id="place-lat" label={t('places.fields.latitude')} hint={t('places.coordinateHint')} inputMode="text" value={f.latitude} onChange={(latitude) => set({ latitude })} error={err('latitude')} />
        <TextField id="place-lng" label={t('places.fields.longitude')} inputMode="text" value={f.longitude} onChange={(longitude) => set({ longitude })} error={err('longitude')} />
      </div>
      <TextField id="place-description" label={t('places.fields.description')} multiline rows={2} value={f.description} onChange={(description) => set({ description })} error={err('description')} />
      <TextField id="place-contacts" label={t('places.fields.partnerContacts')} hint={t('places.partnerContactsHint')} multiline rows={2} value={f.partnerContacts} onChange={(partnerContacts) => set({ partnerContacts })} error={err('partnerContacts')} />
      {people.length > 0 ? (
        <fieldset className="fieldset-inner">
          <legend>{t('places.fields.assignees')}</legend>
          <div className="check-list check-inline">
            {people.map((p) => (
              <CheckboxField
                key={p.id}
                id={`place-assignee-${p.id}`}
                label={p.displayName}
                checked={assigneeIds.includes(p.id)}
                onChange={(on) => setAssigneeIds((v) => (on ? [...v, p.id] : v.filter((x) => x !== p.id)))}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('places.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
