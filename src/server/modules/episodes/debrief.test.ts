import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, localDate, today } from '../outreach/dates';

/**
 * The debrief after an episode (once, by staff) and its follow-up actions, each with an owner in the
 * unit who marks it done; the leader sees what was learnt but not the staff's summary.
 */

const TABLES = ['episodes', 'episode_people', 'episode_debriefs', 'episode_actions', 'staff_wellbeing', 'staff_wellbeing_given'];

let t: TestContext;
let ids: DemoIds;
let bo: Client, boleder: Client, peer: Client, vita: Client;
let bostedet: string;
let episodeId: string;
let occurredOn: string;

const debrief = (extra: Record<string, unknown> = {}) => ({
  heldOn: today(),
  participants: 'Bo, Rikke og Ali',
  summary: 'Ali fortalte, at larmen fra tv-stuen gjorde ham urolig.',
  learning: 'Vi skruer ned for lyden efter kl. 22 og tilbyder et roligt rum.',
  actions: [
    { text: 'Lave husregel om lyd efter kl. 22', ownerId: ids.user('boleder'), dueDate: addDays(today(), 7) },
    { text: 'Tale med Ali om et roligt rum', ownerId: ids.user('bo'), dueDate: addDays(today(), -1) },
  ],
  ...extra,
});

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [bo, boleder, peer, vita] = await Promise.all(['bo', 'boleder', 'peer', 'vita'].map((u) => t.login(u)));
  bostedet = ids.unit('Bostedet');
  const at = new Date(Date.now() - 10 * 86_400_000);
  occurredOn = localDate(at);
  const res = await bo.post(`${API}/episodes`, {
    unitId: bostedet,
    occurredAt: at.toISOString(),
    location: 'Tv-stuen',
    type: 'threat',
    severity: 'minor',
    description: 'Ali råbte ad en anden beboer.',
    actionsTaken: 'Vi skilte dem ad.',
    anyoneHurt: false,
    people: [{ kind: 'resident', citizenId: ids.citizen('Ali Rahimi') }],
  });
  expect(res.status).toBe(201);
  episodeId = res.body.id;
});
afterAll(() => t.close());

const refused = async (client: Client, path: string, payload: unknown, status: number, code: string, errors?: unknown) => {
  const before = await snapshotCounts(t, TABLES);
  const res = await client.post(path, payload);
  expectProblem(res, status, code);
  if (errors) expect(res.body.errors).toEqual(errors);
  expect(await snapshotCounts(t, TABLES)).toEqual(before);
};

describe('the debrief', () => {
  it('is refused to the leader, and others do not find the episode', async () => {
    const path = `${API}/episodes/${episodeId}/debrief`;
    await refused(boleder, path, debrief(), 403, 'forbidden');
    await refused(peer, path, debrief(), 404, 'not_found');
    await refused(vita, path, debrief(), 404, 'not_found');
    await refused(bo, `${API}/episodes/00000000-0000-7000-8000-000000000000/debrief`, debrief(), 404, 'not_found');
  });

  it('is not held in the future, nor before the episode', async () => {
    const path = `${API}/episodes/${episodeId}/debrief`;
    await refused(bo, path, debrief({ heldOn: addDays(today(), 1) }), 422, 'validation_failed', [{ path: 'heldOn', code: 'in_future' }]);
    await refused(bo, path, debrief({ heldOn: addDays(occurredOn, -1) }), 422, 'validation_failed', [{ path: 'heldOn', code: 'before_episode' }]);
  });

  it("gives each action an owner among the unit's staff and leaders (not the peer worker, who does not read episodes)", async () => {
    for (const other of ['vita', 'peer']) {
      const actions = [{ text: 'Ring til kommunen', ownerId: ids.user('bo'), dueDate: today() }, { text: 'Følge op', ownerId: ids.user(other), dueDate: today() }];
      await refused(bo, `${API}/episodes/${episodeId}/debrief`, debrief({ actions }), 422, 'validation_failed', [{ path: 'actions.1.ownerId', code: 'not_in_unit' }]);
    }
  });

  it('is recorded with its follow-up actions, once', async () => {
    const res = await bo.post(`${API}/episodes/${episodeId}/debrief`, debrief({ heldOn: occurredOn }));
    expect(res.status).toBe(201);
    expect(res.body.debrief).toMatchObject({
      heldOn: occurredOn,
      participants: 'Bo, Rikke og Ali',
      summary: 'Ali fortalte, at larmen fra tv-stuen gjorde ham urolig.',
      learning: 'Vi skruer ned for lyden efter kl. 22 og tilbyder et roligt rum.',
      by: { id: ids.user('bo'), displayName: 'Bo Nygaard' },
    });
    expect(res.body.actions).toMatchObject([
      { text: 'Tale med Ali om et roligt rum', owner: { id: ids.user('bo'), displayName: 'Bo Nygaard' }, dueDate: addDays(today(), -1), overdue: true, doneAt: null },
      { text: 'Lave husregel om lyd efter kl. 22', owner: { id: ids.user('boleder'), displayName: 'Rikke Bang' }, dueDate: addDays(today(), 7), overdue: false, doneAt: null },
    ]);
    const audit = await t.sql(`select citizen_id, context from audit_log where action = 'episode.write' and context->>'record' = 'episodeDebrief'`);
    expect(audit).toEqual([{ citizen_id: ids.citizen('Ali Rahimi'), context: { record: 'episodeDebrief', id: episodeId } }]);
    await refused(bo, `${API}/episodes/${episodeId}/debrief`, debrief(), 409, 'already_debriefed');
  });

  it("shows the leader what was learnt and the actions, not the staff's summary", async () => {
    const e = (await boleder.get(`${API}/episodes?unitId=${bostedet}`)).body.items.find((x: { id: string }) => x.id === episodeId);
    expect(e.debrief).toMatchObject({ participants: 'Bo, Rikke og Ali', summary: null, learning: 'Vi skruer ned for lyden efter kl. 22 og tilbyder et roligt rum.' });
    expect(e.actions.map((a: { text: string }) => a.text)).toEqual(['Tale med Ali om et roligt rum', 'Lave husregel om lyd efter kl. 22']);
  });
});

describe('follow-up actions', () => {
  const actionsOf = async () => (await bo.get(`${API}/episodes?unitId=${bostedet}`)).body.items.find((x: { id: string }) => x.id === episodeId).actions as { id: string; text: string; doneAt: string | null; overdue: boolean }[];

  it("are marked done by their owner, who is refused someone else's action", async () => {
    const [staffAction, leaderAction] = await actionsOf();
    await refused(boleder, `${API}/episode-actions/${staffAction.id}/done`, undefined, 403, 'forbidden');
    await refused(vita, `${API}/episode-actions/${staffAction.id}/done`, undefined, 404, 'not_found');
    await refused(peer, `${API}/episode-actions/${leaderAction.id}/done`, undefined, 404, 'not_found');
    const res = await boleder.post(`${API}/episode-actions/${leaderAction.id}/done`);
    expect(res.status).toBe(200);
    // The leader sees the episode without the staff's account.
    expect(res.body).toMatchObject({ id: episodeId, description: null, actionsTaken: null, debrief: { summary: null } });
    expect(res.body.actions[1]).toMatchObject({ id: leaderAction.id, overdue: false });
    expect(res.body.actions[1].doneAt).not.toBeNull();
    await refused(boleder, `${API}/episode-actions/${leaderAction.id}/done`, undefined, 409, 'action_done');
  });

  it("are marked done by staff of the unit, for anyone", async () => {
    const staffAction = (await actionsOf())[0];
    const res = await bo.post(`${API}/episode-actions/${staffAction.id}/done`);
    expect(res.status).toBe(200);
    expect((await actionsOf()).every((a) => a.doneAt !== null && !a.overdue)).toBe(true);
    await refused(bo, `${API}/episode-actions/${staffAction.id}/done`, undefined, 409, 'action_done');
  });
});
