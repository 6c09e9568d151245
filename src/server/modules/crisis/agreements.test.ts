import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, today } from '../outreach/dates';

/**
 * Collaboration agreements between a crisis center and a municipality: who enters them, who sees
 * them, and that a municipality without a valid one cannot send requests to the crisis center.
 */

let t: TestContext;
let ids: DemoIds;
let admin: Client;
let leder: Client;
let krise: Client;
let mentor: Client;
let anden: Client;
let crisisOrg: string;
let demoOrg: string;
let otherOrg: string;

const agreement = (extra: Record<string, unknown> = {}) => ({
  crisisCenterOrganisationId: crisisOrg,
  municipalityOrganisationId: demoOrg,
  validFrom: addDays(today(), -400),
  validTo: addDays(today(), -201),
  quickMedicalDelegation: false,
  actionPlanWork: true,
  midwayParticipation: true,
  dropInCollaboration: false,
  socialMentorUserId: ids.user('mentor'),
  spotterUserIds: [ids.user('spotter')],
  notes: 'Den tidligere aftale fra forsøgsperioden.',
  ...extra,
});

const counts = () => snapshotCounts(t, ['collaboration_agreements', 'crisis_requests']);

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [admin, leder, krise, mentor, anden] = await Promise.all(['admin', 'leder', 'krise', 'mentor', 'anden'].map((u) => t.login(u)));
  crisisOrg = ids.org('Akutkrisecentret');
  demoOrg = ids.org('Demo Kommune');
  otherOrg = ids.org('Anden Kommune');
});
afterAll(() => t.close());

describe('collaboration agreements', () => {
  it('both parties see the demo agreement; another municipality does not', async () => {
    const expected = {
      crisisCenter: { id: crisisOrg, name: 'Akutkrisecentret' },
      municipality: { id: demoOrg, name: 'Demo Kommune' },
      validFrom: addDays(today(), -200),
      validTo: null,
      activeNow: true,
      quickMedicalDelegation: true,
      actionPlanWork: true,
      midwayParticipation: true,
      dropInCollaboration: true,
      socialMentor: { id: ids.user('mentor'), displayName: 'Morten Juhl' },
      spotters: [{ id: ids.user('spotter'), displayName: 'Sara Vinther' }],
    };
    for (const client of [krise, mentor, leder, await t.login('spotter')]) {
      const { items } = (await client.get(`${API}/collaboration-agreements`)).body;
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject(expected);
      expect(items[0].notes).toContain('kommandovej');
    }
    expect((await anden.get(`${API}/collaboration-agreements`)).body).toEqual({ items: [] });
  });

  it('a leader or an administrator of a party enters one; workers and outsiders may not', async () => {
    for (const client of [krise, mentor, anden]) expectProblem(await client.post(`${API}/collaboration-agreements`, agreement()), 403, 'forbidden');
    expectProblem(await leder.post(`${API}/collaboration-agreements`, agreement({ municipalityOrganisationId: otherOrg })), 403, 'forbidden');
    expectProblem(await krise.get(`${API}/collaboration-agreements/parties`), 403, 'forbidden');

    const parties = (await leder.get(`${API}/collaboration-agreements/parties`)).body;
    expect(parties.organisations.map((o: { name: string }) => o.name)).toEqual(['Akutkrisecentret', 'Anden Kommune', 'Bostedet', 'Demo Kommune']);
    expect(parties.people.find((p: { id: string }) => p.id === ids.user('mentor'))).toMatchObject({ organisationId: demoOrg, roles: ['social_mentor'] });
    expect(parties.people.find((p: { id: string }) => p.id === ids.user('krise'))).toBeUndefined();
    // A case officer choosing a provider to share a plan with gets the organisations, not the staff.
    const forCaseOfficer = (await (await t.login('myndighed')).get(`${API}/collaboration-agreements/parties`)).body;
    expect(forCaseOfficer).toEqual({ organisations: parties.organisations, people: [] });

    const res = await leder.post(`${API}/collaboration-agreements`, agreement());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ activeNow: false, validTo: addDays(today(), -201), quickMedicalDelegation: false, socialMentor: { displayName: 'Morten Juhl' }, notes: 'Den tidligere aftale fra forsøgsperioden.' });
    const seenByCenter = (await krise.get(`${API}/collaboration-agreements`)).body.items;
    expect(seenByCenter.map((a: { activeNow: boolean }) => a.activeNow)).toEqual([true, false]);
  });

  it('refuses an agreement naming a social mentor or spotter who is not one, or with wrong parties or dates, and saves nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string][] = [
      [{ socialMentorUserId: ids.user('vita') }, 'socialMentorUserId'],
      [{ socialMentorUserId: ids.user('krise') }, 'socialMentorUserId'],
      [{ spotterUserIds: [ids.user('spotter'), ids.user('krise')] }, 'spotterUserIds.1'],
      [{ crisisCenterOrganisationId: ids.org('Bostedet') }, 'crisisCenterOrganisationId'],
      [{ municipalityOrganisationId: crisisOrg }, 'municipalityOrganisationId'],
    ];
    for (const [extra, path] of cases) {
      const res = await admin.post(`${API}/collaboration-agreements`, agreement(extra));
      expect({ status: res.status, errors: res.body.errors }, path).toEqual({ status: 422, errors: [{ path, code: 'invalid_value' }] });
    }
    const dates = await admin.post(`${API}/collaboration-agreements`, agreement({ validFrom: today(), validTo: addDays(today(), -1) }));
    expect(dates.status).toBe(422);
    expect(dates.body.errors).toEqual([{ path: 'validTo', code: 'before_start' }]);
    expect(await counts()).toEqual(before);
  });
});

describe('a municipality without an agreement', () => {
  let sofie: Client;
  let sofieId: string;
  let spottingId: string;

  it('gets a social mentor through the admin API; the spotting lands in her queue', async () => {
    const user = await admin.post(`${API}/admin/users`, { username: 'sofie.mentor', displayName: 'Sofie Mentor', password: 'anden-kommune-2026' });
    expect(user.status).toBe(201);
    sofieId = user.body.id;
    const membership = await admin.post(`${API}/admin/users/${user.body.id}/memberships`, { unitId: ids.unit('Opsøgende team'), role: 'social_mentor' });
    expect(membership.status).toBe(201);
    sofie = await t.login('sofie.mentor', 'anden-kommune-2026');
    const spotted = await anden.post(`${API}/spottings`, { alias: 'Kvinden ved rådhuset', seen: 'Græder, fryser og siger, hun ikke kan mere.', lifeThreatening: true });
    expect(spotted.status).toBe(201);
    spottingId = spotted.body.id;
    const queue = (await sofie.get(`${API}/spottings`)).body.items;
    expect(queue.map((s: { id: string; citizen: { displayName: string } }) => [s.id, s.citizen.displayName])).toEqual([[spottingId, 'Kvinden ved rådhuset']]);
    expect((await mentor.get(`${API}/spottings`)).body.items.find((s: { id: string }) => s.id === spottingId)).toBeUndefined();
    const screened = await sofie.post(`${API}/spottings/${spottingId}/screening`, { items: { acuteCrisis: true }, assessment: 'I målgruppen', inTargetGroup: true });
    expect(screened.body.status).toBe('in_target_group');
  });

  it('cannot send a request without an agreement valid today (409 no_collaboration_agreement); nothing is saved', async () => {
    const expired = await admin.post(`${API}/collaboration-agreements`, agreement({ municipalityOrganisationId: otherOrg, socialMentorUserId: sofieId, spotterUserIds: [] }));
    expect(expired.body).toMatchObject({ activeNow: false, municipality: { name: 'Anden Kommune' } });
    const before = await counts();
    const res = await sofie.post(`${API}/crisis-requests`, { spottingId, crisisCenterOrganisationId: crisisOrg, summary: 'Har brug for ro og omsorg nu.' });
    expectProblem(res, 409, 'no_collaboration_agreement');
    expect(res.body.errors).toEqual([{ path: 'crisisCenterOrganisationId', code: 'invalid_value' }]);
    expect(await counts()).toEqual(before);
    expect((await anden.get(`${API}/spottings/${spottingId}`)).body.status).toBe('in_target_group');
  });

  it('can send it once an agreement names its social mentor; the center receives it, Demo Kommune does not see it', async () => {
    const entered = await admin.post(`${API}/collaboration-agreements`, agreement({ municipalityOrganisationId: otherOrg, socialMentorUserId: sofieId, spotterUserIds: [ids.user('anden')], validFrom: today(), validTo: null }));
    expect(entered.status).toBe(201);
    expect(entered.body).toMatchObject({ activeNow: true, socialMentor: { displayName: 'Sofie Mentor' }, spotters: [{ displayName: 'Anna Andersen' }] });
    expect((await anden.get(`${API}/collaboration-agreements`)).body.items.map((a: { activeNow: boolean }) => a.activeNow)).toEqual([true, false]);

    const res = await sofie.post(`${API}/crisis-requests`, { spottingId, crisisCenterOrganisationId: crisisOrg, summary: 'Har brug for ro og omsorg nu.' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'requested', municipality: { name: 'Anden Kommune' }, requestedBy: { displayName: 'Sofie Mentor' } });
    expect((await krise.get(`${API}/crisis-requests/${res.body.id}`)).body.citizen.displayName).toBe('Kvinden ved rådhuset');
    expectProblem(await mentor.get(`${API}/crisis-requests/${res.body.id}`), 404, 'not_found');
    expect((await anden.get(`${API}/spottings/${spottingId}`)).body).toMatchObject({ status: 'requested', citizen: null });
  });
});
