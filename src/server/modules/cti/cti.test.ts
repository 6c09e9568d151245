import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, countRows, createCitizen, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, addMonths, today } from '../outreach/dates';

/**
 * CTI from the contact period to completion: the housing rule before phase 1, the nine-month clock
 * with its falling contact rhythm, 1–3 focus areas per reached phase, a forward-only phase path,
 * and a planned end past nine months only with a reason.
 */

let t: TestContext;
let ids: DemoIds;
let cti: Client;
let vita: Client;
let course: { id: string; courseId: string };

const counts = () => snapshotCounts(t, ['focus_areas', 'course_phase_history', 'checklist_ticks']);

const timeline = async () => (await cti.get(`${API}/courses/${course.courseId}/timeline`)).body;
const move = (to: string, date?: string) => cti.post(`${API}/courses/${course.courseId}/phase`, { to, reason: `Videre til ${to}`, ...(date ? { date } : {}) });
const AREAS = [
  { area: 'housing', activityPlan: 'Betalingsaftale om huslejen.' },
  { area: 'mental_health', activityPlan: 'Følges til distriktspsykiatrien.' },
  { area: 'network', activityPlan: 'Kontakt til søsteren.' },
];

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [cti, vita] = [await t.login('cti'), await t.login('vita')];
  course = await createCitizen(cti, {
    kind: 'identified',
    name: 'Bent Boligløs',
    noFixedAddress: true,
    course: { method: 'cti', unitId: ids.unit('CTI-teamet'), startDate: addDays(today(), -20) },
  });
});
afterAll(() => t.close());

describe('the CTI method model', () => {
  it('is served with its phases, lengths and contact rhythm', async () => {
    const model = (await cti.get(`${API}/methods`)).body.items.find((m: { id: string }) => m.id === 'cti');
    expect(model.phases.map((p: { id: string; plannedMonths?: number; expectedContactDays?: number }) => [p.id, p.plannedMonths ?? null, p.expectedContactDays ?? null])).toEqual([
      ['contact', null, null],
      ['phase1', 3, 7],
      ['phase2', 3, 14],
      ['phase3', 3, 30],
    ]);
  });
});

describe('a CTI course from the contact period to completion', () => {
  it('starts in the contact period with no clock running', async () => {
    expect(await timeline()).toMatchObject({ method: 'cti', clockStart: null, monthOnClock: null, housingRequired: true, hasHousing: false, phases: [{ id: 'contact', current: true }, {}, {}, {}] });
  });

  it('refuses phase 1 without housing, and changes nothing', async () => {
    const before = await counts();
    expectProblem(await move('phase1'), 409, 'housing_required');
    expect(await counts()).toEqual(before);
  });

  it('starts the nine-month clock when phase 1 begins with housing recorded', async () => {
    expect((await cti.patch(`${API}/citizens/${course.id}`, { address: 'Nyvej 3, 1. th., 9999 Demoby', noFixedAddress: false })).status).toBe(200);
    const start = addDays(today(), -10);
    expect((await move('phase1', start)).status).toBe(200);
    const tl = await timeline();
    expect(tl).toMatchObject({ clockStart: start, plannedEnd: addMonths(start, 9), monthOnClock: 1, overrun: false, hasHousing: true });
    expect(tl.phases.slice(1).map((p: { plannedStart: string; plannedEnd: string; expectedContactDays: number }) => [p.plannedStart, p.plannedEnd, p.expectedContactDays])).toEqual([
      [start, addMonths(start, 3), 7],
      [addMonths(start, 3), addMonths(start, 6), 14],
      [addMonths(start, 6), addMonths(start, 9), 30],
    ]);
    expect(tl.phases[0]).toMatchObject({ actualEnd: start });
    expect(tl.phases[1]).toMatchObject({ actualStart: start, current: true });
    expect((await cti.get(`${API}/courses/${course.courseId}`)).body.plannedEndDate).toBe(addMonths(start, 9));
  });

  it('keeps 1–3 focus areas per reached phase', async () => {
    const res = await cti.request('PUT', `${API}/courses/${course.courseId}/focus-areas`, { phase: 'phase1', areas: AREAS, chosenWithCitizen: true });
    expect(res.status).toBe(200);
    expect(res.body.phases[1].focusAreas).toMatchObject({ areas: AREAS, chosenWithCitizen: true, by: { displayName: 'Camilla Thers' } });
    const before = await counts();
    const four = await cti.request('PUT', `${API}/courses/${course.courseId}/focus-areas`, { phase: 'phase1', areas: [...AREAS, { area: 'finances', activityPlan: 'Budget' }], chosenWithCitizen: true });
    expect(four.status).toBe(422);
    expect(four.body.errors).toEqual([{ path: 'areas', code: 'too_long' }]);
    const twice = await cti.request('PUT', `${API}/courses/${course.courseId}/focus-areas`, { phase: 'phase1', areas: [AREAS[0], AREAS[0]], chosenWithCitizen: true });
    expect(twice.body.errors).toEqual([{ path: 'areas.1.area', code: 'invalid_value' }]);
    expectProblem(await cti.request('PUT', `${API}/courses/${course.courseId}/focus-areas`, { phase: 'phase2', areas: [AREAS[0]], chosenWithCitizen: true }), 409, 'step_not_reached');
    expect((await cti.request('PUT', `${API}/courses/${course.courseId}/focus-areas`, { phase: 'contact', areas: [AREAS[0]], chosenWithCitizen: true })).body.errors).toEqual([
      { path: 'phase', code: 'invalid_value' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('moves a planned end past nine months only with a reason', async () => {
    const { plannedEnd } = await timeline();
    const later = addMonths(plannedEnd, 1);
    const before = await counts();
    const refused = await cti.request('PUT', `${API}/courses/${course.courseId}/planned-end`, { plannedEndDate: later });
    expect(refused.body.errors).toEqual([{ path: 'reason', code: 'required' }]);
    expect(await counts()).toEqual(before);
    expect((await cti.request('PUT', `${API}/courses/${course.courseId}/planned-end`, { plannedEndDate: later, reason: 'Venter på psykiatrien' })).status).toBe(200);
    expect((await cti.get(`${API}/courses/${course.courseId}`)).body.plannedEndDate).toBe(later);
    expect((await timeline()).plannedEndReason).toBe('Venter på psykiatrien');
  });

  it('goes forward only, and ends completed in phase 3', async () => {
    expectProblem(await move('contact'), 409, 'phase_transition_not_allowed');
    expectProblem(await move('phase3'), 409, 'phase_transition_not_allowed');
    expect((await move('phase2')).status).toBe(200);
    expectProblem(await move('phase1'), 409, 'phase_transition_not_allowed');
    expectProblem(await cti.post(`${API}/courses/${course.courseId}/close`, { reason: 'completed', summary: 'For tidligt' }), 409, 'end_reason_not_allowed');
    expect((await move('phase3')).status).toBe(200);
    expect((await cti.post(`${API}/courses/${course.courseId}/checklists/transfer.closingMeeting`, { ticked: true })).status).toBe(200);
    const closed = await cti.post(`${API}/courses/${course.courseId}/close`, { reason: 'completed', summary: 'Netværkets roller er bekræftet på afslutningsmødet.' });
    expect(closed.body).toMatchObject({ status: 'completed', endReason: 'completed' });
    const tl = await timeline();
    expect(tl).toMatchObject({ daysLeft: null, overrun: false });
    expect(tl.phases[3]).toMatchObject({ current: true, actualEnd: today() });
    expectProblem(await cti.request('PUT', `${API}/courses/${course.courseId}/focus-areas`, { phase: 'phase3', areas: [AREAS[0]], chosenWithCitizen: true }), 409, 'course_not_active');
  });
});

describe('the clock keeps its dates', () => {
  it('a phase starting before a daylight-saving change ends on the same calendar day three months later', () => {
    // Phase 1 on 1 March ends on 1 June, across the change to summer time on the last Sunday of March.
    expect(addMonths('2026-03-01', 3)).toBe('2026-06-01');
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('the demo course: Kirsten Holm five days into phase 1 with three focus areas', async () => {
    const tl = (await cti.get(`${API}/courses/${ids.course('Kirsten Holm')}/timeline`)).body;
    expect(tl).toMatchObject({ clockStart: addDays(today(), -5), monthOnClock: 1, phases: [{}, { current: true, expectedContactDays: 7 }, {}, {}] });
    expect(tl.phases[1].focusAreas.areas.map((a: { area: string }) => a.area)).toEqual(['housing', 'finances', 'network']);
  });

  it('is invisible outside the CTI team', async () => {
    expectProblem(await vita.get(`${API}/courses/${ids.course('Kirsten Holm')}/timeline`), 404, 'not_found');
  });
});

describe("the citizen's network", () => {
  it('keeps versions with the citizen’s view of each relation; entries keep their ids', async () => {
    const kirsten = ids.citizen('Kirsten Holm');
    expect((await cti.get(`${API}/citizens/${kirsten}/network`)).body).toMatchObject({ version: 0, entries: [], canEdit: true });
    const first = await cti.request('PUT', `${API}/citizens/${kirsten}/network`, {
      entries: [
        { name: 'Datteren Mette', kind: 'person', relation: 'family', citizenView: 'mixed', citizenSays: 'Vi har ikke talt sammen i et år.' },
        { name: 'Lægehuset Torvet', kind: 'service', relation: 'gp', contact: '11 22 33 44', citizenView: 'positive' },
      ],
      note: 'Tegnet sammen med Kirsten i køkkenet.',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, note: 'Tegnet sammen med Kirsten i køkkenet.', by: { displayName: 'Camilla Thers' } });
    const [mette] = first.body.entries;
    const second = await cti.request('PUT', `${API}/citizens/${kirsten}/network`, { entries: [{ ...mette, citizenView: 'positive', citizenSays: 'Hun kom på besøg!' }] });
    expect(second.body).toMatchObject({ version: 2, entries: [{ id: mette.id, name: 'Datteren Mette', citizenView: 'positive' }] });
    const logged = await t.sql<{ action: string; context: Record<string, unknown> }>(`select action, context from audit_log where citizen_id = $1 and action in ('citizen.update', 'citizen.read') order by id`, [kirsten]);
    expect(logged.filter((l) => l.action === 'citizen.update').map((l) => l.context)).toEqual([{ fields: ['network'] }, { fields: ['network'] }]);
  });

  it('refuses bad entries and outsiders, and changes nothing', async () => {
    const kirsten = ids.citizen('Kirsten Holm');
    const before = await countRows(t, 'citizen_networks');
    const bad = await cti.request('PUT', `${API}/citizens/${kirsten}/network`, { entries: [{ name: '', kind: 'pet', relation: 'family', citizenView: 'great' }] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['entries.0.citizenView', 'entries.0.kind', 'entries.0.name']);
    expectProblem(await vita.request('PUT', `${API}/citizens/${kirsten}/network`, { entries: [] }), 404, 'not_found');
    expectProblem(await vita.get(`${API}/citizens/${kirsten}/network`), 404, 'not_found');
    expect(await countRows(t, 'citizen_networks')).toBe(before);
  });
});

describe('the timeline reads as the course ran', () => {
  it('the contact period starts at the course start, and each phase has its own focus-area item', async () => {
    const kirsten = ids.course('Kirsten Holm');
    const tl = (await cti.get(`${API}/courses/${kirsten}/timeline`)).body;
    expect(tl.phases[0]).toMatchObject({ id: 'contact', actualStart: addDays(today(), -40), actualEnd: addDays(today(), -5) });
    const lists = (await cti.get(`${API}/courses/${kirsten}/checklists`)).body;
    const focus = lists.steps.filter((s: { id: string }) => s.id.startsWith('focus')).map((s: { id: string; items: { ticked: boolean }[] }) => [s.id, s.items[0].ticked]);
    expect(focus).toEqual([
      ['focus1', true],
      ['focus2', false],
      ['focus3', false],
    ]);
  });
});

describe('method fidelity', () => {
  it('computes each CTI indicator with its norm, and says "not measured" where the data cannot tell', async () => {
    // Bent's course was completed within the clock (above); Kirsten's runs, five days into phase 1.
    const res = await cti.get(`${API}/fidelity?unitId=${ids.unit('CTI-teamet')}&method=cti`);
    expect(res.status).toBe(200);
    const by = Object.fromEntries(res.body.indicators.map((i: { id: string }) => [i.id, i]));
    expect(by.caseloadPerWorker).toEqual({ id: 'caseloadPerWorker', kind: 'max', norm: 10, n: 1, value: 1, status: 'met' });
    expect(by.withinClock).toEqual({ id: 'withinClock', kind: 'share', norm: 0.9, n: 1, value: 1, status: 'met' });
    // No course has been in phase 1 for a whole month yet.
    expect(by.twoContactsFirstMonth).toEqual({ id: 'twoContactsFirstMonth', kind: 'share', norm: 0.9, n: 0, value: null, status: 'not_measured' });
    // Bent's course had no logged contacts, so its rate did not fall.
    expect(by.fallingContactRate).toMatchObject({ n: 1, value: 0, status: 'not_met' });
    expect(by.noEarlyDropOut).toMatchObject({ n: 1, value: 1, status: 'met' });
  });

  it('is for the unit’s own members, and refuses an unknown method', async () => {
    expectProblem(await vita.get(`${API}/fidelity?unitId=${ids.unit('CTI-teamet')}&method=cti`), 403, 'forbidden');
    const bad = await cti.get(`${API}/fidelity?unitId=${ids.unit('CTI-teamet')}&method=nope`);
    expect(bad.body.errors).toEqual([{ path: 'method', code: 'invalid_value' }]);
  });
});
