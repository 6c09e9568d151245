import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { citizens, courses } from './citizens';
import { organisations, users } from './organisations';
import { places } from './places';

/** Collaboration agreement (samarbejdsaftale) between a crisis center and a municipality, seed 002 §5.2. */
export const collaborationAgreements = pgTable(
  'collaboration_agreements',
  {
    id: uuid('id').primaryKey(),
    crisisCenterOrgId: uuid('crisis_center_org_id')
      .notNull()
      .references(() => organisations.id),
    municipalityOrgId: uuid('municipality_org_id')
      .notNull()
      .references(() => organisations.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    quickMedicalDelegation: boolean('quick_medical_delegation').notNull(),
    actionPlanWork: boolean('action_plan_work').notNull(),
    midwayParticipation: boolean('midway_participation').notNull(),
    dropInCollaboration: boolean('drop_in_collaboration').notNull(),
    socialMentorUserId: uuid('social_mentor_user_id')
      .notNull()
      .references(() => users.id),
    spotterUserIds: jsonb('spotter_user_ids').$type<string[]>().notNull(),
    notes: text('notes'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agreements_parties').on(t.municipalityOrgId, t.crisisCenterOrgId)],
);

export type Screening = { items: Record<string, boolean>; assessment: string; inTargetGroup: boolean; byUserId: string; at: string };

/** A spotter's registration of a citizen in an acute, possibly life-threatening situation. */
export const spottings = pgTable(
  'spottings',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    /** The social mentor's crisis pathway course, opened by the spotting. */
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    spottedBy: uuid('spotted_by')
      .notNull()
      .references(() => users.id),
    spottedAt: timestamp('spotted_at', { withTimezone: true }).notNull(),
    placeId: uuid('place_id').references(() => places.id),
    place: text('place'),
    seen: text('seen').notNull(),
    lifeThreatening: boolean('life_threatening').notNull(),
    status: text('status').notNull(),
    statusAt: timestamp('status_at', { withTimezone: true }).notNull(),
    screening: jsonb('screening').$type<Screening>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('spottings_org_status').on(t.organisationId, t.status), index('spottings_by').on(t.spottedBy)],
);

/** A request from the social mentor to a crisis center, its decision and the pickup. */
export const crisisRequests = pgTable(
  'crisis_requests',
  {
    id: uuid('id').primaryKey(),
    municipalityOrgId: uuid('municipality_org_id')
      .notNull()
      .references(() => organisations.id),
    crisisCenterOrgId: uuid('crisis_center_org_id')
      .notNull()
      .references(() => organisations.id),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => collaborationAgreements.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    spottingId: uuid('spotting_id').references(() => spottings.id),
    pathwayCourseId: uuid('pathway_course_id')
      .notNull()
      .references(() => courses.id),
    summary: text('summary').notNull(),
    status: text('status').notNull(),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decision: text('decision'),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    plannedLengthDays: integer('planned_length_days'),
    stayCourseId: uuid('stay_course_id').references(() => courses.id),
    pickupPlannedAt: timestamp('pickup_planned_at', { withTimezone: true }),
    pickupTransport: text('pickup_transport'),
    pickupAccompaniedBy: text('pickup_accompanied_by'),
    pickedUpAt: timestamp('picked_up_at', { withTimezone: true }),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (t) => [
    index('crisis_requests_center').on(t.crisisCenterOrgId, t.status),
    index('crisis_requests_pathway').on(t.pathwayCourseId),
    index('crisis_requests_stay').on(t.stayCourseId),
  ],
);

/** The midway meeting of a stay (one per request). */
export const midwayMeetings = pgTable('midway_meetings', {
  requestId: uuid('request_id')
    .primaryKey()
    .references(() => crisisRequests.id),
  scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
  place: text('place'),
  participants: text('participants'),
  remindedOn: jsonb('reminded_on').$type<Record<string, string | null>>().notNull(),
  held: boolean('held').notNull().default(false),
  heldAt: timestamp('held_at', { withTimezone: true }),
  status: text('status'),
  changeSoFar: text('change_so_far'),
  supportReadyAtHome: text('support_ready_at_home'),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export type FuturePlanContent = {
  wishes: string | null;
  housing: string | null;
  substanceUse: string | null;
  finances: string | null;
  health: string | null;
  network: string | null;
  supportAtHome: string | null;
  writtenWithCitizen: boolean;
};

/** The future plan (fremtidsplan) written with the citizen during the stay; every save is a version. */
export const futurePlanVersions = pgTable(
  'future_plan_versions',
  {
    requestId: uuid('request_id')
      .notNull()
      .references(() => crisisRequests.id),
    version: integer('version').notNull(),
    content: jsonb('content').$type<FuturePlanContent>().notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.version] })],
);

/** Tick and untick events of a course's checklist items (append-only; the latest per item counts). */
export const checklistTicks = pgTable(
  'checklist_ticks',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    itemId: text('item_id').notNull(),
    ticked: boolean('ticked').notNull(),
    note: text('note'),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('checklist_ticks_course').on(t.courseId, t.itemId, t.at)],
);

/** Logged sessions on a course: care, counselling and motivational conversations. */
export const courseSessions = pgTable(
  'course_sessions',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    kind: text('kind').notNull(),
    /** Where a face-to-face contact took place: community (the citizen's own surroundings), office, or phone. */
    setting: text('setting'),
    /** The service a coordination contact was with (ICM). */
    service: text('service'),
    note: text('note'),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('course_sessions_course').on(t.courseId, t.at)],
);
