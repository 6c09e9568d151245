import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { citizens } from './citizens';
import { consents } from './bridging';
import { organisations, users } from './organisations';

export type ActionPlanContent = {
  purpose: string;
  supportNeeded: string;
  expectedDuration: string | null;
  otherMatters: Partial<Record<'housing' | 'work' | 'personalHelp' | 'treatment' | 'aids', string>>;
  offers: { what: string; response: 'offered' | 'accepted' | 'declined'; note: string | null }[];
  citizenParticipation: string;
  sharedSections: string[];
  sharedWith: string | null;
};

/** A §141 action plan (handleplan), owned by the case officer's municipality; usable by every method. */
export const actionPlans = pgTable(
  'action_plans',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('action_plans_citizen').on(t.citizenId)],
);

export const actionPlanVersions = pgTable(
  'action_plan_versions',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id),
    version: integer('version').notNull(),
    content: jsonb('content').$type<ActionPlanContent>().notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.version] })],
);

/** The parts of a plan version passed on to a provider, on a consent or legal basis valid at the time. */
export const actionPlanShares = pgTable(
  'action_plan_shares',
  {
    id: uuid('id').primaryKey(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => actionPlans.id),
    version: integer('version').notNull(),
    sections: jsonb('sections').$type<string[]>().notNull(),
    sharedWith: text('shared_with').notNull(),
    /** The organisation that receives the shared parts, when it uses Brobygger (e.g. the crisis center). */
    recipientOrgId: uuid('recipient_org_id').references(() => organisations.id),
    consentId: uuid('consent_id')
      .notNull()
      .references(() => consents.id),
    sharedBy: uuid('shared_by')
      .notNull()
      .references(() => users.id),
    sharedAt: timestamp('shared_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('action_plan_shares_plan').on(t.planId)],
);
