import { describe, expect, it } from 'vitest';
import { HarmReductionBody } from '../../../shared/schemas/residential';
import { bodyOf, checkDraft, draftOf } from './harm-draft';
import { lastShiftStart, sinceProblem } from './handover-since';
import type { HarmPlanT } from './types';

const plan: HarmPlanT = {
  citizenId: '01a2093f-f7f8-731b-a06d-ef6e3a52fae5',
  version: 3,
  courseId: '01a2093f-f7f8-731b-a06d-ef6e3a52fae6',
  substances: 'Alkohol',
  areas: { physical: { consequences: 'Sover dårligt', measures: 'Aftensmad' }, psychological: { consequences: '', measures: '' }, social: { consequences: '', measures: '' }, economic: { consequences: '', measures: '' } },
  measures: [{ text: 'Budgetmøde', area: 'economic', who: null, abstinence: false }],
  residentWantsAbstinence: false,
  residentsOwnWords: null,
  madeWithResident: true,
  followUpDates: ['2026-12-01'],
  nextFollowUp: '2026-12-01',
  followUpDue: false,
  by: { id: '01a2093f-f7f8-731b-a06d-ef6e3a52fae7', displayName: 'Bo' },
  at: '2026-11-01T10:00:00.000Z',
};

describe('the harm-reduction draft', () => {
  it('round-trips a plan into a body the contract accepts, leaving out blank rows and dates', () => {
    const d = draftOf(plan);
    d.measures.push({ text: '', area: '', who: '', abstinence: false });
    d.followUpDates.push('');
    const { errors, sentMeasures } = checkDraft(d);
    expect(errors).toEqual({});
    expect(sentMeasures).toEqual([0]);
    const body = bodyOf(d, sentMeasures, plan.version);
    expect(HarmReductionBody.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ substances: 'Alkohol', residentsOwnWords: null, followUpDates: ['2026-12-01'], baseVersion: 3, measures: [{ text: 'Budgetmøde', area: 'economic', who: null, abstinence: false }] });
  });

  it('refuses a measure about stopping unless the resident wants to stop, and asks for text and area', () => {
    const d = draftOf(null);
    d.measures = [
      { text: 'Holder pause i weekenden', area: 'physical', who: '', abstinence: true },
      { text: '', area: '', who: 'Bo', abstinence: false },
    ];
    expect(checkDraft(d).errors).toEqual({ 'row.0.abstinence': 'abstinence_not_wanted', 'row.1.text': 'required', 'row.1.area': 'required' });
    d.residentWantsAbstinence = true;
    expect(checkDraft(d).errors['row.0.abstinence']).toBeUndefined();
  });
});

describe('the handover window', () => {
  it('takes the latest shift start at or before now, in Danish time', () => {
    // 06:30 in Copenhagen (winter, UTC+1): the last 07:00 was yesterday's, the last 23:00 last night's.
    const now = new Date('2026-11-23T05:30:00Z');
    expect(lastShiftStart('07:00', now)).toBe('2026-11-22T06:00:00.000Z');
    expect(lastShiftStart('23:00', now)).toBe('2026-11-22T22:00:00.000Z');
    // 16:00 in summer (UTC+2): 15:00 today.
    expect(lastShiftStart('15:00', new Date('2026-07-01T14:00:00Z'))).toBe('2026-07-01T13:00:00.000Z');
  });

  it('refuses a time in the future or more than 14 days back', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(sinceProblem(null, now)).toBe('required');
    expect(sinceProblem('2026-11-23T12:01:00Z', now)).toBe('inFuture');
    expect(sinceProblem('2026-11-09T11:59:00Z', now)).toBe('tooOld');
    expect(sinceProblem('2026-11-10T12:00:00Z', now)).toBeNull();
  });
});
