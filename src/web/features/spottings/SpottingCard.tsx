import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { SpottingT } from '../../types';
import { usePlaceName } from '../places/queries';
import { StatusBadge } from './MySpottings';

/** A spotting as the social mentor sees it: who, where, what was seen, and the screening. */
export function SpottingCard({ spotting, children }: { spotting: SpottingT; children?: ReactNode }) {
  const { t } = useTranslation();
  const place = usePlaceName()(spotting.place, spotting.placeId);
  const s = spotting;
  const headingId = `spotting-${s.id}`;
  return (
    <article className="card spotting" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title">
        {s.citizen ? s.citizen.displayName : t('spottings.unknownCitizen')}
        {s.lifeThreatening ? (
          <>
            {' '}
            <span className="badge badge-overdue">{t('spottings.lifeThreatening')}</span>
          </>
        ) : null}
      </h3>
      <p className="muted">
        {t('spottings.spottedBy', { name: s.spottedBy.displayName, time: formatDateTime(s.spottedAt) })}
        {place ? ` · ${place}` : ''}
      </p>
      <p>
        <span className="visually-hidden">{t('spottings.statusLabel')}: </span>
        <StatusBadge status={s.status} />
      </p>
      {s.seen ? (
        <div className="spotting-seen">
          <h4 className="small-heading">{t('spottings.seen')}</h4>
          <p className="pre-wrap">{s.seen}</p>
        </div>
      ) : null}
      {s.screening ? (
        <div className="spotting-screening">
          <h4 className="small-heading">{t('spottings.screening.done', { name: s.screening.by.displayName, time: formatDateTime(s.screening.at) })}</h4>
          <p>
            <strong>{s.screening.inTargetGroup ? t('spottings.screening.inTargetGroupYes') : t('spottings.screening.inTargetGroupNo')}</strong>
          </p>
          <p className="pre-wrap">{s.screening.assessment}</p>
        </div>
      ) : null}
      {s.citizen ? (
        <p>
          <Link to="/citizens/$citizenId" params={{ citizenId: s.citizen.id }}>
            {t('spottings.openCitizen')}
          </Link>
        </p>
      ) : null}
      {children}
    </article>
  );
}
