import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, units, users } from './organisations';

export type OwnWords = { whatMatters: string; hopesAndDreams: string; wantHelpWith: string; doNotWant: string };

export const citizens = pgTable(
  'citizens',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(), // unidentified | identified
    alias: text('alias'),
    description: text('description'),
    place: text('place'),
    name: text('name'),
    /** AES-256-GCM ciphertext of the normalised CPR number. */
    cprEncrypted: text('cpr_encrypted'),
    /** Keyed hash (HMAC-SHA256) of the normalised CPR number, for look-up. */
    cprHash: text('cpr_hash'),
    birthYear: integer('birth_year'),
    phone: text('phone'),
    address: text('address'),
    noFixedAddress: boolean('no_fixed_address').notNull().default(false),
    homeMunicipality: text('home_municipality'),
    preferredLanguage: text('preferred_language'),
    ownWords: jsonb('own_words').$type<OwnWords>().notNull(),
    safetyNotes: jsonb('safety_notes').$type<string[]>().notNull(),
    identifiedAt: timestamp('identified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('citizens_org').on(t.organisationId), index('citizens_cpr_hash').on(t.cprHash)],
);

export const courses = pgTable(
  'courses',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    method: text('method').notNull(),
    methodVersion: text('method_version').notNull(),
    phase: text('phase').notNull(),
    status: text('status').notNull().default('active'),
    legalBasis: text('legal_basis'),
    startDate: date('start_date').notNull(),
    plannedEndDate: date('planned_end_date'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** Why the course ended (not_in_target_group, handover, completed, declined, moved, died, other). */
    endReason: text('end_reason'),
    /** The closing summary written at handover or close. */
    closingSummary: text('closing_summary'),
    /** Why the planned end lies beyond the method's limit (CTI: nine months). */
    plannedEndReason: text('planned_end_reason'),
    /** The version of the municipality's method settings the course started under (null: the defaults). */
    settingsVersion: integer('settings_version'),
    /** Set while the team marks the citizen as in crisis (ACT board). */
    crisisSince: timestamp('crisis_since', { withTimezone: true }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('courses_citizen').on(t.citizenId), index('courses_unit_status').on(t.unitId, t.status)],
);

export const courseWorkers = pgTable(
  'course_workers',
  {
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.userId] }), index('course_workers_user').on(t.userId)],
);

export const coursePhaseHistory = pgTable(
  'course_phase_history',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    fromPhase: text('from_phase'),
    toPhase: text('to_phase').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason'),
  },
  (t) => [index('course_phase_history_course').on(t.courseId)],
);

export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_notes_course').on(t.courseId, t.occurredAt), index('case_notes_citizen').on(t.citizenId, t.createdAt)],
);

/** Earlier versions of an edited case note. */
export const caseNoteVersions = pgTable(
  'case_note_versions',
  {
    noteId: uuid('note_id')
      .notNull()
      .references(() => caseNotes.id),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    editedAt: timestamp('edited_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.noteId, t.version] })],
);

/** "Break the glass": temporary access to a citizen outside one's courses, with a reason. */
export const accessGrants = pgTable(
  'access_grants',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('access_grants_user_citizen').on(t.userId, t.citizenId)],
);

/** The 1–3 focus areas a citizen chose for a phase of a course (CTI), with the activity plan; the latest counts. */
export const focusAreas = pgTable(
  'focus_areas',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    phase: text('phase').notNull(),
    areas: jsonb('areas').$type<{ area: string; activityPlan: string }[]>().notNull(),
    chosenWithCitizen: boolean('chosen_with_citizen').notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('focus_areas_course').on(t.courseId, t.phase, t.at)],
);

export type NetworkEntryRow = { id: string; name: string; kind: 'person' | 'service'; relation: string; contact: string | null; citizenView: string; citizenSays: string | null };

/** The citizen's network map (people and services, with the citizen's view of each); every save is a version. */
export const citizenNetworks = pgTable(
  'citizen_networks',
  {
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    version: integer('version').notNull(),
    entries: jsonb('entries').$type<NetworkEntryRow[]>().notNull(),
    note: text('note'),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.citizenId, t.version] })],
);
