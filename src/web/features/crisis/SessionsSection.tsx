import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { sessionKinds, sessionSettings } from '../../../shared/schemas/crisis';
import { api } from '../../api';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { formatDateTime, fromLocalInput, toLocalInput } from '../../format';
import type { CourseT, SessionT } from '../../types';
import { newClientId } from '../citizens/queries';
import { crisisKeys, useSessions } from './queries';

/** The kinds of session during a crisis-center stay. */
const stayKinds = ['care', 'counselling', 'motivational', 'health', 'other'] as const;

/** A crisis-center stay logs sessions at the center; the other methods log contacts (and, for ICM, coordination with services). */
export function isStay(course: CourseT) {
  return course.method === 'crisis_stay';
}

type Props = {
  course: CourseT;
  heading?: string;
  /** Services to suggest for a coordination contact (e.g. those in the ICM plan). */
  services?: string[];
};

/** The log of sessions and contacts with the citizen: during a crisis-center stay, or along a CTI, ICM or ACT course. */
export function SessionsSection({ course, heading, services }: Props) {
  const { t } = useTranslation();
  const sessions = useSessions(course.id);
  const [status, setStatus] = useState<string | null>(null);
  const stay = isStay(course);
  const headingId = `sessions-${course.id}`;
  const sorted = [...(sessions.data ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section aria-labelledby={headingId} className="course-part">
      <h4 id={headingId}>{heading ?? (stay ? t('crisis.sessions.title') : t('crisis.sessions.titleContacts'))}</h4>
      <StatusMessage message={status} />
      {course.canWriteNotes && course.status === 'active' ? (
        <SessionForm course={course} services={services} onSaved={() => setStatus(stay ? t('crisis.sessions.saved') : t('crisis.sessions.savedContact'))} />
      ) : null}
      {sessions.isPending ? <Loading /> : null}
      <ErrorAlert error={sessions.error} />
      {sessions.data && sorted.length === 0 ? <p className="muted">{stay ? t('crisis.sessions.none') : t('crisis.sessions.noneContacts')}</p> : null}
      {sorted.length > 0 ? (
        <ol className="note-list session-list">
          {sorted.map((s) => (
            <li key={s.id}>
              <SessionItem session={s} />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function SessionItem({ session: s }: { session: SessionT }) {
  const { t } = useTranslation();
  const kind = t(`crisis.sessionKinds.${s.kind}`);
  return (
    <article className="note" aria-label={t('crisis.sessions.itemLabel', { kind, time: formatDateTime(s.at) })}>
      <header className="note-meta">
        <span className="attempt-method">{s.service ? t('crisis.sessions.kindWithService', { kind, service: s.service }) : kind}</span>
        {s.setting ? <span className="session-setting">{t(`sessionSettings.${s.setting}`)}</span> : null}
        <time dateTime={s.at}>{formatDateTime(s.at)}</time>
        <span>{s.by.displayName}</span>
      </header>
      {s.note ? <p className="note-text pre-wrap">{s.note}</p> : null}
    </article>
  );
}

function SessionForm({ course, services, onSaved }: { course: CourseT; services?: string[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const stay = isStay(course);
  const kinds: readonly string[] = stay ? stayKinds : sessionKinds;
  const [at, setAt] = useState(() => toLocalInput(new Date()));
  // Untouched, the time is "now" at the moment of saving (the input itself holds whole minutes only).
  const [atTouched, setAtTouched] = useState(false);
  const [kind, setKind] = useState('');
  const [setting, setSetting] = useState('');
  const [service, setService] = useState('');
  const [note, setNote] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const clientId = useRef(newClientId());
  const coordination = kind === 'coordination';
  const save = useMutation({
    mutationFn: (body: object) => api.post<SessionT>(`/courses/${encodeURIComponent(course.id)}/sessions`, body),
    onSuccess: async () => {
      clientId.current = newClientId();
      setKind('');
      setSetting('');
      setService('');
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
    if (coordination && !service.trim()) errors.service = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate({
      id: clientId.current,
      at: atTouched ? fromLocalInput(at) : new Date().toISOString(),
      kind,
      ...(!stay && setting ? { setting } : {}),
      ...(coordination ? { service: service.trim() } : {}),
      note: note.trim() || undefined,
    });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `session-${n}-${course.id}`;
  const suggestions = [...new Set((services ?? []).filter(Boolean))];
  return (
    <form onSubmit={submit} noValidate className="form form-inset" aria-label={stay ? t('crisis.sessions.log') : t('crisis.sessions.logContact')}>
      <ErrorAlert error={save.error} />
      <div className="field-grid">
        <TextField id={id('at')} label={t('crisis.sessions.at')} type="datetime-local" value={at} onChange={(v) => { setAt(v); setAtTouched(true); }} error={err('at')} required />
        <SelectField
          id={id('kind')}
          label={stay ? t('crisis.sessions.kind') : t('crisis.sessions.kindContact')}
          required
          value={kind}
          onChange={setKind}
          options={[{ value: '', label: t('crisis.sessions.chooseKind') }, ...kinds.map((k) => ({ value: k, label: t(`crisis.sessionKinds.${k}`) }))]}
          error={err('kind')}
        />
      </div>
      {coordination ? (
        <>
          <TextField
            id={id('service')}
            label={t('crisis.sessions.service')}
            hint={t('crisis.sessions.serviceHint')}
            required
            value={service}
            onChange={setService}
            error={err('service')}
            list={suggestions.length > 0 ? id('services') : undefined}
          />
          {suggestions.length > 0 ? (
            <datalist id={id('services')}>
              {suggestions.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          ) : null}
        </>
      ) : null}
      {!stay ? (
        <ChoiceGroup
          name={id('setting')}
          legend={t('crisis.sessions.setting')}
          tiles={false}
          value={setting}
          onChange={setSetting}
          options={sessionSettings.map((s) => ({ value: s, label: t(`sessionSettings.${s}`) }))}
          error={err('setting')}
        />
      ) : null}
      <TextField id={id('note')} label={t('crisis.sessions.note')} multiline rows={3} value={note} onChange={setNote} error={err('note')} />
      <button type="submit" className="button-primary" disabled={save.isPending}>
        {save.isPending ? t('common.saving') : stay ? t('crisis.sessions.submit') : t('crisis.sessions.submitContact')}
      </button>
    </form>
  );
}
