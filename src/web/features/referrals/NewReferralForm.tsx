import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { todayLocal } from '../../format';
import type { CourseT, OfferT, ReferralT } from '../../types';
import { OfferWaitingTime } from '../offers/OfferWaitingTime';
import { bridgingKeys, useOffers } from './queries';

/** Refers the citizen to an offer from the catalog; the waiting time is shown while choosing. */
export function NewReferralForm({ course, onDone }: { course: CourseT; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const offers = useOffers();
  const [offerId, setOfferId] = useState('');
  const [note, setNote] = useState('');
  const [date, setDate] = useState(todayLocal());
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.post<ReferralT>(`/courses/${encodeURIComponent(course.id)}/referrals`, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: bridgingKeys.referrals(course.id) });
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const chosen: OfferT | undefined = offers.data?.find((o) => o.id === offerId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = offerId ? {} : { offerId: 'required' };
    setClient(errors);
    if (!offerId) return focusFirstInvalid();
    save.mutate({ offerId, note: note.trim() || undefined, date });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `referral-${n}-${course.id}`;
  if (offers.isPending) return <Loading />;
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={t('referrals.add')}>
      <ErrorAlert error={save.error ?? offers.error} />
      <SelectField
        id={id('offer')}
        label={t('referrals.offer')}
        required
        value={offerId}
        onChange={setOfferId}
        options={[{ value: '', label: t('referrals.chooseOffer') }, ...(offers.data ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.provider})` }))]}
        error={err('offerId')}
      />
      {chosen ? (
        <p className="offer-choice">
          <OfferWaitingTime offer={chosen} />
        </p>
      ) : null}
      <TextField id={id('note')} label={t('referrals.note')} hint={t('referrals.noteHint')} multiline rows={2} value={note} onChange={setNote} error={err('note')} />
      <TextField id={id('date')} label={t('referrals.date')} type="date" value={date} onChange={setDate} error={err('date')} required />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('referrals.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
