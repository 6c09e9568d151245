import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statements } from '../../../../bench/lib/generate';
import { jobScope } from '../../access/system-scope';
import type { Scope } from '../../access/scope';
import { createTestContext, type TestContext } from '../../test/harness';
import { API } from '../../test/helpers';
import { today as todayOf } from '../outreach/dates';
import type { UnitInfo } from './compute/context';
import { resultOf, type Result } from './compute';
import { methodsOf } from './methods';
import { resolvePeriod, type Interval } from './period';
import { refreshIndicators } from './refresh';
import { relevantTo } from './registry';

/**
 * The stored monthly figures (refresh.ts, stored.ts) answer exactly as the live computation: every
 * unit of the demo data and of a small generated municipality (five years of outreach, CTI, ICM,
 * ACT and residential data from the bench generator), every relevant indicator, four periods across
 * the intervals. And the cases where the stored figures must not be used.
 */

let t: TestContext;
let s: Scope;
let units: UnitInfo[];
const today = todayOf();
const year = Number(today.slice(0, 4));
const month = today.slice(0, 7);

beforeAll(async () => {
  t = await createTestContext();
  // A small generated municipality next to the demo data (the bench generator at a fraction of "small").
  const counts = { citizens: 80, workers: 24, attempts: 4_000, notes: 0, measurements: 800, referrals: 160, episodes: 40 };
  for (const st of statements(7, counts, 'not-a-login')) await t.deps.database.db.execute(sql.raw(st.sql));
  s = jobScope(t.deps);
  units = await t.sql<UnitInfo>(`select id, name, kind, organisation_id as "organisationId", team_method as "teamMethod" from units order by name`);
}, 120_000);

afterAll(() => t?.close());

const periods: { from: string; to: string; interval: Interval }[] = [
  { ...resolvePeriod({}, today), interval: 'month' }, // the last 12 whole months (the dashboard's default)
  { from: `${year - 2}-01-01`, to: `${year}-12-31`, interval: 'quarter' }, // up to the running month's year end
  { from: `${year - 4}-01-01`, to: lastDay(`${month}-01`, -1), interval: 'year' }, // five years to the last whole month
  { from: `${year}-01-01`, to: today, interval: 'month' }, // this year to today (the running month)
];

/** The last day of the month `offsetMonths` after the one starting on `monthStart`. */
function lastDay(monthStart: string, offsetMonths: number): string {
  const [y, m] = monthStart.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + offsetMonths + 1, 0)).toISOString().slice(0, 10);
}

async function allResults(): Promise<Map<string, Result>> {
  const out = new Map<string, Result>();
  for (const unit of units) {
    const impls = relevantTo(await methodsOf(s, unit, `${year - 9}-01-01`, today));
    for (const p of periods) {
      const period = resolvePeriod(p, today);
      for (const impl of impls) out.set(`${unit.name} ${impl.def.key} ${p.from}..${p.to}/${p.interval}`, await resultOf(s, unit, impl, period, false));
    }
  }
  return out;
}

describe('stored monthly indicator figures', () => {
  let live: Map<string, Result>;
  let stored: Map<string, Result>;

  it('are the figures computed from the data, for every unit, relevant indicator and interval', async () => {
    live = await allResults();
    expect([...live.values()].every((r) => r.asOf === null)).toBe(true);
    const report = await refreshIndicators(s, { today });
    expect(report.units.length).toBe(units.length);
    stored = await allResults();
    expect([...stored.values()].every((r) => r.asOf !== null)).toBe(true);
    for (const [key, r] of live) expect({ id: key, ...stored.get(key)!, asOf: null }).toEqual({ id: key, ...r });
    // Not a comparison of empty results: most carry figures, of every kind of window.
    const withData = [...live.entries()].filter(([, r]) => !r.noData).map(([k]) => k.split(' ').at(-2));
    expect(withData.length).toBeGreaterThan(live.size / 2);
    for (const key of ['citizensByPhase', 'overdueContacts', 'caseloadPerWorker', 'who5Change', 'daysToFirstContact', 'referralRetention', 'violentEpisodes', 'requestToPickup', 'ctiCompletedInTime', 'feedbackShare', 'goalsAchieved']) {
      expect(withData, key).toContain(key);
    }
  }, 300_000);

  it('are not used for a period starting or ending inside a month, nor when too old', async () => {
    const unit = units.find((u) => u.name === 'SKP Nord')!;
    const impl = relevantTo(['outreach']).find((i) => i.def.key === 'daysToFirstContact')!;
    const midMonth = await resultOf(s, unit, impl, resolvePeriod({ from: `${year - 1}-03-15`, to: `${year - 1}-09-30` }, today), false);
    expect(midMonth.asOf).toBeNull();
    const endsMidMonth = await resultOf(s, unit, impl, resolvePeriod({ from: `${year - 1}-03-01`, to: `${year - 1}-09-14` }, today), false);
    expect(endsMidMonth.asOf).toBeNull();
    const whole = await resultOf(s, unit, impl, resolvePeriod({ from: `${year - 1}-03-01`, to: `${year - 1}-09-30` }, today), false);
    expect(whole.asOf).not.toBeNull();
    // Stored figures older than the configured age are not served (the job has stopped).
    await t.sql(`update indicator_refreshes set refreshed_at = now() - interval '2 hours'`);
    const stale = await resultOf(s, unit, impl, resolvePeriod({ from: `${year - 1}-03-01`, to: `${year - 1}-09-30` }, today), false);
    expect(stale.asOf).toBeNull();
    expect(stale.total).toEqual(whole.total);
  });

  it('answer the default period (a dashboard opened without dates) from stored figures and its stored total alone', async () => {
    await refreshIndicators(s, { today });
    const unit = units.find((u) => u.name === 'SKP Nord')!;
    const period = resolvePeriod({}, today);
    const stored = await t.sql<{ key: string; from: string; to: string; count: number }>(
      `select key, total_from::text as "from", total_to::text as "to", total_count as count from indicator_refreshes where unit_id = '${unit.id}' and total_figure is not null`,
    );
    expect(stored.length).toBeGreaterThan(3);
    expect(stored.every((r) => r.from === period.from && r.to === period.to)).toBe(true);
    const impl = relevantTo(['outreach']).find((i) => i.def.key === 'daysToFirstContact')!;
    const before = await resultOf(s, unit, impl, period, false);
    expect(before.total.n).toBeGreaterThan(0);
    const quarters = resolvePeriod({ from: period.from, to: period.to, interval: 'quarter' }, today);
    const quartersBefore = await resultOf(s, unit, impl, quarters, false);
    // Without the months' observations the default period still answers the same: they are not read.
    await t.sql(`update indicator_months set observations = '[]'::jsonb where unit_id = '${unit.id}' and key = 'daysToFirstContact'`);
    expect(await resultOf(s, unit, impl, period, false)).toEqual(before);
    // Quarters span several months: they are built from the observations (gone now, so they differ).
    expect((await resultOf(s, unit, impl, quarters, false)).points).not.toEqual(quartersBefore.points);
  });

  it('reach the API: the dashboard says when its figures were computed', async () => {
    await refreshIndicators(s, { today });
    const leder = await t.login('leder');
    const skp = units.find((u) => u.name === 'SKP-teamet')!;
    const res = await leder.get(`${API}/dashboards/${skp.id}`);
    expect(res.status).toBe(200);
    const asOf = res.body.indicators.map((i: Result) => i.asOf);
    expect(asOf.every((a: string | null) => a !== null && Math.abs(Date.parse(a) - Date.now()) < 120_000)).toBe(true);
  });
});
