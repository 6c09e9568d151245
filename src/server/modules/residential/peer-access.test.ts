import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, today } from '../outreach/dates';

/**
 * Core element 7 of seed 004: the peer worker's own, clearly bounded access. By default the peer sees
 * only the residents who agreed to work with them (a recorded agreement), writes notes and reads only
 * their own, and never the full record; the unit's leader may open all residents to the peer.
 */

let t: TestContext;
let ids: DemoIds;
let bo: Client;
let peer: Client;
let boleder: Client;
let ali: string;
let maja: string;
let unit: string;
const peerTables = ['peer_agreements', 'peer_roles'];

const listedNames = async (client: Client) => {
  const res = await client.get(`${API}/citizens?pageSize=100`);
  expect(res.status).toBe(200);
  return res.body.items.map((c: { displayName: string }) => c.displayName) as string[];
};

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [bo, peer, boleder] = [await t.login('bo'), await t.login('peer'), await t.login('boleder')];
  [ali, maja, unit] = [ids.citizen('Ali Rahimi'), ids.citizen('Maja Kristensen'), ids.unit('Bostedet')];
});
afterAll(() => t.close());

describe("the peer sees only residents who agreed to work with them", () => {
  it('lists and opens Ali (agreement recorded) but not Maja (none)', async () => {
    const names = await listedNames(peer);
    expect(names).toContain('Ali Rahimi');
    expect(names).not.toContain('Maja Kristensen');
    expect((await peer.get(`${API}/citizens/${ali}`)).status).toBe(200);
    expectProblem(await peer.get(`${API}/citizens/${maja}`), 404, 'not_found');
    expectProblem(await peer.get(`${API}/courses/${ids.course('Maja Kristensen')}/notes`), 404, 'not_found');
    expectProblem(await peer.get(`${API}/citizens/${maja}/motivation`), 404, 'not_found');
    // Even for Ali, consents and §141 action plans are part of the full record, not the peer's.
    expectProblem(await peer.get(`${API}/citizens/${ali}/consents`), 403, 'forbidden');
    expectProblem(await peer.get(`${API}/citizens/${ali}/action-plans`), 403, 'forbidden');
    expect((await bo.get(`${API}/citizens/${ali}/consents`)).status).toBe(200);
    // Staff and the leader see every resident.
    expect(await listedNames(bo)).toEqual(expect.arrayContaining(['Ali Rahimi', 'Maja Kristensen', 'Tobias Winther', 'Helle Jakobsen']));
    expect(await listedNames(boleder)).toEqual(expect.arrayContaining(['Ali Rahimi', 'Maja Kristensen']));
  });

  it('writes notes and reads only their own; staff read both', async () => {
    const course = ids.course('Ali Rahimi');
    const created = await peer.post(`${API}/courses/${course}/notes`, { text: 'Ali og jeg gik en tur og talte om bandet.' });
    expect(created.status).toBe(201);
    const mine = await peer.get(`${API}/courses/${course}/notes`);
    expect(mine.body.items.map((n: { text: string }) => n.text)).toEqual(['Ali og jeg gik en tur og talte om bandet.']);
    const all = await bo.get(`${API}/courses/${course}/notes`);
    expect(all.body.items.map((n: { text: string }) => n.text)).toEqual(expect.arrayContaining(['Ali og jeg gik en tur og talte om bandet.', 'Ali spillede guitar i fællesrummet i aften. Godt humør.']));
    const courseDto = (await peer.get(`${API}/citizens/${ali}/courses`)).body.items[0];
    expect(courseDto).toMatchObject({ canReadNotes: false, canWriteNotes: false, ownNotesOnly: true });
    // The rest of the record stays with the staff.
    for (const path of [`/citizens/${ali}/harm-reduction`, `/citizens/${ali}/goals`, `/citizens/${ali}/measurements`]) expect((await peer.get(`${API}${path}`)).status, path).toBe(403);
    expect((await peer.get(`${API}/citizens/${ali}`)).body).toMatchObject({ cpr: null, canEdit: false });
  });

  it("sees the handover of their own residents only, with their own notes and no episodes", async () => {
    const res = await peer.get(`${API}/units/${unit}/handover?since=${encodeURIComponent(new Date(Date.now() - 86_400_000).toISOString())}`);
    expect(res.status).toBe(200);
    expect(res.body.view).toBe('peer');
    expect(res.body.residents.map((r: { citizen: { displayName: string } }) => r.citizen.displayName)).toEqual(['Ali Rahimi']);
    expect(res.body.episodes).toEqual([]);
    expect(res.text).not.toContain('Maja');
    expect(res.text).not.toContain('Ali spillede guitar');
    const staff = await bo.get(`${API}/units/${unit}/handover?since=${encodeURIComponent(new Date(Date.now() - 86_400_000).toISOString())}`);
    expect(staff.body.view).toBe('staff');
    expect(staff.body.residents.map((r: { citizen: { displayName: string } }) => r.citizen.displayName)).toEqual(['Ali Rahimi', 'Helle Jakobsen', 'Maja Kristensen', 'Tobias Winther']);
  });
});

describe('agreements', () => {
  const peerId = () => ids.user('peer');

  it('are recorded by staff, not by the peer, the leader or outsiders; only with a peer of the unit', async () => {
    const before = await snapshotCounts(t, peerTables);
    const body = { peerUserId: peerId(), agreedOn: today(), form: 'oral' };
    expectProblem(await peer.post(`${API}/citizens/${ali}/peer-agreements`, body), 403, 'forbidden');
    expectProblem(await bo.post(`${API}/citizens/${ali}/peer-agreements`, body), 409, 'already_agreed');
    expectProblem(await peer.post(`${API}/citizens/${maja}/peer-agreements`, body), 404, 'not_found');
    expectProblem(await (await t.login('vita')).post(`${API}/citizens/${maja}/peer-agreements`, body), 404, 'not_found');
    expectProblem(await bo.post(`${API}/citizens/${maja}/peer-agreements`, { ...body, peerUserId: ids.user('bo') }), 422, 'validation_failed');
    const future = await bo.post(`${API}/citizens/${maja}/peer-agreements`, { ...body, agreedOn: addDays(today(), 2) });
    expect(future.body.errors).toEqual([{ path: 'agreedOn', code: 'in_future' }]);
    expect(await snapshotCounts(t, peerTables)).toEqual(before);
  });

  it("open the resident to the peer at once, and a withdrawal closes it at once", async () => {
    const made = await bo.post(`${API}/citizens/${maja}/peer-agreements`, { peerUserId: peerId(), agreedOn: today(), form: 'written', note: 'Maja vil gerne tale med Pia om økonomi.' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ peer: { displayName: 'Pia Eriksen' }, form: 'written', withdrawnAt: null });
    expect((await peer.get(`${API}/citizens/${maja}`)).status).toBe(200);
    const list = await peer.get(`${API}/citizens/${maja}/peer-agreements`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.roles[0].tasks).toContain('egne erfaringer');
    expectProblem(await bo.post(`${API}/citizens/${maja}/peer-agreements`, { peerUserId: peerId(), agreedOn: today(), form: 'oral' }), 409, 'already_agreed');
    const withdrawn = await bo.post(`${API}/peer-agreements/${made.body.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.withdrawnAt).not.toBeNull();
    expectProblem(await peer.get(`${API}/citizens/${maja}`), 404, 'not_found');
    expectProblem(await bo.post(`${API}/peer-agreements/${made.body.id}/withdraw`), 409, 'already_withdrawn');
    const logged = await t.sql<{ n: number }>(`select count(*)::int as n from audit_log where action = 'peerAgreement.write' and citizen_id = $1`, [maja]);
    expect(logged[0].n).toBe(2);
  });
});

describe("the unit's peer role", () => {
  it('is shown to everyone at the unit and changed only by the leader (or the administrator)', async () => {
    const role = await peer.get(`${API}/units/${unit}/peer-role`);
    expect(role.status).toBe(200);
    expect(role.body).toMatchObject({ access: 'agreed', canEdit: false, peers: [{ displayName: 'Pia Eriksen' }] });
    expect(role.body.boundaries).toContain('læser ikke beboernes journal');
    const before = await snapshotCounts(t, peerTables);
    const body = { access: 'unit', tasks: role.body.tasks, boundaries: role.body.boundaries };
    expectProblem(await bo.put(`${API}/units/${unit}/peer-role`, body), 403, 'forbidden');
    expectProblem(await peer.put(`${API}/units/${unit}/peer-role`, body), 403, 'forbidden');
    expectProblem(await (await t.login('leder')).put(`${API}/units/${unit}/peer-role`, body), 404, 'not_found');
    expect(await snapshotCounts(t, peerTables)).toEqual(before);
  });

  it("opened to the whole unit by the leader, lets the peer see every resident; closed again, only Ali", async () => {
    const role = (await boleder.get(`${API}/units/${unit}/peer-role`)).body;
    expect(role.canEdit).toBe(true);
    const open = await boleder.put(`${API}/units/${unit}/peer-role`, { access: 'unit', tasks: role.tasks, boundaries: role.boundaries });
    expect(open.body.access).toBe('unit');
    expect(await listedNames(peer)).toEqual(expect.arrayContaining(['Maja Kristensen', 'Tobias Winther']));
    // Still no CPR, no staff notes, no full record.
    expect((await peer.get(`${API}/citizens/${maja}/harm-reduction`)).status).toBe(403);
    await boleder.put(`${API}/units/${unit}/peer-role`, { access: 'agreed', tasks: role.tasks, boundaries: role.boundaries });
    expect(await listedNames(peer)).not.toContain('Maja Kristensen');
  });
});
