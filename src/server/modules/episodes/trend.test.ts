import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, createCitizen, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, addMonths, today } from '../outreach/dates';

/**
 * The leader's trend of a residence: episodes month by month (every month shown, also those without
 * episodes), by type, severity and place, beside the residents' WHO-5 and the staff's anonymous
 * WHO-5 — a median only from three answers in a month. Built on a new residence of its own
 * ("Trendhuset") so the demo residence's data does not count.
 */

const TABLES = ['episodes', 'episode_people', 'episode_debriefs', 'episode_actions', 'staff_wellbeing', 'staff_wellbeing_given'];
const PASSWORD = 'trendhuset-adgangskode';

let t: TestContext;
let ids: DemoIds;
let admin: Client;
let unit: string;
const users: Record<string, { id: string; client: Client }> = {};
const residents: { id: string; courseId: string }[] = [];

const thisMonth = today().slice(0, 7);
const monthStart = (back: number) => addMonths(`${thisMonth}-01`, -back);
const monthEnd = (back: number) => addDays(monthStart(back - 1), -1);
/** Noon, Danish time, on the 15th of the month `back` months ago. */
const midMonth = (back: number, hour = 12) => `${monthStart(back).slice(0, 7)}-15T${String(hour).padStart(2, '0')}:00:00+01:00`;
const who5 = (each: number) => Object.fromEntries(['cheerful', 'calm', 'active', 'rested', 'interest'].map((k) => [k, each]));

type Trend = {
  from: string;
  to: string;
  months: { month: string; total: number; byType: Record<string, number>; bySeverity: Record<string, number>; hurt: number; debriefed: number }[];
  locations: { location: string; total: number; byMonth: Record<string, number> }[];
  wellbeing: { instrument: string; residents: { month: string; n: number; median: number | null }[]; staff: { month: string; n: number; median: number | null }[] };
};

const trend = async (query = '', who = 'leader'): Promise<Trend> => {
  const res = await users[who].client.get(`${API}/units/${unit}/episodes/trend${query}`);
  expect(res.status).toBe(200);
  return res.body;
};

async function episode(occurredAt: string, extra: Record<string, unknown> = {}) {
  const res = await users.worker.client.post(`${API}/episodes`, {
    unitId: unit,
    occurredAt,
    location: 'Fællesrummet',
    type: 'threat',
    severity: 'minor',
    description: 'Højlydt skænderi.',
    actionsTaken: 'Vi talte med dem hver for sig.',
    anyoneHurt: false,
    people: [{ kind: 'resident', citizenId: residents[0].id }],
    ...extra,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function measure(resident: number, at: string, each: number) {
  const res = await users.worker.client.post(`${API}/courses/${residents[resident].courseId}/measurements`, { instrument: 'who5', answers: who5(each), mode: 'verbal', at });
  expect(res.status).toBe(201);
}

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  admin = await t.login('admin');
  const org = ids.org('Bostedet');
  unit = (await admin.post(`${API}/admin/units`, { organisationId: org, name: 'Trendhuset', kind: 'residential' })).body.id;
  for (const [key, role] of [['worker', 'worker'], ['worker2', 'worker'], ['leader', 'leader'], ['peer', 'peer']] as const) {
    const created = await admin.post(`${API}/admin/users`, { username: `trend-${key}`, displayName: `Trend ${key}`, password: PASSWORD });
    expect(created.status).toBe(201);
    expect((await admin.post(`${API}/admin/users/${created.body.id}/memberships`, { unitId: unit, role })).status).toBe(201);
    users[key] = { id: created.body.id, client: await t.login(`trend-${key}`, PASSWORD) };
  }
  for (const name of ['Beboer Et', 'Beboer To', 'Beboer Tre']) {
    residents.push(await createCitizen(users.worker.client, { kind: 'identified', name, noFixedAddress: true, course: { method: 'residential', unitId: unit, startDate: addDays(today(), -3 * 365) } }));
  }

  // 14 months ago: two episodes (one hurt someone and was debriefed); 13 months ago: none; 12 months ago: one.
  await episode(midMonth(14));
  const serious = await episode(midMonth(14, 20), { location: ' fællesrummet', type: 'violence', severity: 'serious', anyoneHurt: true, people: [{ kind: 'resident', citizenId: residents[1].id, hurt: true }] });
  const debrief = await users.worker.client.post(`${API}/episodes/${serious}/debrief`, { heldOn: addDays(midMonth(14).slice(0, 10), 2), participants: 'Personalet', summary: 'Gennemgang.', learning: 'Mere ro om aftenen.' });
  expect(debrief.status).toBe(201);
  await episode(midMonth(12), { location: 'Køkkenet', type: 'self_harm', severity: 'moderate' });
  // 11 months ago: inside the default period, outside the chosen one.
  await episode(midMonth(11), { location: 'Haven', type: 'damage' });

  // Residents' WHO-5: three measured 14 months ago (the first twice: the latest counts), two 12 months ago.
  await measure(0, midMonth(14, 9), 2);
  await measure(0, midMonth(14, 18), 3);
  await measure(1, midMonth(14), 4);
  await measure(2, midMonth(14), 1);
  await measure(0, midMonth(12), 5);
  await measure(1, midMonth(12), 5);
});
afterAll(() => t.close());

describe('the trend', () => {
  it('counts episodes by month, type, severity and place, with months without episodes', async () => {
    const res = await trend(`?from=${monthStart(14)}&to=${monthEnd(12)}`);
    expect(res.from).toBe(monthStart(14));
    expect(res.to).toBe(monthEnd(12));
    const [a, b, c] = [14, 13, 12].map((n) => monthStart(n).slice(0, 7));
    expect(res.months).toEqual([
      { month: a, total: 2, byType: { threat: 1, violence: 1, self_harm: 0, damage: 0 }, bySeverity: { minor: 1, moderate: 0, serious: 1 }, hurt: 1, debriefed: 1 },
      { month: b, total: 0, byType: { threat: 0, violence: 0, self_harm: 0, damage: 0 }, bySeverity: { minor: 0, moderate: 0, serious: 0 }, hurt: 0, debriefed: 0 },
      { month: c, total: 1, byType: { threat: 0, violence: 0, self_harm: 1, damage: 0 }, bySeverity: { minor: 0, moderate: 1, serious: 0 }, hurt: 0, debriefed: 0 },
    ]);
    expect(res.locations).toEqual([
      { location: 'Fællesrummet', total: 2, byMonth: { [a]: 2, [b]: 0, [c]: 0 } },
      { location: 'Køkkenet', total: 1, byMonth: { [a]: 0, [b]: 0, [c]: 1 } },
    ]);
  });

  it("shows the residents' median WHO-5 only for months with three or more measured", async () => {
    const res = await trend(`?from=${monthStart(14)}&to=${monthEnd(12)}`);
    expect(res.wellbeing.instrument).toBe('who5');
    expect(res.wellbeing.residents).toEqual([
      { month: monthStart(14).slice(0, 7), n: 3, median: 60 },
      { month: monthStart(13).slice(0, 7), n: 0, median: null },
      { month: monthStart(12).slice(0, 7), n: 2, median: null },
    ]);
  });

  it('covers the 12 months up to and including this one by default', async () => {
    const res = await trend('', 'worker');
    expect(res.months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => monthStart(11 - i).slice(0, 7)));
    expect(res.from).toBe(monthStart(11));
    expect(res.to).toBe(today());
    expect(res.months.map((m) => m.total)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(res.locations).toEqual([{ location: 'Haven', total: 1, byMonth: Object.fromEntries(res.months.map((m, i) => [m.month, i === 0 ? 1 : 0])) }]);
  });

  it('is for the staff and the leader of the unit only', async () => {
    expectProblem(await users.peer.client.get(`${API}/units/${unit}/episodes/trend`), 403, 'forbidden');
    expectProblem(await admin.get(`${API}/units/${unit}/episodes/trend`), 403, 'forbidden');
    for (const u of ['bo', 'boleder', 'vita']) expectProblem(await (await t.login(u)).get(`${API}/units/${unit}/episodes/trend`), 404, 'not_found');
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await users.leader.client.get(`${API}/units/${unit}/episodes/trend?from=${monthStart(1)}&to=${monthStart(2)}`);
    expectProblem(res, 422, 'validation_failed');
    expect(res.body.errors).toEqual([{ path: 'to', code: 'invalid_value' }]);
  });
});

describe("the staff's anonymous wellbeing", () => {
  const path = () => `${API}/units/${unit}/staff-wellbeing`;
  const staffNow = async () => (await trend()).wellbeing.staff.at(-1)!;

  it('is answered once a month by each member, and shown from three answers', async () => {
    expect((await users.worker.client.get(path())).body).toEqual({ month: thisMonth, answered: false });
    expect((await users.worker.client.post(path(), { answers: who5(3) })).body).toEqual({ month: thisMonth });
    expect((await users.worker.client.get(path())).body).toEqual({ month: thisMonth, answered: true });
    expect((await users.peer.client.post(path(), { answers: who5(4) })).status).toBe(201);
    // Two answers: one colleague could work out the other's score, so no median.
    expect(await staffNow()).toEqual({ month: thisMonth, n: 2, median: null });
    expect((await users.leader.client.post(path(), { answers: who5(1) })).status).toBe(201);
    expect(await staffNow()).toEqual({ month: thisMonth, n: 3, median: 60 });
    // The second answer of the month is refused and counts nowhere.
    const before = await snapshotCounts(t, TABLES);
    expectProblem(await users.worker.client.post(path(), { answers: who5(5) }), 409, 'already_answered');
    expect(await snapshotCounts(t, TABLES)).toEqual(before);
    expect(await staffNow()).toEqual({ month: thisMonth, n: 3, median: 60 });
  });

  it('keeps only the score and the month, not who answered', async () => {
    const rows = await t.sql<Record<string, unknown>>('select * from staff_wellbeing where unit_id = $1', [unit]);
    expect(rows.map((r) => Object.keys(r).sort())).toEqual(Array(3).fill(['id', 'instrument_key', 'instrument_version', 'month', 'total', 'unit_id']));
    expect(rows.map((r) => Number(r.total)).sort()).toEqual([20, 60, 80]);
    const given = await t.sql<{ user_id: string }>('select user_id from staff_wellbeing_given where unit_id = $1 order by user_id', [unit]);
    expect(given.map((g) => g.user_id)).toEqual([users.worker.id, users.peer.id, users.leader.id].sort());
  });

  it('refuses missing or out-of-range answers, and anyone not a member', async () => {
    const before = await snapshotCounts(t, TABLES);
    const { calm: _, ...missing } = who5(3);
    let res = await users.worker2.client.post(path(), { answers: missing });
    expectProblem(res, 422, 'validation_failed');
    expect(res.body.errors).toEqual([{ path: 'answers.calm', code: 'required' }]);
    res = await users.worker2.client.post(path(), { answers: { ...who5(3), rested: 6 } });
    expect(res.body.errors).toEqual([{ path: 'answers.rested', code: 'too_big' }]);
    expectProblem(await admin.post(path(), { answers: who5(3) }), 403, 'forbidden');
    expectProblem(await admin.get(path()), 403, 'forbidden');
    expectProblem(await (await t.login('bo')).post(path(), { answers: who5(3) }), 404, 'not_found');
    expectProblem(await (await t.login('vita')).get(path()), 404, 'not_found');
    expect(await snapshotCounts(t, TABLES)).toEqual(before);
  });
});
