import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, createCitizen, demoIds, expectProblem, MANDEN, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, today } from '../outreach/dates';

/**
 * Goals in the citizen's own words with steps and follow-ups, the worker's alerts (goal reviews
 * due, no improvement, low or falling session feedback), a unit's outcomes in numbers only, and the
 * password confirmation that unlocks the device after the citizen view.
 */

type Alert = { kind: string; citizen: { id: string; name: string }; goalId: string | null; instrument: string | null; detail: Record<string, number> };

let t: TestContext;
let ids: DemoIds;
let cti: Client;
let vita: Client;
let kirsten: string;
let goalId: string;

const goal = (extra: Record<string, unknown> = {}) => ({
  text: 'Jeg vil gå en tur hver dag, også når det regner.',
  lifeArea: 'physical_health',
  goalType: 'develop',
  steps: [{ text: 'Købe en regnjakke' }, { text: 'Gå til bageren og tilbage' }],
  whoHelps: 'Min nabo Jørgen',
  reviewDate: addDays(today(), 14),
  ...extra,
});
const alertsOf = async (client: Client) => {
  const res = await client.get(`${API}/me/alerts`);
  expect(res.status).toBe(200);
  return res.body.items as Alert[];
};
const goalsOf = async (citizenId: string) => (await cti.get(`${API}/citizens/${citizenId}/goals`)).body.items;

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [cti, vita] = [await t.login('cti'), await t.login('vita')];
  kirsten = ids.citizen('Kirsten Holm');
});
afterAll(() => t.close());

describe("a goal in the citizen's words", () => {
  it('is created with steps on the CTI course and its phase-1 focus area', async () => {
    const res = await cti.post(`${API}/citizens/${kirsten}/goals`, goal({ courseId: ids.course('Kirsten Holm'), focusAreaPhase: 'phase1' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      citizenId: kirsten,
      courseId: ids.course('Kirsten Holm'),
      focusAreaPhase: 'phase1',
      text: 'Jeg vil gå en tur hver dag, også når det regner.',
      steps: [
        { text: 'Købe en regnjakke', done: false },
        { text: 'Gå til bageren og tilbage', done: false },
      ],
      status: 'active',
      reviewOverdue: false,
      followUps: [],
      createdBy: { displayName: 'Camilla Thers' },
      canEdit: true,
    });
    goalId = res.body.id;
    expect((await goalsOf(kirsten)).map((g: { id: string }) => g.id)).toContain(goalId);
  });

  it('refuses links to another citizen or a phase that has no focus areas, and creates nothing', async () => {
    const per = ids.citizen('Per Madsen');
    const plan = await (await t.login('myndighed')).post(`${API}/citizens/${per}/action-plans`, { purpose: 'Bolig', supportNeeded: 'Støtte', citizenParticipation: 'Med' });
    expect(plan.status).toBe(201);
    const before = await snapshotCounts(t, ['goals']);
    const bad: [Client, string, Record<string, unknown>, string][] = [
      [cti, kirsten, { courseId: ids.course('Henrik Bach') }, 'courseId'],
      [cti, kirsten, { focusAreaPhase: 'phase1' }, 'focusAreaPhase'],
      [cti, kirsten, { courseId: ids.course('Kirsten Holm'), focusAreaPhase: 'contact' }, 'focusAreaPhase'],
      [vita, ids.citizen(MANDEN), { courseId: ids.course(MANDEN), focusAreaPhase: 'phase1' }, 'focusAreaPhase'],
      [cti, kirsten, { actionPlanId: plan.body.id }, 'actionPlanId'],
    ];
    for (const [client, citizen, extra, path] of bad) {
      const res = await client.post(`${API}/citizens/${citizen}/goals`, goal(extra));
      expectProblem(res, 422, 'validation_failed');
      expect(res.body.errors).toEqual([{ path, code: 'invalid_value' }]);
    }
    expect(await snapshotCounts(t, ['goals'])).toEqual(before);
  });

  it('changes steps, status and review date', async () => {
    const res = await cti.patch(`${API}/goals/${goalId}`, { steps: [{ text: 'Købe en regnjakke', done: true }], status: 'paused', reviewDate: addDays(today(), 30) });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ steps: [{ text: 'Købe en regnjakke', done: true }], status: 'paused', reviewDate: addDays(today(), 30) });
    expect((await goalsOf(kirsten)).find((g: { id: string }) => g.id === goalId)).toMatchObject({ status: 'paused', steps: [{ done: true }] });
  });

  it('is readable with note access only: the SKP leader 403, another unit 404', async () => {
    expectProblem(await (await t.login('leder')).get(`${API}/citizens/${ids.citizen(MANDEN)}/goals`), 403, 'forbidden');
    expectProblem(await vita.get(`${API}/citizens/${kirsten}/goals`), 404, 'not_found');
    expectProblem(await vita.patch(`${API}/goals/${goalId}`, { status: 'dropped' }), 404, 'not_found');
  });
});

describe('a citizen shared by two organisations (the crisis-center pathway)', () => {
  it("keeps each organisation's goals and measurements to itself", async () => {
    const per = ids.citizen('Per Madsen');
    const [mentor, krise] = [await t.login('mentor'), await t.login('krise')];
    const pathway = (await mentor.get(`${API}/citizens/${per}/courses`)).body.items.find((c: { method: string }) => c.method === 'crisis_pathway');
    const goal = await mentor.post(`${API}/citizens/${per}/goals`, { courseId: pathway.id, text: 'Komme hjem til min egen lejlighed.', lifeArea: 'housing', goalType: 'develop', reviewDate: '2030-01-01' });
    expect(goal.status).toBe(201);
    expect((await mentor.post(`${API}/courses/${pathway.id}/measurements`, { instrument: 'who5', mode: 'verbal', answers: { cheerful: 1, calm: 1, active: 1, rested: 1, interest: 1 } })).status).toBe(201);

    // The crisis center sees Per through its stay course, but not the municipality's goal or scores.
    const theirs = await krise.get(`${API}/citizens/${per}/goals`);
    expect(theirs.status).toBe(200);
    expect(theirs.body.items.map((g: { id: string }) => g.id)).not.toContain(goal.body.id);
    expect((await krise.get(`${API}/citizens/${per}/development`)).body.series).toEqual([]);
    expectProblem(await krise.request('PATCH', `${API}/goals/${goal.body.id}`, { status: 'dropped' }), 404, 'not_found');
    const onTheirCourse = await krise.post(`${API}/citizens/${per}/goals`, { courseId: pathway.id, text: 'x', lifeArea: 'housing', goalType: 'develop', reviewDate: '2030-01-01' });
    expectProblem(onTheirCourse, 422, 'validation_failed');
    expect((await mentor.get(`${API}/citizens/${per}/goals`)).body.items.find((g: { id: string }) => g.id === goal.body.id).status).toBe('active');
  });
});

describe('alerts', () => {
  it("Camilla's: the overdue review of Kirsten's goal, and Kirsten's WHO-5 without meaningful improvement", async () => {
    const overdue = (await goalsOf(kirsten)).find((g: { reviewOverdue: boolean }) => g.reviewOverdue);
    expect(overdue).toMatchObject({ text: 'Se mine børnebørn hver anden uge.', reviewDate: addDays(today(), -3) });
    const mine = (await alertsOf(cti)).filter((a) => a.citizen.id === kirsten);
    expect(mine).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'goalReviewDue', goalId: overdue.id, citizen: { id: kirsten, name: 'Kirsten Holm' } })]));
    // Six WHO-5 measurements: the demo story is that none of them moved meaningfully from the first.
    const who5 = (await cti.get(`${API}/citizens/${kirsten}/development`)).body.series.find((s: { instrument: { key: string } }) => s.instrument.key === 'who5');
    expect(who5.points).toHaveLength(6);
    expect(who5.meaningful).toBe(false);
    expect(mine.find((a) => a.kind === 'noImprovement')).toMatchObject({ instrument: 'who5', detail: { sessions: 6 } });
  });

  it("Anders': Henrik's latest session feedback is low (31) and fell from 36", async () => {
    const henrik = (await alertsOf(await t.login('act'))).filter((a) => a.citizen.id === ids.citizen('Henrik Bach'));
    expect(henrik.map((a) => [a.kind, a.detail]).sort()).toEqual([
      ['fallingFeedback', { total: 31, previous: 36 }],
      ['lowFeedback', { total: 31 }],
    ]);
  });

  it("Vita's hold none of these citizens", async () => {
    const theirs = [kirsten, ids.citizen('Henrik Bach')];
    expect((await alertsOf(vita)).filter((a) => theirs.includes(a.citizen.id))).toEqual([]);
  });
});

describe('follow-ups', () => {
  it('are listed in order, and the next review date ends the overdue review', async () => {
    const overdue = (await goalsOf(kirsten)).find((g: { reviewOverdue: boolean }) => g.reviewOverdue);
    expect((await cti.post(`${API}/goals/${overdue.id}/follow-ups`, { rating: 4, note: 'Har set børnebørnene én gang.' })).status).toBe(201);
    const res = await cti.post(`${API}/goals/${overdue.id}/follow-ups`, { rating: 6, note: 'Og igen i weekenden.', nextReviewDate: addDays(today(), 14) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ reviewDate: addDays(today(), 14), reviewOverdue: false });
    expect(res.body.followUps.map((f: { rating: number; note: string; by: { displayName: string } }) => [f.rating, f.note, f.by.displayName])).toEqual([
      [2, 'Har ringet én gang.', 'Camilla Thers'],
      [4, 'Har set børnebørnene én gang.', 'Camilla Thers'],
      [6, 'Og igen i weekenden.', 'Camilla Thers'],
    ]);
    expect((await alertsOf(cti)).filter((a) => a.goalId === overdue.id)).toEqual([]);
  });

  it('refuses a rating above 10 and a follow-up on an achieved goal', async () => {
    const rating = await cti.post(`${API}/goals/${goalId}/follow-ups`, { rating: 11 });
    expectProblem(rating, 422, 'validation_failed');
    expect(rating.body.errors).toEqual([{ path: 'rating', code: 'too_big' }]);
    expect((await cti.patch(`${API}/goals/${goalId}`, { status: 'achieved' })).body.status).toBe('achieved');
    const before = await snapshotCounts(t, ['goal_follow_ups']);
    expectProblem(await cti.post(`${API}/goals/${goalId}/follow-ups`, { rating: 8 }), 409, 'goal_closed');
    expect(await snapshotCounts(t, ['goal_follow_ups'])).toEqual(before);
  });
});

describe("the CTI team's outcomes", () => {
  const outcomes = async () => {
    const res = await cti.get(`${API}/outcomes?unitId=${ids.unit('CTI-teamet')}`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const who5 = (v: number) => ({ cheerful: v, calm: v, active: v, rested: v, interest: v });

  it('count sessions with feedback the same day, change per citizen, and goals by status', async () => {
    const gitte = await createCitizen(cti, { kind: 'identified', name: 'Gitte Gevinst', noFixedAddress: true, course: { method: 'cti', unitId: ids.unit('CTI-teamet'), startDate: addDays(today(), -10) } });
    const start = await outcomes();
    expect(start.sessions.total).toBeGreaterThanOrEqual(start.sessions.withFeedback);
    expect((await cti.post(`${API}/courses/${gitte.courseId}/sessions`, { at: new Date().toISOString(), kind: 'home_visit' })).status).toBe(201);
    const logged = await outcomes();
    expect(logged.sessions).toMatchObject({ total: start.sessions.total + 1, withFeedback: start.sessions.withFeedback });
    const measure = (body: Record<string, unknown>) => cti.post(`${API}/courses/${gitte.courseId}/measurements`, { mode: 'citizen', ...body });
    expect((await measure({ instrument: 'session_feedback', answers: { heard: 9, topics: 9, approach: 9, overall: 9 } })).status).toBe(201);
    const fed = await outcomes();
    expect(fed.sessions).toEqual({ total: logged.sessions.total, withFeedback: logged.sessions.withFeedback + 1, share: (logged.sessions.withFeedback + 1) / logged.sessions.total });

    type Change = { instrument: string; citizens: number; improved: number; unchanged: number; worsened: number };
    const changeOf = (o: { change: Change[] }) => o.change.find((c) => c.instrument === 'who5');
    const w0 = changeOf(fed) ?? { citizens: 0, improved: 0, unchanged: 0, worsened: 0 };
    expect((await measure({ instrument: 'who5', answers: who5(3), at: new Date(Date.now() - 3 * 86_400_000).toISOString() })).status).toBe(201);
    expect((await measure({ instrument: 'who5', answers: who5(1) })).status).toBe(201);
    expect(changeOf(await outcomes())).toMatchObject({ citizens: w0.citizens + 1, improved: w0.improved, unchanged: w0.unchanged, worsened: w0.worsened + 1, reliableChange: 10 });

    const g = await cti.post(`${API}/citizens/${gitte.id}/goals`, goal({ courseId: gitte.courseId }));
    expect(g.status).toBe(201);
    const withGoal = (await outcomes()).goals;
    expect((await cti.patch(`${API}/goals/${g.body.id}`, { status: 'achieved' })).status).toBe(200);
    expect((await outcomes()).goals).toEqual({ ...withGoal, active: withGoal.active - 1, achieved: withGoal.achieved + 1 });
    expect(JSON.stringify(await outcomes())).not.toContain('regnjakke');
  });

  it('are not for a worker outside the team', async () => {
    expectProblem(await vita.get(`${API}/outcomes?unitId=${ids.unit('CTI-teamet')}`), 403, 'forbidden');
  });
});

describe('confirming the password after the citizen view', () => {
  it('accepts the right password, refuses a wrong one with 403, and the session still works', async () => {
    const camilla = await t.login('cti');
    expect(await camilla.post(`${API}/auth/confirm`, { password: 'demo' })).toMatchObject({ status: 200, body: { ok: true } });
    expectProblem(await camilla.post(`${API}/auth/confirm`, { password: 'forkert' }), 403, 'invalid_credentials');
    expect((await camilla.get(`${API}/me`)).status).toBe(200);
    expect((await camilla.post(`${API}/auth/confirm`, { password: 'demo' })).status).toBe(200);
  });
});
