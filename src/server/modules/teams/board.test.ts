import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, countRows, createCitizen, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, today } from '../outreach/dates';

/**
 * The ACT team's daily board: who is seen today and by whom, who is in crisis, who has not been
 * seen, the meeting and the day's decisions, for the team's members only, and audited per citizen.
 */

type Row = { courseId: string; citizen: { id: string; name: string }; inCrisis: boolean; crisisSince: string | null; lastSeen: string | null; daysSinceSeen: number | null; notSeen: boolean; assignedTo: { assignmentId: string; id: string; displayName: string }[] };

let t: TestContext;
let ids: DemoIds;
let act: Client;
let team: string;
let lone: string;

const boardPath = () => `${API}/teams/${team}/board`;
const board = async (client: Client = act) => {
  const res = await client.get(boardPath());
  expect(res.status).toBe(200);
  return res.body;
};
const rowOf = (b: { rows: Row[] }, name: string) => {
  const row = b.rows.find((r) => r.citizen.name === name);
  if (!row) throw new Error(`${name} is not on the board`);
  return row;
};
const counts = () => snapshotCounts(t, ['team_assignments', 'team_decisions', 'team_meetings']);
const justNow = () => new Date().toISOString();

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  act = await t.login('act');
  team = ids.unit('ACT-teamet');
  lone = ids.course('Lone Berg');
});
afterAll(() => t.close());

describe("the ACT team's board today", () => {
  it('lists the caseload: Henrik seen recently and visited by Anders today, Lone in crisis and not seen', async () => {
    const b = await board();
    expect(b).toMatchObject({ teamId: team, date: today(), notSeenDays: 7, meeting: null, decisions: [] });
    expect(b.members.map((m: { displayName: string; discipline: string }) => [m.displayName, m.discipline])).toEqual([
      ['Anders Toft', 'support_worker'],
      ['Malik Nour', 'case_officer'],
      ['Signe Mørk', 'nurse'],
    ]);
    expect(b.rows.map((r: Row) => r.citizen.name)).toEqual(['Henrik Bach', 'Lone Berg']);
    const henrik = rowOf(b, 'Henrik Bach');
    expect(henrik).toMatchObject({ inCrisis: false, crisisSince: null, notSeen: false });
    expect(henrik.daysSinceSeen).toBeLessThan(b.notSeenDays);
    expect(henrik.assignedTo.map((a) => [a.id, a.displayName])).toEqual([[ids.user('act'), 'Anders Toft']]);
    const loneRow = rowOf(b, 'Lone Berg');
    expect(loneRow).toMatchObject({ inCrisis: true, notSeen: true, assignedTo: [] });
    expect(loneRow.crisisSince).not.toBeNull();
    expect(loneRow.lastSeen).not.toBeNull();
    expect(loneRow.daysSinceSeen).toBeGreaterThanOrEqual(b.notSeenDays);
  });

  it('writes a course.read audit row (purpose teamBoard) for each citizen on it', async () => {
    const teamBoardReads = "action = 'course.read' and context->>'purpose' = 'teamBoard' and user_id = $1";
    const [{ last }] = await t.sql<{ last: string }>('select coalesce(max(id), 0)::text as last from audit_log');
    const before = await countRows(t, 'audit_log', teamBoardReads, [ids.user('act')]);
    const b = await board();
    expect(await countRows(t, 'audit_log', teamBoardReads, [ids.user('act')])).toBe(before + b.rows.length);
    const logged = await t.sql<{ citizen_id: string; course_id: string }>(`select citizen_id, course_id from audit_log where ${teamBoardReads} and id > $2::bigint`, [ids.user('act'), last]);
    const pairs = (xs: { citizen_id: string; course_id: string }[]) => xs.map((x) => `${x.citizen_id}/${x.course_id}`).sort();
    expect(pairs(logged)).toEqual(pairs(b.rows.map((r: Row) => ({ citizen_id: r.citizen.id, course_id: r.courseId }))));
  });
});

describe('who may read the board', () => {
  it('is not found for a worker outside the team, and the team is not in her list', async () => {
    const vita = await t.login('vita');
    expectProblem(await vita.get(boardPath()), 404, 'not_found');
    const teams = (await vita.get(`${API}/teams`)).body.items.map((x: { id: string }) => x.id);
    expect(teams).not.toContain(team);
  });

  it("is forbidden to the administrator, who sees the team in her list without its caseload", async () => {
    const admin = await t.login('admin');
    expectProblem(await admin.get(boardPath()), 403, 'forbidden');
    const listed = (await admin.get(`${API}/teams`)).body.items.find((x: { id: string }) => x.id === team);
    expect(listed).toMatchObject({ name: 'ACT-teamet', method: 'act', isMember: false, activeCourses: null });
  });

  it('is not found for a peer, the crisis centre and another municipality', async () => {
    for (const username of ['peer', 'krise', 'anden']) {
      const res = await (await t.login(username)).get(boardPath());
      expect({ username, status: res.status }).toEqual({ username, status: 404 });
    }
  });
});

describe('agreeing who sees a citizen today', () => {
  it('assigns a member once, however often it is sent, and removes the visit again', async () => {
    const body = { date: today(), courseId: lone, userId: ids.user('actsyg') };
    const first = await act.post(`${API}/teams/${team}/assignments`, body);
    expect(first.status).toBe(200);
    expect(rowOf(first.body, 'Lone Berg').assignedTo.map((a) => a.displayName)).toEqual(['Signe Mørk']);
    const rows = await countRows(t, 'team_assignments');
    const retry = await act.post(`${API}/teams/${team}/assignments`, body);
    expect(rowOf(retry.body, 'Lone Berg').assignedTo.map((a) => a.displayName)).toEqual(['Signe Mørk']);
    expect(await countRows(t, 'team_assignments')).toBe(rows);

    const [{ assignmentId }] = rowOf(retry.body, 'Lone Berg').assignedTo;
    const removed = await act.delete(`${API}/teams/${team}/assignments/${assignmentId}`);
    expect(removed.status).toBe(200);
    expect(rowOf(removed.body, 'Lone Berg').assignedTo).toEqual([]);
    expect(rowOf(await board(), 'Lone Berg').assignedTo).toEqual([]);
  });

  it('refuses a non-member and a course of another unit, and changes nothing', async () => {
    const before = await counts();
    const outsider = await act.post(`${API}/teams/${team}/assignments`, { date: today(), courseId: lone, userId: ids.user('vita') });
    expectProblem(outsider, 422, 'validation_failed');
    expect(outsider.body.errors).toEqual([{ path: 'userId', code: 'not_a_team_member' }]);
    const otherCourse = await act.post(`${API}/teams/${team}/assignments`, { date: today(), courseId: ids.course('Kirsten Holm'), userId: ids.user('act') });
    expectProblem(otherCourse, 422, 'validation_failed');
    expect(otherCourse.body.errors).toEqual([{ path: 'courseId', code: 'invalid_value' }]);
    expect(await counts()).toEqual(before);
  });
});

describe("the day's meeting and decisions", () => {
  it("records today's meeting with its attendees; recording again replaces it", async () => {
    const first = await act.post(`${API}/teams/${team}/meetings`, { date: today(), attendeeIds: [ids.user('act'), ids.user('actsyg')] });
    expect(first.status).toBe(200);
    expect(first.body.meeting).toMatchObject({ by: { displayName: 'Anders Toft' }, note: null });
    expect(first.body.meeting.attendees.map((a: { displayName: string }) => a.displayName)).toEqual(['Anders Toft', 'Signe Mørk']);

    const again = await act.post(`${API}/teams/${team}/meetings`, { date: today(), attendeeIds: [ids.user('act'), ids.user('actsyg'), ids.user('actmyn')], note: 'Malik kom med.' });
    expect(again.body.meeting.attendees.map((a: { displayName: string }) => a.displayName)).toEqual(['Anders Toft', 'Signe Mørk', 'Malik Nour']);
    expect((await board()).meeting).toMatchObject({ note: 'Malik kom med.' });
    expect(await countRows(t, 'team_meetings', 'unit_id = $1 and date = $2', [team, today()])).toBe(1);
  });

  it('refuses a meeting dated tomorrow, and changes nothing', async () => {
    const before = await counts();
    const res = await act.post(`${API}/teams/${team}/meetings`, { date: addDays(today(), 1), attendeeIds: [ids.user('act')] });
    expectProblem(res, 422, 'validation_failed');
    expect(res.body.errors).toEqual([{ path: 'date', code: 'in_future' }]);
    expect(await counts()).toEqual(before);
  });

  it('lists a decision with the case officer who had the authority', async () => {
    const res = await act.post(`${API}/teams/${team}/decisions`, { date: today(), courseId: lone, text: 'Lone tilbydes aflastning i weekenden.', authorityUserId: ids.user('actmyn') });
    expect(res.status).toBe(200);
    expect(res.body.decisions).toHaveLength(1);
    expect(res.body.decisions[0]).toMatchObject({
      courseId: lone,
      citizen: { name: 'Lone Berg' },
      text: 'Lone tilbydes aflastning i weekenden.',
      authority: { id: ids.user('actmyn'), displayName: 'Malik Nour', discipline: 'case_officer' },
      by: { displayName: 'Anders Toft' },
    });
  });

  it('refuses a decision whose authority is not on the team, and changes nothing', async () => {
    const before = await counts();
    const res = await act.post(`${API}/teams/${team}/decisions`, { date: today(), text: 'Uden myndighed.', authorityUserId: ids.user('myndighed') });
    expectProblem(res, 422, 'validation_failed');
    expect(res.body.errors).toEqual([{ path: 'authorityUserId', code: 'not_a_team_member' }]);
    expect(await counts()).toEqual(before);
  });
});

describe('crisis and contact', () => {
  it('turns the crisis flag off and on', async () => {
    const off = await act.request('PUT', `${API}/teams/${team}/crisis/${lone}`, { inCrisis: false });
    expect(off.status).toBe(200);
    expect(rowOf(off.body, 'Lone Berg')).toMatchObject({ inCrisis: false, crisisSince: null });
    const on = await act.request('PUT', `${API}/teams/${team}/crisis/${lone}`, { inCrisis: true });
    expect(rowOf(on.body, 'Lone Berg').inCrisis).toBe(true);
    expect(rowOf(on.body, 'Lone Berg').crisisSince).not.toBeNull();
    expect(rowOf(await board(), 'Lone Berg').inCrisis).toBe(true);
  });

  it('a phone call does not count as seeing a citizen', async () => {
    const ulla = await createCitizen(act, {
      kind: 'identified',
      name: 'Ulla Udenfor',
      noFixedAddress: true,
      course: { method: 'act', unitId: team, startDate: addDays(today(), -10) },
    });
    expect(rowOf(await board(), 'Ulla Udenfor')).toMatchObject({ lastSeen: null, daysSinceSeen: 10, notSeen: true });
    const call = await act.post(`${API}/courses/${ulla.courseId}/sessions`, { at: justNow(), kind: 'contact', setting: 'phone', note: 'Ringede til Ulla.' });
    expect(call.status).toBe(201);
    expect(rowOf(await board(), 'Ulla Udenfor')).toMatchObject({ lastSeen: null, daysSinceSeen: 10, notSeen: true });
  });

  it('a visit in the community takes Lone off the not-seen list', async () => {
    const visit = await act.post(`${API}/courses/${lone}/sessions`, { at: justNow(), kind: 'home_visit', setting: 'community', note: 'Besøg hos Lone.' });
    expect(visit.status).toBe(201);
    const row = rowOf(await board(), 'Lone Berg');
    expect(row).toMatchObject({ daysSinceSeen: 0, notSeen: false, lastSeen: visit.body.at });
  });
});
