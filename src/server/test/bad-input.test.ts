import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../shared/errors';
import { createTestContext, type Client, type TestContext } from './harness';
import { API, createCitizen, demoIds, expectProblem, snapshotCounts, type DemoIds } from './helpers';

/**
 * Garbage never gives a 500 and never changes anything: every refusal is problem+json with a
 * stable code, validation errors name the fields and never echo what was sent.
 */

let t: TestContext;
let demo: DemoIds;
let vita: Client;
let target: { id: string; courseId: string };

beforeAll(async () => {
  t = await createTestContext();
  demo = await demoIds(t);
  vita = await t.login('vita');
  target = await createCitizen(vita, { kind: 'identified', name: 'Robust Rasmussen', course: { method: 'outreach', unitId: demo.unit('SKP-teamet') } });
});
afterAll(() => t.close());

const MARKER = 'SECRET-ECHO-MARKER';
const validCourse = () => ({ method: 'outreach', unitId: demo.unit('SKP-teamet') });

/** Sends each request, expects 422 naming exactly these fields (never the value), and no change in any table. */
async function expectRefused(send: () => Promise<{ status: number; body: any; text: string; headers: Headers }>, paths: string[], codes?: string[]) {
  const before = await snapshotCounts(t);
  const res = await send();
  expectProblem(res, 422, 'validation_failed');
  expect([...new Set(res.body.errors.map((e: { path: string }) => e.path))].sort()).toEqual([...paths].sort());
  if (codes) expect(res.body.errors.map((e: { code: string }) => e.code).sort()).toEqual([...codes].sort());
  expect(res.text).not.toContain(MARKER);
  expect(res.text).not.toContain('ZZZZZZZZ');
  expect(await snapshotCounts(t)).toEqual(before);
}

describe('invalid bodies', () => {
  it('wrong types are named, with invalid_type rather than required', async () => {
    await expectRefused(
      () => vita.post(`${API}/citizens`, { kind: 'unidentified', alias: [MARKER], birthYear: '1970', noFixedAddress: 'yes', course: validCourse() }),
      ['alias', 'birthYear', 'noFixedAddress'],
      ['invalid_type', 'invalid_type', 'invalid_type'],
    );
    await expectRefused(() => vita.patch(`${API}/citizens/${target.id}`, { safetyNotes: MARKER, ownWords: [1] }), ['safetyNotes', 'ownWords'], ['invalid_type', 'invalid_type']);
    await expectRefused(() => vita.post(`${API}/citizens`, { alias: 'Uden art', course: validCourse() }), ['kind'], ['required']);
    await expectRefused(() => vita.post(`${API}/citizens`, [MARKER]), [''], ['invalid_type']);
    await expectRefused(() => vita.request('PATCH', `${API}/citizens/${target.id}`, 'null'), [''], ['invalid_type']);
    await expectRefused(() => vita.post(`${API}/courses/${target.courseId}/notes`, { text: 42 }), ['text'], ['invalid_type']);
  });

  it('huge strings are refused as too long', async () => {
    const huge = 'Z'.repeat(100_000);
    await expectRefused(() => vita.patch(`${API}/citizens/${target.id}`, { alias: huge, description: huge, ownWords: { whatMatters: huge } }), ['alias', 'description', 'ownWords.whatMatters'], ['too_long', 'too_long', 'too_long']);
    await expectRefused(() => vita.post(`${API}/courses/${target.courseId}/notes`, { text: huge }), ['text'], ['too_long']);
    await expectRefused(() => vita.patch(`${API}/citizens/${target.id}`, { safetyNotes: Array(21).fill('Hund') }), ['safetyNotes'], ['too_long']);
  });

  it('bad CPR numbers, unknown fields, NUL characters and impossible dates', async () => {
    await expectRefused(() => vita.patch(`${API}/citizens/${target.id}`, { cpr: '310490-1234' }), ['cpr'], ['invalid_cpr']);
    await expectRefused(() => vita.patch(`${API}/citizens/${target.id}`, { cpr: `${MARKER}-1234` }), ['cpr']);
    await expectRefused(() => vita.patch(`${API}/citizens/${target.id}`, { isAdmin: MARKER, ownWords: { secret: MARKER } }), ['isAdmin', 'ownWords.secret'], ['unknown_field', 'unknown_field']);
    await expectRefused(() => vita.patch(`${API}/citizens/${target.id}`, { alias: 'a\u0000b', safetyNotes: ['x\u0000'], ownWords: { whatMatters: 'lone \ud800' } }), ['alias', 'safetyNotes.0', 'ownWords.whatMatters']);
    await expectRefused(() => vita.post(`${API}/break-glass/search`, { q: 'x\udc00', reason: 'Akut: borgeren er fundet forkommen' }), ['q']);
    await expectRefused(() => vita.post(`${API}/citizens`, { kind: 'unidentified', alias: 'X', course: { ...validCourse(), startDate: '0000-01-01' } }), ['course.startDate']);
    await expectRefused(() => vita.post(`${API}/courses/${target.courseId}/notes`, { text: 'x', occurredAt: '0001-01-01T00:00:00+14:00' }), ['occurredAt']);
    await expectRefused(() => t.anonymous.post(`${API}/auth/login`, { username: 'vita\u0000', password: 'demo' }), ['username']);
  });

  it('malformed JSON → 400, a wrong media type → 415, a body over 1 MiB → 413', async () => {
    const before = await snapshotCounts(t);
    expectProblem(await vita.request('POST', `${API}/citizens`, '{"kind": "unidentified", '), 400, 'malformed_json');
    expectProblem(await vita.request('PATCH', `${API}/citizens/${target.id}`, ''), 400, 'malformed_json');
    expectProblem(await vita.request('POST', `${API}/citizens`, 'kind=unidentified', { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type');
    const big = JSON.stringify({ kind: 'unidentified', alias: 'x', description: 'y'.repeat(1024 * 1024), course: validCourse() });
    expectProblem(await vita.request('POST', `${API}/citizens`, big), 413, 'payload_too_large');
    expectProblem(await vita.request('POST', `${API}/courses/${target.courseId}/notes`, JSON.stringify({ text: 'n'.repeat(1_100_000) })), 413, 'payload_too_large');
    expect(await snapshotCounts(t)).toEqual(before);
  });
});

describe('invalid paths and query parameters', () => {
  it('non-UUID ids answer 422 (and unknown UUIDs 404), never 500', async () => {
    const before = await snapshotCounts(t);
    const admin = await t.login('admin');
    for (const id of ['not-a-uuid', '1', "' OR 1=1 --", '%00', '00000000-0000-0000-0000-00000000000g']) {
      const enc = encodeURIComponent(id);
      for (const res of [
        await vita.get(`${API}/citizens/${enc}`),
        await vita.patch(`${API}/citizens/${enc}`, { phone: '1' }),
        await vita.get(`${API}/citizens/${enc}/courses`),
        await vita.get(`${API}/courses/${enc}`),
        await vita.post(`${API}/courses/${enc}/notes`, { text: 'x' }),
        await vita.patch(`${API}/notes/${enc}`, { text: 'x' }),
        await admin.patch(`${API}/admin/units/${enc}`, { name: 'x' }),
        await admin.delete(`${API}/admin/memberships/${enc}`),
      ]) {
        expect([404, 422], id).toContain(res.status);
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
    }
    const unknown = '01900000-0000-7000-8000-000000000000';
    expectProblem(await vita.get(`${API}/citizens/${unknown}`), 404, 'not_found');
    expectProblem(await vita.get(`${API}/courses/${unknown}/notes`), 404, 'not_found');
    expectProblem(await vita.patch(`${API}/notes/${unknown}`, { text: 'x' }), 404, 'not_found');
    expectProblem(await admin.delete(`${API}/admin/memberships/${unknown}`), 404, 'not_found');
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it('bad query parameters are named', async () => {
    const cases: [string, string[]][] = [
      ['page=0', ['page']],
      ['page=-1&pageSize=1000', ['page', 'pageSize']],
      ['page=abc', ['page']],
      ['pageSize=2.5', ['pageSize']],
      ['mine=yes', ['mine']],
      ['unitId=skp', ['unitId']],
      ['foo=1', ['foo']],
      [`q=${'Z'.repeat(101)}`, ['q']],
      ['q=a%00b', ['q']],
    ];
    for (const [query, paths] of cases) await expectRefused(() => vita.get(`${API}/citizens?${query}`), paths);
    const dpo = await t.login('dpo');
    await expectRefused(() => dpo.get(`${API}/audit?from=yesterday&to=2024-02-30&userId=vita`), ['from', 'to', 'userId']);
    await expectRefused(() => dpo.get(`${API}/audit?cpr=12345`), ['cpr'], ['invalid_cpr']);
  });

  it('wildcards in a search are taken literally', async () => {
    for (const q of ['%', '_', '%25%', '\\']) {
      const res = await vita.get(`${API}/citizens?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
      expect(res.body.total, q).toBe(0);
    }
  });
});

describe('random bodies (property tests)', () => {
  // Well-shaped values with arbitrary Unicode (so many requests reach the database), plus junk.
  const anyJson = fc.jsonValue({ stringUnit: 'binary', maxDepth: 3 });
  const str = fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'a\u0000', 'x\ud800', '\udc00y', '😀', '%_\\', "'; drop table citizens; --") },
  );
  const dateIn = (from: string, to: string) => fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const date = fc.oneof(
    { weight: 4, arbitrary: dateIn('1990-01-01', '2040-01-01') },
    { weight: 1, arbitrary: dateIn('1800-01-01', '3100-01-01') },
    { weight: 1, arbitrary: fc.constantFrom('0000-01-01', '2023-02-29', '2024-02-29', '+002024-01-01') },
  );
  const cpr = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('010180-1234', '290200-4321', '0101801234', '150390-1111', '') },
    { weight: 1, arbitrary: fc.oneof(fc.constantFrom('290201-4321', '0101501234'), fc.stringMatching(/^\d{6}-?\d{4}$/), str) },
  );

  const citizen = (kinds: string[], withCourse: boolean, dirty: boolean) => {
    const v = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<unknown> => (dirty ? fc.oneof({ weight: 3, arbitrary: a }, { weight: 1, arbitrary: fc.oneof(anyJson, fc.constant(null)) }) : a);
    const course = fc.record(
      {
        method: v(fc.constantFrom('outreach', 'generic', 'generic', 'unknown')),
        unitId: v(fc.oneof(fc.constantFrom('SKP-teamet', 'SKP-teamet', 'CTI-teamet').map((n) => demo.unit(n)), fc.uuid())),
        startDate: v(date),
        plannedEndDate: v(date),
        legalBasis: v(str),
      },
      { requiredKeys: ['method', 'unitId'] },
    );
    const fields = {
      kind: v(fc.constantFrom(...kinds)),
      alias: v(str),
      name: v(str),
      cpr: v(cpr),
      birthYear: v(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1900, max: 2020 }) }, { weight: 1, arbitrary: fc.integer() })),
      phone: v(str),
      noFixedAddress: v(fc.boolean()),
      ownWords: v(fc.record({ whatMatters: str, hopesAndDreams: str, doNotWant: str }, { requiredKeys: [] })),
      safetyNotes: v(fc.oneof({ weight: 5, arbitrary: fc.array(str, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(str, { maxLength: 25 }) })),
    };
    if (!withCourse) return fc.record(fields, { requiredKeys: [] });
    // A valid citizen with up to three of its fields replaced by generated values.
    const base = fc.constantFrom(
      { kind: 'unidentified', alias: 'Basis', course: { method: 'outreach', unitId: demo.unit('SKP-teamet') } },
      { kind: 'identified', name: 'Basis', course: { method: 'generic', unitId: demo.unit('SKP-teamet') } },
    );
    const all = { ...fields, course: v(course) };
    return fc
      .tuple(base, fc.record(all), fc.subarray(Object.keys(all), { maxLength: 3 }))
      .map(([b, o, keys]) => ({ ...b, ...Object.fromEntries(keys.map((k) => [k, o[k as keyof typeof o]])) }));
  };
  const bodies = (kinds: string[], withCourse: boolean) =>
    fc.oneof(
      { weight: 5, arbitrary: citizen(kinds, withCourse, false) },
      { weight: 4, arbitrary: citizen(kinds, withCourse, true) },
      { weight: 1, arbitrary: anyJson },
    );

  const neverFails = async (body: fc.Arbitrary<unknown>, send: (b: unknown) => Promise<{ status: number; headers: Headers; body: any }>) => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await send(b);
        expect(res.status).toBeLessThan(500);
        if (res.status < 300) accepted++;
        else {
          expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          expect(errorCodes).toContain(res.body.code);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
    // Some bodies must get through validation, or the property never reaches the database.
    expect(accepted).toBeGreaterThanOrEqual(10);
  };

  it('POST /citizens never answers 5xx', () => neverFails(bodies(['identified', 'unidentified'], true), (b) => vita.request('POST', `${API}/citizens`, JSON.stringify(b))));
  it('PATCH /citizens/{id} never answers 5xx', () => neverFails(bodies(['identified'], false), (b) => vita.request('PATCH', `${API}/citizens/${target.id}`, JSON.stringify(b))));
});
