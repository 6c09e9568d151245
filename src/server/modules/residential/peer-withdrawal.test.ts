import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, demoIds, type DemoIds } from '../../test/helpers';
import { today } from '../outreach/dates';

/**
 * When a resident withdraws the agreement, the peer loses everything about them at once (record, own
 * notes, motivation, participation, the handover, the specialised team's requests) and cannot write
 * anything more.
 */

let t: TestContext;
let ids: DemoIds;
let bo: Client, peer: Client;
beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [bo, peer] = [await t.login('bo'), await t.login('peer')];
});
afterAll(() => t.close());

describe('a withdrawn agreement', () => {
  it('closes every door at once', async () => {
    const unit = ids.unit('Bostedet');
    const tobias = ids.citizen('Tobias Winther');
    const course = ids.course('Tobias Winther');
    const made = await bo.post(`${API}/citizens/${tobias}/peer-agreements`, { peerUserId: ids.user('peer'), agreedOn: today(), form: 'oral' });
    expect(made.status).toBe(201);
    // While it lasts, the peer works with Tobias.
    const note = await peer.post(`${API}/courses/${course}/notes`, { text: 'Tobias og jeg så fodbold.' });
    expect(note.status).toBe(201);
    const motivation = await peer.post(`${API}/citizens/${tobias}/motivation`, { what: 'Træne med lokalklubben', noticedOn: today(), noticedBy: 'Tobias' });
    expect(motivation.status).toBe(201);
    const act = await peer.post(`${API}/activities`, { unitId: unit, title: 'Fodbold', setting: 'community', place: 'Parken', startsAt: new Date(Date.now() - 3_600_000).toISOString() });
    expect((await peer.post(`${API}/activities/${act.body.id}/participation`, { citizenId: tobias, status: 'attended', note: 'Scorede.' })).status).toBe(200);
    const req = await bo.post(`${API}/specialist-requests`, { citizenId: tobias, question: 'Hvordan støtter vi Tobias i praktikken?' });
    expect(req.status).toBe(201);
    expect((await peer.get(`${API}/specialist-requests`)).text).toContain('praktikken');

    expect((await bo.post(`${API}/peer-agreements/${made.body.id}/withdraw`)).status).toBe(200);

    for (const path of [`/citizens/${tobias}`, `/citizens/${tobias}/courses`, `/courses/${course}`, `/courses/${course}/notes`, `/citizens/${tobias}/motivation`, `/citizens/${tobias}/peer-agreements`, `/citizens/${tobias}/consents`]) {
      expect((await peer.get(`${API}${path}`)).status, path).toBe(404);
    }
    const listed = await peer.get(`${API}/citizens?pageSize=100`);
    expect(listed.text).not.toContain('Tobias');
    const handover = await peer.get(`${API}/units/${unit}/handover`);
    expect(handover.status).toBe(200);
    expect(handover.text).not.toContain('Tobias');
    expect(handover.text).not.toContain('lokalklubben');
    const activities = await peer.get(`${API}/activities?unitId=${unit}`);
    expect(activities.text).not.toContain('Tobias');
    expect(activities.text).not.toContain('Scorede');
    expect((await peer.get(`${API}/specialist-requests`)).text).not.toContain('praktikken');
    // And no more writing.
    expect((await peer.post(`${API}/courses/${course}/notes`, { text: 'Igen.' })).status).toBe(404);
    expect((await peer.patch(`${API}/notes/${note.body.id}`, { text: 'Rettet.' })).status).toBe(404);
    expect((await peer.post(`${API}/citizens/${tobias}/motivation`, { what: 'x', noticedOn: today(), noticedBy: 'x' })).status).toBe(404);
    expect((await peer.post(`${API}/motivation/${motivation.body.id}/acted-on`, { note: 'x' })).status).toBe(404);
    expect((await peer.post(`${API}/activities/${act.body.id}/participation`, { citizenId: tobias, status: 'declined' })).status).toBe(422);
    expect((await peer.post(`${API}/peer-agreements/${made.body.id}/withdraw`)).status).toBe(404);
  });
});
