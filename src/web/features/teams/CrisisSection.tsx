import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alerts';
import { formatDate } from '../../format';
import { CitizenLink } from './CitizenLink';
import { useBoardWrite } from './queries';
import type { BoardRowT, BoardT } from './types';

type Props = { teamId: string; board: BoardT; onStatus: (message: string | null) => void };

/** "I krise": who is in crisis and since when; a member marks a citizen in crisis or out of it. */
export function CrisisSection({ teamId, board, onStatus }: Props) {
  const { t } = useTranslation();
  const write = useBoardWrite(teamId);
  // Those in crisis first, so the meeting starts with them.
  const rows = [...board.rows].sort((a, b) => Number(b.inCrisis) - Number(a.inCrisis));
  const inCrisis = rows.filter((r) => r.inCrisis).length;
  const toggle = (row: BoardRowT) => {
    onStatus(null);
    write.mutate(
      { method: 'put', path: `/crisis/${encodeURIComponent(row.courseId)}`, body: { inCrisis: !row.inCrisis } },
      { onSuccess: () => onStatus(t(row.inCrisis ? 'teams.crisis.ended' : 'teams.crisis.marked', { citizen: row.citizen.name })) },
    );
  };
  return (
    <section aria-labelledby="crisis-heading" className="section">
      <h2 id="crisis-heading">{t('teams.crisis.title')}</h2>
      <p className="muted">{inCrisis === 0 ? t('teams.crisis.none') : t('teams.crisis.count', { count: inCrisis })}</p>
      <ErrorAlert error={write.error} />
      {rows.length > 0 ? (
        <ul className="plain-list team-crisis-list">
          {rows.map((row) => (
            <li key={row.courseId} className={row.inCrisis ? 'team-crisis-on' : undefined}>
              <span className="team-crisis-name">
                <CitizenLink citizen={row.citizen} />
              </span>
              <span>
                {row.inCrisis ? (
                  <span className="badge badge-overdue">
                    {row.crisisSince ? t('teams.crisis.since', { date: formatDate(row.crisisSince) }) : t('teams.crisis.badge')}
                  </span>
                ) : (
                  <span className="muted">{t('teams.crisis.notInCrisis')}</span>
                )}
              </span>
              <button type="button" className={row.inCrisis ? 'button-secondary button-small' : 'button-danger button-small'} disabled={write.isPending} onClick={() => toggle(row)}>
                {row.inCrisis ? t('teams.crisis.end', { citizen: row.citizen.name }) : t('teams.crisis.mark', { citizen: row.citizen.name })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
