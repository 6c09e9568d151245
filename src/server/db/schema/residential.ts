import { boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { citizens, courses } from './citizens';
import { organisations, units, users } from './organisations';

/**
 * Residential services (botilbud, seed 004): the seven core elements. Rows belong to a unit (the
 * residence) and, where they concern one resident, to that resident's course in the unit.
 */

/** Core element 1: what the resident is motivated for now, shown until acted on or expired. */
export const motivationEntries = pgTable(
  'motivation_entries',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    what: text('what').notNull(),
    noticedOn: date('noticed_on').notNull(),
    /** Who noticed it (the resident, a named colleague, a relative …), in words. */
    noticedBy: text('noticed_by').notNull(),
    expiresOn: date('expires_on').notNull(),
    actedOnAt: timestamp('acted_on_at', { withTimezone: true }),
    actedOnBy: uuid('acted_on_by').references(() => users.id),
    actedOnNote: text('acted_on_note'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('motivation_entries_citizen').on(t.citizenId, t.createdAt), index('motivation_entries_unit').on(t.unitId, t.createdAt)],
);

/** Core element 2: an activity at the residence or in the local community. */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    description: text('description'),
    /** residence | community */
    setting: text('setting').notNull(),
    place: text('place').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    contact: text('contact'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('activities_unit_start').on(t.unitId, t.startsAt)],
);

/** A resident's participation in an activity: attended, declined, or wanted to but could not. */
export const activityParticipation = pgTable(
  'activity_participation',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    /** attended | declined | wanted_not_possible */
    status: text('status').notNull(),
    note: text('note'),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.citizenId] }), index('activity_participation_citizen').on(t.citizenId, t.at)],
);

export type HarmArea = { consequences: string; measures: string };
export type HarmMeasure = { text: string; area: 'physical' | 'psychological' | 'social' | 'economic'; who: string | null; abstinence: boolean };

/** Core element 3: the harm-reduction plan; every save is a version, the latest counts. */
export const harmReductionPlans = pgTable(
  'harm_reduction_plans',
  {
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    version: integer('version').notNull(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    substances: text('substances'),
    areas: jsonb('areas').$type<Record<'physical' | 'psychological' | 'social' | 'economic', HarmArea>>().notNull(),
    measures: jsonb('measures').$type<HarmMeasure[]>().notNull(),
    residentWantsAbstinence: boolean('resident_wants_abstinence').notNull(),
    residentsOwnWords: text('residents_own_words'),
    madeWithResident: boolean('made_with_resident').notNull(),
    followUpDates: jsonb('follow_up_dates').$type<string[]>().notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.citizenId, t.organisationId, t.version] })],
);

/** Core element 4: a violent or threatening episode at the residence. */
export const episodes = pgTable(
  'episodes',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    location: text('location').notNull(),
    /** threat | violence | self_harm | damage */
    type: text('type').notNull(),
    /** minor | moderate | serious */
    severity: text('severity').notNull(),
    description: text('description').notNull(),
    actionsTaken: text('actions_taken').notNull(),
    anyoneHurt: boolean('anyone_hurt').notNull(),
    injuries: text('injuries'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('episodes_unit_time').on(t.unitId, t.occurredAt)],
);

/** Who was involved in an episode: a resident, a member of staff or someone else (in words). */
export const episodePeople = pgTable(
  'episode_people',
  {
    id: uuid('id').primaryKey(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episodes.id),
    /** resident | staff | other */
    kind: text('kind').notNull(),
    citizenId: uuid('citizen_id').references(() => citizens.id),
    userId: uuid('user_id').references(() => users.id),
    description: text('description'),
    hurt: boolean('hurt').notNull().default(false),
  },
  (t) => [index('episode_people_episode').on(t.episodeId), index('episode_people_citizen').on(t.citizenId)],
);

/** The debrief after an episode and what was learnt from it. */
export const episodeDebriefs = pgTable('episode_debriefs', {
  episodeId: uuid('episode_id')
    .primaryKey()
    .references(() => episodes.id),
  heldOn: date('held_on').notNull(),
  participants: text('participants').notNull(),
  summary: text('summary').notNull(),
  learning: text('learning').notNull(),
  byUserId: uuid('by_user_id')
    .notNull()
    .references(() => users.id),
  at: timestamp('at', { withTimezone: true }).notNull(),
});

/** A follow-up action from a debrief, with an owner and a due date. */
export const episodeActions = pgTable(
  'episode_actions',
  {
    id: uuid('id').primaryKey(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episodes.id),
    text: text('text').notNull(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    dueDate: date('due_date').notNull(),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by').references(() => users.id),
  },
  (t) => [index('episode_actions_episode').on(t.episodeId)],
);

/**
 * Staff wellbeing, answered anonymously with an instrument (WHO-5): only the score and the month
 * are kept, and separately that a user has answered that month (so each answers once a month).
 */
export const staffWellbeing = pgTable(
  'staff_wellbeing',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    month: text('month').notNull(),
    instrumentKey: text('instrument_key').notNull(),
    instrumentVersion: integer('instrument_version').notNull(),
    total: numeric('total', { mode: 'number' }).notNull(),
  },
  (t) => [index('staff_wellbeing_unit_month').on(t.unitId, t.month)],
);

export const staffWellbeingGiven = pgTable(
  'staff_wellbeing_given',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    month: text('month').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.userId, t.month] })],
);

export type MeetingParticipant = { name: string; organisation: string | null; external: boolean; userId: string | null };
export type MeetingFollowUp = { text: string; owner: string; dueDate: string | null };

/** Core element 5: a collaboration meeting, internal or with addiction treatment, psychiatry, the municipality. */
export const collaborationMeetings = pgTable(
  'collaboration_meetings',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    /** internal | addiction | psychiatry | municipality | other */
    kind: text('kind').notNull(),
    heldOn: date('held_on').notNull(),
    topic: text('topic').notNull(),
    participants: jsonb('participants').$type<MeetingParticipant[]>().notNull(),
    decisions: text('decisions'),
    followUps: jsonb('follow_ups').$type<MeetingFollowUp[]>().notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('collaboration_meetings_unit').on(t.unitId, t.heldOn)],
);

/** A resident discussed at a meeting; with external participants, on a consent or legal basis. */
export const meetingResidents = pgTable(
  'meeting_residents',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => collaborationMeetings.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    consentId: uuid('consent_id'),
    discussed: text('discussed'),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.citizenId] }), index('meeting_residents_citizen').on(t.citizenId)],
);

/** A written collaboration model attached to the unit (internal, or with an external partner). */
export const collaborationModels = pgTable(
  'collaboration_models',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    title: text('title').notNull(),
    partner: text('partner'),
    body: text('body').notNull(),
    validFrom: date('valid_from').notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('collaboration_models_unit').on(t.unitId)],
);

/** Core element 6: the unit's specialised team, with each member's competences. */
export const specialistTeamMembers = pgTable(
  'specialist_team_members',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    competences: jsonb('competences').$type<string[]>().notNull(),
    since: date('since').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.userId] })],
);

/** "Ask the specialised team" about a resident: the question, the advice and the follow-up. */
export const specialistRequests = pgTable(
  'specialist_requests',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    question: text('question').notNull(),
    askedBy: uuid('asked_by')
      .notNull()
      .references(() => users.id),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull(),
    advice: text('advice'),
    advisedBy: uuid('advised_by').references(() => users.id),
    advisedAt: timestamp('advised_at', { withTimezone: true }),
    followUp: text('follow_up'),
    followedUpBy: uuid('followed_up_by').references(() => users.id),
    followedUpAt: timestamp('followed_up_at', { withTimezone: true }),
  },
  (t) => [index('specialist_requests_unit').on(t.unitId, t.askedAt), index('specialist_requests_citizen').on(t.citizenId)],
);

/** Core element 7: a resident's recorded agreement to work with a peer worker. */
export const peerAgreements = pgTable(
  'peer_agreements',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    peerUserId: uuid('peer_user_id')
      .notNull()
      .references(() => users.id),
    agreedOn: date('agreed_on').notNull(),
    /** written | oral */
    form: text('form').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
  },
  (t) => [index('peer_agreements_peer').on(t.peerUserId, t.unitId), index('peer_agreements_citizen').on(t.citizenId)],
);

/** Per unit: what the peer worker sees (only residents who agreed, or all), and the role's tasks and boundaries. */
export const peerRoles = pgTable('peer_roles', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => units.id),
  /** agreed | unit */
  access: text('access').notNull(),
  tasks: text('tasks').notNull(),
  boundaries: text('boundaries').notNull(),
  byUserId: uuid('by_user_id')
    .notNull()
    .references(() => users.id),
  at: timestamp('at', { withTimezone: true }).notNull(),
});
