import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, demoIds, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, today } from '../outreach/dates';

/**
 * Odd input on the residential routes gives a 4xx problem with a stable code, never a 500, and changes
 * nothing; ids of other kinds of rows are "not found" or a field error.
 */

const TABLES = ['motivation_entries', 'activities', 'activity_participation', 'harm_reduction_plans', 'episodes', 'episode_people', 'episode_debriefs', 'episode_actions',
  'staff_wellbeing', 'staff_wellbeing_given', 'collaboration_meetings', 'meeting_residents', 'collaboration_models', 'specialist_team_members', 'specialist_requests', 'peer_agreements', 'peer_roles'];

let t: TestContext;
let ids: DemoIds;
let bo: Client, peer: Client, boleder: Client;
beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [bo, peer, boleder] = [await t.login('bo'), await t.login('peer'), await t.login('boleder')];
});
afterAll(() => t.close());

describe('odd input', () => {
  it('is refused with a 4xx problem and changes nothing', async () => {
    const unit = ids.unit('Bostedet');
    const ali = ids.citizen('Ali Rahimi');
    const aliCourse = ids.course('Ali Rahimi');
    const [ep] = await t.sql<{ id: string }>(`select id from episodes limit 1`);
    const [act] = await t.sql<{ id: string }>(`select id from activities limit 1`);
    const [agr] = await t.sql<{ id: string }>(`select id from peer_agreements limit 1`);
    const [req] = await t.sql<{ id: string }>(`select id from specialist_requests limit 1`);
    const random = '0199aaaa-bbbb-7ccc-8ddd-eeeeffff0000';
    // Valid edge queries are answered (200), not a 500.
    for (const path of [`/activities?from=2999-12-31&to=2999-12-31`, `/episodes?from=2999-12-31&to=2999-12-31`, `/units/${unit}/episodes/trend?to=1900-01-01`]) expect((await bo.get(`${API}${path}`)).status, path).toBe(200);
    const before = await snapshotCounts(t, TABLES);
    const cases: [Client, string, string, unknown?][] = [
      [bo, 'GET', `/activities?unitId=not-a-uuid`],
      [bo, 'GET', `/activities?unitId=${unit}&unitId=${unit}`],
      [bo, 'GET', `/activities?from=1900-01-01&to=2999-12-31`],
      [bo, 'GET', `/activities?from=2026-02-30`],
      [bo, 'GET', `/activities?unitId=${ali}`],
      [bo, 'GET', `/episodes?from=2026-05-01&to=2026-01-01`],
      [bo, 'GET', `/episodes?unitId=${aliCourse}`],
      [bo, 'GET', `/units/${unit}/episodes/trend?from=1900-01-01&to=2999-12-31`],
      [bo, 'GET', `/units/${unit}/episodes/trend?from=2999-12-01`],
      [bo, 'GET', `/units/${ali}/episodes/trend`],
      [bo, 'GET', `/units/${unit}/handover?since=1900-01-01T00:00:00Z`],
      [bo, 'GET', `/units/${unit}/handover?since=2999-01-01T00:00:00Z`],
      [bo, 'GET', `/units/${unit}/handover?since=yesterday`],
      [bo, 'GET', `/units/${random}/handover`],
      [bo, 'GET', `/citizens/${aliCourse}/motivation`],
      [bo, 'GET', `/citizens/${unit}/harm-reduction`],
      [bo, 'GET', `/citizens/${random}/peer-agreements`],
      [bo, 'GET', `/collaboration-meetings?citizenId=${aliCourse}`],
      [bo, 'GET', `/specialist-requests?status=nonsense`],
      [bo, 'GET', `/specialist-requests?unitId=${random}`],
      [bo, 'POST', `/motivation/${ep.id}/acted-on`, { note: 'x' }],
      [bo, 'POST', `/activities/${ep.id}/participation`, { citizenId: ali, status: 'attended' }],
      [bo, 'POST', `/activities/${act.id}/participation`, { citizenId: aliCourse, status: 'attended' }],
      [bo, 'POST', `/activities/${act.id}/participation`, { citizenId: ali, status: 'maybe' }],
      [bo, 'POST', `/episodes/${act.id}/debrief`, { heldOn: today(), participants: 'x', summary: 'x', learning: 'x' }],
      [bo, 'POST', `/episodes/${ep.id}/debrief`, { heldOn: today(), participants: 'x', summary: 'x', learning: 'x', actions: [{ text: 'x', ownerId: ali, dueDate: today() }] }],
      [bo, 'POST', `/episode-actions/${ep.id}/done`],
      [bo, 'POST', `/peer-agreements/${req.id}/withdraw`],
      [bo, 'POST', `/specialist-requests/${agr.id}/advice`, { advice: 'x' }],
      [bo, 'POST', `/specialist-requests`, { citizenId: ali, unitId: ids.unit('SKP-teamet'), question: 'x' }],
      [bo, 'POST', `/specialist-requests`, { citizenId: ali, unitId: random, question: 'x' }],
      [bo, 'POST', `/citizens/${ali}/peer-agreements`, { peerUserId: ali, agreedOn: today(), form: 'oral' }],
      [bo, 'POST', `/citizens/${ali}/peer-agreements`, { peerUserId: ids.user('peer'), agreedOn: today(), form: 'oral', unitId: random }],
      [bo, 'POST', `/citizens/${ali}/motivation`, { what: 'x', noticedOn: today(), noticedBy: 'x', expiresOn: addDays(today(), 400) }],
      [bo, 'POST', `/citizens/${ali}/motivation`, { what: 'x', noticedOn: today(), noticedBy: 'x', expiresOn: addDays(today(), -1) }],
      [bo, 'POST', `/citizens/${ali}/motivation`, { what: 'x\u0000', noticedOn: today(), noticedBy: 'x' }],
      [bo, 'POST', '/episodes', { unitId: unit, occurredAt: new Date().toISOString(), location: 'x', type: 'threat', severity: 'minor', description: 'x', actionsTaken: 'x', anyoneHurt: false, people: [{ kind: 'resident', citizenId: random }] }],
      [bo, 'POST', '/episodes', { unitId: unit, occurredAt: new Date().toISOString(), location: 'x', type: 'threat', severity: 'minor', description: 'x', actionsTaken: 'x', anyoneHurt: false, people: [{ kind: 'staff', userId: ali }] }],
      [bo, 'POST', '/episodes', { unitId: unit, occurredAt: '2999-01-01T00:00:00Z', location: 'x', type: 'threat', severity: 'minor', description: 'x', actionsTaken: 'x', anyoneHurt: false, people: [{ kind: 'other', description: 'x' }] }],
      [bo, 'POST', '/collaboration-meetings', { unitId: unit, kind: 'psychiatry', heldOn: today(), topic: 'x', participants: [{ name: 'x', organisation: 'P', external: true }], residents: [{ citizenId: ali, consentId: ep.id }] }],
      [bo, 'POST', '/collaboration-meetings', { unitId: unit, kind: 'internal', heldOn: today(), topic: 'x', participants: [{ name: 'x', external: false, userId: ali }] }],
      [bo, 'POST', `/units/${unit}/staff-wellbeing`, { answers: { cheerful: 99, calm: -1, active: 1.5, rested: 3, interest: 3 } }],
      [bo, 'POST', `/units/${unit}/staff-wellbeing`, { answers: { __proto__: 3 } }],
      [bo, 'PUT', `/citizens/${ali}/harm-reduction`, { areas: {}, residentWantsAbstinence: false, madeWithResident: true }],
      [bo, 'PUT', `/citizens/${ali}/harm-reduction`, { areas: { physical: {}, psychological: {}, social: {}, economic: {} }, residentWantsAbstinence: false, madeWithResident: true, baseVersion: 99 }],
      [boleder, 'POST', `/units/${unit}/specialist-team`, { userId: ali, competences: ['x'] }],
      [boleder, 'PUT', `/units/${random}/peer-role`, { access: 'unit', tasks: 'x', boundaries: 'x' }],
      [peer, 'POST', `/courses/${aliCourse}/phase`, { to: 'x', reason: 'x' }],
      [peer, 'PATCH', `/citizens/${ali}`, { place: 'x' }],
      [peer, 'POST', `/citizens/${ali}/consents`, { kind: 'consent', information: 'xxx', party: 'xx', direction: 'to', purpose: 'xxx', form: 'oral', validFrom: today() }],
      [peer, 'POST', `/courses/${aliCourse}/measurements`, { instrument: 'who5', mode: 'verbal', answers: { cheerful: 3, calm: 3, active: 3, rested: 3, interest: 3 } }],
      [peer, 'POST', `/citizens/${ali}/goals`, { text: 'x', lifeArea: 'housing', goalType: 'develop', reviewDate: '2030-01-01' }],
      [peer, 'PUT', `/citizens/${ali}/network`, { entries: [] }],
      [peer, 'POST', `/break-glass/search`, { q: 'Maja', reason: 'Jeg vil se hende' }],
      [peer, 'POST', `/specialist-requests`, { citizenId: ali, question: 'x' }],
      [peer, 'POST', '/episodes', { unitId: unit, occurredAt: new Date().toISOString(), location: 'x', type: 'threat', severity: 'minor', description: 'x', actionsTaken: 'x', anyoneHurt: false, people: [{ kind: 'other', description: 'x' }] }],
    ];
    const bad: string[] = [];
    for (const [client, method, path, body] of cases) {
      const res = await client.request(method, `${API}${path}`, body === undefined ? (method === 'GET' ? undefined : {}) : body);
      const ok = res.status >= 400 && res.status < 500 && typeof res.body?.code === 'string';
      if (!ok) bad.push(`${method} ${path} -> ${res.status}${res.status >= 400 ? ` ${res.body?.code}` : ''}`);
    }
    expect(bad).toEqual([]);
    expect(await snapshotCounts(t, TABLES)).toEqual(before);
  });
});
