import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { midwayParties } from '../../../shared/schemas/crisis';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { CheckboxField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { formatDate, fromLocalInput, toLocalInput } from '../../format';
import type { MidwayT } from '../../types';
import { crisisKeys } from './queries';

type Props = { courseId: string; midway: MidwayT; onDone: (saved: boolean) => void };

/** Plans the midway meeting and records what it concluded. */
export function MidwayForm({ courseId, midway: m, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [f, setF] = useState({
    scheduledAt: m.scheduledAt ? toLocalInput(m.scheduledAt) : '',
    place: m.place ?? '',
    participants: m.participants ?? '',
    citizen: m.remindedOn.citizen ?? '',
    center: m.remindedOn.center ?? '',
    municipality: m.remindedOn.municipality ?? '',
    held: m.held,
    status: m.status ?? '',
    changeSoFar: m.changeSoFar ?? '',
    supportReadyAtHome: m.supportReadyAtHome ?? '',
  });
  const [client, setClient] = useState<ClientErrors>({});
  const set = (patch: Partial<typeof f>) => setF((v) => ({ ...v, ...patch }));
  const save = useMutation({
    mutationFn: (body: object) => api.put<MidwayT>(`/courses/${encodeURIComponent(courseId)}/midway-meeting`, body),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['courses'] }), queryClient.invalidateQueries({ queryKey: crisisKeys.all })]);
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (f.scheduledAt && !fromLocalInput(f.scheduledAt)) errors.scheduledAt = 'invalid_format';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    const orNull = (v: string) => v.trim() || null;
    save.mutate({
      scheduledAt: f.scheduledAt ? fromLocalInput(f.scheduledAt) : null,
      place: orNull(f.place),
      participants: orNull(f.participants),
      remindedOn: { citizen: f.citizen || null, center: f.center || null, municipality: f.municipality || null },
      held: f.held,
      status: orNull(f.status),
      changeSoFar: orNull(f.changeSoFar),
      supportReadyAtHome: orNull(f.supportReadyAtHome),
    });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `midway-${n}-${courseId}`;
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={t('crisis.midway.edit')}>
      <ErrorAlert error={save.error} />
      <div className="field-grid">
        <div>
          <TextField
            id={id('at')}
            label={t('crisis.midway.scheduledAt')}
            hint={m.proposedDate ? t('crisis.midway.scheduledHint', { date: formatDate(m.proposedDate) }) : undefined}
            type="datetime-local"
            value={f.scheduledAt}
            onChange={(scheduledAt) => set({ scheduledAt })}
            error={err('scheduledAt')}
          />
          {m.proposedDate && !f.scheduledAt ? (
            <button type="button" className="button-link" onClick={() => set({ scheduledAt: `${m.proposedDate}T10:00` })}>
              {t('crisis.midway.useProposed')}
            </button>
          ) : null}
        </div>
        <TextField id={id('place')} label={t('crisis.midway.place')} value={f.place} onChange={(place) => set({ place })} error={err('place')} />
      </div>
      <TextField id={id('participants')} label={t('crisis.midway.participants')} hint={t('crisis.midway.participantsHint')} value={f.participants} onChange={(participants) => set({ participants })} error={err('participants')} />
      <fieldset className="fieldset-inner spaced">
        <legend>{t('crisis.midway.reminded')}</legend>
        <div className="field-grid">
          {midwayParties.map((p) => (
            <TextField key={p} id={id(`reminded-${p}`)} label={t(`crisis.midway.parties.${p}`)} type="date" value={f[p]} onChange={(v) => set({ [p]: v })} error={err(`remindedOn.${p}`)} />
          ))}
        </div>
      </fieldset>
      <CheckboxField id={id('held')} label={t('crisis.midway.heldCheck')} checked={f.held} onChange={(held) => set({ held })} error={err('held')} />
      <TextField id={id('status')} label={t('crisis.midway.status')} multiline rows={3} value={f.status} onChange={(status) => set({ status })} error={err('status')} />
      <TextField id={id('change')} label={t('crisis.midway.changeSoFar')} multiline rows={3} value={f.changeSoFar} onChange={(changeSoFar) => set({ changeSoFar })} error={err('changeSoFar')} />
      <TextField id={id('support')} label={t('crisis.midway.supportReadyAtHome')} multiline rows={3} value={f.supportReadyAtHome} onChange={(supportReadyAtHome) => set({ supportReadyAtHome })} error={err('supportReadyAtHome')} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('crisis.midway.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
