import { z } from 'zod';
import { Id, isoDateTime, text } from './common';

export const courseStatuses = ['active', 'completed', 'ended_early', 'transferred'] as const;

export const Course = z
  .object({
    id: Id,
    citizenId: Id,
    unitId: Id,
    unitName: z.string(),
    method: z.string(),
    methodVersion: z.string(),
    settingsVersion: z.number().int().nullable().describe("The version of the municipality's method settings the course follows (null: the defaults)"),
    phase: z.string(),
    status: z.enum(courseStatuses),
    legalBasis: z.string().nullable(),
    startDate: z.string(),
    plannedEndDate: z.string().nullable(),
    endedAt: z.string().nullable(),
    endReason: z.string().nullable(),
    closingSummary: z.string().nullable(),
    responsible: z.array(z.object({ id: Id, displayName: z.string() })),
    phaseHistory: z.array(
      z.object({ fromPhase: z.string().nullable(), toPhase: z.string(), at: z.string(), byName: z.string(), reason: z.string().nullable() }),
    ),
    canReadNotes: z.boolean(),
    canWriteNotes: z.boolean(),
    ownNotesOnly: z.boolean().describe('A peer worker: may write notes on this course and read only their own'),
  })
  .meta({ id: 'Course' });

export const NoteCreate = z
  .strictObject({
    id: Id.optional().describe('Client-created UUID; a retry with the same id creates nothing new'),
    text: text(20_000).min(1),
    occurredAt: isoDateTime().optional(),
  })
  .meta({ id: 'NoteCreate' });

export const NoteUpdate = z.strictObject({ text: text(20_000).min(1) }).meta({ id: 'NoteUpdate' });

export const Note = z
  .object({
    id: Id,
    courseId: Id,
    authorId: Id,
    authorName: z.string(),
    text: z.string(),
    occurredAt: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    editableUntil: z.string().nullable().describe('Set when the current user may still edit the note'),
    history: z.array(z.object({ version: z.number().int(), text: z.string(), editedAt: z.string() })),
  })
  .meta({ id: 'Note' });

export const NoteList = z.object({ items: z.array(Note) });

export const MethodModel = z.object({
  id: z.string(),
  version: z.string(),
  legalBasis: z.string().nullable(),
  phases: z.array(
    z.object({
      id: z.string(),
      steps: z.array(z.object({ id: z.string() })),
      endReasons: z.array(z.string()),
      plannedMonths: z.number().int().optional(),
      expectedContactDays: z.number().int().optional(),
    }),
  ),
  initialPhase: z.string(),
  transitions: z.record(z.string(), z.array(z.string())),
  features: z.array(z.string()),
  norms: z.record(z.string(), z.union([z.number(), z.string()])).optional().describe('Fidelity norms of the method'),
  clock: z.object({ startsIn: z.string(), housingBefore: z.string().optional() }).optional().describe('A time-limited method: the phase its clock starts in, and the phase that needs housing first'),
  board: z.object({ notSeenDays: z.number().int() }).optional(),
  plannedEndReasons: z.array(z.string()).optional(),
});

export const BreakGlassSearch = z.strictObject({ q: text(100).min(2), reason: text(1000).min(10) });
export const BreakGlassGrantBody = z.strictObject({ citizenId: Id, reason: text(1000).min(10) });
export const BreakGlassGrant = z.object({
  id: Id,
  userId: Id,
  userName: z.string(),
  citizenId: Id,
  reason: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
