import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, countRows, demoIds, expectProblem, snapshotCounts } from '../../test/helpers';
import { attempts, course, freshUnit, type Fx } from './fixtures';

/**
 * Days and attempts to first contact on constructed outreach courses in a unit of its own
 * ("Indikatorteamet"): exact medians and distributions, small-number protection (n = 4 hidden
 * outside the unit, shown inside; n = 5 shown), no data, bad periods, who may read, and the
 * drill-down to the courses behind a figure.
 */

let t: TestContext;
let fx: Fx;
let unit: string;
let users: Record<string, { id: string; client: Client }>;
let admin: Client;
const q = (extra = '') => `unitId=${unit}&from=2024-01-01&to=2024-06-30${extra}`;
const months = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];
const empty = { n: 0, value: null, median: null, distribution: null, breakdown: [], suppressed: false };

beforeAll(async () => {
  t = await createTestContext();
  const ids = await demoIds(t);
  ({ unit, users } = await freshUnit(t, ids, 'Demo Kommune', 'Indikatorteamet', 'team', { leader: 'leader', worker: 'worker', peer: 'peer', spotter: 'spotter' }));
  fx = { t, unit, orgId: ids.org('Demo Kommune'), by: users.worker.id };
  admin = await t.login('admin');
  const outreach = (name: string, start: string, ended?: string) => course(fx, { name, method: 'outreach', phase: '2A', start, ended, endReason: ended ? 'declined' : undefined });
  // First contact in March: days 0, 14, 2, 60, 7 and attempts 1, 3, 2, 4, 2.
  await attempts(fx, await outreach('Marts Et', '2024-03-01'), [['2024-03-01', 'conversation']]);
  await attempts(fx, await outreach('Marts To', '2024-02-15'), [['2024-02-20', 'no_one_there'], ['2024-02-27', 'signs_of_life'], ['2024-03-05', 'conversation']]);
  await attempts(fx, await outreach('Marts Tre', '2024-03-01'), [['2024-03-02', 'no_one_there'], ['2024-03-04', 'brief_contact']]);
  await attempts(fx, await outreach('Marts Fire', '2024-01-05'), [['2024-01-10', 'no_one_there'], ['2024-01-20', 'rejected'], ['2024-02-10', 'no_one_there'], ['2024-03-10', 'meeting_agreed'], ['2024-03-20', 'conversation']]);
  await attempts(fx, await outreach('Marts Fem', '2024-03-10'), [['2024-03-15', 'no_one_there'], ['2024-03-22', 'conversation']]);
  // First contact in April: days 2, 2, 2, 10 and attempts 2, 2, 2, 3; the last course ended long ago.
  for (const name of ['April Et', 'April To', 'April Tre']) await attempts(fx, await outreach(name, '2024-04-01'), [['2024-04-01', 'no_one_there'], ['2024-04-03', 'brief_contact']]);
  await attempts(fx, await outreach('April Fire', '2024-04-01', '2024-05-01'), [['2024-04-01', 'no_one_there'], ['2024-04-05', 'signs_of_life'], ['2024-04-11', 'conversation']]);
  // No contact yet; and a first contact after the period.
  await attempts(fx, await outreach('Ingen Kontakt', '2024-02-01'), [['2024-02-01', 'no_one_there'], ['2024-05-01', 'rejected']]);
  await attempts(fx, await outreach('Juli', '2024-06-20'), [['2024-06-25', 'no_one_there'], ['2024-07-02', 'conversation']]);
});
afterAll(() => t.close());

const get = async (client: Client, path: string) => {
  const res = await client.get(path);
  expect(res.status).toBe(200);
  return res.body;
};

describe('days to first contact', () => {
  it('gives the median and distribution per month and in total, inside the unit', async () => {
    const res = await get(users.leader.client, `${API}/indicators/daysToFirstContact?${q()}`);
    expect(res).toMatchObject({ key: 'daysToFirstContact', unitId: unit, from: '2024-01-01', to: '2024-06-30', interval: 'month', measure: 'days', noData: false });
    expect(res.points.map((p: { period: string }) => p.period)).toEqual(months);
    const byPeriod = Object.fromEntries(res.points.map((p: { period: string }) => [p.period, p]));
    for (const m of ['2024-01', '2024-02', '2024-05', '2024-06']) expect(byPeriod[m]).toEqual({ period: m, ...empty });
    const dist = (...counts: number[]) => ['0', '1-7', '8-30', '31-90', '91+'].map((bucket, i) => ({ bucket, count: counts[i] }));
    expect(byPeriod['2024-03']).toEqual({ period: '2024-03', n: 5, value: 7, median: 7, distribution: dist(1, 2, 1, 1, 0), breakdown: [], suppressed: false });
    expect(byPeriod['2024-04']).toEqual({ period: '2024-04', n: 4, value: 2, median: 2, distribution: dist(0, 3, 1, 0, 0), breakdown: [], suppressed: false });
    expect(res.total).toEqual({ period: 'total', n: 9, value: 2, median: 2, distribution: dist(1, 5, 2, 1, 0), breakdown: [], suppressed: false });
  });

  it('counts the attempts up to and including the first contact', async () => {
    const res = await get(users.worker.client, `${API}/indicators/attemptsBeforeFirstContact?${q('&interval=quarter')}`);
    expect(res.points.map((p: { period: string; n: number; value: number }) => [p.period, p.n, p.value])).toEqual([
      ['2024-Q1', 5, 2],
      ['2024-Q2', 4, 2],
    ]);
    expect(res.total.distribution).toEqual([
      { bucket: '1', count: 1 },
      { bucket: '2-3', count: 7 },
      { bucket: '4-6', count: 1 },
      { bucket: '7-10', count: 0 },
      { bucket: '11+', count: 0 },
    ]);
    expect(res.total.median).toBe(2);
  });
});

describe('small-number protection', () => {
  it('hides a figure resting on fewer than 5 citizens from the organisation administrator and the auditor, and small cells of those shown', async () => {
    for (const who of ['admin', 'dpo']) {
      const res = await get(await t.login(who), `${API}/indicators/daysToFirstContact?${q()}`);
      const byPeriod = Object.fromEntries(res.points.map((p: { period: string }) => [p.period, p]));
      expect(byPeriod['2024-04']).toEqual({ period: '2024-04', n: null, value: null, median: null, distribution: null, breakdown: null, suppressed: true });
      // n = 5 is shown, but each of its buckets holds fewer than 5 courses.
      expect(byPeriod['2024-03']).toMatchObject({ n: 5, value: 7, median: 7, suppressed: false });
      expect(byPeriod['2024-03'].distribution).toEqual([...['0', '1-7', '8-30', '31-90'].map((bucket) => ({ bucket, count: null as number | null })), { bucket: '91+', count: 0 }]);
      // A period without data is no data, not a suppressed figure.
      expect(byPeriod['2024-01']).toEqual({ period: '2024-01', ...empty });
      expect(res.total).toMatchObject({ n: 9, value: 2, suppressed: false });
      expect(res.total.distribution).toEqual([{ bucket: '0', count: null }, { bucket: '1-7', count: 5 }, { bucket: '8-30', count: null }, { bucket: '31-90', count: null }, { bucket: '91+', count: 0 }]);
    }
  });

  it('takes the threshold from the configuration', () => {
    expect(loadConfig({ BROBYGGER_DEMO: '1' } as NodeJS.ProcessEnv).smallNumberThreshold).toBe(5);
    expect(loadConfig({ BROBYGGER_DEMO: '1', BROBYGGER_SMALL_NUMBER_THRESHOLD: '10' } as NodeJS.ProcessEnv).smallNumberThreshold).toBe(10);
    expect(() => loadConfig({ BROBYGGER_DEMO: '1', BROBYGGER_SMALL_NUMBER_THRESHOLD: 'fem' } as NodeJS.ProcessEnv)).toThrow(/BROBYGGER_SMALL_NUMBER_THRESHOLD/);
  });
});

describe('periods', () => {
  it('answers a period without data with no data, not zeros', async () => {
    const res = await get(users.leader.client, `${API}/indicators/daysToFirstContact?unitId=${unit}&from=2023-01-01&to=2023-12-31&interval=year`);
    expect(res.noData).toBe(true);
    expect(res.points).toEqual([{ period: '2023', ...empty }]);
    expect(res.total).toEqual({ period: 'total', ...empty });
  });

  it('defaults to the last 12 whole months, by month', async () => {
    const res = await get(users.leader.client, `${API}/indicators/daysToFirstContact?unitId=${unit}`);
    expect(res.points).toHaveLength(12);
    expect(res.interval).toBe('month');
    expect(res.from.slice(8)).toBe('01');
    expect(res.points.at(-1).period < new Date().toISOString().slice(0, 7)).toBe(true);
  });

  it('refuses bad periods and unknown indicators, and logs nothing', async () => {
    const before = await snapshotCounts(t);
    const bad = async (query: string, path: string, code: string) => {
      const res = await users.leader.client.get(`${API}/indicators/daysToFirstContact?unitId=${unit}&${query}`);
      expectProblem(res, 422, 'validation_failed');
      expect(res.body.errors).toEqual([{ path, code }]);
    };
    await bad('from=2024-05-01&to=2024-04-30', 'to', 'before_from');
    await bad('from=2014-01-01&to=2024-01-01', 'to', 'too_big');
    await bad('from=2024-13-01', 'from', 'invalid_format');
    await bad('from=2024-01-01&interval=week', 'interval', 'invalid_value');
    expectProblem(await users.leader.client.get(`${API}/dashboards/${unit}?from=2024-05-01&to=2024-04-30`), 422, 'validation_failed');
    expectProblem(await users.leader.client.get(`${API}/indicators/noSuchThing?unitId=${unit}`), 404, 'not_found');
    expect(await snapshotCounts(t)).toEqual(before);
  });
});

describe('who may read', () => {
  it('is 404 for other units\' leaders and staff, 403 for a peer or spotter of the unit', async () => {
    for (const who of ['leder', 'boleder', 'vita', 'anden']) expectProblem(await (await t.login(who)).get(`${API}/indicators/daysToFirstContact?${q()}`), 404, 'not_found');
    for (const who of ['leder', 'boleder']) expectProblem(await (await t.login(who)).get(`${API}/dashboards/${unit}`), 404, 'not_found');
    for (const who of ['peer', 'spotter']) {
      expectProblem(await users[who].client.get(`${API}/indicators/daysToFirstContact?${q()}`), 403, 'forbidden');
      expectProblem(await users[who].client.get(`${API}/dashboards/${unit}`), 403, 'forbidden');
    }
    expectProblem(await t.anonymous.get(`${API}/dashboards/${unit}`), 401, 'unauthenticated');
  });

  it('logs every read with the unit, key and period and no citizen', async () => {
    const before = await countRows(t, 'audit_log', `action = 'indicator.read'`);
    await get(users.leader.client, `${API}/indicators/daysToFirstContact?${q()}`);
    await get(admin, `${API}/dashboards/${unit}?from=2024-01-01&to=2024-06-30`);
    const rows = await t.sql<{ action: string; citizen_id: string | null; context: Record<string, unknown> }>(
      `select action, citizen_id, context from audit_log where action in ('indicator.read', 'dashboard.read') order by id desc limit 2`,
    );
    expect(await countRows(t, 'audit_log', `action = 'indicator.read'`)).toBe(before + 1);
    expect(rows.map((r) => [r.action, r.citizen_id])).toEqual([['dashboard.read', null], ['indicator.read', null]]);
    expect(rows[1].context).toEqual({ unitId: unit, key: 'daysToFirstContact', from: '2024-01-01', to: '2024-06-30', interval: 'month', view: 'inside', export: false });
    expect(rows[0].context).toMatchObject({ unitId: unit, view: 'outside' });
  });
});

describe('the dashboard', () => {
  it("shows the unit's methods and every indicator relevant to them", async () => {
    const res = await get(users.leader.client, `${API}/dashboards/${unit}?from=2024-01-01&to=2024-06-30`);
    expect(res.unit).toMatchObject({ id: unit, name: 'Indikatorteamet', kind: 'team' });
    expect(res.methods).toEqual(['outreach']);
    expect(res.view).toBe('inside');
    expect(res.smallNumberThreshold).toBe(5);
    expect(res.indicators.map((i: { key: string }) => i.key)).toEqual([
      'citizensByPhase', 'daysToFirstContact', 'attemptsBeforeFirstContact', 'overdueContacts', 'inboundBySource', 'referralRetention', 'caseloadPerWorker', 'who5Change', 'feedbackShare', 'goalsAchieved',
    ]);
    const days = res.indicators.find((i: { key: string }) => i.key === 'daysToFirstContact');
    expect(days.total).toMatchObject({ n: 9, value: 2 });
  });

  it('opens for the SKP leader on SKP-teamet', async () => {
    const res = await get(await t.login('leder'), `${API}/dashboards/${(await demoIds(t)).unit('SKP-teamet')}`);
    expect(res.view).toBe('inside');
    expect(res.methods).toContain('outreach');
    expect(res.indicators.length).toBeGreaterThan(5);
  });

  it('lists the catalogue', async () => {
    const res = await get(users.peer.client, `${API}/indicators`);
    expect(res.smallNumberThreshold).toBe(5);
    expect(res.items).toHaveLength(16);
    expect(res.items[1]).toEqual({ key: 'daysToFirstContact', methods: ['outreach'], measure: 'days', distribution: true, computed: true });
  });
});

describe('the drill-down', () => {
  const path = (key = 'daysToFirstContact') => `${API}/indicators/${key}/courses?unitId=${unit}&from=2024-03-01&to=2024-04-30`;

  it('lists the courses behind the figure that the caller may see, and logs each', async () => {
    const before = await countRows(t, 'audit_log', `action = 'course.read' and context->>'purpose' = 'indicator:daysToFirstContact'`);
    const res = await get(users.leader.client, path());
    // Nine courses had their first contact in March–April; one ended more than 30 days ago and is no longer visible.
    expect(res.items.map((i: { displayName: string }) => i.displayName).sort()).toEqual(['April Et', 'April To', 'April Tre', 'Marts Et', 'Marts Fem', 'Marts Fire', 'Marts To', 'Marts Tre']);
    expect(res.hidden).toBe(1);
    expect(res.items[0]).toMatchObject({ method: 'outreach', phase: '2A', status: 'active' });
    expect(await countRows(t, 'audit_log', `action = 'course.read' and context->>'purpose' = 'indicator:daysToFirstContact'`)).toBe(before + 8);
  });

  it('is for the unit only: not for the administrator, nor another leader', async () => {
    expectProblem(await admin.get(path()), 403, 'forbidden');
    expectProblem(await (await t.login('leder')).get(path()), 404, 'not_found');
    expectProblem(await users.leader.client.get(path('nope')), 404, 'not_found');
  });
});
