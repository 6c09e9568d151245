import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { CitizenLink } from './CitizenLink';
import type { BoardT } from './types';

/** "Ikke set i N dage": citizens whose last contact lies further back than the method setting. */
export function NotSeenSection({ board }: { board: BoardT }) {
  const { t } = useTranslation();
  const rows = board.rows.filter((r) => r.notSeen).sort((a, b) => (b.daysSinceSeen ?? 0) - (a.daysSinceSeen ?? 0));
  return (
    <section aria-labelledby="not-seen-heading" className="section">
      <h2 id="not-seen-heading">{t('teams.notSeen.title', { count: board.notSeenDays })}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('teams.notSeen.none', { count: board.notSeenDays })}</p>
      ) : (
        <ul className="plain-list team-not-seen">
          {rows.map((r) => (
            <li key={r.courseId}>
              <CitizenLink citizen={r.citizen} />{' '}
              <span className="badge badge-stale">{t('teams.notSeen.days', { count: r.daysSinceSeen ?? 0 })}</span>{' '}
              <span className="muted">{r.lastSeen ? t('teams.notSeen.lastSeen', { date: formatDate(r.lastSeen) }) : t('teams.notSeen.never')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
