import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, todayLocal } from '../../format';
import { CitizenLink } from './CitizenLink';
import { TeamDecisionForm } from './TeamDecisionForm';
import { disciplineName } from './labels';
import type { BoardT } from './types';

type Props = { teamId: string; board: BoardT; onStatus: (message: string | null) => void };

/** Decisions taken at the meeting or on the spot, each with the member who had the authority to take it. */
export function DecisionsSection({ teamId, board, onStatus }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="decisions-heading" className="section">
      <h2 id="decisions-heading">{t('teams.decisions.title', { date: formatDate(board.date) })}</h2>
      {board.decisions.length === 0 ? (
        <p className="muted">{t('teams.decisions.none')}</p>
      ) : (
        <ul className="plain-list team-decisions" aria-label={t('teams.decisions.listLabel')}>
          {board.decisions.map((d) => (
            <li key={d.id} className="team-decision">
              <p className="pre-wrap team-decision-text">{d.text}</p>
              {d.citizen ? (
                <p>
                  {t('teams.decisions.concerns')} <CitizenLink citizen={d.citizen} />
                </p>
              ) : null}
              <p className="muted">
                {t('teams.decisions.authorityIs', { name: d.authority.displayName, discipline: disciplineName(t, d.authority.discipline) })} ·{' '}
                {t('teams.decisions.recordedBy', { by: d.by.displayName, at: formatDateTime(d.at) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {board.date > todayLocal() ? <p className="muted">{t('teams.decisions.future')}</p> : <TeamDecisionForm teamId={teamId} board={board} onStatus={onStatus} />}
    </section>
  );
}
