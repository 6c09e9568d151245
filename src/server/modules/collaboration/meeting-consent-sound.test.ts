import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, today } from '../outreach/dates';

/** The consent rule for meetings holds against these attempts (all refused, nothing stored). */

let t: TestContext;
let ids: DemoIds;
let bo: Client;
let unit: string;
const TABLES = ['collaboration_meetings', 'meeting_residents'];
beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  bo = await t.login('bo');
  unit = ids.unit('Bostedet');
});
afterAll(() => t.close());

const me = () => ({ name: 'Bo Nygaard', external: false, userId: ids.user('bo') });
const consent = (citizenId: string, party: string, extra: Record<string, unknown> = {}) =>
  bo.post(`${API}/citizens/${citizenId}/consents`, { kind: 'consent', information: 'Hvordan det går', party, direction: 'to', purpose: 'Samarbejde', form: 'written', validFrom: addDays(today(), -1), ...extra });
const post = (participants: unknown[], residents: unknown[], kind = 'psychiatry') =>
  bo.post(`${API}/collaboration-meetings`, { unitId: unit, kind, heldOn: today(), topic: 'Møde', participants: [me(), ...participants], residents });

describe('the consent rule holds', () => {
  it('against a consent of another resident, a consent "from" the party, an expired or future one, an internal meeting with an outsider, and two spellings of one party', async () => {
    const ali = ids.citizen('Ali Rahimi');
    const helle = ids.citizen('Helle Jakobsen');
    const aliConsent = await consent(ali, 'Psykiatrien Nord');
    const from = await consent(helle, 'Psykiatrien Nord', { direction: 'from' });
    await consent(helle, 'Psykiatrien Nord', { validFrom: addDays(today(), -30), validTo: addDays(today(), -1) });
    await consent(helle, 'Psykiatrien Nord', { validFrom: addDays(today(), 2) });
    const psychiatrist = { name: 'Dorte Lund', organisation: 'Psykiatrien Nord', external: true };
    const before = await snapshotCounts(t, TABLES);
    expectProblem(await post([psychiatrist], [{ citizenId: helle, consentId: aliConsent.body.id }]), 409, 'no_valid_consent');
    expectProblem(await post([psychiatrist], [{ citizenId: helle, consentId: from.body.id }]), 409, 'no_valid_consent');
    expectProblem(await post([psychiatrist], [{ citizenId: helle }]), 409, 'no_valid_consent');
    expectProblem(await post([psychiatrist], [{ citizenId: helle }], 'internal'), 409, 'no_valid_consent');
    // Ali's consent names "Psykiatrien Nord"; a second participant spelled differently is the same party, a third party is not covered.
    const ok = [psychiatrist, { name: 'Sygeplejerske', organisation: 'PSYKIATRIEN NORD', external: true }];
    expectProblem(await post([...ok, { name: 'Sagsbehandler', organisation: 'Jobcentret', external: true }], [{ citizenId: ali }]), 409, 'no_valid_consent');
    expect(await snapshotCounts(t, TABLES)).toEqual(before);
    expect((await post(ok, [{ citizenId: ali }])).status).toBe(201);
  });
});
