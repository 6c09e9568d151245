import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { SpottingT } from '../../types';
import { usePlaceName } from '../places/queries';

/** What the user registered, with the status the social mentor's work has reached (no citizen data). */
export function MySpottings({ spottings }: { spottings: SpottingT[] }) {
  const { t } = useTranslation();
  const placeName = usePlaceName();
  const sorted = [...spottings].sort((a, b) => b.spottedAt.localeCompare(a.spottedAt));
  return (
    <section aria-labelledby="my-spottings-heading" className="section">
      <h2 id="my-spottings-heading">{t('spottings.mine.title')}</h2>
      {sorted.length === 0 ? <p className="muted">{t('spottings.mine.none')}</p> : null}
      <ul className="plain-list spotting-list">
        {sorted.map((s) => (
          <li key={s.id} className="card spotting-status">
            <p className="spotting-status-head">
              <strong>{placeName(s.place, s.placeId) ?? t('spottings.noPlace')}</strong> · <time dateTime={s.spottedAt}>{formatDateTime(s.spottedAt)}</time>
              {s.lifeThreatening ? <span className="badge badge-overdue">{t('spottings.lifeThreatening')}</span> : null}
            </p>
            <p>
              <span className="visually-hidden">{t('spottings.statusLabel')}: </span>
              <StatusBadge status={s.status} /> {t('spottings.statusSince', { time: formatDateTime(s.statusAt) })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

const positive = ['in_target_group', 'requested', 'admitted'];
const ended = ['not_in_target_group', 'declined', 'withdrawn'];

export function StatusBadge({ status }: { status: SpottingT['status'] }) {
  const { t } = useTranslation();
  const kind = positive.includes(status) ? 'badge-active' : ended.includes(status) ? 'badge-disabled' : 'badge-today';
  return <span className={`badge ${kind}`}>{t(`spottings.status.${status}`)}</span>;
}
