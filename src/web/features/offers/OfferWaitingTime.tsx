import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import type { OfferT } from '../../types';

/** Waiting time, when it was last confirmed, and a marker when that was too long ago. */
export function OfferWaitingTime({ offer }: { offer: OfferT }) {
  const { t } = useTranslation();
  return (
    <span className="waiting-time">
      {offer.waitingTimeDays === null ? t('offers.waitingUnknown') : t('offers.waiting', { count: offer.waitingTimeDays })}
      {offer.waitingTimeConfirmedOn ? ` · ${t('offers.confirmedOn', { date: formatDate(offer.waitingTimeConfirmedOn) })}` : ''}
      {offer.waitingTimeStale ? (
        <>
          {' '}
          <span className="badge badge-stale">{t('offers.stale')}</span>
        </>
      ) : null}
    </span>
  );
}
