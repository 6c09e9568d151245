import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alerts';
import { memberLabel } from './labels';
import { useBoardWrite } from './queries';
import type { BoardRowT, BoardT } from './types';

type Props = { teamId: string; board: BoardT; row: BoardRowT; onStatus: (message: string | null) => void };

/** Chooses a member who sees the citizen on the day. */
export function AssignControl({ teamId, board, row, onStatus }: Props) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState('');
  const [missing, setMissing] = useState(false);
  const write = useBoardWrite(teamId);
  const free = board.members.filter((m) => !row.assignedTo.some((a) => a.id === m.id));
  const id = `assign-${row.courseId}`;
  if (free.length === 0) return <span className="muted">{t('teams.seen.allAssigned')}</span>;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStatus(null);
    const member = free.find((m) => m.id === userId);
    if (!member) return setMissing(true);
    setMissing(false);
    write.mutate(
      { method: 'post', path: '/assignments', body: { date: board.date, courseId: row.courseId, userId } },
      {
        onSuccess: () => {
          setUserId('');
          onStatus(t('teams.seen.assigned', { name: member.displayName, citizen: row.citizen.name }));
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form team-assign">
      <ErrorAlert error={write.error} />
      <label htmlFor={id} className="visually-hidden">
        {t('teams.seen.assignLabel', { citizen: row.citizen.name })}
      </label>
      <select id={id} value={userId} onChange={(e) => setUserId(e.target.value)} aria-invalid={missing || undefined} aria-describedby={missing ? `${id}-error` : undefined}>
        <option value="">{t('teams.seen.choose')}</option>
        {free.map((m) => (
          <option key={m.id} value={m.id}>
            {memberLabel(t, m)}
          </option>
        ))}
      </select>
      <button type="submit" className="button-secondary button-small" disabled={write.isPending}>
        {t('teams.seen.assignButton')}
        <span className="visually-hidden"> {t('teams.seen.assignFor', { citizen: row.citizen.name })}</span>
      </button>
      {missing ? (
        <p id={`${id}-error`} className="field-error">
          {t('teams.seen.chooseFirst')}
        </p>
      ) : null}
    </form>
  );
}
