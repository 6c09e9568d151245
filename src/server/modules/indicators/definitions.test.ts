import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, demoIds } from '../../test/helpers';
import { attempts, course, freshUnit, noon, type Fx } from './fixtures';

/**
 * Every other indicator on constructed data with exact expected values, over the first half of
 * 2024 by quarter: a team of its own ("Målteamet", outreach and CTI courses), a social mentor's unit
 * ("Mentorteamet", crisis pathways) and a crisis center unit ("Krisehuset", stays). Read inside the
 * units (by their leaders), so nothing is suppressed.
 */

let t: TestContext;
let team: Fx;
let mentor: Fx;
let center: Fx;
const leaders: Record<string, Client> = {};
const courses: Record<string, { citizenId: string; courseId: string }> = {};

type Point = { period: string; n: number; value: number | null; median?: number | null; distribution?: { bucket: string; count: number }[] | null; breakdown?: { label: string; value: number | null; n: number }[] };
async function indicator(key: string, who: string, unit: string): Promise<{ points: Point[]; total: Point; noData: boolean }> {
  const res = await leaders[who].get(`${API}/indicators/${key}?unitId=${unit}&from=2024-01-01&to=2024-06-30&interval=quarter`);
  expect(res.status).toBe(200);
  return res.body;
}
/** [period, n, value] of Q1, Q2 and the total. */
const figures = (r: { points: Point[]; total: Point }) => [...r.points, r.total].map((p) => [p.period, p.n, p.value]);
const cells = (p: Point) => Object.fromEntries((p.breakdown ?? []).map((b) => [b.label, b.value]));

async function insert(table: string, row: Record<string, unknown>) {
  const keys = Object.keys(row);
  await t.sql(`insert into ${table} (${keys.join(', ')}) values (${keys.map((_, i) => `$${i + 1}`).join(', ')})`, keys.map((k) => (row[k] !== null && typeof row[k] === 'object' ? JSON.stringify(row[k]) : row[k])));
}

beforeAll(async () => {
  t = await createTestContext();
  const ids = await demoIds(t);
  const a = await freshUnit(t, ids, 'Demo Kommune', 'Målteamet', 'team', { leader: 'leader', w1: 'worker', w2: 'worker' });
  const m = await freshUnit(t, ids, 'Demo Kommune', 'Mentorteamet', 'team', { leader: 'leader' });
  const k = await freshUnit(t, ids, 'Akutkrisecentret', 'Krisehuset', 'crisis_center', { leader: 'leader' });
  const by = a.users.w1.id;
  team = { t, unit: a.unit, orgId: a.orgId, by };
  mentor = { t, unit: m.unit, orgId: m.orgId, by };
  center = { t, unit: k.unit, orgId: k.orgId, by };
  leaders.team = a.users.leader.client;
  leaders.mentor = m.users.leader.client;
  leaders.center = k.users.leader.client;
  const [w1, w2] = [a.users.w1.id, a.users.w2.id];

  // Outreach: O1 runs all along (2B from May), O2 ends in April.
  courses.O1 = await course(team, { name: 'O1', method: 'outreach', phase: '2A', start: '2024-01-10', phases: [['2024-05-01', '2B']], workers: [w1] });
  courses.O2 = await course(team, { name: 'O2', method: 'outreach', phase: '2A', start: '2024-02-01', ended: '2024-04-15', endReason: 'declined', workers: [w1] });
  await insert('contact_plans', { course_id: courses.O1.courseId, version: 1, organisation_id: team.orgId, citizen_id: courses.O1.citizenId, where_text: 'Parken', how_text: 'Hilse', cadence_days: 14, keep_contact_text: '', author_ids: [by], created_by: by, created_at: noon('2024-01-10') });
  await attempts(team, courses.O1, [['2024-01-10', 'no_one_there'], ['2024-03-01', 'conversation'], ['2024-06-25', 'conversation']]);

  // CTI: C1 running (phase 2 from 15 April); C2 completed in time; C3 completed late; C4 lost its housing; C5 runs past its nine months; C6 never reached phase 1.
  const cti = (name: string, start: string, phases: [string, string][], ended?: string, endReason?: string, workers?: string[]) => course(team, { name, method: 'cti', phase: 'contact', start, phases, ended, endReason, workers });
  courses.C1 = await cti('C1', '2024-01-01', [['2024-01-15', 'phase1'], ['2024-04-15', 'phase2']], undefined, undefined, [w1, w2]);
  courses.C2 = await cti('C2', '2023-06-01', [['2023-06-10', 'phase1'], ['2023-09-10', 'phase2'], ['2023-12-10', 'phase3']], '2024-02-20', 'completed');
  courses.C3 = await cti('C3', '2023-05-01', [['2023-05-05', 'phase1'], ['2023-08-05', 'phase2'], ['2023-11-05', 'phase3']], '2024-03-01', 'completed');
  courses.C4 = await cti('C4', '2023-09-01', [['2023-09-10', 'phase1'], ['2023-12-10', 'phase2'], ['2024-03-10', 'phase3']], '2024-04-10', 'housing_lost', [w1]);
  courses.C5 = await cti('C5', '2023-08-01', [['2023-08-20', 'phase1'], ['2023-11-20', 'phase2'], ['2024-02-20', 'phase3']], undefined, undefined, [w1]);
  courses.C6 = await cti('C6', '2024-01-01', [], '2024-02-01', 'declined');

  // Inbound referrals, episodes.
  for (const [day, source] of [['2024-01-05', 'partner'], ['2024-02-10', 'neighbour'], ['2024-05-05', 'partner']]) {
    await insert('inbound_referrals', { id: randomUUID(), organisation_id: team.orgId, unit_id: team.unit, source_type: source, received_on: day, description: 'Bekymring', created_by: by });
  }
  for (const [day, type] of [['2024-02-01', 'threat'], ['2024-02-02', 'violence'], ['2024-06-01', 'threat']]) {
    await insert('episodes', { id: randomUUID(), organisation_id: team.orgId, unit_id: team.unit, occurred_at: noon(day), location: 'Gården', type, severity: 'minor', description: '-', actions_taken: '-', anyone_hurt: false, created_by: by, created_at: noon(day) });
  }
  // Goals on C1: set in January (achieved), February (active), April (dropped).
  for (const [day, status] of [['2024-01-20', 'achieved'], ['2024-02-20', 'active'], ['2024-04-10', 'dropped']]) {
    await insert('goals', { id: randomUUID(), organisation_id: team.orgId, citizen_id: courses.C1.citizenId, course_id: courses.C1.courseId, text: 'Mål', life_area: 'housing', goal_type: 'own', steps: [], review_date: '2024-12-01', status, created_by: by, created_at: noon(day) });
  }
  // Sessions on C1: 1 Feb with feedback, 8 Feb without, 15 Feb a coordination contact (not counted), 1 May with feedback tied to the session.
  const measure = (c: { citizenId: string; courseId: string }, key: string, day: string, total: number, sessionId: string | null = null) =>
    insert('measurements', { id: randomUUID(), organisation_id: team.orgId, citizen_id: c.citizenId, course_id: c.courseId, instrument_key: key, instrument_version: 1, at: noon(day), answers: {}, raw: total, total, mode: 'verbal', session_id: sessionId, by_user_id: by });
  for (const [day, kind] of [['2024-02-01', 'conversation'], ['2024-02-08', 'conversation'], ['2024-02-15', 'coordination'], ['2024-05-01', 'conversation']]) {
    const id = randomUUID();
    await insert('course_sessions', { id, organisation_id: team.orgId, course_id: courses.C1.courseId, at: `${day}T09:00:00+01:00`, kind, by_user_id: by });
    if (day === '2024-02-01') await measure(courses.C1, 'session_feedback', day, 30);
    if (day === '2024-05-01') await measure(courses.C1, 'session_feedback', '2024-05-01', 35, id);
  }
  // WHO-5: O1 40 → 52 → 60; C1 30 → 20.
  await measure(courses.O1, 'who5', '2023-12-01', 40);
  await measure(courses.O1, 'who5', '2024-02-01', 52);
  await measure(courses.O1, 'who5', '2024-05-01', 60);
  await measure(courses.C1, 'who5', '2024-02-10', 30);
  await measure(courses.C1, 'who5', '2024-05-10', 20);
  // Referrals: R1 retained 3 months; R2 retained 1 month, then dropped; R3 (C1) never retained.
  const offer = randomUUID();
  await insert('offers', { id: offer, organisation_id: team.orgId, name: 'Værested', category: 'social', sector: 'civil', provider: 'Foreningen' });
  for (const [c, started, status, events] of [
    [courses.O1, '2024-01-15', 'retained_3m', ['retained_1m', 'retained_3m']],
    [courses.O1, '2024-02-01', 'dropped', ['retained_1m', 'dropped']],
    [courses.C1, '2024-06-20', 'started', []],
  ] as const) {
    const id = randomUUID();
    await insert('referrals', { id, organisation_id: team.orgId, course_id: c.courseId, citizen_id: c.citizenId, offer_id: offer, status, status_date: started, started_on: started, created_by: by });
    for (const s of events) await insert('referral_events', { id: randomUUID(), referral_id: id, status: s, date: started, by_user_id: by });
  }

  // Crisis: three requests from Mentorteamet, stays at Krisehuset.
  const [agreement] = await t.sql<{ id: string }>('select id from collaboration_agreements limit 1');
  const stays = [
    { requested: '2024-02-01T10:00:00+01:00', picked: '2024-02-01T22:00:00+01:00', arrived: '2024-02-01T23:00:00+01:00', len: 14, held: '2024-02-07', ended: '2024-02-20', ticks: [['2024-02-18', true]] },
    { requested: '2024-03-01T08:00:00+01:00', picked: '2024-03-03T20:00:00+01:00', arrived: '2024-03-03T21:00:00+01:00', len: null, held: '2024-03-20', ended: '2024-04-05', ticks: [['2024-03-30', true], ['2024-04-01', false]] },
    { requested: '2024-05-01T12:00:00+02:00', picked: '2024-05-02T12:00:00+02:00', arrived: '2024-05-02T14:00:00+02:00', len: 10, held: null, ended: '2024-05-05', ticks: [] },
  ] as const;
  for (const [i, s] of stays.entries()) {
    const pathway = await course(mentor, { name: `K${i + 1}`, method: 'crisis_pathway', phase: 'finding', start: s.requested.slice(0, 10) });
    const stay = await course(center, { name: `K${i + 1}`, method: 'crisis_stay', phase: 'arrival', start: s.arrived.slice(0, 10), ended: s.ended, endReason: 'completed', citizenId: pathway.citizenId });
    const request = randomUUID();
    await insert('crisis_requests', {
      id: request, municipality_org_id: mentor.orgId, crisis_center_org_id: center.orgId, agreement_id: agreement.id, citizen_id: pathway.citizenId, pathway_course_id: pathway.courseId,
      summary: '-', status: 'admitted', requested_by: by, requested_at: s.requested, decision: 'admitted', stay_course_id: stay.courseId, planned_length_days: s.len, picked_up_at: s.picked, arrived_at: s.arrived,
    });
    if (s.held) await insert('midway_meetings', { request_id: request, reminded_on: {}, held: true, held_at: noon(s.held), updated_by: by, updated_at: noon(s.held) });
    for (const [day, ticked] of s.ticks) await insert('checklist_ticks', { id: randomUUID(), course_id: stay.courseId, item_id: 'discharge.homeMunicipalityReady', ticked, by_user_id: by, at: noon(day) });
  }
});
afterAll(() => t.close());

describe('outreach and the unit', () => {
  it('citizensByPhase: citizens with a running course on the last day, by method and phase', async () => {
    const r = await indicator('citizensByPhase', 'team', team.unit);
    expect(figures(r)).toEqual([['2024-Q1', 5, 5], ['2024-Q2', 3, 3], ['total', 3, 3]]);
    expect(cells(r.points[0])).toEqual({ 'cti.phase1': 1, 'cti.phase3': 2, 'outreach.2A': 2 });
    expect(cells(r.points[1])).toEqual({ 'cti.phase2': 1, 'cti.phase3': 1, 'outreach.2B': 1 });
  });

  it('overdueContacts: running outreach courses overdue on the last day', async () => {
    expect(figures(await indicator('overdueContacts', 'team', team.unit))).toEqual([['2024-Q1', 2, 1], ['2024-Q2', 1, 0], ['total', 1, 0]]);
  });

  it('inboundBySource: inbound referrals received, by source', async () => {
    const r = await indicator('inboundBySource', 'team', team.unit);
    expect(figures(r)).toEqual([['2024-Q1', 2, 2], ['2024-Q2', 1, 1], ['total', 3, 3]]);
    expect(cells(r.total)).toEqual({ partner: 2, neighbour: 1, relative: 0, citizen: 0, other: 0, handover: 0 });
  });

  it('referralRetention: retained after 3 months of those started, with 1 month beside it', async () => {
    const r = await indicator('referralRetention', 'team', team.unit);
    expect(figures(r)).toEqual([['2024-Q1', 1, 0.5], ['2024-Q2', 1, 0], ['total', 2, 0.3333]]);
    expect(cells(r.points[0])).toEqual({ started: 2, '1m': 1, '3m': 0.5 });
    expect(cells(r.total)).toEqual({ started: 3, '1m': 0.6667, '3m': 0.3333 });
  });
});

describe('CTI', () => {
  it('ctiCompletedInTime: courses judged in the period, completed within their nine months', async () => {
    const r = await indicator('ctiCompletedInTime', 'team', team.unit);
    expect(figures(r)).toEqual([['2024-Q1', 2, 0.5], ['2024-Q2', 2, 0], ['total', 4, 0.25]]);
    expect(cells(r.points[0])).toEqual({ completed: 1, completedLate: 1, endedOtherwise: 0, running: 0 });
    expect(cells(r.points[1])).toEqual({ completed: 0, completedLate: 0, endedOtherwise: 1, running: 1 });
  });

  it('housingKept: housed CTI courses that ended without losing the housing', async () => {
    const r = await indicator('housingKept', 'team', team.unit);
    expect(figures(r)).toEqual([['2024-Q1', 2, 1], ['2024-Q2', 1, 0], ['total', 3, 0.6667]]);
    expect(cells(r.total)).toEqual({ completed: 2, housing_lost: 1 });
  });

  it('caseloadPerWorker: each worker\'s running courses against the norm (CTI: 10)', async () => {
    const r = await indicator('caseloadPerWorker', 'team', team.unit);
    expect(figures(r)).toEqual([['2024-Q1', 3, 0.2], ['2024-Q2', 2, 0.15], ['total', 2, 0.15]]);
    expect(r.points[0].distribution).toEqual([{ bucket: '<=0.5', count: 2 }, { bucket: '0.5-0.8', count: 0 }, { bucket: '0.8-1', count: 0 }, { bucket: '1-1.2', count: 0 }, { bucket: '>1.2', count: 0 }]);
    expect(cells(r.points[0])).toEqual({ cti: 0.2 });
  });
});

describe('outcomes', () => {
  it('who5Change: last measurement in the period minus the first ever', async () => {
    const r = await indicator('who5Change', 'team', team.unit);
    expect(figures(r)).toEqual([['2024-Q1', 1, 12], ['2024-Q2', 2, 5], ['total', 2, 5]]);
    expect(r.points[1].distribution).toEqual([{ bucket: 'worsened', count: 1 }, { bucket: 'unchanged', count: 0 }, { bucket: 'improved', count: 1 }]);
  });

  it('feedbackShare: sessions with session feedback, coordination contacts left out', async () => {
    expect(figures(await indicator('feedbackShare', 'team', team.unit))).toEqual([['2024-Q1', 1, 0.5], ['2024-Q2', 1, 1], ['total', 1, 0.6667]]);
  });

  it('goalsAchieved: goals set in the period that are achieved now', async () => {
    const r = await indicator('goalsAchieved', 'team', team.unit);
    expect(figures(r)).toEqual([['2024-Q1', 1, 0.5], ['2024-Q2', 1, 0], ['total', 1, 0.3333]]);
    expect(cells(r.total)).toEqual({ active: 1, achieved: 1, paused: 0, dropped: 1 });
  });

  it('violentEpisodes: episodes by type', async () => {
    const r = await indicator('violentEpisodes', 'team', team.unit);
    expect(figures(r)).toEqual([['2024-Q1', 2, 2], ['2024-Q2', 1, 1], ['total', 3, 3]]);
    expect(cells(r.points[0])).toEqual({ threat: 1, violence: 1, self_harm: 0, damage: 0 });
  });
});

describe('the crisis pathway and stays', () => {
  it('requestToPickup: days from request to pickup, for the mentor\'s unit', async () => {
    const r = await indicator('requestToPickup', 'mentor', mentor.unit);
    expect(figures(r)).toEqual([['2024-Q1', 2, 1.5], ['2024-Q2', 1, 1], ['total', 3, 1]]);
    expect(r.total.distribution).toEqual([{ bucket: '<1', count: 1 }, { bucket: '1-2', count: 1 }, { bucket: '2-7', count: 1 }, { bucket: '7+', count: 0 }]);
  });

  it('midwayOnTime: held by the middle of the planned stay; a stay ended before it is not judged', async () => {
    const r = await indicator('midwayOnTime', 'center', center.unit);
    expect(figures(r)).toEqual([['2024-Q1', 2, 0.5], ['2024-Q2', 0, null], ['total', 2, 0.5]]);
  });

  it('supportAtHomecoming: the home municipality ready when the stay ended', async () => {
    const r = await indicator('supportAtHomecoming', 'center', center.unit);
    expect(figures(r)).toEqual([['2024-Q1', 1, 1], ['2024-Q2', 2, 0], ['total', 3, 0.3333]]);
  });

  it("the crisis center's dashboard has the stay indicators", async () => {
    const res = await leaders.center.get(`${API}/dashboards/${center.unit}?from=2024-01-01&to=2024-06-30&interval=quarter`);
    expect(res.status).toBe(200);
    expect(res.body.methods).toEqual(['crisis_stay']);
    expect(res.body.indicators.map((i: { key: string }) => i.key)).toEqual(['citizensByPhase', 'referralRetention', 'midwayOnTime', 'supportAtHomecoming', 'who5Change', 'feedbackShare', 'goalsAchieved', 'housingKept']);
  });
});
