import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { units } from './organisations';

/**
 * One stored observation (see Obs in modules/indicators/aggregate.ts): [value, label, citizens].
 * Without its courses: figures need only the citizens, and the drill-down to courses is computed
 * from the data when asked for (it is per user and rare).
 */
export type StoredObs = [number, string | null, string[]];

/**
 * Pre-aggregated indicator figures (issue 8): per unit, indicator and calendar month, the month's
 * figure as computed (unsuppressed; suppression is applied when it is served) and, for indicators
 * whose longer windows need them, the month's observations. Written only by the refresh job
 * (modules/indicators/preaggregate.ts), which replaces a unit's rows in one transaction.
 * Holds citizen ids (to count distinct citizens) but no names, CPR or course ids.
 */
export const indicatorMonths = pgTable(
  'indicator_months',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    key: text('key').notNull(),
    month: date('month').notNull(),
    observationCount: integer('observation_count').notNull(),
    figure: jsonb('figure').notNull(),
    observations: jsonb('observations').$type<StoredObs[]>(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.key, t.month] })],
);

/** Which months of which indicators a unit's stored figures cover, and when they were computed. */
export const indicatorRefreshes = pgTable(
  'indicator_refreshes',
  {
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    key: text('key').notNull(),
    firstMonth: date('first_month').notNull(),
    lastMonth: date('last_month').notNull(),
    /** The day the running month's snapshot was taken and "today" for judgements (Danish calendar day). */
    asOfDay: date('as_of_day').notNull(),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    /**
     * The figure of the default period (the 12 whole months before the as-of day's month: what a
     * dashboard opens on), so that a default dashboard reads no observations. Null when unknown.
     */
    totalFrom: date('total_from'),
    totalTo: date('total_to'),
    totalFigure: jsonb('total_figure'),
    totalCount: integer('total_count'),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.key] }), index('indicator_refreshes_refreshed_at').on(t.refreshedAt)],
);
