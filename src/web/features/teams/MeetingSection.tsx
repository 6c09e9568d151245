import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { formatDate, formatDateTime, todayLocal } from '../../format';
import { useMe } from '../auth/me';
import { MemberChecklist } from './MemberChecklist';
import { useBoardWrite } from './queries';
import type { BoardT } from './types';

type Props = { teamId: string; board: BoardT; onStatus: (message: string | null) => void };

/** The day's team meeting: held or not, who attended; recording it again replaces attendees and note. */
export function MeetingSection({ teamId, board, onStatus }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const meeting = board.meeting;
  const isMember = board.members.some((m) => m.id === me.user.id);
  const [attendees, setAttendees] = useState<string[]>(meeting ? meeting.attendees.map((a) => a.id) : isMember ? [me.user.id] : []);
  const [note, setNote] = useState(meeting?.note ?? '');
  const [client, setClient] = useState<ClientErrors>({});
  const write = useBoardWrite(teamId);
  // The server names the attendee it refuses (attendeeIds.<n>); the group shows it.
  const attendeeError = fieldCode('attendeeIds', client, write.error) ?? (write.error instanceof ApiError ? write.error.errors.find((x) => x.path.startsWith('attendeeIds.'))?.code : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStatus(null);
    if (attendees.length === 0) {
      setClient({ attendeeIds: 'required' });
      return focusFirstInvalid();
    }
    setClient({});
    write.mutate(
      { method: 'post', path: '/meetings', body: { date: board.date, attendeeIds: attendees, note: note.trim() || undefined } },
      { onSuccess: () => onStatus(t('teams.meeting.saved')), onError: () => focusFirstInvalid() },
    );
  };
  return (
    <section aria-labelledby="meeting-heading" className="section">
      <h2 id="meeting-heading">{t('teams.meeting.title', { date: formatDate(board.date) })}</h2>
      {meeting ? (
        <div className="team-meeting-held">
          <p>
            <span className="badge badge-active">{t('teams.meeting.held')}</span> {t('teams.meeting.heldBy', { by: meeting.by.displayName, at: formatDateTime(meeting.heldAt) })}
          </p>
          <p>{t('teams.meeting.attendees', { names: meeting.attendees.map((a) => a.displayName).join(', ') })}</p>
          {meeting.note ? <p className="pre-wrap">{meeting.note}</p> : null}
        </div>
      ) : (
        <p className="muted">{t('teams.meeting.notHeld')}</p>
      )}
      {board.date > todayLocal() ? (
        <p className="muted">{t('teams.meeting.future')}</p>
      ) : (
        <form onSubmit={submit} noValidate className="form card" aria-labelledby="meeting-form-heading">
          <h3 id="meeting-form-heading">{meeting ? t('teams.meeting.update') : t('teams.meeting.record')}</h3>
          <ErrorAlert error={write.error} />
          <MemberChecklist name="meeting-attendees" legend={t('teams.meeting.attendeesLegend')} members={board.members} value={attendees} onChange={setAttendees} error={attendeeError} />
          <TextField id="meeting-note" label={t('teams.meeting.note')} hint={t('teams.meeting.noteHint')} multiline rows={2} value={note} onChange={setNote} error={fieldCode('note', client, write.error)} />
          <button type="submit" className="button-primary" disabled={write.isPending}>
            {write.isPending ? t('common.saving') : meeting ? t('teams.meeting.update') : t('teams.meeting.record')}
          </button>
        </form>
      )}
    </section>
  );
}
