import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type Response, type TestContext } from '../../test/harness';
import { API, createCitizen, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, today } from '../outreach/dates';

/**
 * Core elements 5 and 6 at the residence: the unit's written collaboration models, its specialised
 * team with each member's competences, and "ask the specialised team" — the question, the advice
 * and the follow-up. The peer worker on the team sees only residents who agreed to work with her.
 */

const TABLES = ['collaboration_meetings', 'meeting_residents', 'collaboration_models', 'specialist_team_members', 'specialist_requests'];

let t: TestContext;
let ids: DemoIds;
let bo: Client, peer: Client, boleder: Client, admin: Client, vita: Client, anden: Client;
let unit: string, ali: string, maja: string, elsewhere: string;

type Member = { user: { id: string; displayName: string }; competences: string[]; since: string };
type Request = { id: string; citizen: { id: string }; status: string; canAdvise: boolean; canFollowUp: boolean };

async function refused(send: () => Promise<Response>, status: number, code: string) {
  const before = await snapshotCounts(t, TABLES);
  const res = await send();
  expectProblem(res, status, code);
  expect(await snapshotCounts(t, TABLES)).toEqual(before);
  return res;
}

const teamOf = async (client: Client) => {
  const res = await client.get(`${API}/units/${unit}/specialist-team`);
  expect(res.status).toBe(200);
  return res.body as { members: Member[]; canEdit: boolean };
};
const setMember = (client: Client, username: string, competences: string[], remove = false) =>
  client.post(`${API}/units/${unit}/specialist-team`, { userId: ids.user(username), competences, remove });

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [bo, peer, boleder, admin, vita, anden] = await Promise.all(['bo', 'peer', 'boleder', 'admin', 'vita', 'anden'].map((u) => t.login(u)));
  unit = ids.unit('Bostedet');
  ali = ids.citizen('Ali Rahimi');
  maja = ids.citizen('Maja Kristensen');
  elsewhere = (await createCitizen(vita, { kind: 'unidentified', alias: 'Kvinden ved stationen', course: { method: 'outreach', unitId: ids.unit('SKP-teamet') } })).id;
  // Ali has agreed to work with Pia, the peer worker (the demo records it; make sure).
  const agreed = await bo.post(`${API}/citizens/${ali}/peer-agreements`, { peerUserId: ids.user('peer'), agreedOn: addDays(today(), -5), form: 'oral' });
  expect([201, 409]).toContain(agreed.status);
  // Start from an empty specialised team, whatever the demo put on it.
  for (const m of (await teamOf(boleder)).members) expect((await boleder.post(`${API}/units/${unit}/specialist-team`, { userId: m.user.id, competences: m.competences, remove: true })).status).toBe(200);
});
afterAll(() => t.close());

describe('collaboration models', () => {
  const model = (extra: Record<string, unknown> = {}) => ({ title: 'Samarbejde med Rusmiddelcentret', partner: 'Demo Rusmiddelcenter', body: 'Fast møde første tirsdag i måneden.', validFrom: addDays(today(), -30), ...extra });
  let first: string;

  it('are written by the leader and the administrator, newest first, and read by every member of the unit', async () => {
    const a = await boleder.post(`${API}/units/${unit}/collaboration-models`, model());
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ unitId: unit, title: 'Samarbejde med Rusmiddelcentret', partner: 'Demo Rusmiddelcenter', body: 'Fast møde første tirsdag i måneden.', validFrom: addDays(today(), -30), by: { id: ids.user('boleder'), displayName: 'Rikke Bang' } });
    first = a.body.id;
    const b = await admin.post(`${API}/units/${unit}/collaboration-models`, model({ title: 'Intern model for overlap mellem vagter', partner: null, validFrom: today() }));
    expect(b.status).toBe(201);
    expect(b.body.partner).toBeNull();
    const logged = await t.sql(`select citizen_id, organisation_id, context from audit_log where action = 'unitSettings.update' and context->>'record' = 'collaborationModel' order by id`);
    expect(logged.slice(-2)).toEqual([
      { citizen_id: null, organisation_id: ids.org('Bostedet'), context: { record: 'collaborationModel', id: first } },
      { citizen_id: null, organisation_id: ids.org('Bostedet'), context: { record: 'collaborationModel', id: b.body.id } },
    ]);

    for (const [client, canEdit] of [[bo, false], [peer, false], [boleder, true], [admin, true]] as const) {
      const res = await client.get(`${API}/units/${unit}/collaboration-models`);
      expect(res.status).toBe(200);
      expect(res.body.canEdit).toBe(canEdit);
      const mine = (res.body.items as { id: string }[]).map((m) => m.id).filter((id) => id === first || id === b.body.id);
      expect(mine).toEqual([b.body.id, first]);
      const dates = (res.body.items as { validFrom: string }[]).map((m) => m.validFrom);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it('cannot be written by staff or the peer, and are not found from another unit', async () => {
    for (const client of [bo, peer]) await refused(() => client.post(`${API}/units/${unit}/collaboration-models`, model()), 403, 'forbidden');
    for (const client of [vita, anden]) {
      await refused(() => client.post(`${API}/units/${unit}/collaboration-models`, model()), 404, 'not_found');
      expectProblem(await client.get(`${API}/units/${unit}/collaboration-models`), 404, 'not_found');
    }
  });
});

describe('the specialised team', () => {
  it('is put together by the leader and the administrator, sorted by name, with competences', async () => {
    expect((await teamOf(bo)).members).toEqual([]);
    let res = await setMember(boleder, 'peer', ['Peer', 'Recovery']);
    expect(res.status).toBe(200);
    res = await setMember(admin, 'bo', ['Misbrug']);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      unitId: unit,
      members: [
        { user: { id: ids.user('bo'), displayName: 'Bo Nygaard' }, competences: ['Misbrug'], since: today() },
        { user: { id: ids.user('peer'), displayName: 'Pia Eriksen' }, competences: ['Peer', 'Recovery'], since: today() },
      ],
      canEdit: true,
    });
    res = await setMember(boleder, 'bo', ['Misbrug', 'Motivationssamtalen']);
    expect(res.body.members[0].competences).toEqual(['Misbrug', 'Motivationssamtalen']);
    const logged = await t.sql(`select citizen_id, context from audit_log where action = 'unitSettings.update' and context->>'record' = 'specialistTeam' order by id`);
    expect(logged.at(-1)).toEqual({ citizen_id: null, context: { record: 'specialistTeam', id: ids.user('bo') } });

    for (const [client, canEdit] of [[bo, false], [peer, false], [boleder, true], [admin, true]] as const) {
      const team = await teamOf(client);
      expect(team.canEdit).toBe(canEdit);
      expect(team.members.map((m) => m.user.displayName)).toEqual(['Bo Nygaard', 'Pia Eriksen']);
    }
  });

  it('takes a member off again', async () => {
    const res = await setMember(boleder, 'bo', ['Misbrug'], true);
    expect(res.status).toBe(200);
    expect(res.body.members.map((m: Member) => m.user.displayName)).toEqual(['Pia Eriksen']);
  });

  it('takes only people of the unit, is changed only by the leader or the administrator, and is not found from another unit', async () => {
    let res = await refused(() => setMember(boleder, 'vita', ['Psykiatri']), 422, 'validation_failed');
    expect(res.body.errors).toEqual([{ path: 'userId', code: 'not_in_unit' }]);
    for (const client of [bo, peer]) await refused(() => setMember(client, 'bo', ['Misbrug']), 403, 'forbidden');
    for (const client of [vita, anden]) {
      res = await refused(() => setMember(client, 'bo', ['Misbrug']), 404, 'not_found');
      expectProblem(await client.get(`${API}/units/${unit}/specialist-team`), 404, 'not_found');
    }
    expect((await teamOf(bo)).members.map((m) => m.user.displayName)).toEqual(['Pia Eriksen']);
  });
});

describe('asking the specialised team', () => {
  let aliRequest: string, majaRequest: string;
  const requests = async (client: Client, query = '') => {
    const res = await client.get(`${API}/specialist-requests${query}`);
    expect(res.status).toBe(200);
    return (res.body.items as Request[]).filter((r) => r.id === aliRequest || r.id === majaRequest);
  };

  it('staff ask about a resident; the request is open', async () => {
    const res = await bo.post(`${API}/specialist-requests`, { citizenId: ali, question: 'Hvordan støtter vi Ali i at komme op om morgenen?' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      unitId: unit,
      citizen: { id: ali, displayName: 'Ali Rahimi' },
      question: 'Hvordan støtter vi Ali i at komme op om morgenen?',
      askedBy: { id: ids.user('bo'), displayName: 'Bo Nygaard' },
      advice: null,
      advisedBy: null,
      followUp: null,
      status: 'open',
      canAdvise: false,
      canFollowUp: false,
    });
    aliRequest = res.body.id;
    const maja_ = await bo.post(`${API}/specialist-requests`, { citizenId: maja, unitId: unit, question: 'Hvordan kan vi støtte Maja om aftenen?' });
    expect(maja_.status).toBe(201);
    majaRequest = maja_.body.id;
    const logged = await t.sql(`select citizen_id, context from audit_log where action = 'specialistRequest.write' and context->>'id' = $1`, [aliRequest]);
    expect(logged).toEqual([{ citizen_id: ali, context: { record: 'specialistRequest', id: aliRequest } }]);
  });

  it('refuses those who may not ask, residents not seen or not living here, and stores nothing', async () => {
    await refused(() => boleder.post(`${API}/specialist-requests`, { citizenId: ali, question: 'Spørgsmål' }), 403, 'forbidden');
    await refused(() => peer.post(`${API}/specialist-requests`, { citizenId: ali, question: 'Spørgsmål' }), 403, 'forbidden');
    await refused(() => peer.post(`${API}/specialist-requests`, { citizenId: maja, question: 'Spørgsmål' }), 404, 'not_found');
    await refused(() => vita.post(`${API}/specialist-requests`, { citizenId: ali, question: 'Spørgsmål' }), 404, 'not_found');
    await refused(() => bo.post(`${API}/specialist-requests`, { citizenId: elsewhere, question: 'Spørgsmål' }), 404, 'not_found');
    await refused(() => vita.post(`${API}/specialist-requests`, { citizenId: elsewhere, unitId: unit, question: 'Spørgsmål' }), 404, 'not_found');
    await refused(() => bo.post(`${API}/specialist-requests`, { citizenId: ali, unitId: ids.unit('SKP-teamet'), question: 'Spørgsmål' }), 404, 'not_found');
  });

  it('the peer on the team sees and advises on the resident who agreed to work with her, not on Maja', async () => {
    const seen = await requests(peer);
    expect(seen.map((r) => r.id)).toEqual([aliRequest]);
    expect(seen[0]).toMatchObject({ status: 'open', canAdvise: true, canFollowUp: false });
    expect((await peer.get(`${API}/specialist-requests?citizenId=${maja}`)).status).toBe(404);

    await refused(() => peer.post(`${API}/specialist-requests/${majaRequest}/advice`, { advice: 'Råd' }), 404, 'not_found');
    const res = await peer.post(`${API}/specialist-requests/${aliRequest}/advice`, { advice: 'Aftal et fast vækkeur med Ali, og tag morgenkaffen sammen.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ advice: 'Aftal et fast vækkeur med Ali, og tag morgenkaffen sammen.', advisedBy: { id: ids.user('peer'), displayName: 'Pia Eriksen' }, status: 'advised', canAdvise: false, canFollowUp: false });

    const again = await refused(() => peer.post(`${API}/specialist-requests/${aliRequest}/advice`, { advice: 'Andet råd' }), 409, 'already_advised');
    expect(again.body.errors).toBeUndefined();
    expect((await requests(bo)).find((r) => r.id === aliRequest)).toMatchObject({ advice: 'Aftal et fast vækkeur med Ali, og tag morgenkaffen sammen.' });
  });

  it('advice comes only from the team; staff off the team are refused, the leader and other units do not find the request', async () => {
    await refused(() => bo.post(`${API}/specialist-requests/${majaRequest}/advice`, { advice: 'Råd' }), 403, 'forbidden');
    for (const client of [boleder, vita, admin]) await refused(() => client.post(`${API}/specialist-requests/${majaRequest}/advice`, { advice: 'Råd' }), 404, 'not_found');
    expect((await requests(bo)).find((r) => r.id === majaRequest)).toMatchObject({ status: 'open', advice: null });
  });

  it('staff follow up after the advice, once', async () => {
    await refused(() => bo.post(`${API}/specialist-requests/${majaRequest}/follow-up`, { followUp: 'Opfølgning' }), 409, 'not_advised');
    await refused(() => peer.post(`${API}/specialist-requests/${aliRequest}/follow-up`, { followUp: 'Opfølgning' }), 403, 'forbidden');
    for (const client of [boleder, vita]) await refused(() => client.post(`${API}/specialist-requests/${aliRequest}/follow-up`, { followUp: 'Opfølgning' }), 404, 'not_found');
    const listed = (await requests(bo)).find((r) => r.id === aliRequest);
    expect(listed).toMatchObject({ status: 'advised', canAdvise: false, canFollowUp: true });

    const res = await bo.post(`${API}/specialist-requests/${aliRequest}/follow-up`, { followUp: 'Vækkeuret virker; Ali var oppe kl. 9 tre dage i træk.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ followUp: 'Vækkeuret virker; Ali var oppe kl. 9 tre dage i træk.', followedUpBy: { displayName: 'Bo Nygaard' }, status: 'closed', canFollowUp: false });
    await refused(() => bo.post(`${API}/specialist-requests/${aliRequest}/follow-up`, { followUp: 'Igen' }), 409, 'already_followed_up');
  });

  it('lists newest first by status, and logs one read per resident', async () => {
    const [{ last }] = await t.sql<{ last: string }>(`select coalesce(max(id), 0)::text as last from audit_log`);
    const all = await bo.get(`${API}/specialist-requests?unitId=${unit}`);
    const items = all.body.items as (Request & { askedAt: string })[];
    expect(items.map((r) => r.askedAt)).toEqual([...items.map((r) => r.askedAt)].sort().reverse());
    expect(items.filter((r) => r.id === aliRequest || r.id === majaRequest).map((r) => r.id)).toEqual([majaRequest, aliRequest]);
    const perCitizen = new Map<string, number>();
    for (const r of items) perCitizen.set(r.citizen.id, (perCitizen.get(r.citizen.id) ?? 0) + 1);
    const logged = await t.sql<{ action: string; citizen_id: string; context: { record: string; count: number } }>(`select action, citizen_id, context from audit_log where id > $1`, [last]);
    expect(logged.every((l) => l.action === 'specialistRequest.read' && l.context.record === 'specialistRequest')).toBe(true);
    expect(new Map(logged.map((l) => [l.citizen_id, l.context.count]))).toEqual(perCitizen);

    expect((await requests(bo, '?status=open')).map((r) => r.id)).toEqual([majaRequest]);
    expect(await requests(bo, '?status=advised')).toEqual([]);
    expect((await requests(bo, `?status=closed&citizenId=${ali}`)).map((r) => r.id)).toEqual([aliRequest]);
    expect((await bo.get(`${API}/specialist-requests?status=open`)).body.items.every((r: Request) => r.status === 'open')).toBe(true);
  });

  it('is closed to those neither staff nor on the team, and another unit is not found', async () => {
    expectProblem(await boleder.get(`${API}/specialist-requests`), 403, 'forbidden');
    expectProblem(await boleder.get(`${API}/specialist-requests?unitId=${unit}`), 403, 'forbidden');
    expectProblem(await admin.get(`${API}/specialist-requests`), 403, 'forbidden');
    expectProblem(await vita.get(`${API}/specialist-requests?unitId=${unit}`), 404, 'not_found');
    expectProblem(await bo.get(`${API}/specialist-requests?unitId=${ids.unit('SKP-teamet')}`), 404, 'not_found');
    expect((await vita.get(`${API}/specialist-requests`)).body.items.filter((r: { unitId: string }) => r.unitId === unit)).toEqual([]);
  });

  it('the peer taken off the team no longer sees the requests', async () => {
    expect((await setMember(boleder, 'peer', ['Peer'], true)).status).toBe(200);
    expectProblem(await peer.get(`${API}/specialist-requests`), 403, 'forbidden');
    expectProblem(await peer.get(`${API}/specialist-requests?unitId=${unit}`), 403, 'forbidden');
  });
});
