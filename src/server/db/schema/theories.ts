import { foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, units, users } from './organisations';

/** The elements and arrows of a theory of change (validated by `shared/schemas/theories.ts`). */
export type TheoryContentJson = {
  elements: { id: string; column: string; text: string; indicator: { key: string; baseline: number | null; target: number; period: { from: string; to: string } } | null }[];
  links: { from: string; to: string; assumption: string | null }[];
};

/**
 * A unit's theory of change for a method (one per unit and method), pointing at its latest version.
 * Holds no citizen data: it describes the work, not the people.
 */
export const theoriesOfChange = pgTable(
  'theories_of_change',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    method: text('method').notNull(),
    version: integer('version').notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('theories_of_change_unit_method').on(t.unitId, t.method)],
);

/** Every saved version of a theory, kept so that one can see which theory was in force when. */
export const theoryOfChangeVersions = pgTable(
  'theory_of_change_versions',
  {
    theoryId: uuid('theory_id').notNull(),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    content: jsonb('content').$type<TheoryContentJson>().notNull(),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.theoryId, t.version] }),
    foreignKey({ columns: [t.theoryId], foreignColumns: [theoriesOfChange.id], name: 'theory_of_change_versions_theory' }),
  ],
);
