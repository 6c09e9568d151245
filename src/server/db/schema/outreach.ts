import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { citizens, courses } from './citizens';
import { organisations, users } from './organisations';
import { places } from './places';

/** Contact plan of an outreach course (seed 000's four questions); every revision is a new version. */
export const contactPlans = pgTable(
  'contact_plans',
  {
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    version: integer('version').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    whereText: text('where_text').notNull(),
    howText: text('how_text').notNull(),
    cadenceDays: integer('cadence_days').notNull(),
    keepContactText: text('keep_contact_text').notNull(),
    /** Colleagues who answered the questions together (collegial sparring). */
    authorIds: jsonb('author_ids').$type<string[]>().notNull(),
    comment: text('comment'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.version] })],
);

/** One contact attempt. Append-only; the id may be created by the client so a retry creates nothing new. */
export const contactAttempts = pgTable(
  'contact_attempts',
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
    at: timestamp('at', { withTimezone: true }).notNull(),
    place: text('place'),
    placeId: uuid('place_id').references(() => places.id),
    method: text('method').notNull(),
    outcome: text('outcome').notNull(),
    /** With outcome signs_of_life: which signs (footprints, full mailbox, the note is gone, …). */
    signsOfLife: jsonb('signs_of_life').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** Workers who went (the recorder is always one of them). */
    participantIds: jsonb('participant_ids').$type<string[]>().notNull(),
    observed: text('observed'),
    nextPlannedAt: timestamp('next_planned_at', { withTimezone: true }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contact_attempts_course_at').on(t.courseId, t.at), index('contact_attempts_next').on(t.nextPlannedAt).where(sql`next_planned_at is not null`)],
);

/** Secret iCal feed tokens (sha256 stored), revocable. */
export const calendarTokens = pgTable('calendar_tokens', {
  id: text('id').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});
