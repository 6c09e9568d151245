import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { API, demoIds, freshLogin, type DemoIds } from '../../test/helpers';

/**
 * A peer worker on an ACT team (discipline "peer", role "peer") finds their own team and its board,
 * although the peer role no longer holds `citizen.read` (decision 0010); decisions' text stays hidden.
 */

let t: TestContext;
let ids: DemoIds;
beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
});
afterAll(() => t.close());

describe('a peer on an ACT team', () => {
  it('finds their own team', async () => {
    const admin = await t.login('admin');
    const user = await admin.post(`${API}/admin/users`, { username: 'review.peer', displayName: 'Review Peer', password: 'et-langt-kodeord-9' });
    expect(user.status).toBe(201);
    const team = ids.unit('ACT-teamet');
    const current = await admin.get(`${API}/teams/${team}`);
    expect(current.status).toBe(200);
    const members = [...current.body.members.map((m: { id: string; discipline: string }) => ({ userId: m.id, discipline: m.discipline })), { userId: user.body.id, discipline: 'peer' }];
    expect((await admin.put(`${API}/teams/${team}/members`, { members })).status).toBe(200);

    const peer = await freshLogin(t, 'review.peer', 'et-langt-kodeord-9');
    const teams = await peer.get(`${API}/teams`);
    expect(teams.body.items.map((x: { id: string }) => x.id)).toContain(team);
    expect((await peer.get(`${API}/teams/${team}`)).status).toBe(200);
  });
});
