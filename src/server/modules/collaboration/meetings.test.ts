import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type Response, type TestContext } from '../../test/harness';
import { API, createCitizen, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, today } from '../outreach/dates';

/**
 * Core element 5 at the residence: collaboration meetings (internal, or with addiction treatment,
 * psychiatry, the municipality) and the residents discussed — with people from outside only on a
 * consent or legal basis valid now for each of their organisations.
 */

const TABLES = ['collaboration_meetings', 'meeting_residents', 'collaboration_models', 'specialist_team_members', 'specialist_requests'];

let t: TestContext;
let ids: DemoIds;
let bo: Client, peer: Client, boleder: Client, admin: Client, vita: Client, spotter: Client;
let unit: string, ali: string, maja: string, elsewhere: string;
/** Meetings recorded by this file. */
const created: string[] = [];

const me = () => ({ name: 'Bo Nygaard', external: false, userId: ids.user('bo') });
const psychiatrist = { name: 'Dorte Lund', organisation: 'Psykiatrien Nord', external: true };
const meeting = (extra: Record<string, unknown> = {}) => ({
  unitId: unit,
  kind: 'internal',
  heldOn: today(),
  topic: 'Beboermøde om hverdagen',
  participants: [me(), { name: 'Rikke Bang', external: false, userId: ids.user('boleder') }],
  residents: [],
  ...extra,
});
const consent = (party: string) => ({
  kind: 'consent',
  information: 'Hvordan det går på bostedet og med behandlingen',
  party,
  direction: 'both',
  purpose: 'Samarbejdsmøde om den fælles indsats',
  form: 'written',
  validFrom: addDays(today(), -1),
});

/** The request is refused with `status`/`code` and leaves every table as it was. */
async function refused(send: () => Promise<Response>, status: number, code: string) {
  const before = await snapshotCounts(t, TABLES);
  const res = await send();
  expectProblem(res, status, code);
  expect(await snapshotCounts(t, TABLES)).toEqual(before);
  return res;
}

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [bo, peer, boleder, admin, vita, spotter] = await Promise.all(['bo', 'peer', 'boleder', 'admin', 'vita', 'spotter'].map((u) => t.login(u)));
  unit = ids.unit('Bostedet');
  ali = ids.citizen('Ali Rahimi');
  maja = ids.citizen('Maja Kristensen');
  elsewhere = (await createCitizen(vita, { kind: 'unidentified', alias: 'Manden ved havnen', course: { method: 'outreach', unitId: ids.unit('SKP-teamet') } })).id;
});
afterAll(() => t.close());

describe('an internal meeting', () => {
  it('is recorded with the residents discussed, and needs no consent', async () => {
    const res = await bo.post(`${API}/collaboration-meetings`, {
      ...meeting({ heldOn: addDays(today(), -10), topic: 'Personalemøde om Ali og Maja' }),
      residents: [
        { citizenId: ali, discussed: 'Ali vil gerne spille i fællesrummet oftere.' },
        { citizenId: maja, discussed: 'Maja sover dårligt; vi aftaler ro efter kl. 22.' },
      ],
      decisions: 'Musikaften hver torsdag.',
      followUps: [{ text: 'Spørg Ali om torsdag passer', owner: 'Bo', dueDate: addDays(today(), 3) }],
    });
    expect(res.status).toBe(201);
    created.push(res.body.id);
    expect(res.body).toMatchObject({
      unitId: unit,
      kind: 'internal',
      heldOn: addDays(today(), -10),
      topic: 'Personalemøde om Ali og Maja',
      participants: [me(), { name: 'Rikke Bang', organisation: null, external: false, userId: ids.user('boleder') }],
      residents: [
        { citizen: { id: ali, displayName: 'Ali Rahimi' }, discussed: 'Ali vil gerne spille i fællesrummet oftere.', basis: null },
        { citizen: { id: maja, displayName: 'Maja Kristensen' }, discussed: 'Maja sover dårligt; vi aftaler ro efter kl. 22.', basis: null },
      ],
      decisions: 'Musikaften hver torsdag.',
      followUps: [{ text: 'Spørg Ali om torsdag passer', owner: 'Bo', dueDate: addDays(today(), 3) }],
      createdBy: { id: ids.user('bo'), displayName: 'Bo Nygaard' },
    });
    const logged = await t.sql<{ citizen_id: string; context: Record<string, unknown> }>(`select citizen_id, context from audit_log where action = 'meeting.write' and context->>'id' = $1 order by id`, [res.body.id]);
    expect(logged).toEqual([
      { citizen_id: ali, context: { record: 'meeting', id: res.body.id } },
      { citizen_id: maja, context: { record: 'meeting', id: res.body.id } },
    ]);
  });

  it('without residents is logged once, without a citizen', async () => {
    const res = await bo.post(`${API}/collaboration-meetings`, meeting({ heldOn: addDays(today(), -3), topic: 'Planlægning af sommerturen' }));
    expect(res.status).toBe(201);
    created.push(res.body.id);
    expect(res.body.residents).toEqual([]);
    const logged = await t.sql(`select citizen_id from audit_log where action = 'meeting.write' and context->>'id' = $1`, [res.body.id]);
    expect(logged).toEqual([{ citizen_id: null }]);
  });

  it('refuses a meeting in the future, a colleague from another unit, a resident of another unit, a resident twice, and stores nothing', async () => {
    const bad: [Record<string, unknown>, string, string][] = [
      [meeting({ heldOn: addDays(today(), 1) }), 'heldOn', 'in_future'],
      [meeting({ participants: [me(), { name: 'Vita Sørensen', external: false, userId: ids.user('vita') }] }), 'participants.1.userId', 'not_in_unit'],
      [meeting({ residents: [{ citizenId: elsewhere }] }), 'residents.0.citizenId', 'not_in_unit'],
      [meeting({ residents: [{ citizenId: ali }, { citizenId: ali }] }), 'residents.1.citizenId', 'invalid_value'],
    ];
    for (const [body, path, code] of bad) {
      const res = await refused(() => bo.post(`${API}/collaboration-meetings`, body), 422, 'validation_failed');
      expect(res.body.errors).toEqual([{ path, code }]);
    }
  });

  it('is recorded only by staff of the unit: the leader, the peer and the administrator are refused, others do not find the unit', async () => {
    for (const client of [boleder, peer, admin]) await refused(() => client.post(`${API}/collaboration-meetings`, meeting()), 403, 'forbidden');
    for (const client of [vita, spotter]) await refused(() => client.post(`${API}/collaboration-meetings`, meeting()), 404, 'not_found');
  });
});

describe('a meeting with people from outside', () => {
  const psychiatry = (residents: unknown[], extra: Record<string, unknown> = {}) =>
    meeting({ kind: 'psychiatry', heldOn: addDays(today(), -1), topic: 'Samarbejdsmøde med psykiatrien', participants: [me(), psychiatrist], residents, ...extra });
  let psychiatryConsent: string;

  it('needs someone from outside unless it is internal', async () => {
    const res = await refused(() => bo.post(`${API}/collaboration-meetings`, meeting({ kind: 'municipality' })), 422, 'validation_failed');
    expect(res.body.errors).toEqual([{ path: 'participants', code: 'external_needed' }]);
  });

  it('is refused for a resident without a consent, or with a consent naming another party', async () => {
    let res = await refused(() => bo.post(`${API}/collaboration-meetings`, psychiatry([{ citizenId: ali }])), 409, 'no_valid_consent');
    expect(res.body.errors).toEqual([{ path: 'residents.0.consentId', code: 'required' }]);

    const other = await bo.post(`${API}/citizens/${ali}/consents`, consent('Misbrugscentret'));
    expect(other.status).toBe(201);
    await refused(() => bo.post(`${API}/collaboration-meetings`, psychiatry([{ citizenId: ali }])), 409, 'no_valid_consent');
    res = await refused(() => bo.post(`${API}/collaboration-meetings`, psychiatry([{ citizenId: ali, consentId: other.body.id }])), 409, 'no_valid_consent');
    expect(res.body.errors).toEqual([{ path: 'residents.0.consentId', code: 'invalid_value' }]);
  });

  it('is recorded with the consent naming the external organisation, which the meeting shows as its basis', async () => {
    const given = await bo.post(`${API}/citizens/${ali}/consents`, consent('Psykiatrien Nord'));
    expect(given.status).toBe(201);
    psychiatryConsent = given.body.id;
    const res = await bo.post(`${API}/collaboration-meetings`, psychiatry([{ citizenId: ali, discussed: 'Medicinen og søvnen.' }]));
    expect(res.status).toBe(201);
    created.push(res.body.id);
    expect(res.body.participants).toContainEqual({ ...psychiatrist, userId: null });
    expect(res.body.residents).toEqual([
      { citizen: { id: ali, displayName: 'Ali Rahimi' }, discussed: 'Medicinen og søvnen.', basis: { id: psychiatryConsent, kind: 'consent', party: 'Psykiatrien Nord' } },
    ]);
    const [stored] = await t.sql<{ consent_id: string }>(`select consent_id from meeting_residents where meeting_id = $1`, [res.body.id]);
    expect(stored.consent_id).toBe(psychiatryConsent);
  });

  it('needs a basis for each external party and each resident; one missing refuses the whole meeting', async () => {
    const withMunicipality = psychiatry([{ citizenId: ali }], { participants: [me(), psychiatrist, { name: 'Sagsbehandler', organisation: 'Demo Kommune', external: true }] });
    await refused(() => bo.post(`${API}/collaboration-meetings`, withMunicipality), 409, 'no_valid_consent');
    const res = await refused(() => bo.post(`${API}/collaboration-meetings`, psychiatry([{ citizenId: ali }, { citizenId: maja }])), 409, 'no_valid_consent');
    expect(res.body.errors).toEqual([{ path: 'residents.1.consentId', code: 'required' }]);
  });

  it('is refused once the consent is withdrawn', async () => {
    expect((await bo.post(`${API}/consents/${psychiatryConsent}/withdraw`)).status).toBe(200);
    const res = await refused(() => bo.post(`${API}/collaboration-meetings`, psychiatry([{ citizenId: ali, consentId: psychiatryConsent }])), 409, 'consent_withdrawn');
    expect(res.body.errors).toEqual([{ path: 'residents.0.consentId', code: 'invalid_value' }]);
    await refused(() => bo.post(`${API}/collaboration-meetings`, psychiatry([{ citizenId: ali }])), 409, 'no_valid_consent');
  });

  it('about no resident needs no consent', async () => {
    const res = await bo.post(`${API}/collaboration-meetings`, meeting({ kind: 'addiction', topic: 'Generelt om samarbejdet', participants: [me(), { name: 'Misbrugscentret', external: true }] }));
    expect(res.status).toBe(201);
    created.push(res.body.id);
  });
});

describe('the list of meetings', () => {
  type Item = { id: string; topic: string; heldOn: string; residents: { citizen: { id: string }; discussed: string | null }[] };
  const topics = (res: Response) => (res.body.items as Item[]).map((m) => m.topic);
  /** The topics of the meetings recorded in this file (the demo has meetings of its own). */
  const ours = (res: Response) => (res.body.items as (Item & { id: string })[]).filter((m) => created.includes(m.id)).map((m) => m.topic);

  it('shows staff and the leader the unit’s meetings, newest first, and logs one read per resident listed', async () => {
    const [{ last }] = await t.sql<{ last: string }>(`select coalesce(max(id), 0)::text as last from audit_log`);
    const res = await bo.get(`${API}/collaboration-meetings`);
    expect(res.status).toBe(200);
    const items = res.body.items as Item[];
    expect(items.map((m) => m.heldOn)).toEqual([...items.map((m) => m.heldOn)].sort().reverse());
    expect(ours(res)).toEqual(['Generelt om samarbejdet', 'Samarbejdsmøde med psykiatrien', 'Planlægning af sommerturen', 'Personalemøde om Ali og Maja']);

    const listed = new Map<string, number>();
    for (const m of items) for (const r of m.residents) listed.set(r.citizen.id, (listed.get(r.citizen.id) ?? 0) + 1);
    expect(listed.get(ali)).toBeGreaterThanOrEqual(2);
    const logged = await t.sql<{ action: string; citizen_id: string; context: { record: string; count: number } }>(`select action, citizen_id, context from audit_log where id > $1 order by id`, [last]);
    expect(logged.every((l) => l.action === 'meeting.read' && l.context.record === 'meeting')).toBe(true);
    expect(new Map(logged.map((l) => [l.citizen_id, l.context.count]))).toEqual(listed);
    expect(logged).toHaveLength(listed.size);

    const leader = await boleder.get(`${API}/collaboration-meetings?unitId=${unit}`);
    expect(leader.status).toBe(200);
    expect(topics(leader)).toEqual(topics(res));
    // The leader sees who was discussed, not what was said about them.
    const leaderResidents = (leader.body.items as Item[]).flatMap((m) => m.residents);
    expect(leaderResidents.length).toBeGreaterThan(0);
    expect(leaderResidents.every((r) => r.discussed === null)).toBe(true);
    expect(leader.text).not.toContain('Medicinen og søvnen.');
    const aboutResidents = (leader.body.items as { residents: unknown[]; decisions: string | null; followUps: unknown[] }[]).filter((m) => m.residents.length > 0);
    expect(aboutResidents.every((m) => m.decisions === null && m.followUps.length === 0)).toBe(true);
    expect(leader.text).not.toContain('Musikaften hver torsdag.');
  });

  it('narrows to the meetings that discussed one resident', async () => {
    const res = await bo.get(`${API}/collaboration-meetings?citizenId=${maja}`);
    expect(res.status).toBe(200);
    expect((res.body.items as Item[]).every((m) => m.residents.some((r) => r.citizen.id === maja))).toBe(true);
    expect(ours(res)).toEqual(['Personalemøde om Ali og Maja']);
    const ofAli = await bo.get(`${API}/collaboration-meetings?unitId=${unit}&citizenId=${ali}`);
    expect(ours(ofAli)).toEqual(['Samarbejdsmøde med psykiatrien', 'Personalemøde om Ali og Maja']);
  });

  it('is closed to the peer and the administrator, and another unit’s staff neither find the unit nor its meetings', async () => {
    expectProblem(await peer.get(`${API}/collaboration-meetings`), 403, 'forbidden');
    expectProblem(await peer.get(`${API}/collaboration-meetings?unitId=${unit}`), 403, 'forbidden');
    expectProblem(await admin.get(`${API}/collaboration-meetings?unitId=${unit}`), 403, 'forbidden');
    expectProblem(await spotter.get(`${API}/collaboration-meetings`), 403, 'forbidden');
    expectProblem(await vita.get(`${API}/collaboration-meetings?unitId=${unit}`), 404, 'not_found');
    expectProblem(await vita.get(`${API}/collaboration-meetings?citizenId=${ali}`), 404, 'not_found');
    const own = await vita.get(`${API}/collaboration-meetings`);
    expect(own.status).toBe(200);
    expect((own.body.items as { unitId: string }[]).filter((m) => m.unitId === unit)).toEqual([]);
  });
});
