import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { referralPath } from '../../../shared/schemas/bridging';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { CheckboxField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { todayLocal } from '../../format';
import type { ReferralT } from '../../types';
import { outreachKeys } from '../outreach/queries';
import { bridgingKeys } from './queries';

/** The next status: only forward along the path, or dropped/declined. */
export function ReferralStatusForm({ referral: r, onDone }: { referral: ReferralT; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = referralPath.indexOf(r.status as (typeof referralPath)[number]);
  const options = [...referralPath.slice(current + 1), 'dropped', 'declined'];
  const [status, setStatus] = useState(options[0]);
  const [date, setDate] = useState(todayLocal());
  const [accompanied, setAccompanied] = useState(false);
  const [note, setNote] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.patch<ReferralT>(`/referrals/${encodeURIComponent(r.id)}`, body),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: bridgingKeys.referrals(r.courseId) }), queryClient.invalidateQueries({ queryKey: outreachKeys.due })]);
      onDone();
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = date ? {} : { date: 'required' };
    setClient(errors);
    if (!date) return focusFirstInvalid();
    save.mutate({ status, date, accompanied: status === 'first_meeting' ? accompanied : undefined, note: note.trim() || undefined });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `rs-${n}-${r.id}`;
  return (
    <form onSubmit={submit} noValidate className="form form-inset" aria-label={t('referrals.nextStatus')}>
      <ErrorAlert error={save.error} />
      <ChoiceGroup name={id('status')} legend={t('referrals.newStatus')} tiles={false} value={status} onChange={setStatus} options={options.map((s) => ({ value: s, label: t(`referralStatus.${s}`) }))} error={err('status')} />
      {status === 'first_meeting' ? <CheckboxField id={id('acc')} label={t('referrals.wentAlong')} checked={accompanied} onChange={setAccompanied} /> : null}
      <TextField id={id('date')} label={t('referrals.statusDate')} type="date" value={date} onChange={setDate} error={err('date')} required />
      <TextField id={id('note')} label={t('referrals.statusNote')} value={note} onChange={setNote} error={err('note')} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('referrals.saveStatus')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
