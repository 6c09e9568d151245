import './teams.css';
import { useState } from 'react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { isNotFound } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { todayLocal } from '../../format';
import { CrisisSection } from './CrisisSection';
import { DecisionsSection } from './DecisionsSection';
import { methodName } from './labels';
import { MeetingSection } from './MeetingSection';
import { MembersSection } from './MembersSection';
import { NotSeenSection } from './NotSeenSection';
import { useBoard, useTeam } from './queries';
import { SeenTodaySection } from './SeenTodaySection';

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** Dagens tavle: the team's daily meeting board — who sees whom, crises, not seen, decisions. */
export function TeamBoardPage() {
  const { t } = useTranslation();
  const { teamId } = useParams({ from: '/teams/$teamId' });
  const team = useTeam(teamId);
  const [date, setDate] = useState(todayLocal());
  const [status, setStatus] = useState<string | null>(null);
  const board = useBoard(teamId, date, team.data?.isMember ?? false);

  if (team.isPending) return <Loading />;
  if (isNotFound(team.error) || isNotFound(board.error)) return <NotFoundPage />;
  if (team.error || !team.data) return <ErrorAlert error={team.error} />;
  const tm = team.data;
  const changeDate = (value: string) => {
    setStatus(null);
    setDate(value);
  };

  return (
    <article className="team-board">
      <PageHeading title={t('teams.board.title')}>
        {t('teams.board.title')} <span className="team-board-name">· {tm.name}</span>
      </PageHeading>
      <p className="muted">{methodName(t, tm.method)}</p>
      {tm.isMember ? (
        <>
          <div className="filters team-board-date">
            <TextField id="board-date" type="date" label={t('teams.board.date')} hint={t('teams.board.dateHint')} value={date} onChange={changeDate} error={isDate(date) ? undefined : 'invalid_format'} />
            {date !== todayLocal() ? (
              <button type="button" className="button-secondary" onClick={() => changeDate(todayLocal())}>
                {t('teams.board.today')}
              </button>
            ) : null}
          </div>
          <StatusMessage message={status} />
          {board.isPending && isDate(date) ? <Loading /> : null}
          <ErrorAlert error={board.error} />
          {board.data ? (
            <>
              <MeetingSection key={`${board.data.date}-${board.data.meeting?.heldAt ?? ''}`} teamId={teamId} board={board.data} onStatus={setStatus} />
              <SeenTodaySection teamId={teamId} board={board.data} onStatus={setStatus} />
              <CrisisSection teamId={teamId} board={board.data} onStatus={setStatus} />
              <NotSeenSection board={board.data} />
              <DecisionsSection teamId={teamId} board={board.data} onStatus={setStatus} />
            </>
          ) : null}
        </>
      ) : (
        <p className="alert alert-info">{t('teams.board.membersOnly')}</p>
      )}
      <MembersSection members={tm.members} />
    </article>
  );
}
