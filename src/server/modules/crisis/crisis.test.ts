import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, countRows, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, localDate, today } from '../outreach/dates';

/**
 * The crisis-center pathway end to end, one step after the other, as the people who take part in it:
 * the spotter (Sara) → the social mentor (Morten) → the crisis center (Kim) → the case officer (Mona)
 * → the social mentor again at homecoming. Each step asserts what each of them sees.
 */

let t: TestContext;
let ids: DemoIds;
let spotter: Client;
let mentor: Client;
let krise: Client;
let myndighed: Client;
let vita: Client;
let anden: Client;
let crisisOrg: string;
let placeId: string;

const ALIAS = 'Manden under jernbanebroen';
const DESCRIPTION = 'Mand i 60’erne, gråt fuldskæg, blå sovepose og en hvid hund.';
const PLACE = 'Under jernbanebroen ved Banegårdspladsen';
const SEEN = 'Ligger helt stille i kulden under broen, svarer kun med enkelte ord og har ikke spist i flere dage.';
const ASSESSMENT = 'Akut krise: underernæret, massivt forbrug og intet sted at sove. I målgruppen for akutkrisecentret.';
const SUMMARY = 'Sover under jernbanebroen i frostvejr, har tabt sig meget og ønsker selv ro og hjælp.';
const ACCOMPANIED = 'Kim fra akutkrisecentret og Morten (social mentor)';

// Filled in as the pathway goes on.
let spottingId: string;
let citizenId: string;
let pathwayCourseId: string;
let requestId: string;
let requestedAt: string;
let stayCourseId: string;
let arrival: string;

type Item = { id: string; ticked: boolean; by: { displayName: string } | null; at: string | null; history: unknown[] };
const itemOf = (lists: { steps: { items: Item[] }[] }, id: string) => lists.steps.flatMap((s) => s.items).find((i) => i.id === id)!;
const entryOf = async (client: Client, courseId: string) =>
  (await client.get(`${API}/crisis/overview`)).body.items.find((e: { courseId: string }) => e.courseId === courseId);
const spottingAs = async (client: Client) => (await client.get(`${API}/spottings`)).body.items.find((s: { id: string }) => s.id === spottingId);

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [spotter, mentor, krise, myndighed, vita, anden] = await Promise.all(['spotter', 'mentor', 'krise', 'myndighed', 'vita', 'anden'].map((u) => t.login(u)));
  crisisOrg = ids.org('Akutkrisecentret');
  placeId = (await spotter.get(`${API}/places`)).body.items.find((p: { name: string }) => p.name === 'Banegårdspladsen').id;
});
afterAll(() => t.close());

describe('the crisis-center pathway', () => {
  it('1. the spotter registers an unidentified citizen at a mapped place; it lands in the social mentor’s queue', async () => {
    const res = await spotter.post(`${API}/spottings`, { alias: ALIAS, description: DESCRIPTION, placeId, place: PLACE, seen: SEEN, lifeThreatening: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'awaiting_screening',
      placeId,
      place: PLACE,
      lifeThreatening: true,
      spottedBy: { id: ids.user('spotter'), displayName: 'Sara Vinther' },
      seen: SEEN,
      citizen: null,
      courseId: null,
      screening: null,
      requestId: null,
    });
    spottingId = res.body.id;

    const queued = await spottingAs(mentor);
    expect(queued).toMatchObject({ status: 'awaiting_screening', seen: SEEN, citizen: { displayName: ALIAS } });
    citizenId = queued.citizen.id;
    pathwayCourseId = queued.courseId;
    const course = await mentor.get(`${API}/courses/${pathwayCourseId}`);
    expect(course.body).toMatchObject({ method: 'crisis_pathway', phase: 'finding', status: 'active', unitName: 'Myndighed', responsible: [{ displayName: 'Morten Juhl' }] });
    expect((await mentor.get(`${API}/citizens/${citizenId}`)).body).toMatchObject({ kind: 'unidentified', alias: ALIAS, description: DESCRIPTION, place: PLACE });

    const lists = (await mentor.get(`${API}/courses/${pathwayCourseId}/checklists`)).body;
    expect(lists).toMatchObject({ method: 'crisis_pathway', phase: 'finding' });
    expect(itemOf(lists, 'spotting.registered')).toMatchObject({ ticked: true, automatic: true, by: { displayName: 'Sara Vinther' } });
    expect(itemOf(lists, 'screening.screened').ticked).toBe(false);
    expect(await entryOf(mentor, pathwayCourseId)).toMatchObject({
      citizen: { id: citizenId, displayName: ALIAS },
      step: 'spotted',
      spottingId,
      requestId: null,
      alerts: [{ kind: 'screening_waiting', dueOn: addDays(today(), 1), overdue: false }],
    });
  });

  it('2. the spotter sees the status of what they registered and nothing of the citizen’s record', async () => {
    const mine = (await spotter.get(`${API}/spottings`)).body.items as { id: string; citizen: unknown; courseId: unknown; screening: unknown }[];
    expect(mine.find((s) => s.id === spottingId)).toMatchObject({ status: 'awaiting_screening', seen: SEEN, citizen: null, courseId: null });
    expect(mine.every((s) => s.citizen === null && s.courseId === null && s.screening === null)).toBe(true);
    expect(JSON.stringify(mine)).not.toContain(ALIAS);
    for (const path of [`/citizens/${citizenId}`, `/citizens/${citizenId}/courses`, `/courses/${pathwayCourseId}`, `/courses/${pathwayCourseId}/checklists`, `/courses/${pathwayCourseId}/notes`]) {
      expectProblem(await spotter.get(`${API}${path}`), 404, 'not_found');
    }
    expect((await spotter.get(`${API}/crisis/overview`)).body).toEqual({ items: [] });
    expectProblem(await spotter.post(`${API}/spottings/${spottingId}/screening`, { items: { acuteCrisis: true }, assessment: 'Ser slemt ud', inTargetGroup: true }), 403, 'forbidden');
  });

  it('3. the crisis center and other municipalities do not see the spotting queue', async () => {
    for (const client of [krise, anden, vita, myndighed]) {
      const list = await client.get(`${API}/spottings`);
      expect(list.status).toBe(200);
      expect(list.body.items.find((s: { id: string }) => s.id === spottingId)).toBeUndefined();
      expectProblem(await client.get(`${API}/spottings/${spottingId}`), 404, 'not_found');
    }
    expect((await krise.get(`${API}/spottings`)).body.items).toEqual([]);
    expectProblem(await krise.get(`${API}/citizens/${citizenId}`), 404, 'not_found');
  });

  it('4. the social mentor screens with the checklist and an assessment: in the target group', async () => {
    const items = { acuteCrisis: true, lifeThreatening: true, substanceUse: true, sociallyVulnerable: true, basicNeedsUnmet: true, motivatedForStay: true, homeMunicipalityKnown: false };
    const res = await mentor.post(`${API}/spottings/${spottingId}/screening`, { items, assessment: ASSESSMENT, inTargetGroup: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'in_target_group', screening: { items, assessment: ASSESSMENT, inTargetGroup: true, by: { displayName: 'Morten Juhl' } } });
    const again = await mentor.post(`${API}/spottings/${spottingId}/screening`, { items: {}, assessment: 'Igen', inTargetGroup: false });
    expectProblem(again, 409, 'already_screened');
    expect((await spottingAs(spotter))).toMatchObject({ status: 'in_target_group', screening: null });
    expect(itemOf((await mentor.get(`${API}/courses/${pathwayCourseId}/checklists`)).body, 'screening.screened')).toMatchObject({ ticked: true, by: { displayName: 'Morten Juhl' } });
    expect(await entryOf(mentor, pathwayCourseId)).toMatchObject({ step: 'screened', alerts: [] });
  });

  it('5. the social mentor sends the request; the sending mentor and the receiving center see it, nobody else', async () => {
    const res = await mentor.post(`${API}/crisis-requests`, { spottingId, crisisCenterOrganisationId: crisisOrg, summary: SUMMARY });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'requested',
      citizen: { id: citizenId, displayName: ALIAS, description: DESCRIPTION, birthYear: null },
      municipality: { id: ids.org('Demo Kommune'), name: 'Demo Kommune' },
      crisisCenter: { id: crisisOrg, name: 'Akutkrisecentret' },
      summary: SUMMARY,
      requestedBy: { displayName: 'Morten Juhl' },
      decision: null,
      pickup: null,
      pathwayCourseId,
      stayCourseId: null,
    });
    requestId = res.body.id;
    requestedAt = res.body.requestedAt;
    expect(localDate(new Date(requestedAt))).toBe(today());
    expectProblem(await mentor.post(`${API}/crisis-requests`, { spottingId, crisisCenterOrganisationId: crisisOrg, summary: 'En gang til' }), 409, 'conflict');

    expect((await spottingAs(mentor)).requestId).toBe(requestId);
    expect((await spottingAs(spotter))).toMatchObject({ status: 'requested', requestId: null });
    const inbox = await krise.get(`${API}/crisis-requests?status=requested`);
    expect(inbox.body.items.map((r: { id: string }) => r.id)).toContain(requestId);
    expect((await krise.get(`${API}/crisis-requests/${requestId}`)).body).toMatchObject({ status: 'requested', summary: SUMMARY });
    for (const client of [spotter, vita, anden]) {
      expectProblem(await client.get(`${API}/crisis-requests/${requestId}`), 404, 'not_found');
      expect((await client.get(`${API}/crisis-requests`)).body.items.find((r: { id: string }) => r.id === requestId)).toBeUndefined();
    }
    // The case officer sees the mentor's course (same unit), and so the request behind it, but does not handle it.
    expect((await myndighed.get(`${API}/crisis-requests/${requestId}`)).body).toMatchObject({ status: 'requested' });
    expect((await myndighed.get(`${API}/crisis-requests?courseId=${pathwayCourseId}`)).body.items.map((r: { id: string }) => r.id)).toEqual([requestId]);
    expect((await myndighed.get(`${API}/crisis-requests`)).body.items.map((r: { id: string }) => r.id)).toContain(requestId);
    expectProblem(await myndighed.post(`${API}/crisis-requests/${requestId}/withdraw`, {}), 403, 'forbidden');
    expect(itemOf((await mentor.get(`${API}/courses/${pathwayCourseId}/checklists`)).body, 'request.sent')).toMatchObject({ ticked: true, by: { displayName: 'Morten Juhl' } });
    expect(await entryOf(mentor, pathwayCourseId)).toMatchObject({ step: 'requested', requestId, alerts: [{ kind: 'decision_waiting', dueOn: addDays(today(), 1), overdue: false }] });
  });

  it('6. a pickup before the decision is refused and changes nothing', async () => {
    const before = await snapshotCounts(t);
    const res = await krise.post(`${API}/crisis-requests/${requestId}/pickup`, { plannedAt: new Date().toISOString(), transport: 'taxi', accompaniedBy: ACCOMPANIED });
    expectProblem(res, 409, 'pickup_before_decision');
    expect(await snapshotCounts(t)).toEqual(before);
    expect(await t.sql(`select pickup_planned_at, pickup_transport from crisis_requests where id = $1`, [requestId])).toEqual([{ pickup_planned_at: null, pickup_transport: null }]);
  });

  it('7. the crisis center admits with a planned length of 20 days', async () => {
    const noReason = await krise.post(`${API}/crisis-requests/${requestId}/decision`, { decision: 'decline' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors).toContainEqual({ path: 'reason', code: 'required' });
    expectProblem(await mentor.post(`${API}/crisis-requests/${requestId}/decision`, { decision: 'admit', plannedLengthDays: 20 }), 403, 'forbidden');

    const res = await krise.post(`${API}/crisis-requests/${requestId}/decision`, { decision: 'admit', plannedLengthDays: 20 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'admitted', decision: { decision: 'admit', reason: null, plannedLengthDays: 20, by: { displayName: 'Kim Krogh' } } });
    stayCourseId = res.body.stayCourseId;
    expect(stayCourseId).toMatch(/^[0-9a-f-]{36}$/);
    expectProblem(await krise.post(`${API}/crisis-requests/${requestId}/decision`, { decision: 'decline', reason: 'Fuldt' }), 409, 'request_not_open');

    const stay = await krise.get(`${API}/courses/${stayCourseId}`);
    expect(stay.body).toMatchObject({ method: 'crisis_stay', phase: 'arrival', status: 'active', unitName: 'Akutkrisecentret', plannedEndDate: addDays(today(), 20) });
    expect((await spottingAs(spotter)).status).toBe('admitted');
    expect(await entryOf(mentor, pathwayCourseId)).toMatchObject({ step: 'admitted', alerts: [{ kind: 'pickup_waiting', dueOn: addDays(today(), 1), overdue: false }] });
    expect(await entryOf(krise, stayCourseId)).toMatchObject({
      step: 'admitted',
      citizen: { id: citizenId, displayName: ALIAS },
      arrivalDate: null,
      alerts: [
        { kind: 'action_plan_contact', dueOn: null, overdue: false },
        { kind: 'health_check', dueOn: null, overdue: false },
      ],
    });
    expectProblem(await krise.get(`${API}/courses/${pathwayCourseId}`), 404, 'not_found');
    expectProblem(await mentor.get(`${API}/courses/${stayCourseId}`), 404, 'not_found');
  });

  it('8. the pickup is planned (time, transport, who accompanies), then confirmed; the time from request to pickup is measured', async () => {
    const plannedAt = new Date(Date.parse(requestedAt) + 60_000).toISOString();
    const planned = await mentor.post(`${API}/crisis-requests/${requestId}/pickup`, { plannedAt, transport: 'center_car', accompaniedBy: ACCOMPANIED });
    expect(planned.status).toBe(200);
    expect(planned.body.pickup).toEqual({ plannedAt, transport: 'center_car', accompaniedBy: ACCOMPANIED, pickedUpAt: null, arrivedAt: null, minutesFromRequestToPickup: null });
    expect((await mentor.get(`${API}/courses/${pathwayCourseId}`)).body.phase).toBe('finding');

    const pickedUpAt = new Date(Date.parse(requestedAt) + 2 * 60_000).toISOString();
    const arrivedAt = new Date(Date.parse(requestedAt) + 3 * 60_000).toISOString();
    const early = await krise.post(`${API}/crisis-requests/${requestId}/pickup`, { plannedAt, transport: 'center_car', accompaniedBy: ACCOMPANIED, pickedUpAt: new Date(Date.parse(requestedAt) - 60_000).toISOString() });
    expect(early.status).toBe(422);
    expect(early.body.errors).toContainEqual({ path: 'pickedUpAt', code: 'before_request' });
    const done = await krise.post(`${API}/crisis-requests/${requestId}/pickup`, { plannedAt, transport: 'center_car', accompaniedBy: ACCOMPANIED, pickedUpAt, arrivedAt });
    expect(done.status).toBe(200);
    expect(done.body.pickup).toEqual({ plannedAt, transport: 'center_car', accompaniedBy: ACCOMPANIED, pickedUpAt, arrivedAt, minutesFromRequestToPickup: 2 });
    arrival = localDate(new Date(arrivedAt));

    const pathway = (await mentor.get(`${API}/courses/${pathwayCourseId}`)).body;
    expect(pathway.phase).toBe('stay');
    expect(pathway.phaseHistory.at(-1)).toMatchObject({ fromPhase: 'finding', toPhase: 'stay', reason: 'pickup' });
    const lists = (await mentor.get(`${API}/courses/${pathwayCourseId}/checklists`)).body;
    expect(itemOf(lists, 'pickup.planned')).toMatchObject({ ticked: true, by: { displayName: 'Morten Juhl' } });
    expect(itemOf(lists, 'pickup.pickedUp')).toMatchObject({ ticked: true, by: { displayName: 'Kim Krogh' } });
    expect((await krise.get(`${API}/courses/${stayCourseId}`)).body).toMatchObject({ startDate: arrival, plannedEndDate: addDays(arrival, 20) });
  });

  it('9. the stay: what is due and what is waiting, seen from both sides', async () => {
    expect(await entryOf(krise, stayCourseId)).toMatchObject({
      step: 'stay',
      arrivalDate: arrival,
      plannedEndDate: addDays(arrival, 20),
      alerts: [
        { kind: 'action_plan_contact', dueOn: addDays(arrival, 2), overdue: false },
        { kind: 'health_check', dueOn: addDays(arrival, 14), overdue: false },
        { kind: 'midway_meeting', dueOn: addDays(arrival, 10), overdue: false },
        { kind: 'future_plan', dueOn: addDays(arrival, 10), overdue: false },
      ],
    });
    expect(await entryOf(mentor, pathwayCourseId)).toMatchObject({
      step: 'stay',
      arrivalDate: arrival,
      alerts: [
        { kind: 'action_plan_contact', dueOn: addDays(arrival, 14), overdue: false },
        { kind: 'midway_meeting', dueOn: addDays(arrival, 10), overdue: false },
        { kind: 'future_plan', dueOn: addDays(arrival, 10), overdue: false },
      ],
    });
    const lists = (await krise.get(`${API}/courses/${stayCourseId}/checklists`)).body;
    expect(lists.steps.map((s: { id: string; reached: boolean }) => `${s.id}:${s.reached}`)).toEqual([
      'reception:true', 'healthCheck:true', 'stabilisation:false', 'conversations:false', 'midwayMeeting:false', 'futurePlan:false', 'discharge:false',
    ]);
    expect(itemOf(lists, 'healthCheck.broaderHealthCheck')).toMatchObject({ ticked: false, dueOn: addDays(arrival, 14), overdue: false });
    expect(itemOf(lists, 'reception.authorityContacted141')).toMatchObject({ dueOn: addDays(arrival, 2) });
  });

  it('10. the crisis center ticks the reception checklist: who ticked what and when, with the history', async () => {
    const url = `${API}/courses/${stayCourseId}/checklists/reception.welcomedRoomPack`;
    const first = await krise.post(url, { ticked: true, note: 'Værelse 3, tøjpakke udleveret' });
    expect(first.status).toBe(200);
    const ticked = itemOf(first.body, 'reception.welcomedRoomPack');
    expect(ticked).toMatchObject({ ticked: true, by: { id: ids.user('krise'), displayName: 'Kim Krogh' }, note: 'Værelse 3, tøjpakke udleveret' });
    expect(Math.abs(Date.parse(ticked.at!) - Date.now())).toBeLessThan(60_000);
    await krise.post(url, { ticked: false, note: 'Sat ved en fejl' });
    const last = itemOf((await krise.post(url, { ticked: true })).body, 'reception.welcomedRoomPack');
    expect(last).toMatchObject({ ticked: true, note: null });
    expect((last.history as { ticked: boolean }[]).map((h) => h.ticked)).toEqual([true, false, true]);
    const health = await krise.post(`${API}/courses/${stayCourseId}/checklists/healthCheck.broaderHealthCheck`, { ticked: true });
    expect(itemOf(health.body, 'healthCheck.broaderHealthCheck')).toMatchObject({ ticked: true, overdue: false });
    expectProblem(await mentor.post(url, { ticked: true }), 404, 'not_found');
    expectProblem(await spotter.post(url, { ticked: true }), 404, 'not_found');
  });

  it('11. ticking an item of a step the course has not reached is refused and saves nothing', async () => {
    const before = await snapshotCounts(t);
    const ticks = await countRows(t, 'checklist_ticks');
    expectProblem(await krise.post(`${API}/courses/${stayCourseId}/checklists/discharge.transportHome`, { ticked: true }), 409, 'step_not_reached');
    expectProblem(await mentor.post(`${API}/courses/${pathwayCourseId}/checklists/followUp.actionPlanFollowedUp`, { ticked: true }), 409, 'step_not_reached');
    const automatic = await krise.post(`${API}/courses/${stayCourseId}/checklists/futurePlan.written`, { ticked: true });
    expectProblem(automatic, 409, 'conflict');
    const unknown = await krise.post(`${API}/courses/${stayCourseId}/checklists/reception.flyingCarpet`, { ticked: true });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toContainEqual({ path: 'itemId', code: 'invalid_value' });
    expect(await countRows(t, 'checklist_ticks')).toBe(ticks);
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it('12. sessions are logged once per client id', async () => {
    const id = crypto.randomUUID();
    const body = { id, at: new Date(Date.now() - 60_000).toISOString(), kind: 'motivational', note: 'Talte om hunden og om at komme ud af kulden.' };
    const first = await krise.post(`${API}/courses/${stayCourseId}/sessions`, body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id, courseId: stayCourseId, kind: 'motivational', by: { displayName: 'Kim Krogh' } });
    expect((await krise.post(`${API}/courses/${stayCourseId}/sessions`, body)).status).toBe(200);
    const future = await krise.post(`${API}/courses/${stayCourseId}/sessions`, { at: new Date(Date.now() + 3_600_000).toISOString(), kind: 'care' });
    expect(future.status).toBe(422);
    expect(future.body.errors).toContainEqual({ path: 'at', code: 'in_future' });
    const list = await krise.get(`${API}/courses/${stayCourseId}/sessions`);
    expect(list.body.items.map((s: { id: string; note: string }) => [s.id, s.note])).toEqual([[id, body.note]]);
  });

  it('13. the midway meeting is proposed at the middle of the planned stay and reached from both courses', async () => {
    const fromStay = (await krise.get(`${API}/courses/${stayCourseId}/midway-meeting`)).body;
    expect(fromStay).toMatchObject({ requestId, arrivalDate: arrival, plannedLengthDays: 20, plannedLengthIsDefault: false, proposedDate: addDays(arrival, 10), held: false, overdue: false });
    expect((await mentor.get(`${API}/courses/${pathwayCourseId}/midway-meeting`)).body).toEqual(fromStay);
    const scheduledAt = `${addDays(arrival, 10)}T09:00:00.000Z`;
    const planned = await mentor.request('PUT', `${API}/courses/${pathwayCourseId}/midway-meeting`, {
      scheduledAt, place: 'Akutkrisecentret, mødelokale 2', participants: 'Borgeren, Kim og Morten', remindedOn: { municipality: today() },
    });
    expect(planned.status).toBe(200);
    expect(planned.body).toMatchObject({ scheduledAt, place: 'Akutkrisecentret, mødelokale 2', remindedOn: { citizen: null, center: null, municipality: today() }, updatedBy: { displayName: 'Morten Juhl' } });
    const held = await krise.request('PUT', `${API}/courses/${stayCourseId}/midway-meeting`, { held: true, status: 'Spiser og sover igen', supportReadyAtHome: 'Bostøtte og værestedet Havnen' });
    expect(held.body).toMatchObject({ held: true, place: 'Akutkrisecentret, mødelokale 2', supportReadyAtHome: 'Bostøtte og værestedet Havnen', updatedBy: { displayName: 'Kim Krogh' } });
    expect(itemOf((await krise.get(`${API}/courses/${stayCourseId}/checklists`)).body, 'midwayMeeting.held')).toMatchObject({ ticked: true, by: { displayName: 'Kim Krogh' } });
    const future = await krise.request('PUT', `${API}/courses/${stayCourseId}/midway-meeting`, { remindedOn: { citizen: addDays(today(), 1) } });
    expect(future.status).toBe(422);
    expect(future.body.errors).toContainEqual({ path: 'remindedOn.citizen', code: 'in_future' });
  });

  it('14. the future plan is written with the citizen in versions, seen from both courses', async () => {
    const draft = { wishes: 'Egen lille lejlighed, hvor hunden må være', housing: 'Skrevet op til en ungdomsbolig', writtenWithCitizen: false };
    const v1 = await krise.request('PUT', `${API}/courses/${stayCourseId}/future-plan`, draft);
    expect(v1.status).toBe(200);
    expect(v1.body.current).toMatchObject({ version: 1, wishes: draft.wishes, writtenWithCitizen: false, finances: null, by: { displayName: 'Kim Krogh' } });
    expect(itemOf((await krise.get(`${API}/courses/${stayCourseId}/checklists`)).body, 'futurePlan.written').ticked).toBe(false);
    const v2 = await krise.request('PUT', `${API}/courses/${stayCourseId}/future-plan`, { ...draft, substanceUse: 'Vil i ambulant behandling', writtenWithCitizen: true });
    expect(v2.body.versions.map((v: { version: number; writtenWithCitizen: boolean }) => [v.version, v.writtenWithCitizen])).toEqual([[2, true], [1, false]]);
    const seenByMentor = (await mentor.get(`${API}/courses/${pathwayCourseId}/future-plan`)).body;
    expect(seenByMentor).toMatchObject({ requestId, current: { version: 2, substanceUse: 'Vil i ambulant behandling' } });
    expect(itemOf((await krise.get(`${API}/courses/${stayCourseId}/checklists`)).body, 'futurePlan.written')).toMatchObject({ ticked: true, by: { displayName: 'Kim Krogh' } });
    const kriseAlerts = (await entryOf(krise, stayCourseId)).alerts.map((a: { kind: string }) => a.kind);
    expect(kriseAlerts).toEqual(['action_plan_contact']);
  });

  it('15. the case officer writes the §141 action plan; the mentor ticks the contact and the update', async () => {
    const plan = await myndighed.post(`${API}/citizens/${citizenId}/action-plans`, {
      purpose: 'Stabilisering under opholdet og en tryg hjemkomst', supportNeeded: 'Bolig, misbrugsbehandling og en fast kontaktperson', citizenParticipation: 'Formuleret sammen med borgeren på akutkrisecentret',
    });
    expect(plan.status).toBe(201);
    expect(plan.body).toMatchObject({ citizenId, view: 'full', current: { version: 1, by: { displayName: 'Mona Dahl' } } });
    await krise.post(`${API}/courses/${stayCourseId}/checklists/reception.authorityContacted141`, { ticked: true, note: 'Ringede til Mona i Myndighed' });
    for (const item of ['actionPlan.contactedByCenter', 'actionPlan.planUpdated']) {
      const res = await mentor.post(`${API}/courses/${pathwayCourseId}/checklists/${item}`, { ticked: true });
      expect(itemOf(res.body, item)).toMatchObject({ ticked: true, by: { displayName: 'Morten Juhl' } });
    }
    expect((await entryOf(krise, stayCourseId)).alerts).toEqual([]);
    expect((await entryOf(mentor, pathwayCourseId)).alerts).toEqual([]);
  });

  it('16. ending the stay (discharged) moves the mentor’s course to homecoming, whose items become tickable', async () => {
    const tooEarly = await krise.post(`${API}/courses/${stayCourseId}/close`, { reason: 'discharged', summary: 'Udskrevet' });
    expectProblem(tooEarly, 409, 'end_reason_not_allowed');
    for (const to of ['stabilisation', 'discharge']) {
      expect((await krise.post(`${API}/courses/${stayCourseId}/phase`, { to, reason: `Videre til ${to}` })).body.phase).toBe(to);
    }
    expect((await mentor.get(`${API}/courses/${pathwayCourseId}`)).body.phase).toBe('stay');
    const closed = await krise.post(`${API}/courses/${stayCourseId}/close`, { reason: 'discharged', summary: 'Udskrevet til egen bolig med bostøtte.' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'completed', endReason: 'discharged' });

    const pathway = (await mentor.get(`${API}/courses/${pathwayCourseId}`)).body;
    expect(pathway).toMatchObject({ status: 'active', phase: 'homecoming' });
    // (The pickup above lies a few minutes ahead, within the allowed clock skew, so look the change up rather than take the last.)
    expect(pathway.phaseHistory).toContainEqual(expect.objectContaining({ fromPhase: 'stay', toPhase: 'homecoming', reason: 'stay_ended', byName: 'Kim Krogh' }));
    expect(await entryOf(mentor, pathwayCourseId)).toMatchObject({ step: 'homecoming', alerts: [{ kind: 'homecoming', dueOn: null, overdue: false }] });
    expect(await entryOf(krise, stayCourseId)).toBeUndefined();

    const res = await mentor.post(`${API}/courses/${pathwayCourseId}/checklists/followUp.actionPlanFollowedUp`, { ticked: true, note: 'Handleplanen gennemgået med Mona' });
    expect(res.status).toBe(200);
    expect(res.body.steps.filter((s: { phase: string }) => s.phase === 'homecoming').every((s: { reached: boolean }) => s.reached)).toBe(true);
    expect(itemOf(res.body, 'followUp.actionPlanFollowedUp')).toMatchObject({ ticked: true, by: { displayName: 'Morten Juhl' }, note: 'Handleplanen gennemgået med Mona' });
    expect((await spottingAs(spotter)).status).toBe('admitted');
  });

  it('17. the spotter never reads the stay', async () => {
    for (const path of [`/courses/${stayCourseId}`, `/courses/${stayCourseId}/checklists`, `/courses/${stayCourseId}/sessions`, `/courses/${stayCourseId}/midway-meeting`, `/courses/${stayCourseId}/future-plan`, `/crisis-requests/${requestId}`]) {
      expectProblem(await spotter.get(`${API}${path}`), 404, 'not_found');
    }
    expectProblem(await anden.get(`${API}/courses/${stayCourseId}/midway-meeting`), 404, 'not_found');
  });

  it('18. the access log holds the steps with the citizen id and no citizen text in the context', async () => {
    const rows = await t.sql<{ action: string; user_id: string; course_id: string; organisation_id: string; context: Record<string, unknown> }>(
      `select action, user_id, course_id, organisation_id, context from audit_log where citizen_id = $1 order by id`,
      [citizenId],
    );
    const create = rows.find((r) => r.action === 'spotting.create')!;
    expect(create).toMatchObject({ user_id: ids.user('spotter'), course_id: pathwayCourseId, organisation_id: ids.org('Demo Kommune'), context: { spottingId } });
    const decide = rows.filter((r) => r.action === 'crisisRequest.decide');
    expect(decide).toHaveLength(1);
    expect(decide[0]).toMatchObject({ user_id: ids.user('krise'), context: { requestId, decision: 'admit' } });
    expect(rows.find((r) => r.action === 'spotting.screen')).toMatchObject({ user_id: ids.user('mentor'), context: { spottingId, inTargetGroup: true } });
    expect(rows.find((r) => r.action === 'crisisRequest.pickup')).toMatchObject({ context: { requestId } });
    const texts = [ALIAS, DESCRIPTION, SEEN, ASSESSMENT, SUMMARY, ACCOMPANIED, 'Værelse 3', 'Talte om hunden', 'mødelokale 2', 'Egen lille lejlighed', 'Spiser og sover', 'Stabilisering under opholdet', 'Ringede til Mona', 'Udskrevet til egen bolig', 'Handleplanen gennemgået'];
    const contexts = rows.map((r) => JSON.stringify(r.context));
    for (const text of texts) expect(contexts.filter((c) => c.includes(text)), text).toEqual([]);
    const verify = await (await t.login('dpo')).get(`${API}/audit/verify`);
    expect(verify.body).toMatchObject({ ok: true });
  });
});
