import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, countRows, createCitizen, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, today } from '../outreach/dates';

/**
 * An administrator's own instruments and versions: a new version never changes a score already
 * given, a used version cannot be corrected in place, and an organisation's edit of WHO-5 is its own.
 */

let t: TestContext;
let ids: DemoIds;
let admin: Client;
let cti: Client;
let demoOrg: string;
let course: { id: string; courseId: string };

const tx = (s: string) => ({ da: s, en: s });
const item = (id: string, extra: Record<string, unknown> = {}) => ({ id, text: tx(`Spørgsmål ${id}`), min: 0, max: 10, ...extra });
const definition = (extra: Record<string, unknown> = {}) => ({
  organisationId: demoOrg,
  name: tx('Humørskala'),
  kind: 'outcome',
  intro: tx('Hvordan har du det?'),
  items: [item('q1'), item('q2')],
  reliableChange: 3,
  ...extra,
});
const instruments = async (client: Client, organisationId: string) => {
  const res = await client.get(`${API}/instruments?organisationId=${organisationId}`);
  expect(res.status).toBe(200);
  return Object.fromEntries(res.body.items.map((i: { key: string }) => [i.key, i]));
};
const put = (key: string, body: Record<string, unknown>) => admin.request('PUT', `${API}/instruments/${key}`, body);
const measure = (instrument: string, answers: Record<string, number>) =>
  cti.post(`${API}/courses/${course.courseId}/measurements`, { instrument, answers, mode: 'paper' });
const counts = () => snapshotCounts(t, ['instrument_versions', 'measurements']);

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [admin, cti] = [await t.login('admin'), await t.login('cti')];
  demoOrg = ids.org('Demo Kommune');
  course = await createCitizen(cti, { kind: 'identified', name: 'Ib Instrument', noFixedAddress: true, course: { method: 'cti', unitId: ids.unit('CTI-teamet'), startDate: addDays(today(), -5) } });
});
afterAll(() => t.close());

describe('adding an instrument', () => {
  it('creates version 1 of an own instrument, offered to the workers', async () => {
    const res = await admin.post(`${API}/instruments`, { ...definition(), key: 'mood' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ key: 'mood', version: 1, builtIn: false, organisationId: demoOrg, range: { min: 0, max: 20 }, scoring: { method: 'sum', multiplier: 1 } });
    expect((await instruments(cti, demoOrg)).mood).toMatchObject({ version: 1, name: tx('Humørskala') });
  });

  it('refuses a key already used, including the shipped who5, and a non-administrator', async () => {
    const before = await counts();
    expectProblem(await admin.post(`${API}/instruments`, { ...definition(), key: 'mood' }), 409, 'name_taken');
    expectProblem(await admin.post(`${API}/instruments`, { ...definition(), key: 'who5' }), 409, 'name_taken');
    expectProblem(await cti.post(`${API}/instruments`, { ...definition(), key: 'cti_scale' }), 403, 'forbidden');
    expect(await counts()).toEqual(before);
  });

  it('refuses invalid definitions with the field at fault', async () => {
    const before = await counts();
    const bad: [Record<string, unknown>, { path: string; code: string }][] = [
      [{ items: [item('q1', { min: 5, max: 5 })] }, { path: 'items.0.max', code: 'invalid_value' }],
      [{ items: [item('q1', { min: 0, max: 3, options: [tx('0'), tx('1'), tx('2')] })] }, { path: 'items.0.options', code: 'invalid_value' }],
    ];
    for (const [extra, issue] of bad) {
      const res = await admin.post(`${API}/instruments`, { ...definition(extra), key: 'broken' });
      expectProblem(res, 422, 'validation_failed');
      expect(res.body.errors).toEqual([issue]);
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses two items with the same id (an answer would count twice)', async () => {
    const before = await counts();
    const res = await admin.post(`${API}/instruments`, { ...definition({ items: [item('q1'), item('q1')] }), key: 'twice' });
    expect(res.status).toBe(422);
    expect(await counts()).toEqual(before);
  });
});

describe('versions of an own instrument', () => {
  let first: string;

  it('keeps a used version: no correction in place (409) and nothing changed', async () => {
    const m = await measure('mood', { q1: 4, q2: 6 });
    expect(m.status).toBe(201);
    expect(m.body).toMatchObject({ instrumentVersion: 1, raw: 10, total: 10 });
    first = m.body.id;
    const before = await counts();
    expectProblem(await put('mood', definition({ version: 1, multiplier: 2 })), 409, 'instrument_in_use');
    expect(await counts()).toEqual(before);
    expect((await instruments(admin, demoOrg)).mood).toMatchObject({ version: 1, scoring: { multiplier: 1 } });
  });

  it('saves an edit as version 2; the earlier score keeps version 1 and its total', async () => {
    const res = await put('mood', definition({ multiplier: 2 }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ key: 'mood', version: 2, scoring: { multiplier: 2 }, range: { min: 0, max: 40 } });
    expect(await countRows(t, 'instrument_versions', "key = 'mood'")).toBe(2);
  });

  it('corrects the current version in place while no score has used it', async () => {
    const res = await put('mood', definition({ version: 2, multiplier: 2, name: tx('Humørskala (rettet)') }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, name: tx('Humørskala (rettet)') });
    expect(await countRows(t, 'instrument_versions', "key = 'mood'")).toBe(2);
  });

  it('scores new measurements with version 2 and leaves the old one as it was', async () => {
    const m = await measure('mood', { q1: 4, q2: 6 });
    expect(m.body).toMatchObject({ instrumentVersion: 2, raw: 10, total: 20 });
    const list = (await cti.get(`${API}/citizens/${course.id}/measurements?instrument=mood`)).body.items;
    expect(list.map((x: { id: string; instrumentVersion: number; total: number }) => [x.id, x.instrumentVersion, x.total])).toEqual([
      [m.body.id, 2, 20],
      [first, 1, 10],
    ]);
  });

  it('refuses a stale version (409) and an edit by a non-administrator (403)', async () => {
    const before = await counts();
    expectProblem(await put('mood', definition({ version: 1 })), 409, 'stale_version');
    expectProblem(await cti.request('PUT', `${API}/instruments/mood`, definition()), 403, 'forbidden');
    expect(await counts()).toEqual(before);
  });
});

describe("an organisation's own WHO-5", () => {
  const who5 = (extra: Record<string, unknown> = {}) => {
    const items = ['cheerful', 'calm', 'active', 'rested', 'interest'].map((id) => ({ id, text: tx(`WHO-5 ${id}`), min: 0, max: 5 }));
    return definition({ name: tx('WHO-5 (vores udgave)'), items, multiplier: 4, reliableChange: 10, ...extra });
  };

  it('refuses a correction of the shipped version 1', async () => {
    const before = await counts();
    expectProblem(await put('who5', who5({ version: 1 })), 409, 'instrument_in_use');
    expect(await counts()).toEqual(before);
  });

  it("saves version 2 for that organisation only; the administrator's other organisations keep version 1", async () => {
    const res = await put('who5', who5());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ key: 'who5', version: 2, builtIn: true, organisationId: demoOrg });
    expect((await instruments(admin, demoOrg)).who5).toMatchObject({ version: 2, name: tx('WHO-5 (vores udgave)') });
    const other = (await instruments(admin, ids.org('Anden Kommune'))).who5;
    expect(other).toMatchObject({ version: 1, organisationId: null, name: { da: 'WHO-5 Trivselsindeks' } });
    expect((await instruments(await t.login('anden'), ids.org('Anden Kommune'))).who5.version).toBe(1);
    const m = await measure('who5', { cheerful: 3, calm: 3, active: 3, rested: 3, interest: 3 });
    expect(m.body).toMatchObject({ instrumentVersion: 2, total: 60 });
    const kirsten = (await cti.get(`${API}/citizens/${ids.citizen('Kirsten Holm')}/measurements?instrument=who5`)).body.items;
    expect(kirsten.length).toBeGreaterThan(0);
    expect(kirsten.every((x: { instrumentVersion: number }) => x.instrumentVersion === 1)).toBe(true);
  });
});
