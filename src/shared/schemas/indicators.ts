import { z } from 'zod';
import { INDICATOR_KEYS } from '../indicators';
import { Id, isoDate } from './common';

/**
 * Indicators and dashboards (issue 8, domain §8): a figure per period computed from the data, with
 * the number of citizens it rests on. A period with nothing to compute from has n 0 and value null
 * ("no data", never a zero presented as a fact). A figure resting on fewer citizens than the
 * small-number threshold is suppressed for viewers outside the unit and in every export: its value,
 * median, distribution, breakdown and n are null and `suppressed` is true.
 */

export const indicatorIntervals = ['month', 'quarter', 'year'] as const;
export const indicatorMeasures = ['count', 'days', 'share', 'score', 'ratio'] as const;

const from = isoDate().optional().describe('First day of the period (YYYY-MM-DD). Default: the first day of the 12th whole month back');
const to = isoDate().optional().describe('Last day of the period, included (YYYY-MM-DD). Default: the last day of the previous month');
const interval = z.enum(indicatorIntervals).default('month').describe('The periods the figures are split into');

export const IndicatorKeyParam = z.strictObject({ key: z.string().max(100) });
export const IndicatorQuery = z.strictObject({ unitId: Id, from, to, interval }).meta({ id: 'IndicatorQuery' });
export const IndicatorCoursesQuery = z.strictObject({ unitId: Id, from, to }).meta({ id: 'IndicatorCoursesQuery' });
export const DashboardParam = z.strictObject({ unitId: Id });
export const DashboardQuery = z.strictObject({ from, to, interval }).meta({ id: 'DashboardQuery' });

export const IndicatorPoint = z
  .object({
    period: z.string().describe("'YYYY-MM', 'YYYY-Qn' or 'YYYY'; 'total' for the whole period"),
    n: z.number().int().nullable().describe('Citizens the figure rests on (null when suppressed)'),
    value: z.number().nullable().describe('null: no data, or suppressed'),
    median: z.number().nullable().optional(),
    distribution: z
      .array(z.object({ bucket: z.string(), count: z.number().int().nullable().describe('null: a small cell, suppressed') }))
      .nullable()
      .optional(),
    breakdown: z
      .array(z.object({ label: z.string(), value: z.number().nullable(), n: z.number().int().nullable() }))
      .nullable()
      .optional()
      .describe('The figure split, e.g. by phase or by source'),
    suppressed: z.boolean(),
  })
  .meta({ id: 'IndicatorPoint' });

export const IndicatorResult = z
  .object({
    key: z.enum(INDICATOR_KEYS as unknown as [string, ...string[]]),
    unitId: Id,
    from: z.string(),
    to: z.string(),
    interval: z.enum(indicatorIntervals),
    measure: z.enum(indicatorMeasures),
    points: z.array(IndicatorPoint),
    total: IndicatorPoint,
    noData: z.boolean().describe('No period has anything to compute from'),
    asOf: z
      .string()
      .nullable()
      .describe('When the figures were computed by the refresh job (ISO time); null when computed for this request'),
  })
  .meta({ id: 'IndicatorResult' });

export const IndicatorCatalogue = z
  .object({
    items: z.array(
      z.object({
        key: z.string(),
        methods: z.array(z.string()).describe('Methods whose courses the indicator is about; empty for every method'),
        measure: z.enum(indicatorMeasures),
        distribution: z.boolean(),
        /** False where the data does not record what the indicator needs (always "no data"). */
        computed: z.boolean(),
      }),
    ),
    smallNumberThreshold: z.number().int(),
  })
  .meta({ id: 'IndicatorCatalogue' });

export const Dashboard = z
  .object({
    unit: z.object({ id: Id, name: z.string(), kind: z.string(), organisationId: Id }),
    methods: z.array(z.string()).describe("The unit's methods: its team method or kind, and those of its courses in the period"),
    view: z.enum(['inside', 'outside']).describe('outside: an administrator or auditor of the organisation; small numbers are suppressed'),
    smallNumberThreshold: z.number().int(),
    from: z.string(),
    to: z.string(),
    interval: z.enum(indicatorIntervals),
    indicators: z.array(IndicatorResult),
  })
  .meta({ id: 'Dashboard' });

export const IndicatorCourses = z
  .object({
    key: z.string(),
    unitId: Id,
    from: z.string(),
    to: z.string(),
    items: z.array(
      z.object({
        courseId: Id,
        citizenId: Id,
        displayName: z.string(),
        method: z.string(),
        phase: z.string(),
        status: z.string(),
        startDate: z.string(),
      }),
    ),
    hidden: z.number().int().describe('Courses behind the figure that you may not see'),
  })
  .meta({ id: 'IndicatorCourses' });
