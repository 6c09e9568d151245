import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { CrisisRequestT } from '../../types';
import { refreshCrisis } from './queries';

type Props = { request: CrisisRequestT; onDone: (message: string | null) => void };

/** The crisis center admits (with a planned length, or the default) or declines with a reason. */
export function DecisionForm({ request, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState('');
  const [days, setDays] = useState('');
  const [reason, setReason] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.post<CrisisRequestT>(`/crisis-requests/${encodeURIComponent(request.id)}/decision`, body),
    onSuccess: async (r) => {
      await refreshCrisis(queryClient);
      onDone(r.decision?.decision === 'admit' ? t('crisis.decision.admitted') : t('crisis.decision.declined'));
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    const n = Number(days);
    if (!decision) errors.decision = 'required';
    if (decision === 'admit' && days.trim() && (!Number.isInteger(n) || n < 1 || n > 365)) errors.plannedLengthDays = 'invalid_value';
    if (decision === 'decline' && !reason.trim()) errors.reason = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate(decision === 'admit' ? { decision, plannedLengthDays: days.trim() ? n : null } : { decision, reason: reason.trim() });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `decision-${n}-${request.id}`;
  return (
    <form onSubmit={submit} noValidate className="form form-inset" aria-label={t('crisis.decision.title')}>
      <ErrorAlert error={save.error} />
      <ChoiceGroup
        name={id('decision')}
        legend={t('crisis.decision.legend')}
        required
        tiles={false}
        value={decision}
        onChange={setDecision}
        options={[
          { value: 'admit', label: t('crisis.decision.admit') },
          { value: 'decline', label: t('crisis.decision.decline') },
        ]}
        error={err('decision')}
      />
      {decision === 'admit' ? (
        <TextField id={id('days')} label={t('crisis.decision.plannedLength')} hint={t('crisis.decision.plannedLengthHint')} type="number" inputMode="numeric" value={days} onChange={setDays} error={err('plannedLengthDays')} />
      ) : null}
      {decision === 'decline' ? (
        <TextField id={id('reason')} label={t('crisis.decision.reason')} multiline rows={3} value={reason} onChange={setReason} error={err('reason')} required />
      ) : null}
      <div className="form-actions">
        <button type="submit" className={decision === 'decline' ? 'button-danger' : 'button-primary'} disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('crisis.decision.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
