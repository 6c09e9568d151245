import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { transportKinds } from '../../../shared/schemas/crisis';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { formatDateTime, fromLocalInput, toLocalInput } from '../../format';
import type { CrisisRequestT } from '../../types';
import { refreshCrisis } from './queries';

type Props = { request: CrisisRequestT; onDone: (message: string | null) => void };

type Confirm = 'pickedUpAt' | 'arrivedAt';
type Instant = 'plannedAt' | Confirm;

const local = (v: string | null | undefined) => (v ? toLocalInput(v) : '');

/** Plans the pickup (time, transport, who goes along); later the actual pickup and arrival times. */
export function PickupForm({ request, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const p = request.pickup;
  const [opened] = useState(() => new Date().toISOString());
  const [f, setF] = useState({
    plannedAt: local(p?.plannedAt ?? opened),
    transport: p?.transport ?? '',
    accompaniedBy: p?.accompaniedBy ?? '',
    pickedUpAt: local(p?.pickedUpAt),
    arrivedAt: local(p?.arrivedAt),
  });
  // "Now" keeps the exact instant: the input holds whole minutes, and the request may be from this minute.
  const [exact, setExact] = useState<Partial<Record<Instant, string>>>(() => ({
    plannedAt: p?.plannedAt ?? opened,
    pickedUpAt: p?.pickedUpAt ?? undefined,
    arrivedAt: p?.arrivedAt ?? undefined,
  }));
  const [client, setClient] = useState<ClientErrors>({});
  const set = (patch: Partial<typeof f>) => setF((v) => ({ ...v, ...patch }));
  const instant = (key: Instant) => {
    const kept = exact[key];
    return kept && toLocalInput(kept) === f[key] ? kept : fromLocalInput(f[key]);
  };
  const save = useMutation({
    mutationFn: (body: object) => api.post<CrisisRequestT>(`/crisis-requests/${encodeURIComponent(request.id)}/pickup`, body),
    onSuccess: async () => {
      await refreshCrisis(queryClient);
      onDone(t('crisis.pickup.saved'));
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!fromLocalInput(f.plannedAt)) errors.plannedAt = 'required';
    if (!f.transport) errors.transport = 'required';
    if (!f.accompaniedBy.trim()) errors.accompaniedBy = 'required';
    if (f.pickedUpAt && !fromLocalInput(f.pickedUpAt)) errors.pickedUpAt = 'invalid_format';
    if (f.arrivedAt && !fromLocalInput(f.arrivedAt)) errors.arrivedAt = 'invalid_format';
    if (f.arrivedAt && !f.pickedUpAt) errors.pickedUpAt = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate({
      plannedAt: instant('plannedAt'),
      transport: f.transport,
      accompaniedBy: f.accompaniedBy.trim(),
      pickedUpAt: f.pickedUpAt ? instant('pickedUpAt') : null,
      arrivedAt: f.arrivedAt ? instant('arrivedAt') : null,
    });
  };
  const err = (path: string) => fieldCode(path, client, save.error);
  const id = (n: string) => `pickup-${n}-${request.id}`;
  const now = (key: Confirm) => (
    <button
      type="button"
      className="button-link"
      onClick={() => {
        const at = new Date().toISOString();
        setExact((v) => ({ ...v, [key]: at }));
        set({ [key]: toLocalInput(at) });
      }}
    >
      {t('crisis.pickup.setNow')}
      <span className="visually-hidden"> – {t(`crisis.pickup.${key}`)}</span>
    </button>
  );
  return (
    <form onSubmit={submit} noValidate className="form form-inset" aria-label={t('crisis.pickup.title')}>
      <ErrorAlert error={save.error} />
      <div className="field-grid">
        <TextField id={id('planned')} label={t('crisis.pickup.plannedAt')} type="datetime-local" value={f.plannedAt} onChange={(plannedAt) => set({ plannedAt })} error={err('plannedAt')} required />
        <SelectField
          id={id('transport')}
          label={t('crisis.pickup.transport')}
          required
          value={f.transport}
          onChange={(transport) => set({ transport })}
          options={[{ value: '', label: t('crisis.pickup.chooseTransport') }, ...transportKinds.map((k) => ({ value: k, label: t(`crisis.transport.${k}`) }))]}
          error={err('transport')}
        />
      </div>
      <TextField id={id('accompanied')} label={t('crisis.pickup.accompaniedBy')} hint={t('crisis.pickup.accompaniedByHint')} value={f.accompaniedBy} onChange={(accompaniedBy) => set({ accompaniedBy })} error={err('accompaniedBy')} required />
      <fieldset className="fieldset-inner spaced">
        <legend>{t('crisis.pickup.confirm')}</legend>
        <p className="hint">{t('crisis.pickup.confirmHint', { time: formatDateTime(request.requestedAt) })}</p>
        <div className="field-grid">
          <div>
            <TextField id={id('picked')} label={t('crisis.pickup.pickedUpAt')} type="datetime-local" value={f.pickedUpAt} onChange={(pickedUpAt) => set({ pickedUpAt })} error={err('pickedUpAt')} />
            {now('pickedUpAt')}
          </div>
          <div>
            <TextField id={id('arrived')} label={t('crisis.pickup.arrivedAt')} type="datetime-local" value={f.arrivedAt} onChange={(arrivedAt) => set({ arrivedAt })} error={err('arrivedAt')} />
            {now('arrivedAt')}
          </div>
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('crisis.pickup.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
