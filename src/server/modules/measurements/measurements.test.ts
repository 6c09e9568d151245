import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, countRows, createCitizen, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, today } from '../outreach/dates';

/**
 * FIT measurements: the shipped instruments, WHO-5 and session feedback scored and flagged as the
 * worker sees them, bad answers refused item by item, and the development over time with its
 * "no improvement" alert (after three sessions in this file).
 */

let t: TestContext;
let ids: DemoIds;
let cti: Client;
let vita: Client;
let bent: { id: string; courseId: string };
let dorte: { id: string; courseId: string };

const who5 = (v: number[]) => ({ cheerful: v[0], calm: v[1], active: v[2], rested: v[3], interest: v[4] });
const feedback = (v: number[]) => ({ heard: v[0], topics: v[1], approach: v[2], overall: v[3] });
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const record = (client: Client, courseId: string, body: Record<string, unknown>) => client.post(`${API}/courses/${courseId}/measurements`, { mode: 'verbal', ...body });
const ctiCitizen = (name: string) =>
  createCitizen(cti, { kind: 'identified', name, noFixedAddress: true, course: { method: 'cti', unitId: ids.unit('CTI-teamet'), startDate: addDays(today(), -20) } });

beforeAll(async () => {
  t = await createTestContext({ fitNoImprovementSessions: 3 });
  ids = await demoIds(t);
  [cti, vita] = [await t.login('cti'), await t.login('vita')];
  bent = await ctiCitizen('Bent Målesen');
  dorte = await ctiCitizen('Dorte Udvikling');
});
afterAll(() => t.close());

describe('the instruments', () => {
  it('ships WHO-5 (five items 0–5, total 0–100, credited) and session feedback (four items 0–10)', async () => {
    const res = await cti.get(`${API}/instruments`);
    expect(res.status).toBe(200);
    const [w, f] = res.body.items;
    expect(w).toMatchObject({ key: 'who5', version: 1, builtIn: true, organisationId: null, kind: 'outcome', range: { min: 0, max: 100 }, scoring: { multiplier: 4 }, reliableChange: 10 });
    expect(w.items.map((i: { id: string; min: number; max: number }) => [i.id, i.min, i.max])).toEqual([
      ['cheerful', 0, 5],
      ['calm', 0, 5],
      ['active', 0, 5],
      ['rested', 0, 5],
      ['interest', 0, 5],
    ]);
    expect(w.items[0].options).toHaveLength(6);
    expect(w.credit).toContain('Psykiatrisk Center Nordsjælland');
    expect(f).toMatchObject({ key: 'session_feedback', kind: 'session', range: { min: 0, max: 40 }, flags: { totalBelow: 36, dropOf: 2 } });
    expect(f.items.map((i: { min: number; max: number }) => [i.min, i.max])).toEqual([
      [0, 10],
      [0, 10],
      [0, 10],
      [0, 10],
    ]);
  });
});

describe('recording WHO-5', () => {
  it('scores raw × 4 and flags poor wellbeing at 50 or below and likely depression below 28', async () => {
    const cases: [number[], number, number, string[]][] = [
      [[3, 3, 3, 2, 2], 13, 52, []],
      [[3, 3, 2, 2, 2], 12, 48, ['poorWellbeing']],
      [[2, 2, 1, 1, 1], 7, 28, ['poorWellbeing']],
      [[2, 1, 1, 1, 1], 6, 24, ['poorWellbeing', 'likelyDepression']],
    ];
    for (const [answers, raw, total, flags] of cases) {
      const res = await record(cti, bent.courseId, { instrument: 'who5', answers: who5(answers) });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ citizenId: bent.id, courseId: bent.courseId, instrument: 'who5', instrumentVersion: 1, raw, total, flags, mode: 'verbal', by: { displayName: 'Camilla Thers' } });
    }
  });

  it('refuses bad answers item by item, with the field and the reason, and records nothing', async () => {
    const before = await snapshotCounts(t, ['measurements']);
    const bad: [Record<string, unknown>, { path: string; code: string }][] = [
      [{ answers: who5([6, 3, 3, 3, 3]) }, { path: 'answers.cheerful', code: 'too_big' }],
      [{ answers: who5([3, -1, 3, 3, 3]) }, { path: 'answers.calm', code: 'too_small' }],
      [{ answers: { cheerful: 3, calm: 3, active: 3, rested: 3 } }, { path: 'answers.interest', code: 'required' }],
      [{ answers: who5([3, 3, 2.5, 3, 3]) }, { path: 'answers.active', code: 'invalid_type' }],
      [{ answers: who5([3, 3, 3, '3' as unknown as number, 3]) }, { path: 'answers.rested', code: 'invalid_type' }],
      [{ answers: { ...who5([3, 3, 3, 3, 3]), mood: 3 } }, { path: 'answers.mood', code: 'unknown_field' }],
      [{ instrument: 'mood_meter', answers: who5([3, 3, 3, 3, 3]) }, { path: 'instrument', code: 'invalid_value' }],
      [{ answers: who5([3, 3, 3, 3, 3]), at: new Date(Date.now() + 3_600_000).toISOString() }, { path: 'at', code: 'in_future' }],
    ];
    for (const [body, issue] of bad) {
      const res = await record(cti, bent.courseId, { instrument: 'who5', ...body });
      expectProblem(res, 422, 'validation_failed');
      expect(res.body.errors).toEqual([issue]);
    }
    expect(await snapshotCounts(t, ['measurements'])).toEqual(before);
  });

  it('creates nothing new on a retry with the same id, and answers with the same score and flags', async () => {
    const id = crypto.randomUUID();
    const first = await record(cti, bent.courseId, { id, instrument: 'who5', answers: who5([2, 1, 1, 1, 1]) });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id, total: 24, flags: ['poorWellbeing', 'likelyDepression'] });
    const retry = await record(cti, bent.courseId, { id, instrument: 'who5', answers: who5([2, 1, 1, 1, 1]) });
    expect(retry.status).toBe(200);
    expect(await countRows(t, 'measurements', 'id = $1', [id])).toBe(1);
    expect(retry.body).toEqual(first.body);
  });
});

describe('session feedback', () => {
  it('flags a total below 36 as low and a fall of 2 or more since the last session as a drop', async () => {
    const cases: [number[], number, string[]][] = [
      [[10, 10, 10, 10], 40, []],
      [[10, 10, 9, 9], 38, ['drop']],
      [[10, 9, 9, 9], 37, []],
      [[9, 9, 9, 8], 35, ['low', 'drop']],
      [[9, 9, 8, 9], 35, ['low']],
    ];
    for (const [answers, total, flags] of cases) {
      const res = await record(cti, bent.courseId, { instrument: 'session_feedback', mode: 'citizen', answers: feedback(answers) });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ total, flags, mode: 'citizen' });
    }
  });

  it('compares a paper form entered afterwards with the session before it, as the history does', async () => {
    const res = await record(cti, bent.courseId, { instrument: 'session_feedback', mode: 'paper', answers: feedback([9, 8, 8, 8]), at: daysAgo(15) });
    expect(res.status).toBe(201);
    const listed = (await cti.get(`${API}/citizens/${bent.id}/measurements?instrument=session_feedback`)).body.items;
    expect(listed.at(-1)).toMatchObject({ id: res.body.id, total: 33, flags: ['low'] });
    expect(res.body.flags).toEqual(['low']);
  });

  it("links feedback to the course's own logged session only", async () => {
    const own = await cti.post(`${API}/courses/${bent.courseId}/sessions`, { at: new Date().toISOString(), kind: 'home_visit' });
    const other = await cti.post(`${API}/courses/${ids.course('Kirsten Holm')}/sessions`, { at: new Date().toISOString(), kind: 'home_visit' });
    expect([own.status, other.status]).toEqual([201, 201]);
    const before = await snapshotCounts(t, ['measurements']);
    const refused = await record(cti, bent.courseId, { instrument: 'session_feedback', answers: feedback([9, 9, 9, 9]), sessionId: other.body.id });
    expectProblem(refused, 422, 'validation_failed');
    expect(refused.body.errors).toEqual([{ path: 'sessionId', code: 'invalid_value' }]);
    expect(await snapshotCounts(t, ['measurements'])).toEqual(before);
    const ok = await record(cti, bent.courseId, { instrument: 'session_feedback', answers: feedback([9, 9, 9, 9]), sessionId: own.body.id });
    expect(ok.status).toBe(201);
    expect(await countRows(t, 'measurements', 'session_id = $1', [own.body.id])).toBe(1);
  });
});

describe('who may record', () => {
  it('refuses the SKP leader (403), a worker of another unit (404) and a closed course (409)', async () => {
    const skp = await createCitizen(vita, { kind: 'unidentified', alias: 'Målt ved bænken', course: { method: 'outreach', unitId: ids.unit('SKP-teamet') } });
    const body = { instrument: 'who5', answers: who5([3, 3, 3, 3, 3]) };
    expect((await record(vita, skp.courseId, body)).status).toBe(201);
    const before = await countRows(t, 'measurements');
    expectProblem(await record(await t.login('leder'), skp.courseId, body), 403, 'forbidden');
    expectProblem(await record(cti, skp.courseId, body), 404, 'not_found');
    expect((await vita.post(`${API}/courses/${skp.courseId}/close`, { reason: 'declined', summary: 'Ønsker ikke mere kontakt.' })).status).toBe(200);
    expectProblem(await record(vita, skp.courseId, body), 409, 'course_not_active');
    expect(await countRows(t, 'measurements')).toBe(before);
  });
});

describe('development over time', () => {
  const development = async () => {
    const res = await cti.get(`${API}/citizens/${dorte.id}/development`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const dorteAlerts = async () => (await cti.get(`${API}/me/alerts`)).body.items.filter((a: { citizen: { id: string } }) => a.citizen.id === dorte.id);

  it('after three WHO-5 without a change of 10, shows the series inside the band and alerts', async () => {
    for (const [n, answers] of [
      [10, [2, 2, 2, 2, 2]],
      [7, [3, 2, 2, 2, 2]],
      [4, [3, 3, 2, 2, 2]],
    ] as [number, number[]][]) {
      expect((await record(cti, dorte.courseId, { instrument: 'who5', answers: who5(answers), at: daysAgo(n) })).status).toBe(201);
    }
    expect((await record(cti, dorte.courseId, { instrument: 'session_feedback', answers: feedback([9, 9, 9, 9]), at: daysAgo(4) })).status).toBe(201);
    const dev = await development();
    expect(dev.noImprovementAfter).toBe(3);
    const series = Object.fromEntries(dev.series.map((s: { instrument: { key: string } }) => [s.instrument.key, s]));
    expect(Object.keys(series).sort()).toEqual(['session_feedback', 'who5']);
    expect(series.who5).toMatchObject({ first: 40, last: 48, change: 8, meaningful: false, band: { low: 30, high: 50 } });
    expect(series.who5.points.map((p: { total: number }) => p.total)).toEqual([40, 44, 48]);
    expect(series.session_feedback).toMatchObject({ first: 36, last: 36, change: 0, points: [{ total: 36, flags: [] }] });
    expect(dev.alerts).toEqual([expect.objectContaining({ kind: 'noImprovement', instrument: 'who5', courseId: dorte.courseId, detail: { sessions: 3, change: 8 } })]);
    expect((await dorteAlerts()).map((a: { kind: string }) => a.kind)).toEqual(['noImprovement']);
  });

  it('drops the alert once WHO-5 rises 12 above the first measurement', async () => {
    expect((await record(cti, dorte.courseId, { instrument: 'who5', answers: who5([3, 3, 3, 2, 2]), at: daysAgo(1) })).status).toBe(201);
    const dev = await development();
    const w = dev.series.find((s: { instrument: { key: string } }) => s.instrument.key === 'who5');
    expect(w).toMatchObject({ first: 40, last: 52, change: 12, meaningful: true });
    expect(dev.alerts).toEqual([]);
    expect(await dorteAlerts()).toEqual([]);
  });

  it('lists one instrument newest first, and logs the read', async () => {
    const reads = () => countRows(t, 'audit_log', "action = 'measurement.read' and citizen_id = $1 and user_id = $2", [dorte.id, ids.user('cti')]);
    const before = await reads();
    const res = await cti.get(`${API}/citizens/${dorte.id}/measurements?instrument=who5`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((m: { instrument: string; total: number }) => [m.instrument, m.total])).toEqual([
      ['who5', 52],
      ['who5', 48],
      ['who5', 44],
      ['who5', 40],
    ]);
    expect(await reads()).toBe(before + 1);
    expectProblem(await vita.get(`${API}/citizens/${dorte.id}/measurements`), 404, 'not_found');
  });
});
