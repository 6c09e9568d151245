import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { API, demoIds, type DemoIds } from '../../test/helpers';
import { addDays, today } from '../outreach/dates';

/**
 * Double submissions (sent at the same moment) succeed once; the other gets a 409 with a stable code,
 * never a 500 and never a second row. Under test:pg (real PostgreSQL) the two really run concurrently;
 * PGlite runs one transaction at a time.
 */

let t: TestContext;
let ids: DemoIds;
beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
});
afterAll(() => t.close());

const twice = async <T>(send: () => Promise<T>) => Promise.all([send(), send()]);
const statuses = (rs: { status: number }[]) => rs.map((r) => r.status).sort();

describe('double submissions', () => {
  it('two debriefs of one episode', async () => {
    const bo = await t.login('bo');
    const ep = await bo.post(`${API}/episodes`, {
      unitId: ids.unit('Bostedet'), occurredAt: new Date(Date.now() - 86_400_000).toISOString(), location: 'Gangen', type: 'threat', severity: 'minor',
      description: 'x', actionsTaken: 'y', anyoneHurt: false, people: [{ kind: 'other', description: 'En gæst' }],
    });
    expect(ep.status).toBe(201);
    const body = { heldOn: today(), participants: 'Bo', summary: 's', learning: 'l', actions: [{ text: 'a', ownerId: ids.user('bo'), dueDate: addDays(today(), 2) }] };
    const rs = await twice(() => bo.post(`${API}/episodes/${ep.body.id}/debrief`, body));
    expect(statuses(rs)).toEqual([201, 409]);
    expect((await t.sql<{ n: number }>(`select count(*)::int n from episode_actions where episode_id = $1`, [ep.body.id]))[0].n).toBe(1);
  });

  it('two agreements for the same resident and peer', async () => {
    const bo = await t.login('bo');
    const tobias = ids.citizen('Tobias Winther');
    const rs = await twice(() => bo.post(`${API}/citizens/${tobias}/peer-agreements`, { peerUserId: ids.user('peer'), agreedOn: today(), form: 'oral' }));
    expect(statuses(rs)).toEqual([201, 409]);
    expect((await t.sql<{ n: number }>(`select count(*)::int n from peer_agreements where citizen_id = $1 and withdrawn_at is null`, [tobias]))[0].n).toBe(1);
    const id = rs.find((r) => r.status === 201)!.body.id;
    const ws = await twice(() => bo.post(`${API}/peer-agreements/${id}/withdraw`));
    expect(statuses(ws)).toEqual([200, 409]);
  });

  it('two pieces of advice on one request, and two follow-ups', async () => {
    const bo = await t.login('bo');
    const req = await bo.post(`${API}/specialist-requests`, { citizenId: ids.citizen('Helle Jakobsen'), question: 'Hvordan?' });
    expect(req.status).toBe(201);
    const rs = await twice(() => bo.post(`${API}/specialist-requests/${req.body.id}/advice`, { advice: 'Sådan.' }));
    expect(statuses(rs)).toEqual([200, 409]);
    const fs = await twice(() => bo.post(`${API}/specialist-requests/${req.body.id}/follow-up`, { followUp: 'Gjort.' }));
    expect(statuses(fs)).toEqual([200, 409]);
  });

  it("two wellbeing answers by one member in one month", async () => {
    const peer = await t.login('peer');
    const answers = { cheerful: 3, calm: 3, active: 3, rested: 3, interest: 3 };
    const rs = await twice(() => peer.post(`${API}/units/${ids.unit('Bostedet')}/staff-wellbeing`, { answers }));
    expect(statuses(rs)).toEqual([201, 409]);
  });

  it('two harm-reduction saves from the same version', async () => {
    const bo = await t.login('bo');
    const helle = ids.citizen('Helle Jakobsen');
    const area = { consequences: '', measures: '' };
    const body = { areas: { physical: area, psychological: area, social: area, economic: area }, residentWantsAbstinence: false, madeWithResident: true, baseVersion: 0 };
    const rs = await twice(() => bo.put(`${API}/citizens/${helle}/harm-reduction`, body));
    expect(statuses(rs)).toEqual([200, 409]);
  });

  it('acting twice on one motivation', async () => {
    const bo = await t.login('bo');
    const m = await bo.post(`${API}/citizens/${ids.citizen('Helle Jakobsen')}/motivation`, { what: 'Plante tomater', noticedOn: today(), noticedBy: 'Helle' });
    expect(m.status).toBe(201);
    const rs = await twice(() => bo.post(`${API}/motivation/${m.body.id}/acted-on`, { note: 'Købt frø' }));
    expect(statuses(rs)).toEqual([200, 409]);
  });
});
