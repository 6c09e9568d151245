import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, countRows, createCitizen, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, today } from '../outreach/dates';

/**
 * ICM: one coordinating case manager, the plan with the services and who does what, coordination
 * contacts per service; and the ICM and ACT fidelity figures computed from what is recorded.
 */

type Indicator = { id: string; kind: string; norm: number; n: number; value: number | null; status: string };

let t: TestContext;
let ids: DemoIds;
let cti: Client;
let vita: Client;
let ctiUnit: string;
let ivan: { id: string; courseId: string };

const planPath = (courseId: string) => `${API}/courses/${courseId}/icm-plan`;
const PLAN = {
  purpose: 'At kunne klare regningerne selv.',
  dailySupport: 'Besøg hver anden uge.',
  services: [{ name: 'Borgerservice', agreed: 'Camilla hjælper med NemID; Ivan møder op.', contact: 'Borgerservice Demoby' }],
  reviewDate: addDays(today(), 60),
};
const fidelity = async (client: Client, unitId: string, method: string): Promise<Record<string, Indicator>> => {
  const res = await client.get(`${API}/fidelity?unitId=${unitId}&method=${method}`);
  expect(res.status).toBe(200);
  return Object.fromEntries(res.body.indicators.map((i: Indicator) => [i.id, i]));
};

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [cti, vita] = [await t.login('cti'), await t.login('vita')];
  ctiUnit = ids.unit('CTI-teamet');
});
afterAll(() => t.close());

describe('the ICM plan', () => {
  it("shows Jonas Friis's plan with Camilla as the one coordinator and two services", async () => {
    const res = await cti.get(planPath(ids.course('Jonas Friis')));
    expect(res.status).toBe(200);
    expect(res.body.version).toBeGreaterThanOrEqual(1);
    expect(res.body).toMatchObject({ coordinator: { id: ids.user('cti'), displayName: 'Camilla Thers' }, reviewOverdue: false, canEdit: true, by: { displayName: 'Camilla Thers' } });
    expect(res.body.services.map((s: { name: string }) => s.name)).toEqual(['Jobcentret', 'Egen læge']);
  });

  it('is not found outside the team, and not supported on a CTI course', async () => {
    expectProblem(await vita.get(planPath(ids.course('Jonas Friis'))), 404, 'not_found');
    expectProblem(await vita.request('PUT', planPath(ids.course('Jonas Friis')), { ...PLAN, coordinatorId: ids.user('vita') }), 404, 'not_found');
    const before = await snapshotCounts(t, ['course_plans']);
    expectProblem(await cti.get(planPath(ids.course('Kirsten Holm'))), 409, 'not_supported_by_method');
    expectProblem(await cti.request('PUT', planPath(ids.course('Kirsten Holm')), { ...PLAN, coordinatorId: ids.user('cti') }), 409, 'not_supported_by_method');
    expect(await snapshotCounts(t, ['course_plans'])).toEqual(before);
  });

  it('a new ICM course without a plan lowers the share with a named coordinator', async () => {
    const before = await fidelity(cti, ctiUnit, 'icm');
    expect(before.caseloadPerWorker).toMatchObject({ kind: 'max', norm: 15 });
    expect(before.coordinatorNamed).toMatchObject({ kind: 'share', norm: 1 });
    const planned = before.coordinatorNamed.value! * before.coordinatorNamed.n;

    ivan = await createCitizen(cti, { kind: 'identified', name: 'Ivan Iversen', address: 'Demovej 5, 9999 Demoby', course: { method: 'icm', unitId: ctiUnit } });
    const after = await fidelity(cti, ctiUnit, 'icm');
    expect(after.coordinatorNamed).toMatchObject({ n: before.coordinatorNamed.n + 1, value: planned / (before.coordinatorNamed.n + 1), status: 'not_met' });
    expect(after.coordinatorNamed.value!).toBeLessThan(before.coordinatorNamed.value!);
    expect(after.caseloadPerWorker.value).toBe(before.caseloadPerWorker.value! + 1);
  });

  it('starts at version 0, and each save is a new version', async () => {
    expect((await cti.get(planPath(ivan.courseId))).body).toMatchObject({ version: 0, coordinator: null, purpose: null, services: [], reviewDate: null, by: null, canEdit: true });
    const first = await cti.request('PUT', planPath(ivan.courseId), { ...PLAN, coordinatorId: ids.user('cti') });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, coordinator: { displayName: 'Camilla Thers' }, purpose: PLAN.purpose, services: PLAN.services, reviewDate: PLAN.reviewDate });
    const second = await cti.request('PUT', planPath(ivan.courseId), { ...PLAN, services: [...PLAN.services, { name: 'Egen læge', agreed: 'Ivan bestiller tid.' }] });
    expect(second.body.errors).toEqual([{ path: 'coordinatorId', code: 'required' }]);
    const third = await cti.request('PUT', planPath(ivan.courseId), { ...PLAN, coordinatorId: ids.user('cti'), services: [...PLAN.services, { name: 'Egen læge', agreed: 'Ivan bestiller tid.' }] });
    expect(third.body).toMatchObject({ version: 2, services: [{ name: 'Borgerservice' }, { name: 'Egen læge', contact: null }] });
    expect((await cti.get(planPath(ivan.courseId))).body.version).toBe(2);
    expect((await fidelity(cti, ctiUnit, 'icm')).coordinatorNamed).toMatchObject({ value: 1, status: 'met' });
  });

  it('refuses a coordinator who does not work in the unit, and changes nothing', async () => {
    const plans = await countRows(t, 'course_plans');
    const res = await cti.request('PUT', planPath(ivan.courseId), { ...PLAN, coordinatorId: ids.user('vita') });
    expectProblem(res, 422, 'validation_failed');
    expect(res.body.errors).toEqual([{ path: 'coordinatorId', code: 'invalid_value' }]);
    expect(await countRows(t, 'course_plans')).toBe(plans);
    expect((await cti.get(planPath(ivan.courseId))).body).toMatchObject({ version: 2, coordinator: { id: ids.user('cti') } });
  });

  it('refuses an edit started from an older version (a colleague saved meanwhile), and changes nothing', async () => {
    const plans = await countRows(t, 'course_plans');
    expectProblem(await cti.request('PUT', planPath(ivan.courseId), { ...PLAN, coordinatorId: ids.user('cti'), baseVersion: 1 }), 409, 'stale_version');
    expect(await countRows(t, 'course_plans')).toBe(plans);
    expect((await cti.request('PUT', planPath(ivan.courseId), { ...PLAN, coordinatorId: ids.user('cti'), baseVersion: 2 })).body.version).toBe(3);
  });
});

describe('coordination contacts', () => {
  it('name their service', async () => {
    const before = await countRows(t, 'course_sessions');
    const at = new Date().toISOString();
    const missing = await cti.post(`${API}/courses/${ivan.courseId}/sessions`, { at, kind: 'coordination', setting: 'phone', note: 'Ringede.' });
    expectProblem(missing, 422, 'validation_failed');
    expect(missing.body.errors).toEqual([{ path: 'service', code: 'required' }]);
    expect(await countRows(t, 'course_sessions')).toBe(before);

    const logged = await cti.post(`${API}/courses/${ivan.courseId}/sessions`, { at, kind: 'coordination', setting: 'phone', service: 'Borgerservice', note: 'Aftalte tid til NemID.' });
    expect(logged.status).toBe(201);
    const list = (await cti.get(`${API}/courses/${ivan.courseId}/sessions`)).body.items;
    expect(list).toEqual([expect.objectContaining({ id: logged.body.id, kind: 'coordination', setting: 'phone', service: 'Borgerservice', by: expect.objectContaining({ displayName: 'Camilla Thers' }) })]);
  });
});

describe('ACT fidelity', () => {
  it('counts the share of contacts held in the community, over the window', async () => {
    const act = await t.login('act');
    const actUnit = ids.unit('ACT-teamet');
    const before = (await fidelity(act, actUnit, 'act')).communityContacts;
    expect(before).toMatchObject({ kind: 'share', norm: 0.8 });
    expect(before.n).toBeGreaterThan(0);
    const community = Math.round(before.value! * before.n);

    const office = await act.post(`${API}/courses/${ids.course('Henrik Bach')}/sessions`, { at: new Date().toISOString(), kind: 'contact', setting: 'office', note: 'Henrik kom forbi.' });
    expect(office.status).toBe(201);
    const after = (await fidelity(act, actUnit, 'act')).communityContacts;
    expect(after).toMatchObject({ n: before.n + 1, value: community / (before.n + 1) });
  });

  it('counts the weekdays of the last 28 days with a team meeting held; today counts once it is held', async () => {
    const act = await t.login('act');
    const actUnit = ids.unit('ACT-teamet');
    const weekday = ![0, 6].includes(new Date(`${today()}T00:00:00Z`).getUTCDay());
    const before = (await fidelity(act, actUnit, 'act')).dailyMeeting;
    expect(before).toMatchObject({ kind: 'share', norm: 0.8 });
    // At most the 20 weekdays of four weeks (fewer when the team's first meeting is later).
    expect(before.n).toBeGreaterThan(0);
    expect(before.n).toBeLessThanOrEqual(20);
    const heldBefore = Math.round(before.value! * before.n);

    const held = await act.post(`${API}/teams/${actUnit}/meetings`, { date: today(), attendeeIds: [ids.user('act')] });
    expect(held.status).toBe(200);
    const after = (await fidelity(act, actUnit, 'act')).dailyMeeting;
    expect(after.n).toBe(before.n + (weekday ? 1 : 0));
    expect(Math.round(after.value! * after.n)).toBe(heldBefore + (weekday ? 1 : 0));
  });
});
