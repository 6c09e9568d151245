import { z } from 'zod';
import { INDICATOR_KEYS } from '../../../shared/indicators';
import { Id } from '../../../shared/schemas/common';
import { DashboardQuery, IndicatorQuery } from '../../../shared/schemas/indicators';
import { exportLanguages } from './labels';

/** `keys=a,b`: indicator keys of the catalogue, comma-separated; an unknown key is refused (422 `keys`: invalid_value). */
const keys = z
  .string()
  .max(1000)
  .optional()
  .describe("Comma-separated indicator keys (default: every indicator relevant to the unit's methods). An unknown key: 422 (keys: invalid_value)")
  .superRefine((v, ctx) => {
    if (splitKeys(v).some((k) => !(INDICATOR_KEYS as readonly string[]).includes(k))) ctx.addIssue({ code: 'custom', params: { code: 'invalid_value' } });
  });

const lang = z.enum(exportLanguages).default('da').describe('The language the document is written in');

export function splitKeys(v: string | undefined): string[] {
  return [...new Set((v ?? '').split(',').map((k) => k.trim()).filter(Boolean))];
}

export const ExportQuery = z
  .strictObject({ unitId: Id, from: IndicatorQuery.shape.from, to: IndicatorQuery.shape.to, interval: IndicatorQuery.shape.interval, keys, lang })
  .meta({ id: 'IndicatorExportQuery' });

export const ReportParam = z.strictObject({ unitId: Id });
export const ReportQuery = z
  .strictObject({ from: DashboardQuery.shape.from, to: DashboardQuery.shape.to, interval: DashboardQuery.shape.interval, lang })
  .meta({ id: 'StatusReportQuery' });

export type ExportQueryIn = z.infer<typeof ExportQuery>;
export type ReportQueryIn = z.infer<typeof ReportQuery>;
