import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';

/**
 * Where the pathway stops: access ends with the courses (plus the grace period), one open request
 * per citizen, nothing rewritten once a stay or a pathway has ended, and a break-the-glass grant
 * that does not reach into another organisation.
 */

let t: TestContext;
let ids: DemoIds;
let spotter: Client;
let mentor: Client;
let krise: Client;
let myndighed: Client;
let vita: Client;
let crisisOrg: string;
let per: string;
let perRequest: { id: string; pathwayCourseId: string; stayCourseId: string };

const SCREENING = { items: { acuteCrisis: true, substanceUse: true }, assessment: 'Akut krise, i målgruppen.', inTargetGroup: true };
const PICKUP = { plannedAt: new Date(Date.now() - 60 * 60_000).toISOString(), transport: 'taxi', accompaniedBy: 'Morten' };

const counts = () => snapshotCounts(t, ['spottings', 'crisis_requests', 'checklist_ticks', 'midway_meetings', 'future_plan_versions', 'action_plan_shares']);

/** Spotted by Sara and screened into the target group by Morten. */
async function screened(alias: string) {
  const spotted = await spotter.post(`${API}/spottings`, { alias, seen: `${alias} er faldet om på pladsen` });
  const res = await mentor.post(`${API}/spottings/${spotted.body.id}/screening`, SCREENING);
  expect(res.status).toBe(200);
  return res.body as { id: string; courseId: string; citizen: { id: string } };
}

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [spotter, mentor, krise, myndighed, vita] = await Promise.all(['spotter', 'mentor', 'krise', 'myndighed', 'vita'].map((u) => t.login(u)));
  crisisOrg = ids.org('Akutkrisecentret');
  per = ids.citizen('Per Madsen');
  [perRequest] = (await mentor.get(`${API}/crisis-requests?status=admitted`)).body.items.filter((r: { citizen: { id: string } }) => r.citizen.id === per);
});
afterAll(() => t.close());

describe('one open request per citizen', () => {
  it('a citizen mid-stay cannot be requested for again, whichever way the request comes', async () => {
    const spotted = await mentor.post(`${API}/spottings`, { citizenId: per, seen: 'Per er set på pladsen igen, forvirret.' });
    expect(spotted.status).toBe(201);
    await mentor.post(`${API}/spottings/${spotted.body.id}/screening`, SCREENING);
    const before = await counts();
    expectProblem(await mentor.post(`${API}/crisis-requests`, { spottingId: spotted.body.id, crisisCenterOrganisationId: crisisOrg, summary: 'Igen' }), 409, 'conflict');
    expect(await counts()).toEqual(before);
  });

  it('a request by citizen id answers the screened spotting, which then cannot be requested again', async () => {
    const spotting = await screened('Kvinden ved fontænen');
    const byCitizen = await mentor.post(`${API}/crisis-requests`, { citizenId: spotting.citizen.id, crisisCenterOrganisationId: crisisOrg, summary: 'Via borgeren' });
    expect(byCitizen.status).toBe(201);
    expect((await spotter.get(`${API}/spottings/${spotting.id}`)).body.status).toBe('requested');
    expect((await mentor.get(`${API}/spottings/${spotting.id}`)).body.requestId).toBe(byCitizen.body.id);
    expectProblem(await mentor.post(`${API}/crisis-requests`, { spottingId: spotting.id, crisisCenterOrganisationId: crisisOrg, summary: 'Igen' }), 409, 'conflict');
  });
});

describe('nothing is rewritten once it has ended', () => {
  it('closing the pathway withdraws a waiting request, and the center can no longer admit', async () => {
    const spotting = await screened('Manden i busskuret');
    const sent = await mentor.post(`${API}/crisis-requests`, { spottingId: spotting.id, crisisCenterOrganisationId: crisisOrg, summary: 'Akut' });
    const closed = await mentor.post(`${API}/courses/${spotting.courseId}/close`, { reason: 'request_withdrawn', summary: 'Borgeren ville alligevel ikke.' });
    expect(closed.status).toBe(200);
    expect((await krise.get(`${API}/crisis-requests/${sent.body.id}`)).body).toMatchObject({ status: 'withdrawn', withdrawnAt: expect.any(String) });
    expect((await spotter.get(`${API}/spottings/${spotting.id}`)).body.status).toBe('withdrawn');
    const before = await counts();
    expectProblem(await krise.post(`${API}/crisis-requests/${sent.body.id}/decision`, { decision: 'admit' }), 409, 'request_not_open');
    // Screening again on the ended course is refused too.
    expectProblem(await mentor.post(`${API}/spottings/${spotting.id}/screening`, SCREENING), 409, 'already_screened');
    expect(await counts()).toEqual(before);
  });

  it('a confirmed pickup is not taken back by leaving it out', async () => {
    const res = await krise.post(`${API}/crisis-requests/${perRequest.id}/pickup`, { ...PICKUP, arrivedAt: new Date().toISOString() });
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual({ path: 'pickedUpAt', code: 'required' });
  });

  it('after the stay ended, its pickup, midway meeting and future plan are history', async () => {
    for (const to of ['stabilisation', 'discharge']) expect((await krise.post(`${API}/courses/${perRequest.stayCourseId}/phase`, { to, reason: 'Efter planen' })).status).toBe(200);
    expect((await krise.post(`${API}/courses/${perRequest.stayCourseId}/close`, { reason: 'discharged', summary: 'Udskrevet.' })).status).toBe(200);
    const requested = (await krise.get(`${API}/crisis-requests/${perRequest.id}`)).body;
    const before = await counts();
    expectProblem(await krise.post(`${API}/crisis-requests/${perRequest.id}/pickup`, { ...PICKUP, pickedUpAt: requested.pickup.pickedUpAt, arrivedAt: requested.pickup.arrivedAt }), 409, 'course_not_active');
    // Through the mentor's course, now at homecoming, the ended stay is not written to either.
    expectProblem(await mentor.request('PUT', `${API}/courses/${perRequest.pathwayCourseId}/midway-meeting`, { held: true }), 409, 'course_not_active');
    expectProblem(await mentor.request('PUT', `${API}/courses/${perRequest.pathwayCourseId}/future-plan`, { wishes: 'Efter opholdet', writtenWithCitizen: true }), 409, 'course_not_active');
    expect(await counts()).toEqual(before);
    expect((await mentor.get(`${API}/courses/${perRequest.pathwayCourseId}/midway-meeting`)).status).toBe(200);
  });
});

describe('access ends with the courses', () => {
  it('after the grace period the mentor no longer sees the spotting or the request, and the center no longer the declined request', async () => {
    const spotting = await screened('Manden ved kirken');
    const sent = await mentor.post(`${API}/crisis-requests`, { spottingId: spotting.id, crisisCenterOrganisationId: crisisOrg, summary: 'Akut' });
    expect((await krise.post(`${API}/crisis-requests/${sent.body.id}/decision`, { decision: 'decline', reason: 'Fuldt belagt' })).status).toBe(200);
    await mentor.post(`${API}/courses/${spotting.courseId}/close`, { reason: 'declined_by_center', summary: 'Afvist, fuldt belagt.' });
    expect((await mentor.get(`${API}/spottings/${spotting.id}`)).status).toBe(200);
    expect((await krise.get(`${API}/crisis-requests/${sent.body.id}`)).status).toBe(200);
    // 31 days later (the grace period is 30):
    await t.sql(`update courses set ended_at = ended_at - interval '31 days' where id = $1`, [spotting.courseId]);
    await t.sql(`update crisis_requests set decided_at = decided_at - interval '31 days' where id = $1`, [sent.body.id]);
    for (const [client, path] of [
      [mentor, `/spottings/${spotting.id}`],
      [mentor, `/crisis-requests/${sent.body.id}`],
      [krise, `/crisis-requests/${sent.body.id}`],
      [myndighed, `/crisis-requests/${sent.body.id}`],
    ] as const) {
      expectProblem(await client.get(`${API}${path}`), 404, 'not_found');
    }
    expect((await mentor.get(`${API}/spottings`)).body.items.find((x: { id: string }) => x.id === spotting.id)).toBeUndefined();
    // The spotter still sees the status of what she registered, and nothing more.
    expect((await spotter.get(`${API}/spottings/${spotting.id}`)).body).toMatchObject({ status: 'declined', citizen: null, screening: null });
  });

  it("a break-the-glass grant opens the municipality's courses, not the crisis center's stay", async () => {
    const grant = await vita.post(`${API}/break-glass`, { citizenId: per, reason: 'Akut: borgeren er fundet forkommen på pladsen' });
    expect(grant.status).toBe(201);
    expect((await vita.get(`${API}/citizens/${per}`)).status).toBe(200);
    const courses = (await vita.get(`${API}/citizens/${per}/courses`)).body.items.map((c: { method: string }) => c.method);
    expect(courses).not.toContain('crisis_stay');
    for (const path of [`/courses/${perRequest.stayCourseId}`, `/courses/${perRequest.stayCourseId}/sessions`, `/courses/${perRequest.stayCourseId}/checklists`]) {
      expectProblem(await vita.get(`${API}${path}`), 404, 'not_found');
    }
  });
});

describe('§141 sharing names the recipient organisation', () => {
  it('a consent naming the crisis center does not cover sharing with another organisation under that name', async () => {
    await myndighed.post(`${API}/citizens/${per}/consents`, {
      kind: 'consent', information: 'Handleplanens formål', party: 'Akutkrisecentret', direction: 'to', purpose: 'Samarbejde', form: 'written', validFrom: '2026-01-01',
    });
    const before = await counts();
    const res = await myndighed.post(`${API}/citizens/${per}/action-plans`, {
      purpose: 'Ro og bolig',
      supportNeeded: 'Bostøtte',
      citizenParticipation: 'Med til mødet',
      sharedSections: ['purpose'],
      sharedWith: 'Akutkrisecentret',
      shareWithOrganisationId: ids.org('Anden Kommune'),
    });
    expectProblem(res, 409, 'no_valid_consent');
    expect(await counts()).toEqual(before);
  });
});
