import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { sessionKinds } from '../../../shared/schemas/crisis';
import { api } from '../../api';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { formatDateTime, fromLocalInput, toLocalInput } from '../../format';
import type { CourseT, SessionT } from '../../types';
import { newClientId } from '../citizens/queries';
import { crisisKeys, useSessions } from './queries';

/** The log of care, counselling and motivational sessions during the stay. */
export function SessionsSection({ course, heading }: { course: CourseT; heading?: string }) {
  const { t } = useTranslation();
  const sessions = useSessions(course.id);
  const [status, setStatus] = useState<string | null>(null);
  const headingId = `sessions-${course.id}`;
  const sorted = [...(sessions.data ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section aria-labelledby={headingId} className="course-part">
      <h4 id={headingId}>{heading ?? t('crisis.sessions.title')}</h4>
      <StatusMessage message={status} />
      {course.canWriteNotes && course.status === 'active' ? <SessionForm course={course} onSaved={() => setStatus(t('crisis.sessions.saved'))} /> : null}
      {sessions.isPending ? <Loading /> : null}
      <ErrorAlert error={sessions.error} />
      {sessions.data && sorted.length === 0 ? <p className="muted">{t('crisis.sessions.none')}</p> : null}
      {sorted.length > 0 ? (
        <ol className="note-list session-list">
          {sorted.map((s) => (
            <li key={s.id}>
              <article className="note" aria-label={t('crisis.sessions.itemLabel', { kind: t(`crisis.sessionKinds.${s.kind}`), time: formatDateTime(s.at) })}>
                <header className="note-meta">
                  <span className="attempt-method">{t(`crisis.sessionKinds.${s.kind}`)}</span>
                  <time dateTime={s.at}>{formatDateTime(s.at)}</time>
                  <span>{s.by.displayName}</span>
                </header>
                {s.note ? <p className="note-text pre-wrap">{s.note}</p> : null}
              </article>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function SessionForm({ course, onSaved }: { course: CourseT; onSaved: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [at, setAt] = useState(() => toLocalInput(new Date()));
  // Untouched, the time is "now" at the moment of saving (the input itself holds whole minutes only).
  const [atTouched, setAtTouched] = useState(false);
  const [kind, setKind] = useState('');
  const [note, setNote] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const clientId = useRef(newClientId());
  const save = useMutation({
    mutationFn: (body: object) => api.post<SessionT>(`/courses/${encodeURIComponent(course.id)}/sessions`, body),
    onSuccess: async () => {
      clientId.current = newClientId();
      setKind('');
      setNote('');
      setAt(toLocalInput(new Date()));
      setAtTouched(false);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: crisisKeys.sessions(course.id) }),
        queryClient.invalidateQueries({ queryKey: crisisKeys.checklists(course.id) }),
      ]);
      onSaved();
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!fromLocalInput(at)) errors.at = 'required';
    if (!kind) errors.kind = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate({ id: clientId.current, at: atTouched ? fromLocalInput(at) : new Date().toISOString(), kind, note: note.trim() || undefined });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `session-${n}-${course.id}`;
  return (
    <form onSubmit={submit} noValidate className="form form-inset" aria-label={t('crisis.sessions.log')}>
      <ErrorAlert error={save.error} />
      <div className="field-grid">
        <TextField id={id('at')} label={t('crisis.sessions.at')} type="datetime-local" value={at} onChange={(v) => { setAt(v); setAtTouched(true); }} error={err('at')} required />
        <SelectField
          id={id('kind')}
          label={t('crisis.sessions.kind')}
          required
          value={kind}
          onChange={setKind}
          options={[{ value: '', label: t('crisis.sessions.chooseKind') }, ...sessionKinds.map((k) => ({ value: k, label: t(`crisis.sessionKinds.${k}`) }))]}
          error={err('kind')}
        />
      </div>
      <TextField id={id('note')} label={t('crisis.sessions.note')} multiline rows={3} value={note} onChange={setNote} error={err('note')} />
      <button type="submit" className="button-primary" disabled={save.isPending}>
        {save.isPending ? t('common.saving') : t('crisis.sessions.submit')}
      </button>
    </form>
  );
}
