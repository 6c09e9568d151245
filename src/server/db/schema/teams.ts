import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { courses } from './citizens';
import { organisations, units, users } from './organisations';

/** A team's members and their disciplines (ACT: nurse, psychiatrist, case officer with authority, …). */
export const teamMembers = pgTable(
  'team_members',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    discipline: text('discipline').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.userId] }), index('team_members_user').on(t.userId)],
);

/** The daily team meeting, recorded as held (one a day per team). */
export const teamMeetings = pgTable(
  'team_meetings',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    date: date('date').notNull(),
    attendeeIds: uuid('attendee_ids').array().notNull(),
    note: text('note'),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('team_meetings_day').on(t.unitId, t.date)],
);

/** Who sees which citizen on a day, agreed at the team meeting. */
export const teamAssignments = pgTable(
  'team_assignments',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    date: date('date').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('team_assignments_unique').on(t.courseId, t.date, t.userId), index('team_assignments_day').on(t.unitId, t.date)],
);

/** A decision taken at the board or on the spot, with the member who had the authority to take it. */
export const teamDecisions = pgTable(
  'team_decisions',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    date: date('date').notNull(),
    courseId: uuid('course_id').references(() => courses.id),
    text: text('text').notNull(),
    authorityUserId: uuid('authority_user_id')
      .notNull()
      .references(() => users.id),
    authorityDiscipline: text('authority_discipline').notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('team_decisions_day').on(t.unitId, t.date)],
);

export type IcmPlanContent = {
  coordinatorId: string;
  purpose: string;
  dailySupport: string | null;
  services: { name: string; agreed: string; contact: string | null }[];
  reviewDate: string;
};

/** A course's plan (ICM plan); every save is a version. */
export const coursePlans = pgTable(
  'course_plans',
  {
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    version: integer('version').notNull(),
    kind: text('kind').notNull(),
    content: jsonb('content').$type<IcmPlanContent>().notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.version] })],
);

/** A municipality's settings for a method (phase lengths, norms); every change is a version kept for the courses that started under it. */
export const methodSettings = pgTable(
  'method_settings',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    method: text('method').notNull(),
    version: integer('version').notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.method, t.version] })],
);
