import type { z } from 'zod';
import type { NoteCreate } from '../../../shared/schemas/courses';
import { inTransaction, type Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { AppError, conflict, forbidden, notFound } from '../../http/problem';
import { selectVisibleCourses } from '../courses/courses.repo';
import { notePermissions } from '../courses/courses.service';
import { inFuture } from '../outreach/dates';
import { findNoteRow, insertNote, readNotes, updateNoteText, type NoteRow } from './notes.repo';

async function visibleCourse(s: Scope, courseId: string) {
  const [row] = await selectVisibleCourses(s, { courseId });
  if (!row) throw notFound();
  return { course: row.course, ...(await notePermissions(s, row.course)) };
}

function toNote(s: Scope, note: NoteRow, authorName: string, history: { version: number; text: string; editedAt: Date }[]) {
  const until = new Date(note.createdAt.getTime() + s.config.noteEditMinutes * 60_000);
  const editable = note.authorId === s.access.actor.userId && until.getTime() > Date.now();
  return {
    id: note.id,
    courseId: note.courseId,
    authorId: note.authorId,
    authorName,
    text: note.text,
    occurredAt: note.occurredAt.toISOString(),
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
    version: note.version,
    editableUntil: editable ? until.toISOString() : null,
    history: history.map((h) => ({ version: h.version, text: h.text, editedAt: h.editedAt.toISOString() })),
  };
}

export function findNotesOfCourse(scope: Scope, courseId: string) {
  return inTransaction(scope, async (s) => {
    const { course, canReadNotes, ownNotesOnly } = await visibleCourse(s, courseId);
    if (!canReadNotes && !ownNotesOnly) throw forbidden();
    const notes = await readNotes(s, course, canReadNotes ? undefined : s.access.actor.userId);
    return { items: notes.map((n) => toNote(s, n.note, n.authorName, n.history)) };
  });
}

/** Writes a case note; a retry with the same client id returns the note already written. */
export function createNote(scope: Scope, courseId: string, body: z.infer<typeof NoteCreate>) {
  return inTransaction(scope, async (s) => {
    const { course, canWriteNotes, ownNotesOnly } = await visibleCourse(s, courseId);
    if (!canWriteNotes && !ownNotesOnly) throw forbidden();
    const id = body.id ?? newId();
    const existing = body.id ? await findNoteRow(s, body.id) : undefined;
    if (existing) {
      if (existing.courseId !== courseId || existing.authorId !== s.access.actor.userId || existing.text !== body.text) throw conflict();
      return { created: false, note: toNote(s, existing, s.access.actor.displayName, []) };
    }
    const occurredAt = body.occurredAt ? new Date(body.occurredAt) : new Date();
    if (inFuture(occurredAt)) throw new AppError(422, 'validation_failed', [{ path: 'occurredAt', code: 'too_big' }]);
    const now = new Date();
    const values = {
      id,
      organisationId: course.organisationId,
      courseId,
      citizenId: course.citizenId,
      authorId: s.access.actor.userId,
      text: body.text,
      occurredAt,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await insertNote(s, values);
    return { created: true, note: toNote(s, values, s.access.actor.displayName, []) };
  });
}

/** Only the author may edit, within the edit window; the earlier text is kept as history. */
export function editNote(scope: Scope, noteId: string, text: string) {
  return inTransaction(scope, async (s) => {
    const note = await findNoteRow(s, noteId);
    if (!note) throw notFound();
    const { canReadNotes, ownNotesOnly } = await visibleCourse(s, note.courseId);
    if (!canReadNotes && !(ownNotesOnly && note.authorId === s.access.actor.userId)) throw notFound();
    if (note.authorId !== s.access.actor.userId) throw new AppError(403, 'not_note_author');
    if (note.createdAt.getTime() + s.config.noteEditMinutes * 60_000 < Date.now()) throw new AppError(409, 'note_edit_window_closed');
    await updateNoteText(s, note, text);
    const notes = await readNotes(s, { id: note.courseId, citizenId: note.citizenId, organisationId: note.organisationId }, canReadNotes ? undefined : note.authorId);
    const n = notes.find((x) => x.note.id === noteId)!;
    return toNote(s, n.note, n.authorName, n.history);
  });
}
