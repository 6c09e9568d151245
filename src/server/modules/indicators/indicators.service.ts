import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { INDICATORS } from '../../../shared/indicators';
import type { Dashboard, IndicatorCatalogue, IndicatorCourses } from '../../../shared/schemas/indicators';
import { inTransaction, type Scope } from '../../access/scope';
import { forbidden, notFound } from '../../http/problem';
import { visibleCourseSql } from '../courses/course-access';
import { indicatorAccess } from './access';
import type { UnitInfo } from './compute/context';
import { observe, resultOf, type Result } from './compute';
import { resolvePeriod, TOTAL, type Interval } from './period';
import { methodsOf } from './methods';
import { registry, relevantTo } from './registry';

export type IndicatorParams = { unitId: string; from?: string; to?: string; interval?: Interval };

/** Indicators that always answer "no data" because nothing records what they need (none at present). */
const NOT_COMPUTED = new Set<string>();

export function indicatorCatalogue(s: Scope): z.infer<typeof IndicatorCatalogue> {
  return {
    items: INDICATORS.map((i) => ({ key: i.key, methods: [...i.methods], measure: i.measure, distribution: i.distribution, computed: !NOT_COMPUTED.has(i.key) })),
    smallNumberThreshold: s.config.smallNumberThreshold,
  };
}

const implOf = (key: string) => {
  const impl = registry.get(key);
  if (!impl) throw notFound();
  return impl;
};

/**
 * One indicator of a unit over a period, for the unit's leader and staff (as computed) or the
 * organisation's administrators and auditors (small numbers suppressed). `forExport` suppresses
 * small numbers for everyone: anything that leaves the unit is protected. Every read is logged
 * (unit, key, period; no citizen ids).
 */
export function computeIndicator(scope: Scope, key: string, params: IndicatorParams, opts: { forExport: boolean } = { forExport: false }): Promise<Result> {
  return inTransaction(scope, async (s) => {
    const impl = implOf(key);
    const { unit, view } = await indicatorAccess(s, params.unitId);
    const period = resolvePeriod(params);
    const result = await resultOf(s, unit, impl, period, view === 'outside' || opts.forExport);
    await s.audit([
      { action: 'indicator.read', citizenId: null, organisationId: unit.organisationId, context: { unitId: unit.id, key, from: period.from, to: period.to, interval: period.interval, view, export: opts.forExport } },
    ]);
    return result;
  });
}

/** A unit's dashboard: every indicator relevant to its methods, over one period. */
export function unitDashboard(scope: Scope, unitId: string, q: Omit<IndicatorParams, 'unitId'>, opts: { forExport: boolean } = { forExport: false }): Promise<z.infer<typeof Dashboard>> {
  return inTransaction(scope, async (s) => {
    const { unit, view } = await indicatorAccess(s, unitId);
    const period = resolvePeriod(q);
    const methods = await methodsOf(s, unit, period.from, period.to);
    const indicators: Result[] = [];
    for (const impl of relevantTo(methods)) indicators.push(await resultOf(s, unit, impl, period, view === 'outside' || opts.forExport));
    await s.audit([
      { action: 'dashboard.read', citizenId: null, organisationId: unit.organisationId, context: { unitId: unit.id, from: period.from, to: period.to, interval: period.interval, view, indicators: indicators.length, export: opts.forExport } },
    ]);
    return {
      unit: { id: unit.id, name: unit.name, kind: unit.kind, organisationId: unit.organisationId },
      methods,
      view,
      smallNumberThreshold: s.config.smallNumberThreshold,
      from: period.from,
      to: period.to,
      interval: period.interval,
      indicators,
    };
  });
}

/**
 * The courses behind an indicator's figure for the whole period, for the unit's leader and staff
 * only: those the caller may see (need-to-know, as everywhere), with how many others there are.
 * Each course listed is logged as read.
 */
export function indicatorCourses(scope: Scope, key: string, params: Omit<IndicatorParams, 'interval'>): Promise<z.infer<typeof IndicatorCourses>> {
  return inTransaction(scope, async (s) => {
    const impl = implOf(key);
    const { unit, view } = await indicatorAccess(s, params.unitId);
    if (view !== 'inside') throw forbidden();
    const period = resolvePeriod({ ...params, interval: 'year' });
    const { byWindow } = await observe(s, unit, impl, period);
    const behind = [...new Set((byWindow.get(TOTAL) ?? []).flatMap((o) => o.courseIds))];
    const res = behind.length
      ? ((await s.db.execute(sql`
          select c.id as "courseId", c.citizen_id as "citizenId", coalesce(z.name, z.alias, '') as "displayName", c.method, c.phase, c.status,
                 c.start_date::text as "startDate", c.organisation_id as "organisationId"
            from courses c join citizens z on z.id = c.citizen_id
           where c.id in (${sql.join(behind.map((id) => sql`${id}::uuid`), sql`, `)}) and ${visibleCourseSql(s, 'c')}
           order by c.start_date, c.id`)) as unknown as { rows: (z.infer<typeof IndicatorCourses>['items'][number] & { organisationId: string })[] })
      : { rows: [] };
    const items = res.rows.map(({ organisationId: _, ...item }) => item);
    await s.audit([
      ...res.rows.map((r) => ({ action: 'course.read' as const, citizenId: r.citizenId, courseId: r.courseId, organisationId: r.organisationId, context: { purpose: `indicator:${key}` } })),
      { action: 'indicator.read', citizenId: null, organisationId: unit.organisationId, context: { unitId: unit.id, key, from: period.from, to: period.to, interval: null, view, export: false, courses: items.length } },
    ]);
    return { key, unitId: unit.id, from: period.from, to: period.to, items, hidden: behind.length - items.length };
  });
}
