import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, countRows, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, localDate, today } from '../outreach/dates';

/**
 * The crisis-center pathway off the straight road: bad input, declined and withdrawn requests, a
 * stay without a planned length, and who sees nothing at all. Every refusal leaves the data as it was.
 */

let t: TestContext;
let ids: DemoIds;
let spotter: Client;
let mentor: Client;
let krise: Client;
let vita: Client;
let anden: Client;
let crisisOrg: string;

const SCREENING_ITEMS = { acuteCrisis: true, lifeThreatening: false, sociallyVulnerable: true, basicNeedsUnmet: true, motivatedForStay: true };

/** The crisis tables and the usual ones: a refused request must leave them all unchanged. */
const counts = () => snapshotCounts(t, ['spottings', 'crisis_requests', 'checklist_ticks', 'midway_meetings']);

/** A spotting by Sara, screened by Morten (in the target group unless told otherwise). */
async function screenedSpotting(alias: string, inTargetGroup = true) {
  const spotted = await spotter.post(`${API}/spottings`, { alias, seen: `${alias} sidder alene og fryser`, place: 'Banegårdspladsen' });
  expect(spotted.status).toBe(201);
  const screened = await mentor.post(`${API}/spottings/${spotted.body.id}/screening`, { items: SCREENING_ITEMS, assessment: `Vurdering af ${alias}`, inTargetGroup });
  expect(screened.status).toBe(200);
  return screened.body as { id: string; courseId: string; citizen: { id: string } };
}

async function sentRequest(alias: string) {
  const spotting = await screenedSpotting(alias);
  const res = await mentor.post(`${API}/crisis-requests`, { spottingId: spotting.id, crisisCenterOrganisationId: crisisOrg, summary: `Anmodning for ${alias}` });
  expect(res.status).toBe(201);
  return { spotting, request: res.body as { id: string; pathwayCourseId: string } };
}

const statusForSpotter = async (spottingId: string) => (await spotter.get(`${API}/spottings/${spottingId}`)).body.status;

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [spotter, mentor, krise, vita, anden] = await Promise.all(['spotter', 'mentor', 'krise', 'vita', 'anden'].map((u) => t.login(u)));
  crisisOrg = ids.org('Akutkrisecentret');
});
afterAll(() => t.close());

describe('registering a spotting', () => {
  it('a worker may register a citizen they already know; the mentor takes over, the worker sees the status only', async () => {
    const jonas = ids.citizen('Jonas Vestergaard');
    expectProblem(await mentor.get(`${API}/citizens/${jonas}`), 404, 'not_found');
    const res = await vita.post(`${API}/spottings`, { citizenId: jonas, seen: 'Jonas sov på bænken ved havnen i frostvejr og var svær at vække.', lifeThreatening: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'awaiting_screening', citizen: null, courseId: null, spottedBy: { displayName: 'Vita Sørensen' } });
    const queued = (await mentor.get(`${API}/spottings/${res.body.id}`)).body;
    expect(queued).toMatchObject({ citizen: { id: jonas, displayName: 'Jonas Vestergaard' }, lifeThreatening: true });
    expect((await mentor.get(`${API}/citizens/${jonas}`)).status).toBe(200);
    const courses = (await mentor.get(`${API}/citizens/${jonas}/courses`)).body.items;
    expect(courses.find((c: { id: string }) => c.id === queued.courseId)).toMatchObject({ method: 'crisis_pathway', unitName: 'Myndighed', status: 'active' });
  });

  it('refuses bad input with the field and saves nothing', async () => {
    const otherPlace = await anden.post(`${API}/places`, { name: 'Torvet i Anden By', type: 'square' });
    expect(otherPlace.status).toBe(201);
    const before = await counts();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ seen: 'Ligger på jorden' }, 'alias', 'required'],
      [{ alias: 'Manden ved kiosken', seen: 'Ligger på jorden', spottedAt: new Date(Date.now() + 3_600_000).toISOString() }, 'spottedAt', 'in_future'],
      [{ alias: 'Manden ved kiosken', seen: 'Ligger på jorden', placeId: otherPlace.body.id }, 'placeId', 'invalid_value'],
      [{ citizenId: ids.citizen('Jonas Vestergaard'), seen: 'Ligger på jorden' }, 'citizenId', 'invalid_value'],
      [{ alias: 'Manden ved kiosken', seen: '' }, 'seen', 'too_short'],
      [{ alias: 'Manden ved kiosken', seen: 'Ligger på jorden', cpr: '010101-1234' }, 'cpr', 'unknown_field'],
    ];
    for (const [body, path, code] of cases) {
      const res = await spotter.post(`${API}/spottings`, body);
      expect({ status: res.status, errors: res.body.errors }, path).toEqual({ status: 422, errors: expect.arrayContaining([{ path, code }]) });
    }
    expect(await counts()).toEqual(before);
  });

  it('a municipality without a social mentor cannot take a spotting', async () => {
    const before = await counts();
    expectProblem(await anden.post(`${API}/spottings`, { alias: 'Kvinden ved rådhuset', seen: 'Græder og fryser' }), 409, 'no_social_mentor');
    expect(await counts()).toEqual(before);
  });
});

describe('screening and requests that do not go ahead', () => {
  it('outside the target group the pathway course ends, and no request can be sent', async () => {
    const spotting = await screenedSpotting('Manden med cyklen', false);
    expect(await statusForSpotter(spotting.id)).toBe('not_in_target_group');
    expect((await mentor.get(`${API}/courses/${spotting.courseId}`)).body).toMatchObject({ status: 'completed', endReason: 'not_in_target_group', closingSummary: 'Vurdering af Manden med cyklen' });
    const before = await counts();
    expectProblem(await mentor.post(`${API}/crisis-requests`, { spottingId: spotting.id, crisisCenterOrganisationId: crisisOrg, summary: 'Alligevel' }), 409, 'not_screened_in_target_group');
    expect(await counts()).toEqual(before);
  });

  it('a request names a spotting or a citizen the mentor sees, not both and not neither', async () => {
    const spotting = await screenedSpotting('Kvinden med barnevognen');
    const both = await mentor.post(`${API}/crisis-requests`, { spottingId: spotting.id, citizenId: spotting.citizen.id, crisisCenterOrganisationId: crisisOrg, summary: 'Begge' });
    expect(both.status).toBe(422);
    expect(both.body.errors).toContainEqual({ path: 'citizenId', code: 'invalid' });
    const neither = await mentor.post(`${API}/crisis-requests`, { crisisCenterOrganisationId: crisisOrg, summary: 'Ingen' });
    expect(neither.body.errors).toContainEqual({ path: 'spottingId', code: 'required' });
    expectProblem(await mentor.post(`${API}/crisis-requests`, { citizenId: ids.citizen('Kirsten Holm'), crisisCenterOrganisationId: crisisOrg, summary: 'Ukendt' }), 404, 'not_found');
    // Per Madsen is mid-stay: a second request for him is refused.
    expectProblem(await mentor.post(`${API}/crisis-requests`, { citizenId: ids.citizen('Per Madsen'), crisisCenterOrganisationId: crisisOrg, summary: 'Igen' }), 409, 'conflict');
    expectProblem(await spotter.post(`${API}/crisis-requests`, { citizenId: spotting.citizen.id, crisisCenterOrganisationId: crisisOrg, summary: 'Spotter' }), 403, 'forbidden');
  });

  it('a citizen spotted into a pathway is not requested for by id before a screening in the target group', async () => {
    const place = (await vita.get(`${API}/places`)).body.items.find((p: { name: string }) => p.name === 'Værestedet Havnen');
    const spotted = await spotter.post(`${API}/spottings`, { alias: 'Manden ved havnen', seen: 'Ryster og kaster op, vil ikke ind.', placeId: place.id });
    expect(spotted.status).toBe(201);
    expect(spotted.body).toMatchObject({ placeId: place.id, place: 'Værestedet Havnen' });
    const citizenId = (await mentor.get(`${API}/spottings/${spotted.body.id}`)).body.citizen.id;
    const before = await counts();
    expectProblem(await mentor.post(`${API}/crisis-requests`, { citizenId, crisisCenterOrganisationId: crisisOrg, summary: 'Uden screening' }), 409, 'not_screened_in_target_group');
    expect(await counts()).toEqual(before);
    await mentor.post(`${API}/spottings/${spotted.body.id}/screening`, { items: SCREENING_ITEMS, assessment: 'I målgruppen', inTargetGroup: true });
    const sent = await mentor.post(`${API}/crisis-requests`, { citizenId, crisisCenterOrganisationId: crisisOrg, summary: 'Efter screening' });
    expect(sent.status).toBe(201);
    expect(sent.body.pathwayCourseId).toBe((await mentor.get(`${API}/spottings/${spotted.body.id}`)).body.courseId);
  });

  it('the crisis center declines with a reason; the spotter and the overview show it', async () => {
    const { spotting, request } = await sentRequest('Manden i busskuret');
    const withLength = await krise.post(`${API}/crisis-requests/${request.id}/decision`, { decision: 'decline', reason: 'Fuldt', plannedLengthDays: 10 });
    expect(withLength.status).toBe(422);
    expect(withLength.body.errors).toContainEqual({ path: 'plannedLengthDays', code: 'invalid' });
    const res = await krise.post(`${API}/crisis-requests/${request.id}/decision`, { decision: 'decline', reason: 'Ingen ledige pladser i denne uge; prøv igen mandag' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'declined', stayCourseId: null, decision: { decision: 'decline', reason: 'Ingen ledige pladser i denne uge; prøv igen mandag', plannedLengthDays: null, by: { displayName: 'Kim Krogh' } } });
    expect(await statusForSpotter(spotting.id)).toBe('declined');
    const entry = (await mentor.get(`${API}/crisis/overview`)).body.items.find((e: { courseId: string }) => e.courseId === request.pathwayCourseId);
    expect(entry).toMatchObject({ step: 'declined', requestId: request.id, alerts: [] });
    const before = await counts();
    const pickup = await krise.post(`${API}/crisis-requests/${request.id}/pickup`, { plannedAt: new Date().toISOString(), transport: 'taxi', accompaniedBy: 'Kim' });
    expectProblem(pickup, 409, 'request_not_open');
    expect(await counts()).toEqual(before);
  });

  it('a decision on a withdrawn request is refused and changes nothing', async () => {
    const { spotting, request } = await sentRequest('Kvinden under halvtaget');
    expectProblem(await krise.post(`${API}/crisis-requests/${request.id}/withdraw`, {}), 403, 'forbidden');
    const withdrawn = await mentor.post(`${API}/crisis-requests/${request.id}/withdraw`, {});
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(localDate(new Date(withdrawn.body.withdrawnAt))).toBe(today());
    expect(await statusForSpotter(spotting.id)).toBe('withdrawn');

    const before = await counts();
    const stays = await countRows(t, 'courses', `method = 'crisis_stay'`);
    expectProblem(await krise.post(`${API}/crisis-requests/${request.id}/decision`, { decision: 'admit', plannedLengthDays: 14 }), 409, 'request_not_open');
    expectProblem(await mentor.post(`${API}/crisis-requests/${request.id}/withdraw`, {}), 409, 'request_not_open');
    expect(await counts()).toEqual(before);
    expect(await countRows(t, 'courses', `method = 'crisis_stay'`)).toBe(stays);
    expect(await t.sql(`select status, decision, decided_by, stay_course_id from crisis_requests where id = $1`, [request.id])).toEqual([
      { status: 'withdrawn', decision: null, decided_by: null, stay_course_id: null },
    ]);
    expect((await krise.get(`${API}/crisis-requests/${request.id}`)).body).toMatchObject({ status: 'withdrawn', decision: null });
  });
});

describe('a stay without a planned length', () => {
  it('takes the default of 28 days: the stay ends after 28 days and the midway meeting is proposed after 14', async () => {
    const { request } = await sentRequest('Manden fra parkeringskælderen');
    const admitted = await krise.post(`${API}/crisis-requests/${request.id}/decision`, { decision: 'admit' });
    expect(admitted.body).toMatchObject({ status: 'admitted', decision: { plannedLengthDays: null } });
    const stayCourseId = admitted.body.stayCourseId;
    expect((await krise.get(`${API}/courses/${stayCourseId}`)).body.plannedEndDate).toBe(addDays(today(), 28));

    const beforeArrival = (await krise.get(`${API}/courses/${stayCourseId}/midway-meeting`)).body;
    expect(beforeArrival).toMatchObject({ arrivalDate: null, plannedLengthDays: 28, plannedLengthIsDefault: true, proposedDate: null, held: false, overdue: false });
    const before = await counts();
    expectProblem(await krise.request('PUT', `${API}/courses/${stayCourseId}/midway-meeting`, { held: true }), 409, 'step_not_reached');
    expect(await counts()).toEqual(before);

    const requestedAt = Date.parse(admitted.body.requestedAt);
    const pickedUpAt = new Date(requestedAt + 60_000).toISOString();
    const arrivedAt = new Date(requestedAt + 2 * 60_000).toISOString();
    const pickup = await krise.post(`${API}/crisis-requests/${request.id}/pickup`, { plannedAt: pickedUpAt, transport: 'municipality_car', accompaniedBy: 'Morten (social mentor)', pickedUpAt, arrivedAt });
    expect(pickup.body.pickup).toMatchObject({ transport: 'municipality_car', minutesFromRequestToPickup: 1, arrivedAt });
    const arrival = localDate(new Date(arrivedAt));
    for (const [client, courseId] of [[krise, stayCourseId], [mentor, request.pathwayCourseId]] as const) {
      const midway = (await client.get(`${API}/courses/${courseId}/midway-meeting`)).body;
      expect(midway).toMatchObject({ arrivalDate: arrival, plannedLengthDays: 28, plannedLengthIsDefault: true, proposedDate: addDays(arrival, 14) });
    }
    expect((await krise.get(`${API}/courses/${stayCourseId}`)).body).toMatchObject({ startDate: arrival, plannedEndDate: addDays(arrival, 28) });
    // Once arrived, the arrival cannot be left out again.
    const dropped = await krise.post(`${API}/crisis-requests/${request.id}/pickup`, { plannedAt: pickedUpAt, transport: 'municipality_car', accompaniedBy: 'Morten', pickedUpAt });
    expect(dropped.status).toBe(422);
    expect(dropped.body.errors).toContainEqual({ path: 'arrivedAt', code: 'required' });
  });

  it('a course without a stay has no midway meeting', async () => {
    const spotting = await screenedSpotting('Kvinden ved togsporet');
    expectProblem(await mentor.get(`${API}/courses/${spotting.courseId}/midway-meeting`), 409, 'not_a_stay');
    expectProblem(await vita.get(`${API}/courses/${ids.course('Jonas Vestergaard')}/midway-meeting`), 409, 'not_supported_by_method');
  });
});

describe('the demo data', () => {
  it('Per Madsen is ten days into a 28-day stay, and “Kvinden ved kiosken” waits for screening', async () => {
    const per = (await krise.get(`${API}/crisis-requests`)).body.items.find((r: { citizen: { displayName: string } }) => r.citizen.displayName === 'Per Madsen');
    const midway = (await krise.get(`${API}/courses/${per.stayCourseId}/midway-meeting`)).body;
    expect(midway).toMatchObject({ arrivalDate: addDays(today(), -10), plannedLengthDays: 28, plannedLengthIsDefault: false, proposedDate: addDays(today(), 4), held: false, overdue: false });
    const entry = (await krise.get(`${API}/crisis/overview`)).body.items.find((e: { courseId: string }) => e.courseId === per.stayCourseId);
    expect(entry).toMatchObject({ step: 'stay', arrivalDate: addDays(today(), -10), plannedEndDate: addDays(today(), 18) });
    expect(entry.alerts).toContainEqual({ kind: 'health_check', dueOn: addDays(today(), 4), overdue: false });
    const kiosk = (await mentor.get(`${API}/spottings`)).body.items.find((s: { citizen: { displayName: string } }) => s.citizen.displayName === 'Kvinden ved kiosken');
    expect(kiosk).toMatchObject({ status: 'awaiting_screening', lifeThreatening: true, spottedBy: { displayName: 'Sara Vinther' }, place: 'Banegårdspladsen, ved kiosken' });
  });
});

describe('outsiders', () => {
  it('another municipality and another organisation see nothing of the pathway', async () => {
    const per = ids.citizen('Per Madsen');
    const perRequest = (await mentor.get(`${API}/crisis-requests`)).body.items.find((r: { citizen: { id: string } }) => r.citizen.id === per);
    expect(perRequest).toMatchObject({ status: 'admitted', decision: { plannedLengthDays: 28 } });
    for (const username of ['anden', 'bo', 'peer']) {
      const client = await t.login(username);
      expect((await client.get(`${API}/crisis-requests`)).body, username).toEqual({ items: [] });
      expect((await client.get(`${API}/crisis/overview`)).body, username).toEqual({ items: [] });
      expectProblem(await client.get(`${API}/crisis-requests/${perRequest.id}`), 404, 'not_found');
      expectProblem(await client.get(`${API}/citizens/${per}`), 404, 'not_found');
      expectProblem(await client.get(`${API}/courses/${perRequest.stayCourseId}/checklists`), 404, 'not_found');
      expectProblem(await client.get(`${API}/courses/${perRequest.pathwayCourseId}/future-plan`), 404, 'not_found');
    }
    expect((await anden.get(`${API}/spottings`)).body).toEqual({ items: [] });
    expect((await anden.get(`${API}/collaboration-agreements`)).body).toEqual({ items: [] });
  });
});
