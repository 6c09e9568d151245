import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestContext, type TestContext } from './harness';
import { API, demoIds, demoUsernames, freshLogin, KVINDEN, MANDEN } from './helpers';
import { table, type Ids, type Principal } from './access-matrix.table';

/**
 * The access matrix: every route of the OpenAPI document × every demo user and anonymous.
 *
 * Each entry of `table` is keyed by "METHOD /path" exactly as in the OpenAPI document and decides,
 * for every principal, the status they get. A route in the document without an entry, or an entry
 * for a route that no longer exists, fails the suite: nobody adds a route without deciding who may
 * use it.
 *
 * Resources: the SKP-teamet citizen "Manden for enden af grusvejen" (visible to vita, yosef and
 * leder only; everybody else must get 404, as if it did not exist), its first course, and a case
 * note written by vita in `beforeAll` (so it is inside the edit window).
 *
 * Mutating requests are chosen so that no row changes what a later row sees:
 * - POST /citizens and POST /citizens/{id}/courses create real records in SKP-teamet (adding to
 *   a caseload takes nobody's access away); PATCH /citizens/{id} re-sends the current `place`.
 * - POST /courses/{id}/notes adds a note; PATCH /notes/{id} edits the note made for the matrix.
 * - POST /break-glass targets another SKP citizen ("Kvinden på bænken"), never the matrix citizen,
 *   so a grant cannot turn a later 404 into a 200.
 * - POST /auth/logout ends a fresh session of each user, not the one the matrix uses.
 * - POST /auth/login gets an invalid body (422 for everyone): the route is public, not a sign-in.
 * - Admin writes: a unit and a user made for the matrix, a PATCH that re-sends a unit's name, a
 *   membership of a user made for the matrix (added again, then removed).
 * Statuses are asserted exactly (the class and the precise code), every 4xx as problem+json.
 */

const principals: Principal[] = ['anonymous', ...demoUsernames];

let t: TestContext;
let ids: Ids;
let openapi: { paths: Record<string, Record<string, unknown>> };
const clients = new Map<Principal, Client>();

beforeAll(async () => {
  t = await createTestContext();
  const demo = await demoIds(t);
  clients.set('anonymous', t.anonymous);
  for (const u of demoUsernames) clients.set(u, await t.login(u));
  const vita = clients.get('vita')!;
  const admin = clients.get('admin')!;
  const course = demo.course(MANDEN);
  const note = await vita.post(`${API}/courses/${course}/notes`, { text: 'Matrix: notat til rettelse' });
  const user = await admin.post(`${API}/admin/users`, { username: 'matrix.bruger', displayName: 'Matrix Bruger', password: 'et-langt-kodeord-2' });
  const membership = await admin.post(`${API}/admin/users/${user.body.id}/memberships`, { unitId: demo.unit('Værestedet'), role: 'spotter' });
  const citizen = await vita.get(`${API}/citizens/${demo.citizen(MANDEN)}`);
  expect([note.status, user.status, membership.status, citizen.status]).toEqual([201, 201, 201, 200]);
  const offer = (await vita.get(`${API}/offers`)).body.items.find((o: { name: string }) => o.name === 'Boligsocial vejledning');
  const partner = (await vita.get(`${API}/partners`)).body.items[0];
  const referral = await vita.post(`${API}/courses/${course}/referrals`, { offerId: offer.id });
  const consent = await vita.post(`${API}/citizens/${demo.citizen(MANDEN)}/consents`, {
    kind: 'consent', information: 'Matrix', party: 'Matrix-part', direction: 'to', purpose: 'Matrix', form: 'oral', validFrom: '2026-01-01',
  });
  const inbound = () =>
    vita.post(`${API}/inbound-referrals`, { unitId: demo.unit('SKP-teamet'), sourceType: 'relative', receivedOn: '2026-11-01', description: 'Matrix: bekymret søster' });
  const [toAccept, toDecline] = [await inbound(), await inbound()];
  expect([referral.status, consent.status, toAccept.status, toDecline.status]).toEqual([201, 201, 201, 201]);
  const mentor = clients.get('mentor')!;
  const per = demo.citizen('Per Madsen');
  const [request] = (await mentor.get(`${API}/crisis-requests`)).body.items.filter((r: { citizen: { id: string } }) => r.citizen.id === per);
  const [spotting] = (await clients.get('spotter')!.get(`${API}/spottings`)).body.items;
  const plan = await clients.get('myndighed')!.post(`${API}/citizens/${per}/action-plans`, { purpose: 'Matrix', supportNeeded: 'Matrix', citizenParticipation: 'Matrix' });
  const [place] = (await vita.get(`${API}/places`)).body.items;
  expect([Boolean(request?.stayCourseId), Boolean(spotting), plan.status, Boolean(place)]).toEqual([true, true, 201, true]);
  ids = {
    citizen: demo.citizen(MANDEN),
    course,
    note: note.body.id,
    breakGlassTarget: demo.citizen(KVINDEN),
    skp: demo.unit('SKP-teamet'),
    vaerestedet: demo.unit('Værestedet'),
    demoOrg: demo.org('Demo Kommune'),
    place: citizen.body.place,
    matrixUser: user.body.id,
    matrixMembership: membership.body.id,
    offer: offer.id,
    partner: partner.id,
    referral: referral.body.id,
    consent: consent.body.id,
    inboundToAccept: toAccept.body.id,
    inboundToDecline: toDecline.body.id,
    mandenWorkers: [demo.user('vita'), demo.user('yosef')],
    crisisOrg: demo.org('Akutkrisecentret'),
    mentor: demo.user('mentor'),
    spotting: spotting.id,
    crisisRequest: request.id,
    perCitizen: per,
    pathwayCourse: request.pathwayCourseId,
    stayCourse: request.stayCourseId,
    actionPlan: plan.body.id,
    demoPlace: place.id,
    ctiCourse: demo.course('Kirsten Holm'),
    ctiUnit: demo.unit('CTI-teamet'),
    actTeam: demo.unit('ACT-teamet'),
    actCourse: demo.course('Henrik Bach'),
    icmCourse: demo.course('Jonas Friis'),
    kirstenGoal: (await clients.get('cti')!.get(`${API}/citizens/${demo.citizen('Kirsten Holm')}/goals`)).body.items[0].id,
    ...(await residentialIds(demo)),
    theory: await savedTheory(demo.unit('SKP-teamet')),
  };
  openapi = (await t.anonymous.get(`${API}/openapi.json`)).body;
});
afterAll(() => t.close());

/** Records at Bostedet in a settled state (expired, withdrawn, debriefed, done, advised, closed), so every row sees the same. */
async function residentialIds(demo: Awaited<ReturnType<typeof demoIds>>) {
  const [bo, peer, boleder] = ['bo', 'peer', 'boleder'].map((u) => clients.get(u as Principal)!);
  const bostedet = demo.unit('Bostedet');
  const ali = demo.citizen('Ali Rahimi');
  const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
  const expired = await bo.post(`${API}/citizens/${ali}/motivation`, { what: 'Matrix', noticedOn: day(-10), noticedBy: 'Matrix', expiresOn: day(-3) });
  const activity = await bo.post(`${API}/activities`, { unitId: bostedet, title: 'Matrix', setting: 'residence', place: 'Matrix', startsAt: new Date(Date.now() - 3_600_000).toISOString() });
  const role = (await boleder.get(`${API}/units/${bostedet}/peer-role`)).body;
  const agreement = await bo.post(`${API}/citizens/${demo.citizen('Tobias Winther')}/peer-agreements`, { peerUserId: demo.user('peer'), agreedOn: day(-1), form: 'oral' });
  const withdrawn = await bo.post(`${API}/peer-agreements/${agreement.body.id}/withdraw`);
  const episode = await bo.post(`${API}/episodes`, {
    unitId: bostedet, occurredAt: new Date(Date.now() - 7_200_000).toISOString(), location: 'Matrix', type: 'damage', severity: 'minor',
    description: 'Matrix', actionsTaken: 'Matrix', anyoneHurt: false, people: [{ kind: 'resident', citizenId: ali }],
  });
  const debrief = await bo.post(`${API}/episodes/${episode.body.id}/debrief`, {
    heldOn: day(0), participants: 'Matrix', summary: 'Matrix', learning: 'Matrix', actions: [{ text: 'Matrix', ownerId: demo.user('bo'), dueDate: day(7) }],
  });
  const done = await bo.post(`${API}/episode-actions/${debrief.body.actions[0].id}/done`);
  const ask = () => bo.post(`${API}/specialist-requests`, { citizenId: ali, unitId: bostedet, question: 'Matrix' });
  const [advised, closed] = [await ask(), await ask()];
  const advice = [await peer.post(`${API}/specialist-requests/${advised.body.id}/advice`, { advice: 'Matrix' }), await peer.post(`${API}/specialist-requests/${closed.body.id}/advice`, { advice: 'Matrix' })];
  const followUp = await bo.post(`${API}/specialist-requests/${closed.body.id}/follow-up`, { followUp: 'Matrix' });
  expect([expired.status, activity.status, agreement.status, withdrawn.status, episode.status, debrief.status, done.status, advised.status, closed.status, ...advice.map((a) => a.status), followUp.status]).toEqual([
    201, 201, 201, 200, 201, 201, 200, 201, 201, 200, 200, 200,
  ]);
  return {
    bostedet,
    ali,
    expiredMotivation: expired.body.id,
    pastActivity: activity.body.id,
    peerRole: { access: role.access, tasks: role.tasks, boundaries: role.boundaries },
    withdrawnAgreement: agreement.body.id,
    debriefedEpisode: episode.body.id,
    doneAction: debrief.body.actions[0].id,
    advisedRequest: advised.body.id,
    closedRequest: closed.body.id,
    peerUser: demo.user('peer'),
    boUser: demo.user('bo'),
  };
}

/** SKP-teamet's own outreach theory of change, saved by its leader and edited once (so version 1 is stale). */
async function savedTheory(skp: string): Promise<string> {
  const leder = clients.get('leder')!;
  const draft = (await leder.get(`${API}/theories-of-change?unitId=${skp}&method=outreach`)).body.items[0];
  const body = { title: draft.title, elements: draft.elements, links: draft.links };
  const saved = await leder.post(`${API}/theories-of-change`, { unitId: skp, method: 'outreach', ...body });
  const edited = await leder.put(`${API}/theories-of-change/${saved.body.id}`, { version: 1, ...body, title: `${draft.title} (matrix)` });
  expect([saved.status, edited.status]).toEqual([201, 200]);
  return saved.body.id;
}

const routesOf = (doc: typeof openapi) =>
  Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));

describe('the access matrix covers the API', () => {
  it('has an entry for every route in the OpenAPI document', () => {
    const missing = routesOf(openapi).filter((r) => !(r in table));
    expect(missing, 'routes without a decision on who may use them').toEqual([]);
  });

  it('has no entries for routes that no longer exist', () => {
    const routes = new Set(routesOf(openapi));
    expect(Object.keys(table).filter((r) => !routes.has(r))).toEqual([]);
  });

  it('serves the OpenAPI document to anonymous users', async () => {
    const res = await t.anonymous.get(`${API}/openapi.json`);
    expect(res.status).toBe(200);
    expect(routesOf(res.body).length).toBeGreaterThanOrEqual(Object.keys(table).length);
  });
});

describe('who may use each route', () => {
  for (const [key, entry] of Object.entries(table)) {
    it(key, async () => {
      const method = key.split(' ')[0];
      const row = entry(ids);
      const mismatches: string[] = [];
      for (const who of principals) {
        let client = clients.get(who)!;
        if (row.freshSession && who !== 'anonymous') client = await freshLogin(t, who);
        const res = await client.request(method, `${API}${row.path}`, row.body);
        const expected = row.expect(who);
        if (res.status !== expected) mismatches.push(`${who}: expected ${expected}, got ${res.status} ${res.body?.code ?? ''}`);
        if (res.status >= 400 && !res.headers.get('content-type')?.startsWith('application/problem+json')) {
          mismatches.push(`${who}: ${res.status} is not problem+json`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});
