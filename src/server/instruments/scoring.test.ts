import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutoffsHit, meaningful, score, sessionFlags, totalRange } from './scoring';
import { sessionFeedback } from './session-feedback';
import { who5 } from './who5';

/** Answers within each item's range, as whole numbers. */
const validAnswers = (def: typeof who5) => fc.record(Object.fromEntries(def.items.map((i) => [i.id, fc.integer({ min: i.min, max: i.max })])) as Record<string, fc.Arbitrary<number>>);

describe('WHO-5 scoring', () => {
  it('is the raw sum (0–25) times four, always within 0–100 and a multiple of four', () => {
    fc.assert(
      fc.property(validAnswers(who5), (answers) => {
        const r = score(who5, answers);
        if (!r.ok) return false;
        const raw = Object.values(answers).reduce((a, b) => a + b, 0);
        return r.value.raw === raw && r.value.total === raw * 4 && r.value.total >= 0 && r.value.total <= 100 && r.value.total % 4 === 0;
      }),
    );
  });

  it('never gives a lower total when one answer goes up', () => {
    fc.assert(
      fc.property(validAnswers(who5), fc.constantFrom(...who5.items.map((i) => i.id)), (answers, id) => {
        const higher = { ...answers, [id]: Math.min(5, answers[id] + 1) };
        const [a, b] = [score(who5, answers), score(who5, higher)];
        return a.ok && b.ok && b.value.total >= a.value.total;
      }),
    );
  });

  it('refuses an answer outside 0–5, a non-integer, a missing item and an unknown item', () => {
    fc.assert(
      fc.property(validAnswers(who5), fc.constantFrom(...who5.items.map((i) => i.id)), fc.oneof(fc.integer({ max: -1 }), fc.integer({ min: 6 })), (answers, id, bad) => {
        const r = score(who5, { ...answers, [id]: bad });
        return !r.ok && r.issues.some((i) => i.path === `answers.${id}` && (i.code === 'too_small' || i.code === 'too_big'));
      }),
    );
    const base = { cheerful: 3, calm: 3, active: 3, rested: 3, interest: 3 };
    expect(score(who5, { ...base, calm: 2.5 })).toEqual({ ok: false, issues: [{ path: 'answers.calm', code: 'invalid_type' }] });
    expect(score(who5, { ...base, calm: '3' })).toEqual({ ok: false, issues: [{ path: 'answers.calm', code: 'invalid_type' }] });
    const { rested: _, ...missing } = base;
    expect(score(who5, missing)).toEqual({ ok: false, issues: [{ path: 'answers.rested', code: 'required' }] });
    expect(score(who5, { ...base, mood: 2 })).toEqual({ ok: false, issues: [{ path: 'answers.mood', code: 'unknown_field' }] });
  });

  it('flags at 50 or below and below 28, exactly at the edges', () => {
    expect(cutoffsHit(who5, 52)).toEqual([]);
    expect(cutoffsHit(who5, 50)).toEqual(['poorWellbeing']);
    expect(cutoffsHit(who5, 28)).toEqual(['poorWellbeing']);
    expect(cutoffsHit(who5, 24)).toEqual(['poorWellbeing', 'likelyDepression']);
    fc.assert(fc.property(fc.integer({ min: 0, max: 25 }), (raw) => cutoffsHit(who5, raw * 4).includes('likelyDepression') === raw * 4 < 28));
  });

  it('calls a change meaningful exactly when it is at least 10 points, in either direction', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 25 }), (a, b) => meaningful(who5, a * 4, b * 4) === Math.abs(a - b) * 4 >= 10));
    expect(totalRange(who5)).toEqual({ min: 0, max: 100 });
  });
});

describe('session feedback scoring', () => {
  it('is the sum of four 0–10 items, and flags a total below 36 or a drop of 2 or more', () => {
    fc.assert(
      fc.property(validAnswers(sessionFeedback), fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }), (answers, previous) => {
        const r = score(sessionFeedback, answers);
        if (!r.ok) return false;
        const total = Object.values(answers).reduce((a, b) => a + b, 0);
        const flags = sessionFlags(sessionFeedback, r.value.total, previous);
        return r.value.total === total && flags.includes('low') === total < 36 && flags.includes('drop') === (previous !== null && previous - total >= 2);
      }),
    );
    expect(totalRange(sessionFeedback)).toEqual({ min: 0, max: 40 });
  });
});
