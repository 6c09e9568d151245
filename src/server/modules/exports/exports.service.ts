import { inTransaction, type Scope } from '../../access/scope';
import { AppError } from '../../http/problem';
import { indicatorAccess } from '../indicators/access';
import type { Result } from '../indicators/compute';
import { computeIndicator, unitDashboard } from '../indicators/indicators.service';
import { resolvePeriod } from '../indicators/period';
import { listTheories } from '../theories/theories.service';
import { toCsv } from './csv';
import { splitKeys, type ExportQueryIn, type ReportQueryIn } from './exports.schemas';
import { fileName, wordsFor } from './labels';
import { renderReportPdf } from './report-pdf';
import { tableOf } from './table';
import { toXlsx } from './xlsx';

export type ExportFile = { body: string | Buffer; fileName: string };
type Format = 'csv' | 'xlsx' | 'pdf';

async function logExport(s: Scope, unit: { id: string; organisationId: string }, format: Format, p: { from: string; to: string; interval: string }, keys: string[], view: string) {
  await s.audit([{ action: 'indicator.export', citizenId: null, organisationId: unit.organisationId, context: { unitId: unit.id, format, from: p.from, to: p.to, interval: p.interval, keys, view } }]);
}

/**
 * The indicator tables of a unit as CSV or XLSX: the keys asked for, or every indicator relevant to
 * the unit's methods. Who may: as for the indicators (the unit's leader and staff, the
 * organisation's administrators and auditors); small numbers are always suppressed (the file leaves
 * the unit). Each indicator read is logged as by the indicators (export: true), and the export
 * itself once, with its format, unit, period and keys.
 */
export function exportIndicators(scope: Scope, q: ExportQueryIn, format: 'csv' | 'xlsx'): Promise<ExportFile> {
  return inTransaction(scope, async (s) => {
    const { unit, view } = await indicatorAccess(s, q.unitId);
    const period = resolvePeriod(q);
    const keys = splitKeys(q.keys);
    const params = { from: q.from, to: q.to, interval: q.interval };
    let results: Result[] = [];
    if (keys.length) for (const key of keys) results.push(await computeIndicator(s, key, { unitId: unit.id, ...params }, { forExport: true }));
    else results = (await unitDashboard(s, unit.id, params, { forExport: true })).indicators;
    const w = wordsFor(q.lang, s.config.smallNumberThreshold);
    const tables = results.map((r) => tableOf(r, w));
    await logExport(s, unit, format, period, results.map((r) => r.key), view);
    const name = fileName(w.L.file.indicators, unit.name, period.from, period.to, format);
    if (format === 'csv') return { body: toCsv(tables, w), fileName: name };
    const info = { unitName: unit.name, from: period.from, to: period.to, interval: period.interval, threshold: s.config.smallNumberThreshold, generatedAt: new Date(), generatedBy: s.access.actor.displayName };
    return { body: await toXlsx(tables, info, w), fileName: name };
  });
}

/**
 * A unit's status report for a period as a PDF: its dashboard (small numbers suppressed, as it
 * leaves the unit) and, when the caller may read them, its theories of change. Logged like the
 * dashboard (export: true) and once as an export in the format pdf.
 */
export function exportReport(scope: Scope, unitId: string, q: ReportQueryIn): Promise<ExportFile> {
  return inTransaction(scope, async (s) => {
    const { unit, view } = await indicatorAccess(s, unitId);
    const dashboard = await unitDashboard(s, unit.id, { from: q.from, to: q.to, interval: q.interval }, { forExport: true });
    const theories = await listTheories(s, unit.id).then(
      (r) => r.items,
      (e: unknown) => {
        // An auditor reads figures, not the unit's theories: the report leaves them out.
        if (e instanceof AppError && e.status === 404) return [];
        throw e;
      },
    );
    await logExport(s, unit, 'pdf', dashboard, dashboard.indicators.map((r) => r.key), view);
    const w = wordsFor(q.lang, s.config.smallNumberThreshold);
    const pdf = await renderReportPdf({ dashboard, theories, generatedAt: new Date(), generatedBy: s.access.actor.displayName }, w);
    return { body: pdf, fileName: fileName(w.L.file.report, unit.name, dashboard.from, dashboard.to, 'pdf') };
  });
}
