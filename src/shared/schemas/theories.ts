import { z } from 'zod';
import { findIndicator, INDICATOR_KEYS, type IndicatorKey } from '../indicators';
import { Id, isoDate, optionalText, text } from './common';

/**
 * Theories of change (domain §8, issue 8): per unit and method, elements in five columns —
 * resources → activities → outputs → short-term results → long-term effects — linked by arrows that
 * carry the assumption behind them. An element may be bound to an indicator from the catalogue
 * (`shared/indicators.ts`) with a baseline, a target and the period the target is for.
 */
export const theoryColumns = ['resources', 'activities', 'outputs', 'shortTerm', 'longTerm'] as const;
export type TheoryColumn = (typeof theoryColumns)[number];

/** The methods a theory may be for (the ids of the server's method models). */
export const theoryMethods = ['outreach', 'cti', 'icm', 'act', 'crisis_pathway', 'crisis_stay', 'residential', 'generic'] as const;

export const MAX_THEORY_ELEMENTS = 100;
export const MAX_THEORY_LINKS = 300;

/** An element's id: chosen by the client (a UUID, or a short readable id in the defaults). */
const ElementId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const Period = z.strictObject({ from: isoDate(), to: isoDate() });

export const IndicatorBinding = z
  .strictObject({
    key: z.enum(INDICATOR_KEYS as [IndicatorKey, ...IndicatorKey[]]),
    /** The value before the work began, when known. */
    baseline: z.number().nullable().default(null),
    target: z.number(),
    period: Period,
  })
  .superRefine((v, ctx) => {
    if (v.period.to < v.period.from) ctx.addIssue({ code: 'custom', path: ['period', 'to'], params: { code: 'before_from' } });
    // A share lies between 0 and 1; counts, days and ratios are never negative (a score change may be).
    const measure = findIndicator(v.key)?.measure;
    for (const field of ['baseline', 'target'] as const) {
      const value = v[field];
      if (value === null) continue;
      if (measure !== 'score' && value < 0) ctx.addIssue({ code: 'custom', path: [field], params: { code: 'too_small' } });
      if (measure === 'share' && value > 1) ctx.addIssue({ code: 'custom', path: [field], params: { code: 'too_big' } });
    }
  });

export const TheoryElement = z.strictObject({
  id: ElementId,
  column: z.enum(theoryColumns),
  text: text(500).min(1),
  indicator: IndicatorBinding.nullable().default(null),
});

export const TheoryLink = z.strictObject({
  from: ElementId,
  to: ElementId,
  /** The assumption behind the arrow: why the one leads to the other. */
  assumption: optionalText(1000).transform((v) => v || null),
});

const contentShape = {
  title: text(200).min(1),
  elements: z.array(TheoryElement).max(MAX_THEORY_ELEMENTS),
  links: z.array(TheoryLink).max(MAX_THEORY_LINKS).default([]),
};

type Content = { elements: z.infer<typeof TheoryElement>[]; links: z.infer<typeof TheoryLink>[] };

/**
 * The rules across elements and links: ids unique, arrows between existing elements going forward
 * (to a later column), no arrow twice, and an indicator bound to at most one element.
 */
export function checkTheoryContent(v: Content, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], code: string) => ctx.addIssue({ code: 'custom', path, params: { code } });
  const columnOf = new Map<string, number>();
  const boundAt = new Map<string, number>();
  v.elements.forEach((e, i) => {
    if (columnOf.has(e.id)) issue(['elements', i, 'id'], 'duplicate');
    else columnOf.set(e.id, theoryColumns.indexOf(e.column));
    if (e.indicator) {
      if (boundAt.has(e.indicator.key)) issue(['elements', i, 'indicator', 'key'], 'indicator_bound_twice');
      else boundAt.set(e.indicator.key, i);
    }
  });
  const seen = new Set<string>();
  v.links.forEach((l, i) => {
    const from = columnOf.get(l.from);
    const to = columnOf.get(l.to);
    if (from === undefined) issue(['links', i, 'from'], 'unknown_element');
    if (to === undefined) issue(['links', i, 'to'], 'unknown_element');
    if (from === undefined || to === undefined) return;
    if (l.from === l.to) return issue(['links', i, 'to'], 'self_link');
    if (to <= from) return issue(['links', i, 'to'], 'invalid_value');
    const key = `${l.from}\u0000${l.to}`;
    if (seen.has(key)) issue(['links', i], 'duplicate');
    seen.add(key);
  });
}

export const TheoryCreate = z.strictObject({ unitId: Id, method: z.enum(theoryMethods), ...contentShape }).superRefine(checkTheoryContent);

/** A new version: `version` is the version the edit was made from (409 stale_version if not the latest). */
export const TheoryUpdate = z.strictObject({ version: z.number().int().min(1), ...contentShape }).superRefine(checkTheoryContent);

export const TheoryListQuery = z.strictObject({ unitId: Id, method: z.enum(theoryMethods).optional() });

export const TheoryGetQuery = z.strictObject({ version: z.coerce.number().int().min(1).optional() });

const Binding = z.object({ key: z.string(), baseline: z.number().nullable(), target: z.number(), period: z.object({ from: z.string(), to: z.string() }) });

export const Theory = z
  .object({
    /** Null for a default theory (not saved yet: POST it to make it the unit's own). */
    id: Id.nullable(),
    organisationId: Id,
    unitId: Id,
    method: z.enum(theoryMethods),
    isDefault: z.boolean(),
    /** 0 for a default; 1, 2, … for the unit's saved versions. */
    version: z.number().int(),
    latestVersion: z.number().int(),
    title: z.string(),
    columns: z.array(z.enum(theoryColumns)),
    elements: z.array(z.object({ id: z.string(), column: z.enum(theoryColumns), text: z.string(), indicator: Binding.nullable() })),
    links: z.array(z.object({ from: z.string(), to: z.string(), assumption: z.string().nullable() })),
    updatedBy: z.object({ id: Id, displayName: z.string() }).nullable(),
    updatedAt: z.string().nullable(),
    /** Whether the caller may save it (the unit's leader, the organisation's administrator). */
    canEdit: z.boolean(),
  })
  .meta({ id: 'TheoryOfChange' });

export const TheoryList = z.object({ items: z.array(Theory) });

export type TheoryContent = { title: string; elements: z.infer<typeof TheoryElement>[]; links: z.infer<typeof TheoryLink>[] };
