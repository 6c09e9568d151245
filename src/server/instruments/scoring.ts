import type { Cutoff, InstrumentDefinition } from './model';

export type ItemIssue = { path: string; code: 'required' | 'invalid_type' | 'too_small' | 'too_big' | 'unknown_field' };
export type Scored = { items: Record<string, number>; raw: number; total: number };

/** Checks the answers against the instrument (every item, in range, whole where required, nothing else) and scores them. */
export function score(def: InstrumentDefinition, answers: Record<string, unknown>): { ok: true; value: Scored } | { ok: false; issues: ItemIssue[] } {
  const issues: ItemIssue[] = [];
  const items: Record<string, number> = {};
  for (const key of Object.keys(answers)) if (!def.items.some((i) => i.id === key)) issues.push({ path: `answers.${key}`, code: 'unknown_field' });
  for (const item of def.items) {
    const v = answers[item.id];
    const path = `answers.${item.id}`;
    if (v === undefined || v === null) issues.push({ path, code: 'required' });
    else if (typeof v !== 'number' || !Number.isFinite(v) || (item.integer && !Number.isInteger(v))) issues.push({ path, code: 'invalid_type' });
    else if (v < item.min) issues.push({ path, code: 'too_small' });
    else if (v > item.max) issues.push({ path, code: 'too_big' });
    else items[item.id] = v;
  }
  if (issues.length) return { ok: false, issues };
  const raw = def.items.reduce((n, i) => n + items[i.id], 0);
  return { ok: true, value: { items, raw, total: round(raw * def.scoring.multiplier) } };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The lowest and highest total the instrument can give. */
export function totalRange(def: InstrumentDefinition) {
  const sum = (f: (i: InstrumentDefinition['items'][number]) => number) => def.items.reduce((n, i) => n + f(i), 0);
  return { min: round(sum((i) => i.min) * def.scoring.multiplier), max: round(sum((i) => i.max) * def.scoring.multiplier) };
}

export const hits = (c: Cutoff, total: number) => (c.rule === 'atMost' ? total <= c.value : total < c.value);

/** The cutoffs a total falls under. */
export const cutoffsHit = (def: InstrumentDefinition, total: number) => def.cutoffs.filter((c) => hits(c, total)).map((c) => c.id);

/** Whether a change between two totals is meaningful (at least the reliable-change value). */
export const meaningful = (def: InstrumentDefinition, from: number, to: number) => Math.abs(to - from) >= def.reliableChange;

/** Session-feedback flags of a total, given the previous session's total. */
export function sessionFlags(def: InstrumentDefinition, total: number, previous: number | null): ('low' | 'drop')[] {
  const out: ('low' | 'drop')[] = [];
  if (def.flags?.totalBelow !== undefined && total < def.flags.totalBelow) out.push('low');
  if (def.flags?.dropOf !== undefined && previous !== null && previous - total >= def.flags.dropOf) out.push('drop');
  return out;
}
