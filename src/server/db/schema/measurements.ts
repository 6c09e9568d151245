import { date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { actionPlans } from './action-plans';
import { citizens, courses } from './citizens';
import { courseSessions } from './crisis';
import { organisations, users } from './organisations';

/** An organisation's own instruments and its versions of the shipped ones; a version is never changed once used. */
export const instrumentVersions = pgTable(
  'instrument_versions',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.key, t.version] })],
);

/** One answered instrument (WHO-5, session feedback, …), with the version it was given with and its score. */
export const measurements = pgTable(
  'measurements',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    instrumentKey: text('instrument_key').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    answers: jsonb('answers').$type<Record<string, number>>().notNull(),
    raw: numeric('raw', { mode: 'number' }).notNull(),
    total: numeric('total', { mode: 'number' }).notNull(),
    mode: text('mode').notNull(),
    sessionId: uuid('session_id').references(() => courseSessions.id),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('measurements_citizen').on(t.citizenId, t.instrumentKey, t.at), index('measurements_course').on(t.courseId, t.at)],
);

export type GoalStep = { text: string; done: boolean };

/** A goal in the citizen's own words, usable in every method. */
export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    courseId: uuid('course_id').references(() => courses.id),
    text: text('text').notNull(),
    lifeArea: text('life_area').notNull(),
    goalType: text('goal_type').notNull(),
    steps: jsonb('steps').$type<GoalStep[]>().notNull(),
    whoHelps: text('who_helps'),
    reviewDate: date('review_date').notNull(),
    status: text('status').notNull().default('active'),
    actionPlanId: uuid('action_plan_id').references(() => actionPlans.id),
    focusAreaPhase: text('focus_area_phase'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('goals_citizen').on(t.citizenId), index('goals_review').on(t.status, t.reviewDate)],
);

/** A follow-up on a goal: progress 0–10 as the citizen sees it, and a note. */
export const goalFollowUps = pgTable(
  'goal_follow_ups',
  {
    id: uuid('id').primaryKey(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => goals.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    rating: integer('rating').notNull(),
    note: text('note'),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('goal_follow_ups_goal').on(t.goalId, t.at)],
);
