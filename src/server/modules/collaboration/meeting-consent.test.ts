import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, demoIds, type DemoIds } from '../../test/helpers';
import { addDays, today } from '../outreach/dates';

/**
 * The consent rule for collaboration meetings (domain §7, decision 0006): a resident discussed with an
 * external party needs a consent naming that party, or a legal basis, valid now. Each test tries a
 * meeting that must be refused, and checks nothing was recorded.
 */

let t: TestContext;
let ids: DemoIds;
let bo: Client;
let unit: string;
const me = () => ({ name: 'Bo Nygaard', external: false, userId: ids.user('bo') });

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  bo = await t.login('bo');
  unit = ids.unit('Bostedet');
});
afterAll(() => t.close());

const meeting = (participants: unknown[], citizenId: string, extra: Record<string, unknown> = {}) => ({
  unitId: unit,
  kind: 'internal',
  heldOn: addDays(today(), -1),
  topic: 'Møde',
  participants: [me(), ...participants],
  residents: [{ citizenId, discussed: 'Drikker meget om aftenen; medicinen virker ikke.' }],
  ...extra,
});
const meetingCount = async () => Number((await t.sql<{ n: string }>(`select count(*) n from collaboration_meetings`))[0].n);
const consent = (citizenId: string, party: string, extra: Record<string, unknown> = {}) =>
  bo.post(`${API}/citizens/${citizenId}/consents`, {
    kind: 'consent',
    information: 'Hvordan det går',
    party,
    direction: 'to',
    purpose: 'Samarbejde',
    form: 'written',
    validFrom: addDays(today(), -1),
    ...extra,
  });

describe('a resident discussed with someone from outside', () => {
  it('cannot slip an outsider in as an internal participant (no user id, another organisation)', async () => {
    // Tobias has no consent at all. An internal participant is a colleague picked by user id.
    const before = await meetingCount();
    const res = await bo.post(
      `${API}/collaboration-meetings`,
      meeting([{ name: 'Dorte Lund', organisation: 'Psykiatrien Nord', external: false }], ids.citizen('Tobias Winther')),
    );
    expect(res.status).toBe(422);
    expect(res.body.errors?.map((e: { path: string }) => e.path)).toContain('participants.1.userId');
    // Typed in as the outsider they are, the meeting still needs a basis for Tobias.
    const external = await bo.post(
      `${API}/collaboration-meetings`,
      meeting([{ name: 'Dorte Lund', organisation: 'Psykiatrien Nord', external: true }], ids.citizen('Tobias Winther'), { kind: 'psychiatry' }),
    );
    expect(external.status).toBe(409);
    expect(await meetingCount()).toBe(before);
  });

  it('is not covered by a consent naming a different party that merely contains the same word', async () => {
    const helle = ids.citizen('Helle Jakobsen');
    expect((await consent(helle, 'Psykiatrien')).status).toBe(201);
    // Forensic psychiatry is not the party the consent names; nor is an organisation called "e".
    const forensic = await bo.post(`${API}/collaboration-meetings`, meeting([{ name: 'Overlæge', organisation: 'Retspsykiatrien Sct. Hans', external: true }], helle, { kind: 'psychiatry' }));
    expect.soft(forensic.status).toBe(409);
    const letter = await bo.post(`${API}/collaboration-meetings`, meeting([{ name: 'Ukendt', organisation: 'e', external: true }], helle, { kind: 'other' }));
    expect.soft(letter.status).toBe(409);
  });

  it('is not covered by a legal basis for receiving information from the party (direction "from")', async () => {
    const maja = ids.citizen('Maja Kristensen');
    const basis = await consent(maja, 'Misbrugscentret Syd', { kind: 'legal_basis', form: undefined, legalBasis: 'Servicelovens § 12', direction: 'from' });
    expect(basis.status).toBe(201);
    const res = await bo.post(`${API}/collaboration-meetings`, meeting([{ name: 'Rådgiver', organisation: 'Misbrugscentret Syd', external: true }], maja, { kind: 'addiction' }));
    expect(res.status).toBe(409);
  });
});

describe('the leader', () => {
  it("sees that a resident was discussed, not what was decided about them (as on the team board)", async () => {
    const res = await bo.post(`${API}/collaboration-meetings`, {
      unitId: unit,
      kind: 'internal',
      heldOn: addDays(today(), -1),
      topic: 'Personalemøde',
      participants: [me()],
      residents: [{ citizenId: ids.citizen('Ali Rahimi'), discussed: 'Søvnen.' }],
      decisions: 'Ali tilbydes samtale om sit forbrug af hash hver mandag.',
      followUps: [{ text: 'Tal med Ali om hash og søvn', owner: 'Bo', dueDate: today() }],
    });
    expect(res.status).toBe(201);
    const leader = await (await t.login('boleder')).get(`${API}/collaboration-meetings?unitId=${unit}`);
    expect(leader.status).toBe(200);
    expect(leader.text).not.toContain('hash');
  });
});
