import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, demoIds, expectProblem, MANDEN, snapshotCounts, type DemoIds } from '../../test/helpers';
import { localDate } from '../outreach/dates';

/**
 * The place register (geographic mapping): places with their map settings, outreach rounds by
 * workers and spotters, and places as the where of a contact attempt, each within one organisation.
 */

let t: TestContext;
let ids: DemoIds;
let vita: Client;
let spotter: Client;
let anden: Client;
let byName: Map<string, { id: string }>;
const hoursAgo = (n: number) => new Date(Date.now() - n * 3_600_000).toISOString();
const daysAgoDate = (n: number) => localDate(new Date(Date.now() - n * 86_400_000));

const counts = () => snapshotCounts(t, ['places', 'place_assignees', 'place_rounds', 'contact_attempts']);

beforeAll(async () => {
  t = await createTestContext({ mapTileUrl: 'https://fliser.example/{z}/{x}/{y}.png', mapAttribution: '© Demo-kortet' });
  ids = await demoIds(t);
  [vita, spotter, anden] = await Promise.all(['vita', 'spotter', 'anden'].map((u) => t.login(u)));
  byName = new Map((await vita.get(`${API}/places`)).body.items.map((p: { name: string; id: string }) => [p.name, p]));
});
afterAll(() => t.close());

describe('the register', () => {
  it('lists the places of the organisation with the map settings, and filters by type and recent rounds', async () => {
    const res = await spotter.get(`${API}/places`);
    expect(res.status).toBe(200);
    expect(res.body.map).toEqual({ tileUrl: 'https://fliser.example/{z}/{x}/{y}.png', attribution: '© Demo-kortet', center: [55.68, 12.57], zoom: 12 });
    expect(res.body.items.map((p: { name: string }) => p.name)).toEqual(['Banegårdspladsen', 'Parken ved søerne', 'Stofindtagelsesrummet', 'Værestedet Havnen']);
    expect(res.body.items[0]).toMatchObject({
      type: 'square',
      address: 'Banegårdspladsen, 9999 Demoby',
      latitude: 55.6727,
      longitude: 12.5647,
      openingHours: 'Døgnet rundt',
      assignees: [{ displayName: 'Sara Vinther' }, { displayName: 'Vita Sørensen' }],
      rounds: [{ participants: [{ id: ids.user('spotter'), displayName: 'Sara Vinther' }], peopleMet: 6, note: 'Roligt. To kendte ansigter, én ny ung mand ved kiosken.' }],
      lastRoundOn: daysAgoDate(3),
    });
    expect(res.body.items[2]).toMatchObject({ name: 'Stofindtagelsesrummet', latitude: null, longitude: null, assignees: [], rounds: [], lastRoundOn: null });
    const dropIn = await vita.get(`${API}/places?type=drop_in`);
    expect(dropIn.body.items.map((p: { name: string }) => p.name)).toEqual(['Værestedet Havnen']);
    const recent = await vita.get(`${API}/places?since=${daysAgoDate(5)}`);
    expect(recent.body.items.map((p: { name: string }) => p.name)).toEqual(['Banegårdspladsen']);
    expect((await vita.get(`${API}/places?type=castle`)).status).toBe(422);
  });

  it('a worker creates a place with assignees of the organisation', async () => {
    const res = await vita.post(`${API}/places`, {
      name: 'Kirkens Korshærs Varmestue',
      type: 'drop_in',
      address: 'Kirkestræde 5, 9999 Demoby',
      latitude: 55.6801,
      longitude: 12.5712,
      openingHours: 'Alle dage 18–23',
      description: 'Varm suppe og et sted at sidde om aftenen.',
      partnerContacts: 'Frivillig koordinator Hans',
      assigneeIds: [ids.user('yosef'), ids.user('spotter'), ids.user('yosef')],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Kirkens Korshærs Varmestue',
      type: 'drop_in',
      latitude: 55.6801,
      partnerContacts: 'Frivillig koordinator Hans',
      assignees: [{ displayName: 'Sara Vinther' }, { displayName: 'Yosef Haddad' }],
      rounds: [],
      lastRoundOn: null,
    });
    expect((await spotter.get(`${API}/places/${res.body.id}`)).body).toEqual(res.body);
    expect((await vita.get(`${API}/places`)).body.items).toHaveLength(5);
  });

  it('refuses bad places and those without catalog.manage, and saves nothing', async () => {
    const before = await counts();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: 'Havnefronten', type: 'square', latitude: 55.67 }, 'longitude', 'required'],
      [{ name: 'Havnefronten', type: 'square', latitude: 95, longitude: 12.5 }, 'latitude', 'too_big'],
      [{ name: 'Havnefronten', type: 'castle' }, 'type', 'invalid_value'],
      [{ name: '', type: 'square' }, 'name', 'too_short'],
      [{ name: 'Havnefronten', type: 'square', assigneeIds: [ids.user('spotter'), ids.user('krise')] }, 'assigneeIds.1', 'invalid_value'],
    ];
    for (const [body, path, code] of cases) {
      const res = await vita.post(`${API}/places`, body);
      expect({ status: res.status, errors: res.body.errors }, path).toEqual({ status: 422, errors: expect.arrayContaining([{ path, code }]) });
    }
    for (const username of ['spotter', 'peer', 'admin', 'dpo']) {
      expectProblem(await (await t.login(username)).post(`${API}/places`, { name: 'Havnefronten', type: 'square' }), 403, 'forbidden');
    }
    expect(await counts()).toEqual(before);
  });
});

describe('rounds', () => {
  it('a spotter logs a round with a colleague; the place shows it first', async () => {
    const place = byName.get('Banegårdspladsen')!;
    const at = hoursAgo(1);
    const res = await spotter.post(`${API}/places/${place.id}/rounds`, { at, participantIds: [ids.user('vita'), ids.user('spotter')], peopleMet: 4, note: 'Kvinden ved kiosken var der ikke i dag.' });
    expect(res.status).toBe(201);
    expect(res.body.rounds[0]).toMatchObject({
      at,
      participants: [{ displayName: 'Sara Vinther' }, { displayName: 'Vita Sørensen' }],
      peopleMet: 4,
      note: 'Kvinden ved kiosken var der ikke i dag.',
    });
    expect(res.body.rounds).toHaveLength(2);
    expect(res.body.lastRoundOn).toBe(localDate(new Date(at)));
  });

  it('refuses participants from outside the organisation and a time in the future, and saves nothing', async () => {
    const place = byName.get('Parken ved søerne')!;
    const before = await counts();
    const outsider = await vita.post(`${API}/places/${place.id}/rounds`, { at: hoursAgo(2), participantIds: [ids.user('yosef'), ids.user('anden')] });
    expect(outsider.status).toBe(422);
    expect(outsider.body.errors).toEqual([{ path: 'participantIds.1', code: 'invalid_value' }]);
    for (const at of [new Date(Date.now() + 2 * 86_400_000).toISOString(), new Date(Date.now() + 3_600_000).toISOString()]) {
      const future = await vita.post(`${API}/places/${place.id}/rounds`, { at });
      expect({ status: future.status, errors: future.body.errors }, at).toEqual({ status: 422, errors: [{ path: 'at', code: 'in_future' }] });
    }
    const negative = await vita.post(`${API}/places/${place.id}/rounds`, { at: hoursAgo(2), peopleMet: -1 });
    expect(negative.body.errors).toContainEqual({ path: 'peopleMet', code: 'too_small' });
    expect(await counts()).toEqual(before);
    expect((await vita.get(`${API}/places/${place.id}`)).body.lastRoundOn).toBe(daysAgoDate(8));
  });
});

describe('other organisations', () => {
  it('see none of Demo Kommune’s places, and theirs stay theirs', async () => {
    const demoPlace = byName.get('Banegårdspladsen')!.id;
    expect((await anden.get(`${API}/places`)).body.items).toEqual([]);
    expectProblem(await anden.get(`${API}/places/${demoPlace}`), 404, 'not_found');
    const before = await counts();
    expectProblem(await anden.post(`${API}/places/${demoPlace}/rounds`, { at: hoursAgo(1) }), 404, 'not_found');
    expect(await counts()).toEqual(before);
    const own = await anden.post(`${API}/places`, { name: 'Torvet i Anden By', type: 'square' });
    expect(own.status).toBe(201);
    expect((await anden.get(`${API}/places`)).body.items.map((p: { name: string }) => p.name)).toEqual(['Torvet i Anden By']);
    expect((await vita.get(`${API}/places`)).body.items.find((p: { id: string }) => p.id === own.body.id)).toBeUndefined();
    expectProblem(await vita.get(`${API}/places/${own.body.id}`), 404, 'not_found');
    const krise = await t.login('krise');
    expect((await krise.get(`${API}/places`)).body.items).toEqual([]);
  });
});

describe('places on contact attempts', () => {
  it('an attempt may name a place of the organisation; one of another organisation is refused on placeId', async () => {
    const course = ids.course(MANDEN);
    const place = byName.get('Værestedet Havnen')!.id;
    const ok = await vita.post(`${API}/courses/${course}/contact-attempts`, { at: hoursAgo(3), method: 'observation', outcome: 'no_one_there', placeId: place, place: 'Værestedet Havnen' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ placeId: place, place: 'Værestedet Havnen' });
    const listed = (await vita.get(`${API}/courses/${course}/contact-attempts`)).body.items;
    expect(listed.find((a: { id: string }) => a.id === ok.body.id)).toMatchObject({ placeId: place });

    const theirs = (await anden.get(`${API}/places`)).body.items[0].id;
    const before = await counts();
    const refused = await vita.post(`${API}/courses/${course}/contact-attempts`, { at: hoursAgo(2), method: 'observation', outcome: 'no_one_there', placeId: theirs });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ path: 'placeId', code: 'invalid_value' }]);
    expect(await counts()).toEqual(before);
  });
});
