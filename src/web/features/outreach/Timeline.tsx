import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alerts';
import type { ContactAttemptT, NoteT } from '../../types';
import { NoteItem } from '../citizens/NoteItem';
import { AttemptItem } from './AttemptItem';

type Entry = { kind: 'attempt'; at: string; attempt: ContactAttemptT } | { kind: 'note'; at: string; note: NoteT };

type Props = {
  courseId: string;
  notes: NoteT[];
  /** The newest attempts, newest first. */
  attempts: ContactAttemptT[];
  attemptsError: unknown;
  /** Set when older attempts exist than those given: the timeline then ends at the oldest given; `show` loads more. */
  older: { loading: boolean; show: (() => void) | null } | null;
};

/** Contact attempts and case notes together, newest first. */
export function Timeline({ courseId, notes, attempts, attemptsError, older }: Props) {
  const { t } = useTranslation();
  // With older attempts not loaded, older notes are held back too: the timeline shows one unbroken stretch.
  const from = older ? attempts.at(-1)?.at : undefined;
  const entries: Entry[] = [
    ...attempts.map((a) => ({ kind: 'attempt' as const, at: a.at, attempt: a })),
    ...notes.map((n) => ({ kind: 'note' as const, at: n.occurredAt, note: n })),
  ]
    .filter((e) => !from || e.at >= from)
    .sort((a, b) => b.at.localeCompare(a.at));
  // After "show older", focus moves to the first entry that appeared (the button may be gone).
  const list = useRef<HTMLOListElement>(null);
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    const i = focusAt.current;
    if (i === null || entries.length <= i) return;
    focusAt.current = null;
    (list.current?.children[i] as HTMLElement | undefined)?.focus();
  }, [entries.length]);
  const showOlder = () => {
    if (!older?.show || older.loading) return;
    focusAt.current = entries.length;
    older.show();
  };
  return (
    <>
      <ErrorAlert error={attemptsError} />
      {entries.length === 0 ? <p className="muted">{t('timeline.empty')}</p> : null}
      {entries.length > 0 ? (
        <ol className="note-list timeline" ref={list}>
          {entries.map((e) => (
            <li key={`${e.kind}-${e.kind === 'note' ? e.note.id : e.attempt.id}`} className={`timeline-${e.kind}`} tabIndex={-1}>
              {e.kind === 'note' ? <NoteItem note={e.note} courseId={courseId} /> : <AttemptItem attempt={e.attempt} />}
            </li>
          ))}
        </ol>
      ) : null}
      {older?.show ? (
        <button type="button" className="button-secondary timeline-more" onClick={showOlder} aria-disabled={older.loading}>
          {t('timeline.showOlder')}
        </button>
      ) : null}
    </>
  );
}
