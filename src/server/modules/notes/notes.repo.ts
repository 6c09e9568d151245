import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Scope } from '../../access/scope';
import { uuidArray } from '../../access/citizen-access';
import { caseNotes, caseNoteVersions, users } from '../../db/schema';

export type NoteRow = typeof caseNotes.$inferSelect;

export async function findNoteRow(scope: Scope, id: string): Promise<NoteRow | undefined> {
  const [row] = await scope.db.select().from(caseNotes).where(eq(caseNotes.id, id));
  return row;
}

export async function insertNote(scope: Scope, values: typeof caseNotes.$inferInsert) {
  await scope.db.insert(caseNotes).values(values);
  await scope.audit([
    { action: 'note.create', citizenId: values.citizenId, courseId: values.courseId, organisationId: values.organisationId, context: { noteId: values.id! } },
  ]);
}

/** Keeps the previous text as a version, then stores the new one. */
export async function updateNoteText(scope: Scope, note: NoteRow, text: string) {
  const now = new Date();
  await scope.db.insert(caseNoteVersions).values({ noteId: note.id, version: note.version, text: note.text, editedAt: now });
  await scope.db
    .update(caseNotes)
    .set({ text, version: note.version + 1, updatedAt: now })
    .where(eq(caseNotes.id, note.id));
  await scope.audit([
    {
      action: 'note.update',
      citizenId: note.citizenId,
      courseId: note.courseId,
      organisationId: note.organisationId,
      context: { noteId: note.id, version: note.version + 1 },
    },
  ]);
}

/** Reads a course's notes (newest first) with their history, and logs the read once. */
/** The course's notes, or only those written by `authorId` (a peer worker reads their own). */
export async function readNotes(scope: Scope, course: { id: string; citizenId: string; organisationId: string }, authorId?: string) {
  const notes = await scope.db
    .select({ note: caseNotes, authorName: users.displayName })
    .from(caseNotes)
    .innerJoin(users, eq(users.id, caseNotes.authorId))
    .where(and(eq(caseNotes.courseId, course.id), authorId ? eq(caseNotes.authorId, authorId) : undefined))
    .orderBy(desc(caseNotes.occurredAt), desc(caseNotes.id));
  const ids = notes.map((n) => n.note.id);
  const versions = ids.length
    ? await scope.db
        .select()
        .from(caseNoteVersions)
        .where(sql`${caseNoteVersions.noteId} = any(${uuidArray(ids)})`)
        .orderBy(asc(caseNoteVersions.version))
    : [];
  await scope.audit([
    { action: 'note.read', citizenId: course.citizenId, courseId: course.id, organisationId: course.organisationId, context: { noteIds: ids } },
  ]);
  return notes.map((n) => ({ ...n, history: versions.filter((v) => v.noteId === n.note.id) }));
}
