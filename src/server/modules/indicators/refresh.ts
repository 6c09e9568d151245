import { sql } from 'drizzle-orm';
import { inTransaction, type Scope } from '../../access/scope';
import type { StoredObs } from '../../db/schema/indicators';
import { addMonths, today as todayDefault } from '../outreach/dates';
import type { Figure } from './aggregate';
import type { UnitInfo } from './compute/context';
import { observe } from './compute';
import { MAX_YEARS, resolvePeriod, TOTAL } from './period';
import { methodsOf } from './methods';
import { relevantTo, type IndicatorImpl } from './registry';
import { monthOf, toStored, windowFrom, type StoredMonth } from './stored';

/**
 * Recomputes and stores one unit's figures for `impls`, replacing what was stored, in the caller's
 * transaction. The running month is stored as it stands on `today`.
 */
export async function refreshUnit(s: Scope, unit: UnitInfo, impls: IndicatorImpl[], today = todayDefault()): Promise<void> {
  const lastMonth = monthOf(today);
  const firstMonth = addMonths(lastMonth, -(MAX_YEARS * 12 - 1));
  const period = resolvePeriod({ from: firstMonth, to: today, interval: 'month' }, today);
  // The period a dashboard opens on (no dates asked for): its total is stored too.
  const defaultPeriod = resolvePeriod({}, today);
  const defaultTotal = defaultPeriod.windows.find((w) => w.key === TOTAL)!;
  const timings: { key: string; ms: number; total: { figure: Figure; count: number } }[] = [];
  if (impls.length === 0) return;
  const keyList = sql.join(impls.map((i) => sql`${i.def.key}`), sql`, `);
  await s.db.execute(sql`delete from indicator_months where unit_id = ${unit.id} and key in (${keyList})`);
  // One indicator at a time, its months sent as one JSON parameter: memory holds one indicator's
  // observations, and no statement is built from thousands of parameters.
  for (const impl of impls) {
    const started = performance.now();
    const { ctx, byWindow } = await observe(s, unit, impl, period);
    const aggregate = await impl.aggregate(ctx);
    const months: { month: string; count: number; figure: Figure; observations: StoredObs[] | null }[] = [];
    for (const w of period.windows) {
      const obs = byWindow.get(w.key) ?? [];
      if (w.key === TOTAL || obs.length === 0) continue;
      months.push({ month: w.start, count: obs.length, figure: aggregate(obs), observations: impl.windows === 'snapshot' ? null : obs.map(toStored) });
    }
    if (months.length) {
      await s.db.execute(sql`insert into indicator_months (unit_id, key, month, observation_count, figure, observations)
        select ${unit.id}, ${impl.def.key}, m.month, m.count, m.figure, m.observations
          from jsonb_to_recordset(${JSON.stringify(months)}::jsonb) as m(month date, count int, figure jsonb, observations jsonb)`);
    }
    // The default period's total, built from the months exactly as a request would build it.
    const byMonth = new Map<string, StoredMonth>(months.map((m) => [m.month, { month: m.month, observationCount: m.count, figure: m.figure, observations: m.observations }]));
    const total = windowFrom(impl, defaultTotal, byMonth);
    timings.push({ key: impl.def.key, ms: Math.round(performance.now() - started), total: { figure: total.figure ?? aggregate(total.obs), count: total.count } });
  }
  await s.db.execute(sql`insert into indicator_refreshes (unit_id, key, first_month, last_month, as_of_day, refreshed_at, duration_ms, total_from, total_to, total_figure, total_count) values ${sql.join(
    timings.map(
      (t) =>
        sql`(${unit.id}, ${t.key}, ${firstMonth}::date, ${lastMonth}::date, ${today}::date, now(), ${t.ms}, ${defaultTotal.start}::date, ${defaultTotal.end}::date, ${JSON.stringify(t.total.figure)}::jsonb, ${t.total.count})`,
    ),
    sql`, `,
  )}
    on conflict (unit_id, key) do update set first_month = excluded.first_month, last_month = excluded.last_month,
      as_of_day = excluded.as_of_day, refreshed_at = excluded.refreshed_at, duration_ms = excluded.duration_ms,
      total_from = excluded.total_from, total_to = excluded.total_to, total_figure = excluded.total_figure, total_count = excluded.total_count`);
}


/** What one refresh did: per unit, the indicators stored and how long it took. */
export type RefreshReport = { units: { unitId: string; keys: number; ms: number }[]; ms: number };

/**
 * Recomputes the stored figures of every unit (or of `unitIds`): each unit in a transaction of its
 * own, so a reader sees a unit's old figures or its new ones, never a mix. Only the indicators
 * relevant to the methods the unit has had in the stored years are stored; others are computed
 * when asked for.
 */
export async function refreshIndicators(s: Scope, opts: { unitIds?: string[]; today?: string } = {}): Promise<RefreshReport> {
  const started = performance.now();
  const today = opts.today ?? todayDefault();
  const res = (await s.db.execute(
    sql`select id, name, kind, organisation_id as "organisationId", team_method as "teamMethod" from units
         ${opts.unitIds ? sql`where id in (${sql.join(opts.unitIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``} order by id`,
  )) as unknown as { rows: UnitInfo[] };
  const units: RefreshReport['units'] = [];
  for (const unit of res.rows) {
    const t = performance.now();
    const keys = await inTransaction(s, async (tx) => {
      const from = addMonths(monthOf(today), -(MAX_YEARS * 12 - 1));
      const impls = relevantTo(await methodsOf(tx, unit, from, today));
      await refreshUnit(tx, unit, impls, today);
      return impls.length;
    });
    units.push({ unitId: unit.id, keys, ms: Math.round(performance.now() - t) });
  }
  return { units, ms: Math.round(performance.now() - started) };
}
