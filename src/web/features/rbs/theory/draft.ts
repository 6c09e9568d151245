import type { z } from 'zod';
import { findIndicator, type IndicatorMeasure } from '../../../../shared/indicators';
import { theoryColumns, type Theory, type TheoryColumn } from '../../../../shared/schemas/theories';

export type TheoryT = z.infer<typeof Theory>;
export type TheoryElementT = TheoryT['elements'][number];
export type TheoryLinkT = TheoryT['links'][number];

/**
 * The editor's working copy of a theory of change. Numbers are kept as the text the user typed (in
 * the unit shown: a share as a percentage); links carry a local key so that their fields keep their
 * ids while the user edits the arrow's ends.
 */
export type IndicatorDraft = { key: string; baseline: string; target: string; from: string; to: string };
export type ElementDraft = { id: string; column: TheoryColumn; text: string; indicator: IndicatorDraft | null };
export type LinkDraft = { key: string; from: string; to: string; assumption: string };
export type Draft = { title: string; elements: ElementDraft[]; links: LinkDraft[] };

/** Field ids (also the keys of the error map). */
export const fieldIds = {
  title: 'theory-title',
  text: (elementId: string) => `el-${elementId}-text`,
  indicator: (elementId: string, part: 'key' | 'baseline' | 'target' | 'from' | 'to') => `el-${elementId}-ind-${part}`,
  bind: (elementId: string) => `el-${elementId}-bind`,
  addLink: (elementId: string) => `el-${elementId}-add-link`,
  linkTo: (linkKey: string) => `ln-${linkKey}-to`,
  assumption: (linkKey: string) => `ln-${linkKey}-assumption`,
  addElement: (column: TheoryColumn) => `add-element-${column}`,
};

/** A share is edited and shown as a percentage; every other measure as the number itself. */
export const isShare = (key: string) => findIndicator(key)?.measure === 'share';
export const measureOf = (key: string): IndicatorMeasure | undefined => findIndicator(key)?.measure;

const toShown = (key: string, v: number | null) => (v === null ? '' : String(isShare(key) ? Math.round(v * 10_000) / 100 : v));

/** A number typed with a decimal comma or point; null when it is not a number. */
export function parseNumber(input: string): number | null {
  const s = input.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

export function toDraft(theory: TheoryT, newKey: () => string): Draft {
  return {
    title: theory.title,
    elements: theory.elements.map((e) => ({
      id: e.id,
      column: e.column,
      text: e.text,
      indicator: e.indicator
        ? { key: e.indicator.key, baseline: toShown(e.indicator.key, e.indicator.baseline), target: toShown(e.indicator.key, e.indicator.target), from: e.indicator.period.from, to: e.indicator.period.to }
        : null,
    })),
    links: theory.links.map((l) => ({ key: newKey(), from: l.from, to: l.to, assumption: l.assumption ?? '' })),
  };
}

/** A new binding: no indicator chosen yet, the period the current calendar year. */
export function emptyIndicator(year: number): IndicatorDraft {
  return { key: '', baseline: '', target: '', from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The elements in one column, in the draft's order. */
export const inColumn = (d: { elements: ElementDraft[] }, column: TheoryColumn) => d.elements.filter((e) => e.column === column);

/** Elements an arrow from `element` may point to: those in a later column. */
export function targetsOf(d: Draft, element: ElementDraft): ElementDraft[] {
  const at = theoryColumns.indexOf(element.column);
  return d.elements.filter((e) => theoryColumns.indexOf(e.column) > at);
}

/** Removes an element with the arrows to and from it; returns the new draft and how many arrows went. */
export function removeElement(d: Draft, id: string): { draft: Draft; removedLinks: number } {
  const links = d.links.filter((l) => l.from !== id && l.to !== id);
  return { draft: { ...d, elements: d.elements.filter((e) => e.id !== id), links }, removedLinks: d.links.length - links.length };
}

/** Checks the fields a user must fill in; the rules across elements (one binding per indicator, …) are the server's. */
export function checkDraft(d: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!d.title.trim()) errors[fieldIds.title] = 'required';
  for (const e of d.elements) {
    if (!e.text.trim()) errors[fieldIds.text(e.id)] = 'required';
    const ind = e.indicator;
    if (!ind) continue;
    if (!ind.key) errors[fieldIds.indicator(e.id, 'key')] = 'required';
    if (ind.baseline.trim() && parseNumber(ind.baseline) === null) errors[fieldIds.indicator(e.id, 'baseline')] = 'invalid_type';
    if (!ind.target.trim()) errors[fieldIds.indicator(e.id, 'target')] = 'required';
    else if (parseNumber(ind.target) === null) errors[fieldIds.indicator(e.id, 'target')] = 'invalid_type';
    if (!ind.from) errors[fieldIds.indicator(e.id, 'from')] = 'required';
    if (!ind.to) errors[fieldIds.indicator(e.id, 'to')] = 'required';
    else if (ind.from && ind.to < ind.from) errors[fieldIds.indicator(e.id, 'to')] = 'before_from';
  }
  for (const l of d.links) if (!l.to) errors[fieldIds.linkTo(l.key)] = 'required';
  return errors;
}

const fromShown = (key: string, input: string) => {
  const n = parseNumber(input);
  return n === null ? null : isShare(key) ? n / 100 : n;
};

/** The request body's content (title, elements, links) in the draft's order. */
export function toBody(d: Draft) {
  return {
    title: d.title.trim(),
    elements: d.elements.map((e) => ({
      id: e.id,
      column: e.column,
      text: e.text.trim(),
      indicator: e.indicator
        ? { key: e.indicator.key, baseline: fromShown(e.indicator.key, e.indicator.baseline), target: fromShown(e.indicator.key, e.indicator.target) ?? 0, period: { from: e.indicator.from, to: e.indicator.to } }
        : null,
    })),
    links: d.links.map((l) => ({ from: l.from, to: l.to, assumption: l.assumption.trim() || null })),
  };
}

const indicatorParts: Record<string, 'key' | 'baseline' | 'target' | 'from' | 'to'> = {
  key: 'key',
  baseline: 'baseline',
  target: 'target',
  period: 'from',
  'period.from': 'from',
  'period.to': 'to',
};

/**
 * The field a server issue belongs to, given the draft as it was sent (the paths index its
 * elements and links). Undefined for an issue that belongs to no one field (e.g. too many elements).
 */
export function fieldOfPath(path: string, sent: Draft): string | undefined {
  if (path === 'title') return fieldIds.title;
  const [kind, index, ...rest] = path.split('.');
  const i = Number(index);
  if (kind === 'elements' && Number.isInteger(i) && sent.elements[i]) {
    const id = sent.elements[i].id;
    if (rest[0] === 'indicator') return fieldIds.indicator(id, indicatorParts[rest.slice(1).join('.')] ?? 'key');
    return fieldIds.text(id);
  }
  if (kind === 'links' && Number.isInteger(i) && sent.links[i]) {
    const key = sent.links[i].key;
    return rest[0] === 'assumption' ? fieldIds.assumption(key) : fieldIds.linkTo(key);
  }
  return undefined;
}

/** Server issues by field id, and those that belong to no field. */
export function mapServerErrors(issues: { path: string; code: string }[], sent: Draft) {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const issue of issues) {
    const field = fieldOfPath(issue.path, sent);
    if (field) byField[field] ??= issue.code;
    else general.push(issue.code);
  }
  return { byField, general };
}
