import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { citizens, courses } from './citizens';
import { organisations, units, users } from './organisations';

/** The offer catalog: public, private and civil-society offers a citizen can be bridged to. */
export const offers = pgTable(
  'offers',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    category: text('category').notNull(),
    sector: text('sector').notNull(), // public | private | civil
    provider: text('provider').notNull(),
    legalBasis: text('legal_basis'),
    address: text('address'),
    contactPerson: text('contact_person'),
    phone: text('phone'),
    email: text('email'),
    description: text('description'),
    waitingTimeDays: integer('waiting_time_days'),
    waitingTimeConfirmedOn: date('waiting_time_confirmed_on'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('offers_org').on(t.organisationId)],
);

/** A referral from a course to an offer, with its status path. */
export const referrals = pgTable(
  'referrals',
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
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id),
    status: text('status').notNull(),
    statusDate: date('status_date').notNull(),
    /** Set when the citizen started: the day the retention checks count from. */
    startedOn: date('started_on'),
    accompanied: boolean('accompanied'),
    note: text('note'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('referrals_course').on(t.courseId), index('referrals_citizen').on(t.citizenId)],
);

export const referralEvents = pgTable(
  'referral_events',
  {
    id: uuid('id').primaryKey(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    status: text('status').notNull(),
    date: date('date').notNull(),
    note: text('note'),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('referral_events_referral').on(t.referralId)],
);

/** Consent to share information (or a recorded legal basis for sharing without consent). */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    kind: text('kind').notNull(), // consent | legal_basis
    information: text('information').notNull(),
    party: text('party').notNull(),
    direction: text('direction').notNull(), // to | from | both
    purpose: text('purpose').notNull(),
    form: text('form'), // written | oral (consent)
    legalBasis: text('legal_basis'), // e.g. "SEL §11 a" (legal_basis)
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
  },
  (t) => [index('consents_citizen').on(t.citizenId)],
);

/** What was shared about a citizen, with whom, on which consent or legal basis. */
export const shares = pgTable('shares', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  citizenId: uuid('citizen_id')
    .notNull()
    .references(() => citizens.id),
  referralId: uuid('referral_id').references(() => referrals.id),
  consentId: uuid('consent_id')
    .notNull()
    .references(() => consents.id),
  recipient: text('recipient').notNull(),
  sharedBy: uuid('shared_by')
    .notNull()
    .references(() => users.id),
  sharedAt: timestamp('shared_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Partners of indirect outreach (seed 003): housing advisers, landlords, libraries, GPs, psychiatry, police … */
export const partners = pgTable('partners', {
  id: uuid('id').primaryKey(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  name: text('name').notNull(),
  type: text('type').notNull(),
  address: text('address'),
  phone: text('phone'),
  email: text('email'),
  notes: text('notes'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const partnerContacts = pgTable('partner_contacts', {
  id: uuid('id').primaryKey(),
  partnerId: uuid('partner_id')
    .notNull()
    .references(() => partners.id),
  name: text('name').notNull(),
  role: text('role'),
  phone: text('phone'),
  email: text('email'),
});

/** Meetings with partners and communication (PR) activities. */
export const partnerActivities = pgTable('partner_activities', {
  id: uuid('id').primaryKey(),
  partnerId: uuid('partner_id')
    .notNull()
    .references(() => partners.id),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => units.id),
  kind: text('kind').notNull(), // meeting | communication
  date: date('date').notNull(),
  description: text('description').notNull(),
  byUserId: uuid('by_user_id')
    .notNull()
    .references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Inbound referrals (henvendelser) to a unit about a citizen who may need outreach. */
export const inboundReferrals = pgTable(
  'inbound_referrals',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    sourceType: text('source_type').notNull(), // partner | neighbour | relative | citizen | other
    partnerId: uuid('partner_id').references(() => partners.id),
    sourceName: text('source_name'),
    receivedOn: date('received_on').notNull(),
    description: text('description').notNull(),
    place: text('place'),
    status: text('status').notNull().default('open'), // open | accepted | declined
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
    citizenId: uuid('citizen_id').references(() => citizens.id),
    courseId: uuid('course_id').references(() => courses.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inbound_referrals_unit').on(t.unitId, t.status)],
);
