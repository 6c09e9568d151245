import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import type { CourseT, NoteT } from '../../types';
import { NoteForm } from './NoteForm';
import { NoteItem } from './NoteItem';
import { useNotes } from './queries';

type Props = {
  course: CourseT;
  title: string;
  /** A different heading (e.g. "Timeline" when notes are shown with contact attempts). */
  heading?: string;
  /** Renders the notes (e.g. merged with other entries) instead of the plain note list. */
  renderList?: (notes: NoteT[]) => ReactNode;
};

/** The case notes of one course, newest first; a plain message when the user may not read them. */
export function NotesSection({ course, title, heading, renderList }: Props) {
  const { t } = useTranslation();
  const canRead = course.canReadNotes || course.ownNotesOnly;
  const notes = useNotes(course.id, canRead);
  const headingId = `notes-${course.id}`;
  const sorted = [...(notes.data ?? [])].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <section aria-labelledby={headingId} className="notes">
      <h4 id={headingId}>
        {heading ?? t('notes.title')}
        <span className="visually-hidden"> – {title}</span>
      </h4>
      {!canRead ? (
        <p className="alert alert-info">{t('notes.noAccess')}</p>
      ) : (
        <>
          {course.ownNotesOnly ? <p className="muted">{t('notes.ownOnly')}</p> : null}
          {course.canWriteNotes || course.ownNotesOnly ? <NoteForm courseId={course.id} /> : null}
          {notes.isPending ? <Loading /> : null}
          <ErrorAlert error={notes.error} />
          {renderList && notes.data ? renderList(sorted) : null}
          {!renderList && notes.data && sorted.length === 0 ? <p className="muted">{t('notes.empty')}</p> : null}
          {!renderList && sorted.length > 0 ? (
            <ol className="note-list">
              {sorted.map((n) => (
                <li key={n.id}>
                  <NoteItem note={n} courseId={course.id} />
                </li>
              ))}
            </ol>
          ) : null}
        </>
      )}
    </section>
  );
}
