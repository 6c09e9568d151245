import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theoryColumns, theoryMethods, TheoryUpdate } from '../../../shared/schemas/theories';
import { methodModels } from '../../methods';
import { defaultTheory, methodsWithDefaultTheory } from '../../seed/default-theories';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, demoIds, expectProblem, snapshotCounts } from '../../test/helpers';

/**
 * Bad theories of change answer 422 with the path of the field and a stable code, and store
 * nothing — on creation and on a new version alike.
 */

let t: TestContext;
let leder: Client;
let skp: string;
const TABLES = ['theories_of_change', 'theory_of_change_versions'];
const period = { from: '2026-01-01', to: '2026-12-31' };

type El = { id: string; column: string; text: string; indicator?: unknown };
const el = (id: string, column: string, text = `Element ${id}`, indicator: unknown = null): El => ({ id, column, text, indicator });
/** A small valid theory: a resource → an activity → a short-term result bound to goalsAchieved. */
const valid = () => ({
  title: 'Lille forandringsteori',
  elements: [el('r1', 'resources'), el('a1', 'activities'), el('s1', 'shortTerm', 'Borgeren når sine mål', { key: 'goalsAchieved', baseline: null, target: 0.5, period })],
  links: [
    { from: 'r1', to: 'a1', assumption: 'Tid giver kontakt.' },
    { from: 'a1', to: 's1', assumption: null },
  ],
});
type Theory = ReturnType<typeof valid>;

const cases: [string, (th: Theory) => void, string, string][] = [
  ['an indicator bound twice', (th) => th.elements.push(el('l1', 'longTerm', 'Igen', { key: 'goalsAchieved', target: 0.6, period })), 'elements.3.indicator.key', 'indicator_bound_twice'],
  ['an unknown column', (th) => (th.elements[0].column = 'impact'), 'elements.0.column', 'invalid_value'],
  ['a link to a missing element', (th) => (th.links[1].to = 'x9'), 'links.1.to', 'unknown_element'],
  ['a link from a missing element', (th) => (th.links[0].from = 'x9'), 'links.0.from', 'unknown_element'],
  ['a link backwards (short-term → activity)', (th) => th.links.push({ from: 's1', to: 'a1', assumption: null }), 'links.2.to', 'invalid_value'],
  ['a link within a column', (th) => (th.elements.push(el('a2', 'activities')), th.links.push({ from: 'a1', to: 'a2', assumption: null })), 'links.2.to', 'invalid_value'],
  ['a self-link', (th) => th.links.push({ from: 'a1', to: 'a1', assumption: null }), 'links.2.to', 'self_link'],
  ['the same link twice', (th) => th.links.push({ from: 'r1', to: 'a1', assumption: 'Igen' }), 'links.2', 'duplicate'],
  ['two elements with one id', (th) => th.elements.push(el('r1', 'outputs')), 'elements.3.id', 'duplicate'],
  ['an indicator key not in the catalogue', (th) => ((th.elements[2].indicator as { key: string }).key = 'happiness'), 'elements.2.indicator.key', 'invalid_value'],
  ['a key without a target', (th) => delete (th.elements[2].indicator as { target?: number }).target, 'elements.2.indicator.target', 'required'],
  ['a key without a period', (th) => delete (th.elements[2].indicator as { period?: unknown }).period, 'elements.2.indicator.period', 'required'],
  ['a period ending before it starts', (th) => ((th.elements[2].indicator as { period: unknown }).period = { from: '2026-06-01', to: '2026-05-31' }), 'elements.2.indicator.period.to', 'before_from'],
  ['a share target above 1', (th) => ((th.elements[2].indicator as { target: number }).target = 50), 'elements.2.indicator.target', 'too_big'],
  ['empty text', (th) => (th.elements[0].text = '   '), 'elements.0.text', 'too_short'],
  ['an empty title', (th) => (th.title = ''), 'title', 'too_short'],
  ['more than 100 elements', (th) => th.elements.push(...Array.from({ length: 98 }, (_, i) => el(`x${i}`, 'outputs'))), 'elements', 'too_long'],
];

beforeAll(async () => {
  t = await createTestContext();
  leder = await t.login('leder');
  skp = (await demoIds(t)).unit('SKP-teamet');
});
afterAll(() => t.close());

describe('a theory of change is refused with 422, nothing stored', () => {
  it.each(cases)('on creation: %s', async (_, spoil, path, code) => {
    const th = valid();
    spoil(th);
    const before = await snapshotCounts(t, TABLES);
    const res = await leder.post(`${API}/theories-of-change`, { unitId: skp, method: 'outreach', ...th });
    expectProblem(res, 422, 'validation_failed');
    expect(res.body.errors).toEqual([{ path, code }]);
    expect(await snapshotCounts(t, TABLES)).toEqual(before);
  });

  it('exactly 100 elements are accepted, and an unknown method is refused', async () => {
    const th = valid();
    th.elements.push(...Array.from({ length: 97 }, (_, i) => el(`x${i}`, 'outputs')));
    const res = await leder.post(`${API}/theories-of-change`, { unitId: skp, method: 'icm', ...th });
    expect([res.status, res.body.elements.length]).toEqual([201, 100]);
    const bad = await leder.post(`${API}/theories-of-change`, { unitId: skp, method: 'astrology', ...valid() });
    expect(bad.body.errors).toEqual([{ path: 'method', code: 'invalid_value' }]);
  });

  it('on a new version: an indicator bound twice leaves the theory at its version', async () => {
    const created = await leder.post(`${API}/theories-of-change`, { unitId: skp, method: 'outreach', ...valid() });
    expect(created.status).toBe(201);
    const th = valid();
    th.elements.push(el('o1', 'outputs', 'Igen', { key: 'goalsAchieved', target: 0.5, period }));
    const before = await snapshotCounts(t, TABLES);
    const res = await leder.put(`${API}/theories-of-change/${created.body.id}`, { version: 1, ...th });
    expectProblem(res, 422, 'validation_failed');
    expect(res.body.errors).toEqual([{ path: 'elements.3.indicator.key', code: 'indicator_bound_twice' }]);
    expect(await snapshotCounts(t, TABLES)).toEqual(before);
    expect((await leder.get(`${API}/theories-of-change/${created.body.id}`)).body.version).toBe(1);
  });

  it("a unit that does not exist is 404; the theory methods are the server's method models", async () => {
    expectProblem(await leder.get(`${API}/theories-of-change?unitId=00000000-0000-7000-8000-000000000000`), 404, 'not_found');
    expectProblem(await leder.get(`${API}/theories-of-change/00000000-0000-7000-8000-000000000000`), 404, 'not_found');
    expect([...theoryMethods].sort()).toEqual(methodModels.map((m) => m.id).sort());
  });
});

describe('the shipped defaults', () => {
  it('are valid theories of 10–16 elements in every column, with a few assumptions and bound indicators', () => {
    expect([...methodsWithDefaultTheory].sort()).toEqual(['act', 'crisis_pathway', 'crisis_stay', 'cti', 'icm', 'outreach', 'residential']);
    for (const method of methodsWithDefaultTheory) {
      const theory = defaultTheory(method, 2026)!;
      const parsed = TheoryUpdate.safeParse({ version: 1, ...theory });
      expect(parsed.success ? [] : parsed.error.issues, method).toEqual([]);
      expect(theory.elements.length, method).toBeGreaterThanOrEqual(10);
      expect(theory.elements.length, method).toBeLessThanOrEqual(16);
      expect(new Set(theory.elements.map((e) => e.column)), method).toEqual(new Set(theoryColumns));
      expect(theory.links.filter((l) => l.assumption).length, method).toBeGreaterThanOrEqual(3);
      expect(theory.elements.filter((e) => e.indicator).length, method).toBeGreaterThanOrEqual(2);
    }
  });
});
