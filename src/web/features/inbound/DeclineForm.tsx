import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { InboundT } from '../../types';

export function DeclineForm({ inbound, onDone }: { inbound: InboundT; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.post<InboundT>(`/inbound-referrals/${encodeURIComponent(inbound.id)}/decline`, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['inbound'] });
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = reason.trim().length >= 3 ? {} : { reason: reason.trim() ? 'too_short' : 'required' };
    setClient(errors);
    if (errors.reason) return focusFirstInvalid();
    save.mutate({ reason: reason.trim() });
  };
  const id = `decline-reason-${inbound.id}`;
  return (
    <form onSubmit={submit} noValidate className="form form-inset" aria-label={t('inbound.decline')}>
      <ErrorAlert error={save.error} />
      <TextField id={id} label={t('inbound.declineReason')} multiline rows={2} value={reason} onChange={setReason} error={fieldCode('reason', client, save.error)} required />
      <div className="form-actions">
        <button type="submit" className="button-danger" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('inbound.declineSubmit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
