import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { CrisisRequestT } from '../../types';
import { durationText } from './queries';

/** What was asked, what the center decided, and the pickup (with the time it took). */
export function RequestDetails({ request: r }: { request: CrisisRequestT }) {
  const { t } = useTranslation();
  const d = r.decision;
  const p = r.pickup;
  return (
    <dl className="details-list details-compact request-details">
      <div>
        <dt>{t('crisis.request.parties')}</dt>
        <dd>{t('crisis.request.from', { municipality: r.municipality.name, center: r.crisisCenter.name })}</dd>
      </div>
      <div>
        <dt>{t('crisis.request.requested')}</dt>
        <dd>{t('crisis.request.byAt', { name: r.requestedBy.displayName, time: formatDateTime(r.requestedAt) })}</dd>
      </div>
      <div className="details-wide">
        <dt>{t('crisis.request.summary')}</dt>
        <dd className="pre-wrap">{r.summary}</dd>
      </div>
      {d ? (
        <div className="details-wide">
          <dt>{t('crisis.request.decision')}</dt>
          <dd>
            {d.decision === 'admit'
              ? d.plannedLengthDays
                ? t('crisis.request.admittedFor', { count: d.plannedLengthDays })
                : t('crisis.request.admittedDefault')
              : t('crisis.request.declinedBecause', { reason: d.reason ?? '' })}{' '}
            <span className="muted">({t('crisis.request.byAt', { name: d.by.displayName, time: formatDateTime(d.at) })})</span>
          </dd>
        </div>
      ) : null}
      {p ? (
        <>
          <div>
            <dt>{t('crisis.pickup.plannedAt')}</dt>
            <dd>{formatDateTime(p.plannedAt)}</dd>
          </div>
          <div>
            <dt>{t('crisis.pickup.transport')}</dt>
            <dd>{t(`crisis.transport.${p.transport}`)}</dd>
          </div>
          <div>
            <dt>{t('crisis.pickup.accompaniedBy')}</dt>
            <dd>{p.accompaniedBy}</dd>
          </div>
          <div>
            <dt>{t('crisis.pickup.pickedUpAt')}</dt>
            <dd>{p.pickedUpAt ? formatDateTime(p.pickedUpAt) : t('crisis.pickup.notYet')}</dd>
          </div>
          <div>
            <dt>{t('crisis.pickup.arrivedAt')}</dt>
            <dd>{p.arrivedAt ? formatDateTime(p.arrivedAt) : t('crisis.pickup.notYet')}</dd>
          </div>
          {p.minutesFromRequestToPickup !== null ? (
            <div>
              <dt>{t('crisis.pickup.speed')}</dt>
              <dd data-testid="pickup-speed">{durationText(t, p.minutesFromRequestToPickup)}</dd>
            </div>
          ) : null}
        </>
      ) : null}
      {r.withdrawnAt ? (
        <div>
          <dt>{t('crisis.request.withdrawnAt')}</dt>
          <dd>{formatDateTime(r.withdrawnAt)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
