import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { today } from '../outreach/dates';

/**
 * Theories of change (issue 8): the shipped default for a unit and method, a leader adapting it
 * into the unit's own (versioned, with optimistic concurrency), and who may read and write.
 */

let t: TestContext;
let ids: DemoIds;
let leder: Client;
let skp: string;
const year = today().slice(0, 4);
const TABLES = ['theories_of_change', 'theory_of_change_versions'];
const list = (client: Client, unitId: string, method?: string) => client.get(`${API}/theories-of-change?unitId=${unitId}${method ? `&method=${method}` : ''}`);
const strip = (theory: { title: string; elements: unknown[]; links: unknown[] }) => ({ title: theory.title, elements: theory.elements, links: theory.links });

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  leder = await t.login('leder');
  skp = ids.unit('SKP-teamet');
});
afterAll(() => t.close());

describe('the default theory of change', () => {
  it("is shown to SKP-teamet's leader for outreach, with the five columns and indicators bound for this year", async () => {
    const res = await list(leder, skp, 'outreach');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    const theory = res.body.items[0];
    expect(theory).toMatchObject({ id: null, unitId: skp, organisationId: ids.org('Demo Kommune'), method: 'outreach', isDefault: true, version: 0, title: 'Forandringsteori for opsøgende arbejde (SKP)', updatedBy: null, canEdit: true });
    expect(theory.columns).toEqual(['resources', 'activities', 'outputs', 'shortTerm', 'longTerm']);
    const perColumn = theory.columns.map((c: string) => theory.elements.filter((e: { column: string }) => e.column === c).length);
    expect(perColumn).toEqual([3, 3, 3, 3, 2]);
    expect(theory.elements.find((e: { id: string }) => e.id === 'o1')).toEqual({
      id: 'o1',
      column: 'outputs',
      text: 'Borgere i målgruppen opnår en indledende kontakt',
      indicator: { key: 'daysToFirstContact', baseline: null, target: 30, period: { from: `${year}-01-01`, to: `${year}-12-31` } },
    });
    expect(theory.elements.filter((e: { indicator: unknown }) => e.indicator).map((e: { indicator: { key: string } }) => e.indicator.key)).toEqual(['daysToFirstContact', 'overdueContacts', 'referralRetention', 'goalsAchieved', 'who5Change']);
    expect(theory.links[0]).toEqual({ from: 'r1', to: 'a1', assumption: 'Der kan gå mange afvisninger og flere måneder, før kontakten opnås: det kræver vedholdenhed og tålmodighed.' });
  });

  it("without a method lists the defaults for the methods a unit works with (SKP's, the crisis center's, the residence's)", async () => {
    const all = await list(leder, skp);
    expect(all.body.items.map((i: { method: string; isDefault: boolean }) => [i.method, i.isDefault])).toEqual([['outreach', true]]);
    const krise = await list(await t.login('krise'), ids.unit('Akutkrisecentret'));
    expect(krise.body.items.map((i: { method: string; isDefault: boolean; canEdit: boolean }) => [i.method, i.isDefault, i.canEdit])).toEqual([['crisis_stay', true, false]]);
    const bo = await list(await t.login('boleder'), ids.unit('Bostedet'));
    expect(bo.body.items.map((i: { method: string; title: string }) => [i.method, i.title])).toEqual([['residential', 'Forandringsteori for recovery-orienteret botilbud']]);
  });

  it('is there for CTI, ICM and ACT, and not for a method without one', async () => {
    const admin = await t.login('admin');
    for (const [method, title] of [
      ['cti', 'Forandringsteori for CTI (Critical Time Intervention)'],
      ['icm', 'Forandringsteori for ICM (Intensive Case Management)'],
      ['act', 'Forandringsteori for ACT (Assertive Community Treatment)'],
    ]) {
      const res = await list(admin, ids.unit('ACT-teamet'), method);
      expect([res.status, res.body.items[0].title, res.body.items[0].isDefault]).toEqual([200, title, true]);
    }
    expect((await list(admin, ids.unit('ACT-teamet'), 'generic')).body.items).toEqual([]);
  });
});

describe('the leader adapts the outreach theory', () => {
  let id: string;
  let v1: { title: string; elements: { id: string; text: string; indicator: { target: number } | null }[]; links: unknown[] };

  it('saves it as the unit\'s own (version 1), audited without citizen data; the default is no longer shown', async () => {
    const base = strip((await list(leder, skp, 'outreach')).body.items[0]);
    v1 = structuredClone(base) as typeof v1;
    v1.elements.find((e) => e.id === 'o1')!.indicator!.target = 21;
    v1.elements.push({ id: 'r4', column: 'resources', text: 'Bil til ture i landområderne', indicator: null } as never);
    const res = await leder.post(`${API}/theories-of-change`, { unitId: skp, method: 'outreach', ...v1 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ unitId: skp, method: 'outreach', isDefault: false, version: 1, latestVersion: 1, updatedBy: { id: ids.user('leder'), displayName: 'Lise Lauridsen' }, canEdit: true });
    expect(res.body.elements).toHaveLength(15);
    expect(res.body.elements.find((e: { id: string }) => e.id === 'o1').indicator.target).toBe(21);
    id = res.body.id;

    const audit = await t.sql<{ action: string; citizen_id: string | null; context: unknown }>(`select action, citizen_id, context from audit_log where action = 'theoryOfChange.write'`);
    expect(audit).toEqual([{ action: 'theoryOfChange.write', citizen_id: null, context: { unitId: skp, theoryId: id, method: 'outreach', version: 1 } }]);

    const listed = await list(leder, skp, 'outreach');
    expect(listed.body.items.map((i: { id: string; isDefault: boolean; version: number }) => [i.id, i.isDefault, i.version])).toEqual([[id, false, 1]]);
  });

  it('cannot create a second one for the same method (409 theory_exists)', async () => {
    const before = await snapshotCounts(t, TABLES);
    expectProblem(await leder.post(`${API}/theories-of-change`, { unitId: skp, method: 'outreach', ...v1 }), 409, 'theory_exists');
    expect(await snapshotCounts(t, TABLES)).toEqual(before);
  });

  it('edits it into version 2; version 1 stays readable', async () => {
    const edited = structuredClone(v1);
    edited.elements.find((e) => e.id === 'l1')!.text = 'Borgeren har mindst én person, borgeren kan regne med';
    const res = await leder.put(`${API}/theories-of-change/${id}`, { version: 1, ...edited });
    expect(res.status).toBe(200);
    expect([res.body.version, res.body.latestVersion]).toEqual([2, 2]);
    expect((await leder.get(`${API}/theories-of-change/${id}`)).body.elements.find((e: { id: string }) => e.id === 'l1').text).toBe('Borgeren har mindst én person, borgeren kan regne med');
    const old = await leder.get(`${API}/theories-of-change/${id}?version=1`);
    expect([old.body.version, old.body.latestVersion, old.body.elements.find((e: { id: string }) => e.id === 'l1').text]).toEqual([1, 2, 'Borgerens isolation er brudt, og borgerens sociale netværk er styrket']);
    expectProblem(await leder.get(`${API}/theories-of-change/${id}?version=3`), 404, 'not_found');
  });

  it('refuses an edit made from version 1 once version 2 exists (409 stale_version), storing nothing', async () => {
    const before = await snapshotCounts(t, TABLES);
    expectProblem(await leder.put(`${API}/theories-of-change/${id}`, { version: 1, ...v1, title: 'Min udgave' }), 409, 'stale_version');
    expect(await snapshotCounts(t, TABLES)).toEqual(before);
    expect((await leder.get(`${API}/theories-of-change/${id}`)).body.version).toBe(2);
  });

  it('a worker (vita) reads it but cannot write (403); the leader of another unit does not see it (404)', async () => {
    const vita = await t.login('vita');
    const read = await vita.get(`${API}/theories-of-change/${id}`);
    expect([read.status, read.body.version, read.body.canEdit]).toEqual([200, 2, false]);
    const before = await snapshotCounts(t, TABLES);
    expectProblem(await vita.put(`${API}/theories-of-change/${id}`, { version: 2, ...v1 }), 403, 'forbidden');
    expectProblem(await vita.post(`${API}/theories-of-change`, { unitId: skp, method: 'cti', ...v1 }), 403, 'forbidden');

    const boleder = await t.login('boleder');
    expectProblem(await list(boleder, skp, 'outreach'), 404, 'not_found');
    expectProblem(await boleder.get(`${API}/theories-of-change/${id}`), 404, 'not_found');
    expectProblem(await boleder.put(`${API}/theories-of-change/${id}`, { version: 2, ...v1 }), 404, 'not_found');
    expectProblem(await boleder.post(`${API}/theories-of-change`, { unitId: skp, method: 'cti', ...v1 }), 404, 'not_found');
    expect(await snapshotCounts(t, TABLES)).toEqual(before);
  });

  it('a spotter sees no theory (404); a peer reads the residence\'s but cannot save it (403)', async () => {
    const spotter = await t.login('spotter');
    expectProblem(await list(spotter, ids.unit('Værestedet')), 404, 'not_found');
    expectProblem(await spotter.get(`${API}/theories-of-change/${id}`), 404, 'not_found');
    const peer = await t.login('peer');
    const res = await list(peer, ids.unit('Bostedet'), 'residential');
    expect([res.status, res.body.items[0].isDefault, res.body.items[0].canEdit]).toEqual([200, true, false]);
    expectProblem(await peer.post(`${API}/theories-of-change`, { unitId: ids.unit('Bostedet'), method: 'residential', ...strip(res.body.items[0]) }), 403, 'forbidden');
  });

  it("the organisation's administrator may save a unit's theory", async () => {
    const admin = await t.login('admin');
    const base = strip((await list(admin, ids.unit('CTI-teamet'), 'cti')).body.items[0]);
    const res = await admin.post(`${API}/theories-of-change`, { unitId: ids.unit('CTI-teamet'), method: 'cti', ...base });
    expect([res.status, res.body.version, res.body.updatedBy.displayName]).toEqual([201, 1, (await t.sql<{ display_name: string }>(`select display_name from users where username = 'admin'`))[0].display_name]);
  });
});
