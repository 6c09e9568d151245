import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alerts';
import { formatDate, todayLocal } from '../../format';
import { AssignControl } from './AssignControl';
import { CitizenLink } from './CitizenLink';
import { useBoardWrite } from './queries';
import type { BoardT } from './types';

type Props = { teamId: string; board: BoardT; onStatus: (message: string | null) => void };

/** "Hvem ses i dag, og af hvem": each citizen on the team's caseload and the members who see them that day. */
export function SeenTodaySection({ teamId, board, onStatus }: Props) {
  const { t } = useTranslation();
  const remove = useBoardWrite(teamId);
  const title = board.date === todayLocal() ? t('teams.seen.title') : t('teams.seen.titleOn', { date: formatDate(board.date) });
  const unassign = (assignmentId: string, name: string, citizen: string) => {
    onStatus(null);
    remove.mutate(
      { method: 'delete', path: `/assignments/${encodeURIComponent(assignmentId)}` },
      { onSuccess: () => onStatus(t('teams.seen.removed', { name, citizen })) },
    );
  };
  return (
    <section aria-labelledby="seen-heading" className="section">
      <h2 id="seen-heading">{title}</h2>
      <ErrorAlert error={remove.error} />
      {board.rows.length === 0 ? (
        <p className="muted">{t('teams.seen.noCitizens')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table stack-on-phone team-seen">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('teams.citizen')}</th>
                <th scope="col">{t('teams.phase')}</th>
                <th scope="col">{t('teams.seen.seenBy')}</th>
                <th scope="col">{t('teams.seen.assign')}</th>
              </tr>
            </thead>
            <tbody>
              {board.rows.map((row) => (
                <tr key={row.courseId}>
                  <th scope="row" data-label={t('teams.citizen')}>
                    <CitizenLink citizen={row.citizen} />
                    {row.inCrisis ? <span className="badge badge-overdue team-crisis-badge">{t('teams.crisis.badge')}</span> : null}
                  </th>
                  <td data-label={t('teams.phase')}>{t(`phases.${row.phase}`, { defaultValue: row.phase })}</td>
                  <td data-label={t('teams.seen.seenBy')}>
                    {row.assignedTo.length === 0 ? (
                      <span className="muted">{t('teams.seen.nobody')}</span>
                    ) : (
                      <ul className="plain-list team-assigned">
                        {row.assignedTo.map((a) => (
                          <li key={a.assignmentId}>
                            {a.displayName}{' '}
                            <button
                              type="button"
                              className="button-link"
                              disabled={remove.isPending}
                              onClick={() => unassign(a.assignmentId, a.displayName, row.citizen.name)}
                            >
                              {t('common.remove')}
                              <span className="visually-hidden"> {t('teams.seen.removeLabel', { name: a.displayName, citizen: row.citizen.name })}</span>
                            </button>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td data-label={t('teams.seen.assign')}>
                    <AssignControl teamId={teamId} board={board} row={row} onStatus={onStatus} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
