import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { CheckboxField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { fromLocalInput, toLocalInput } from '../../format';
import type { PlaceT } from '../../types';
import { useMe } from '../auth/me';
import { useMyUnits } from '../citizens/queries';
import { colleaguesOf } from './colleagues';
import { placeKeys } from './queries';

/** Logs an outreach round at the place: when, who went, how many they met (no citizen names). */
export function RoundForm({ place, onDone }: { place: PlaceT; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const colleagues = colleaguesOf(useMyUnits().data, me.user.id);
  const [at, setAt] = useState(() => toLocalInput(new Date()));
  const [participantIds, setParticipantIds] = useState<string[]>([]);
  const [peopleMet, setPeopleMet] = useState('0');
  const [note, setNote] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.post<PlaceT>(`/places/${encodeURIComponent(place.id)}/rounds`, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: placeKeys.all });
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    const n = Number(peopleMet || '0');
    if (!fromLocalInput(at)) errors.at = 'required';
    if (!Number.isInteger(n) || n < 0 || n > 500) errors.peopleMet = 'invalid_value';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate({ at: fromLocalInput(at), participantIds, peopleMet: n, note: note.trim() || undefined });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `round-${n}-${place.id}`;
  return (
    <form onSubmit={submit} noValidate className="form form-inset" aria-label={t('places.round.title', { place: place.name })}>
      <ErrorAlert error={save.error} />
      <div className="field-grid">
        <TextField id={id('at')} label={t('places.round.at')} type="datetime-local" value={at} onChange={setAt} error={err('at')} required />
        <TextField id={id('met')} label={t('places.round.peopleMet')} type="number" inputMode="numeric" value={peopleMet} onChange={setPeopleMet} error={err('peopleMet')} />
      </div>
      {colleagues.length > 0 ? (
        <fieldset className="fieldset-inner">
          <legend>{t('places.round.with')}</legend>
          <p className="hint">{t('places.round.youAreIncluded', { name: me.user.displayName })}</p>
          <div className="check-list check-inline">
            {colleagues.map((c) => (
              <CheckboxField
                key={c.id}
                id={id(`with-${c.id}`)}
                label={c.displayName}
                checked={participantIds.includes(c.id)}
                onChange={(on) => setParticipantIds((v) => (on ? [...v, c.id] : v.filter((x) => x !== c.id)))}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <TextField id={id('note')} label={t('places.round.note')} hint={t('places.round.noteHint')} multiline rows={3} value={note} onChange={setNote} error={err('note')} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('places.round.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
