import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, createCitizen, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addMonths, today } from '../outreach/dates';

/**
 * The administrator's side of teams and methods: creating a team with members and disciplines,
 * changing its members (a removed member loses the caseload), and the municipality's method
 * settings, versioned so that running courses keep the version they started under.
 */

let t: TestContext;
let ids: DemoIds;
let admin: Client;
let org: string;
let nina: { id: string; client: Client };
let teamId: string;

const TEAM = 'Gadeteamet ACT';
const PASSWORD = 'et-langt-kodeord';
const teamsOf = async (client: Client) => (await client.get(`${API}/teams`)).body.items as { id: string; name: string; isMember: boolean; activeCourses: number | null }[];
const putSettings = (method: string, body: Record<string, unknown>, client: Client = admin) => client.request('PUT', `${API}/method-settings/${method}`, { organisationId: org, ...body });
const settings = async () => Object.fromEntries((await admin.get(`${API}/method-settings?organisationId=${org}`)).body.items.map((m: { method: string }) => [m.method, m]));

/** A new CTI course (with an address unless told otherwise), created by Camilla, in the contact period. */
async function newCtiCourse(name: string, housed = true) {
  const cti = await t.login('cti');
  const housing = housed ? { address: 'Nyvej 3, 1. th., 9999 Demoby' } : { noFixedAddress: true };
  const { courseId } = await createCitizen(cti, { kind: 'identified', name, ...housing, course: { method: 'cti', unitId: ids.unit('CTI-teamet') } });
  return { courseId, toPhase1: () => cti.post(`${API}/courses/${courseId}/phase`, { to: 'phase1', reason: 'Boligen er på plads.' }) };
}

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  admin = await t.login('admin');
  org = ids.org('Demo Kommune');
  const created = await admin.post(`${API}/admin/users`, { username: 'nina.nygaard', displayName: 'Nina Nygaard', password: PASSWORD });
  expect(created.status).toBe(201);
  nina = { id: created.body.id, client: await t.login('nina.nygaard', PASSWORD) };
});
afterAll(() => t.close());

describe('an administrator creates a team', () => {
  it('with members and their disciplines; a member then sees the team and its (empty) board', async () => {
    expect(await teamsOf(nina.client)).toEqual([]);
    const res = await admin.post(`${API}/teams`, {
      organisationId: org,
      name: TEAM,
      method: 'act',
      members: [
        { userId: nina.id, discipline: 'support_worker' },
        { userId: ids.user('yosef'), discipline: 'team_leader' },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ organisationId: org, name: TEAM, method: 'act', isMember: false, activeCourses: null });
    expect(res.body.members.map((m: { displayName: string; discipline: string }) => [m.displayName, m.discipline])).toEqual([
      ['Nina Nygaard', 'support_worker'],
      ['Yosef Haddad', 'team_leader'],
    ]);
    teamId = res.body.id;

    expect(await teamsOf(nina.client)).toMatchObject([{ id: teamId, name: TEAM, isMember: true, activeCourses: 0 }]);
    const board = await nina.client.get(`${API}/teams/${teamId}/board`);
    expect(board.status).toBe(200);
    expect(board.body).toMatchObject({ teamId, date: today(), notSeenDays: 7, meeting: null, rows: [], decisions: [] });
    expect(board.body.members).toHaveLength(2);
  });

  it('refuses the same name again, and a non-administrator, and changes nothing', async () => {
    const before = await snapshotCounts(t, ['team_members']);
    const body = { organisationId: org, name: TEAM, method: 'icm', members: [{ userId: ids.user('yosef'), discipline: 'case_manager' }] };
    expectProblem(await admin.post(`${API}/teams`, body), 409, 'name_taken');
    expectProblem(await (await t.login('leder')).post(`${API}/teams`, { ...body, name: 'Lederens team' }), 403, 'forbidden');
    expect(await snapshotCounts(t, ['team_members'])).toEqual(before);
  });
});

describe("changing a team's members", () => {
  it('refuses the same user twice, and changes nothing', async () => {
    const before = await snapshotCounts(t, ['team_members']);
    const res = await admin.request('PUT', `${API}/teams/${teamId}/members`, {
      members: [
        { userId: ids.user('yosef'), discipline: 'team_leader' },
        { userId: ids.user('yosef'), discipline: 'nurse' },
      ],
    });
    expectProblem(res, 422, 'validation_failed');
    expect(res.body.errors).toEqual([{ path: 'members', code: 'invalid_value' }]);
    expect(await snapshotCounts(t, ['team_members'])).toEqual(before);
  });

  it("refuses people of another organisation (they would see the team's citizens), and changes nothing", async () => {
    const before = await snapshotCounts(t, ['team_members', 'memberships']);
    const res = await admin.request('PUT', `${API}/teams/${ids.unit('ACT-teamet')}/members`, {
      members: [
        { userId: ids.user('act'), discipline: 'support_worker' },
        { userId: ids.user('krise'), discipline: 'nurse' },
      ],
    });
    expectProblem(res, 422, 'validation_failed');
    expect(res.body.errors).toEqual([{ path: 'members.1.userId', code: 'invalid_value' }]);
    expect(await snapshotCounts(t, ['team_members', 'memberships'])).toEqual(before);
    expect((await (await t.login('krise')).get(`${API}/teams/${ids.unit('ACT-teamet')}/board`)).status).toBe(404);
  });

  it('a removed member loses the board and no longer sees the team', async () => {
    const res = await admin.request('PUT', `${API}/teams/${teamId}/members`, { members: [{ userId: ids.user('yosef'), discipline: 'team_leader' }] });
    expect(res.status).toBe(200);
    expect(res.body.members.map((m: { displayName: string }) => m.displayName)).toEqual(['Yosef Haddad']);
    expectProblem(await nina.client.get(`${API}/teams/${teamId}/board`), 404, 'not_found');
    expect(await teamsOf(nina.client)).toEqual([]);
    expect((await (await t.login('yosef')).get(`${API}/teams/${teamId}/board`)).status).toBe(200);
  });
});

describe("the municipality's method settings", () => {
  it('are for the administrator, and start at version 0 with the defaults in force', async () => {
    for (const username of ['vita', 'cti', 'act']) expectProblem(await (await t.login(username)).get(`${API}/method-settings?organisationId=${org}`), 403, 'forbidden');
    const by = await settings();
    expect(Object.keys(by).sort()).toEqual(['act', 'cti', 'icm']);
    expect(by.cti).toMatchObject({ version: 0, settings: {}, by: null, effective: { phaseMonths: [3, 3, 3], requireHousing: true } });
    expect(by.act).toMatchObject({ version: 0, effective: { notSeenDays: 7, communityShare: 0.8 } });
    expect(by.icm).toMatchObject({ version: 0, effective: { caseloadPerWorker: 15 } });
  });

  it('a new version of the CTI phases applies to new courses; a running course keeps its version', async () => {
    const saved = await putSettings('cti', { phaseMonths: [4, 3, 2] });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ method: 'cti', version: 1, settings: { phaseMonths: [4, 3, 2] }, effective: { phaseMonths: [4, 3, 2] }, by: { displayName: 'Ada Admin' } });

    const cti = await t.login('cti');
    const fresh = await newCtiCourse('Carl Nyborg');
    expect((await fresh.toPhase1()).status).toBe(200);
    expect((await cti.get(`${API}/courses/${fresh.courseId}`)).body).toMatchObject({ settingsVersion: 1, plannedEndDate: addMonths(today(), 9) });
    const timeline = (await cti.get(`${API}/courses/${fresh.courseId}/timeline`)).body;
    expect(timeline.phases.map((p: { id: string; plannedMonths: number | null }) => [p.id, p.plannedMonths])).toEqual([
      ['contact', null],
      ['phase1', 4],
      ['phase2', 3],
      ['phase3', 2],
    ]);

    const kirsten = ids.course('Kirsten Holm');
    expect((await cti.get(`${API}/courses/${kirsten}`)).body.settingsVersion).toBeNull();
    expect((await cti.get(`${API}/courses/${kirsten}/timeline`)).body.phases[1]).toMatchObject({ id: 'phase1', plannedMonths: 3 });

    const model = (await cti.get(`${API}/methods`)).body.items.find((m: { id: string }) => m.id === 'cti');
    expect(model.phases.find((p: { id: string }) => p.id === 'phase1').plannedMonths).toBe(4);
  });

  it('refuses a setting the method does not take, and changes nothing', async () => {
    const before = await snapshotCounts(t, ['method_settings']);
    const res = await putSettings('act', { phaseMonths: [3, 3, 3] });
    expectProblem(res, 422, 'validation_failed');
    expect(res.body.errors).toEqual([{ path: 'phaseMonths', code: 'not_applicable' }]);
    expectProblem(await putSettings('act', { notSeenDays: 30 }, await t.login('act')), 403, 'forbidden');
    expect(await snapshotCounts(t, ['method_settings'])).toEqual(before);
    expect((await settings()).act.version).toBe(0);
  });

  it("a longer not-seen limit for ACT shows on the team's board", async () => {
    expect((await putSettings('act', { notSeenDays: 30 })).body).toMatchObject({ version: 1, effective: { notSeenDays: 30, communityShare: 0.8 } });
    const board = (await (await t.login('act')).get(`${API}/teams/${ids.unit('ACT-teamet')}/board`)).body;
    expect(board.notSeenDays).toBe(30);
    expect(board.rows.find((r: { citizen: { name: string } }) => r.citizen.name === 'Lone Berg')).toMatchObject({ notSeen: false });
  });

  it('CTI without the housing rule lets a new course start phase 1 without housing', async () => {
    const before = await newCtiCourse('Hanne Husløs', false);
    expectProblem(await before.toPhase1(), 409, 'housing_required');

    expect((await putSettings('cti', { requireHousing: false })).body).toMatchObject({ version: 2, effective: { requireHousing: false } });
    const after = await newCtiCourse('Ib Husløs', false);
    expect((await after.toPhase1()).status).toBe(200);
    const cti = await t.login('cti');
    expect((await cti.get(`${API}/courses/${after.courseId}/timeline`)).body).toMatchObject({ housingRequired: false, clockStart: today() });
    // The course begun under version 1 keeps its rule.
    expectProblem(await before.toPhase1(), 409, 'housing_required');
  });
});
