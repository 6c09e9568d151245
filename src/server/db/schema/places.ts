import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from './organisations';

/** A place where citizens of the target group stay (geographic mapping, seed 002 and domain §6). */
export const places = pgTable(
  'places',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    type: text('type').notNull(),
    address: text('address'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    openingHours: text('opening_hours'),
    description: text('description'),
    partnerContacts: text('partner_contacts'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('places_org').on(t.organisationId)],
);

export const placeAssignees = pgTable(
  'place_assignees',
  {
    placeId: uuid('place_id')
      .notNull()
      .references(() => places.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.placeId, t.userId] })],
);

/** An outreach round at a place: who went, when, how many they met. */
export const placeRounds = pgTable(
  'place_rounds',
  {
    id: uuid('id').primaryKey(),
    placeId: uuid('place_id')
      .notNull()
      .references(() => places.id),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    participantIds: jsonb('participant_ids').$type<string[]>().notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    peopleMet: integer('people_met').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('place_rounds_place').on(t.placeId, t.at)],
);
