import { sql } from 'drizzle-orm';
import type { Scope } from '../../access/scope';
import type { StoredObs } from '../../db/schema/indicators';
import { addDays, addMonths } from '../outreach/dates';
import type { Figure, Obs } from './aggregate';
import { TOTAL, type Period, type Window } from './period';
import type { IndicatorImpl } from './registry';

/**
 * Pre-aggregation (issue 8, "cost grows gently"): a job computes every unit's indicators month by
 * month over the last MAX_YEARS years and stores, per month, the figure and — where a longer window
 * needs them — the observations (db/schema/indicators.ts). A request for whole months is then
 * answered from those few rows instead of the raw data; anything else (a period starting or ending
 * mid-month, a month not covered, figures older than the configured age, the embedded database
 * where no job runs) is computed for the request, as before. Both paths give the same figures
 * (refresh.test.ts checks every indicator on every interval).
 */

export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;
const lastDayOf = (month: string) => addDays(addMonths(month, 1), -1);

function monthsFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = addMonths(m, 1)) out.push(m);
  return out;
}

export type StoredMonth = { month: string; observationCount: number; figure: Figure; observations: StoredObs[] | null };

export const toStored = (o: Obs): StoredObs => [o.value, o.label ?? null, o.citizens];
const fromStored = (window: string, [value, label, citizens]: StoredObs): Obs => ({ window, value, ...(label === null ? {} : { label }), citizens, courseIds: [] });

/** The stored months a request may use: the period must be whole months within what was stored, stored recently enough. */
type Coverage = { firstMonth: string; lastMonth: string; asOfDay: string; refreshedAt: string };

/** Whether the stored coverage can answer `period`: whole months within what was stored. */
function covers(c: Coverage, period: Period): boolean {
  const toMonth = monthOf(period.to);
  if (period.from < c.firstMonth || toMonth > c.lastMonth) return false;
  // The period's last month must be whole, or the running month as it stood when stored.
  return period.to === lastDayOf(toMonth) || (toMonth === c.lastMonth && period.to >= c.asOfDay);
}

export type StoredWindow = { figure: Figure | null; obs: Obs[]; count: number };

/**
 * Each window's observations (when a longer window needs them) or stored figure, from the stored
 * months, or null when the stored months cannot answer this period. `count` is the window's number
 * of observations, as the live computation would have it. One query: the unit's coverage of the
 * indicator with its months; observations only where a window spans several months and is not the
 * stored default-period total.
 */
export async function storedWindows(s: Scope, unitId: string, impl: IndicatorImpl, period: Period): Promise<{ windows: Map<string, StoredWindow>; asOf: string } | null> {
  if (period.from !== monthOf(period.from)) return null;
  const total = period.windows.find((w) => w.key === TOTAL)!;
  const multi = (w: Window) => impl.windows !== 'snapshot' && monthOf(w.start) !== monthOf(w.end);
  const periodsNeedObs = period.windows.some((w) => w.key !== TOTAL && multi(w));
  const isStoredTotal = sql`(r.total_figure is not null and r.total_from = ${total.start}::date and r.total_to = ${total.end}::date)`;
  const needObs = periodsNeedObs ? sql`true` : multi(total) ? sql`not ${isStoredTotal}` : sql`false`;
  const res = (await s.db.execute(sql`
    select r.first_month::text as "firstMonth", r.last_month::text as "lastMonth", r.as_of_day::text as "asOfDay",
           to_char(r.refreshed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "refreshedAt",
           case when ${isStoredTotal} then r.total_figure end as "totalFigure", r.total_count as "totalCount",
           m.month::text as month, m.observation_count as "observationCount", m.figure,
           case when ${needObs} then m.observations end as observations
      from indicator_refreshes r
      left join indicator_months m on m.unit_id = r.unit_id and m.key = r.key
                                  and m.month between ${period.from}::date and ${monthOf(period.to)}::date
     where r.unit_id = ${unitId} and r.key = ${impl.def.key}
       and r.refreshed_at > now() - make_interval(mins => ${s.config.indicatorMaxAgeMinutes})`)) as unknown as {
    rows: (Coverage & { totalFigure: Figure | null; totalCount: number | null } & Partial<StoredMonth>)[];
  };
  const coverage = res.rows[0];
  if (!coverage || !covers(coverage, period)) return null;
  const byMonth = new Map(res.rows.filter((r) => r.month).map((r) => [r.month!, r as StoredMonth]));
  const windows = new Map<string, StoredWindow>();
  for (const w of period.windows) {
    const stored = w === total && coverage.totalFigure !== null;
    windows.set(w.key, stored ? { figure: coverage.totalFigure, obs: [], count: coverage.totalCount ?? 0 } : windowFrom(impl, w, byMonth));
  }
  return { windows, asOf: coverage.refreshedAt };
}

/** A window's figure or observations from the stored months (also used by the refresh for the default total). */
export function windowFrom(impl: IndicatorImpl, w: Window, byMonth: Map<string, StoredMonth>): StoredWindow {
  const months = monthsFrom(monthOf(w.start), monthOf(w.end));
  const stored = months.map((m) => byMonth.get(m)).filter((m): m is StoredMonth => Boolean(m));
  const single = impl.windows === 'snapshot' ? byMonth.get(months.at(-1)!) : months.length === 1 ? stored[0] : undefined;
  if (impl.windows === 'snapshot' || months.length === 1) return { figure: single?.figure ?? null, obs: [], count: single?.observationCount ?? 0 };
  const all = stored.flatMap((m) => (m.observations ?? []).map((o) => fromStored(w.key, o)));
  if (impl.windows === 'event') return { figure: null, obs: all, count: all.length };
  // latest: a citizen's observation from the latest month they have one in (months are in order).
  const latest = new Map<string, Obs>();
  for (const o of all) latest.set(o.citizens[0] ?? '', o);
  const obs = [...latest.values()];
  return { figure: null, obs, count: obs.length };
}
