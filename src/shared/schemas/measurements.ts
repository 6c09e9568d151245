import { z } from 'zod';
import { Id, isoDate, isoDateTime, optionalText, text } from './common';
import { lifeAreas } from './cti';

// ---------- Instruments ----------

const Text = z.strictObject({ da: text(600).min(1), en: text(600).min(1) });
const Key = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);

const ItemDef = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/),
    text: Text,
    min: z.number().int().min(-100).max(100),
    max: z.number().int().min(-100).max(100),
    integer: z.boolean().default(true),
    options: z.array(Text).max(21).optional().describe('Labels of the answers from min to max (one per step)'),
    anchors: z.strictObject({ min: Text, max: Text }).optional(),
  })
  .refine((i) => i.max > i.min, { params: { code: 'invalid_value' }, path: ['max'] })
  .refine((i) => !i.options || i.options.length === i.max - i.min + 1, { params: { code: 'invalid_value' }, path: ['options'] });

export const InstrumentBody = z
  .strictObject({
    organisationId: Id,
    name: Text,
    kind: z.enum(['outcome', 'session']),
    intro: Text,
    credit: optionalText(600),
    items: z.array(ItemDef).min(1).max(30),
    multiplier: z.number().positive().max(100).default(1).describe('total = sum of the items × multiplier'),
    cutoffs: z
      .array(z.strictObject({ id: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/), value: z.number(), rule: z.enum(['atMost', 'below']), label: Text }))
      .max(10)
      .default([]),
    reliableChange: z.number().positive(),
    flags: z.strictObject({ totalBelow: z.number().optional(), dropOf: z.number().positive().optional() }).optional(),
    version: z.number().int().min(1).optional().describe('PUT only: correct this version in place — refused once a score was given with it'),
  })
  .superRefine((b, ctx) => {
    // Each answer is read by item id: two items with one id would count one answer twice.
    for (const [list, ids] of [['items', b.items.map((i) => i.id)], ['cutoffs', (b.cutoffs ?? []).map((c) => c.id)]] as const) {
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [list, i, 'id'], params: { code: 'invalid_value' }, message: 'duplicate id' });
      });
    }
  })
  .meta({ id: 'InstrumentBody' });

export const InstrumentCreate = InstrumentBody.extend({ key: Key }).meta({ id: 'InstrumentCreate' });

const TextOut = z.object({ da: z.string(), en: z.string() });
export const Instrument = z
  .object({
    key: z.string(),
    version: z.number().int(),
    builtIn: z.boolean().describe('Shipped with Brobygger (an organisation may still save its own version)'),
    organisationId: Id.nullable(),
    name: TextOut,
    kind: z.enum(['outcome', 'session']),
    intro: TextOut,
    credit: z.string().nullable(),
    items: z.array(
      z.object({
        id: z.string(),
        text: TextOut,
        min: z.number(),
        max: z.number(),
        integer: z.boolean(),
        options: z.array(TextOut).optional(),
        anchors: z.object({ min: TextOut, max: TextOut }).optional(),
      }),
    ),
    scoring: z.object({ method: z.literal('sum'), multiplier: z.number() }),
    range: z.object({ min: z.number(), max: z.number() }),
    cutoffs: z.array(z.object({ id: z.string(), value: z.number(), rule: z.enum(['atMost', 'below']), label: TextOut })),
    reliableChange: z.number(),
    flags: z.object({ totalBelow: z.number().optional(), dropOf: z.number().optional() }).optional(),
  })
  .meta({ id: 'Instrument' });

export const InstrumentList = z.object({ items: z.array(Instrument) }).meta({ id: 'InstrumentList' });

// ---------- Measurements ----------

export const measurementModes = ['citizen', 'verbal', 'paper'] as const;

export const MeasurementCreate = z
  .strictObject({
    id: Id.optional().describe('Client-created UUID; a retry with the same id creates nothing new'),
    instrument: Key,
    answers: z.record(z.string().max(40), z.unknown()).describe('item id → answer'),
    mode: z.enum(measurementModes).describe('citizen: answered by the citizen in the citizen view; verbal: answered aloud, entered by the worker; paper: from a paper form'),
    at: isoDateTime().optional(),
    sessionId: Id.optional().describe('The logged session the feedback is about'),
  })
  .meta({ id: 'MeasurementCreate' });

export const Measurement = z
  .object({
    id: Id,
    citizenId: Id,
    courseId: Id,
    instrument: z.string(),
    instrumentVersion: z.number().int(),
    at: z.string(),
    answers: z.record(z.string(), z.number()),
    raw: z.number(),
    total: z.number(),
    mode: z.enum(measurementModes),
    flags: z.array(z.string()).describe('Cutoffs hit (WHO-5: poorWellbeing, likelyDepression); session feedback: low, drop'),
    by: z.object({ id: Id, displayName: z.string() }),
  })
  .meta({ id: 'Measurement' });

export const MeasurementQuery = z.strictObject({ instrument: Key.optional() });

// ---------- Development and alerts ----------

export const alertKinds = ['noImprovement', 'lowFeedback', 'fallingFeedback', 'goalReviewDue'] as const;

const Alert = z.object({
  kind: z.enum(alertKinds),
  citizen: z.object({ id: Id, name: z.string() }),
  courseId: Id.nullable(),
  instrument: z.string().nullable(),
  goalId: Id.nullable(),
  since: z.string().describe('When the condition arose (the measurement, or the review date)'),
  detail: z.object({ sessions: z.number().int().optional(), change: z.number().optional(), total: z.number().optional(), previous: z.number().optional() }),
});

export const Development = z
  .object({
    citizenId: Id,
    noImprovementAfter: z.number().int().describe('Sessions without meaningful change before an alert (setting)'),
    series: z.array(
      z.object({
        instrument: Instrument,
        points: z.array(z.object({ id: Id, at: z.string(), total: z.number(), items: z.record(z.string(), z.number()), mode: z.enum(measurementModes), version: z.number().int(), flags: z.array(z.string()) })),
        first: z.number().nullable(),
        last: z.number().nullable(),
        change: z.number().nullable().describe('last − first'),
        meaningful: z.boolean().describe('|change| ≥ the reliable-change value'),
        band: z.object({ low: z.number(), high: z.number() }).nullable().describe('first ± reliable change: movement inside it is not yet meaningful'),
      }),
    ),
    alerts: z.array(Alert),
  })
  .meta({ id: 'Development' });

export const AlertList = z.object({ items: z.array(Alert) }).meta({ id: 'AlertList' });

// ---------- Goals ----------

export const goalTypes = ['develop', 'maintain', 'limit_loss'] as const;
export const goalStatuses = ['active', 'achieved', 'paused', 'dropped'] as const;

const Step = z.strictObject({ text: text(500).min(1), done: z.boolean().default(false) });

export const GoalCreate = z
  .strictObject({
    courseId: Id.nullish().describe('The course the goal is worked on in (any method)'),
    text: text(1000).min(1).describe("The goal in the citizen's own words"),
    lifeArea: z.enum(lifeAreas),
    goalType: z.enum(goalTypes).describe('FFB: develop, maintain, or limit loss of function'),
    steps: z.array(Step).max(20).default([]),
    whoHelps: optionalText(500),
    reviewDate: isoDate(),
    actionPlanId: Id.nullish().describe('The §141 action plan the goal belongs to'),
    focusAreaPhase: z.string().max(20).nullish().describe('The CTI phase whose focus area the goal serves (with courseId)'),
  })
  .meta({ id: 'GoalCreate' });

export const GoalPatch = z
  .strictObject({
    text: text(1000).min(1).optional(),
    lifeArea: z.enum(lifeAreas).optional(),
    goalType: z.enum(goalTypes).optional(),
    steps: z.array(Step).max(20).optional(),
    whoHelps: optionalText(500),
    reviewDate: isoDate().optional(),
    status: z.enum(goalStatuses).optional(),
  })
  .meta({ id: 'GoalPatch' });

export const FollowUpCreate = z
  .strictObject({ rating: z.number().int().min(0).max(10).describe('Progress 0–10, as the citizen sees it'), note: optionalText(2000), nextReviewDate: isoDate().optional() })
  .meta({ id: 'FollowUpCreate' });

export const Goal = z
  .object({
    id: Id,
    citizenId: Id,
    courseId: Id.nullable(),
    text: z.string(),
    lifeArea: z.enum(lifeAreas),
    goalType: z.enum(goalTypes),
    steps: z.array(z.object({ text: z.string(), done: z.boolean() })),
    whoHelps: z.string().nullable(),
    reviewDate: z.string(),
    reviewOverdue: z.boolean(),
    status: z.enum(goalStatuses),
    actionPlanId: Id.nullable(),
    focusAreaPhase: z.string().nullable(),
    followUps: z.array(z.object({ id: Id, at: z.string(), rating: z.number().int(), note: z.string().nullable(), by: z.object({ id: Id, displayName: z.string() }) })),
    createdBy: z.object({ id: Id, displayName: z.string() }),
    createdAt: z.string(),
    canEdit: z.boolean(),
  })
  .meta({ id: 'Goal' });

export const GoalList = z.object({ items: z.array(Goal) }).meta({ id: 'GoalList' });

// ---------- Leaders: outcomes of a unit, without case-note text ----------

export const OutcomesQuery = z.strictObject({ unitId: Id });

export const Outcomes = z
  .object({
    unitId: Id,
    sessions: z.object({ total: z.number().int(), withFeedback: z.number().int(), share: z.number().nullable() }).describe('Logged sessions and contacts with the citizen, and those with session feedback the same day'),
    change: z.array(
      z.object({
        instrument: z.string(),
        name: z.object({ da: z.string(), en: z.string() }),
        citizens: z.number().int().describe('Citizens measured at least twice'),
        improved: z.number().int(),
        unchanged: z.number().int(),
        worsened: z.number().int(),
        medianChange: z.number().nullable(),
        reliableChange: z.number(),
      }),
    ),
    goals: z.object({ total: z.number().int(), active: z.number().int(), achieved: z.number().int(), paused: z.number().int(), dropped: z.number().int() }),
  })
  .meta({ id: 'Outcomes' });

/** The citizen's own chart in the citizen view: totals only. */
export const CitizenChart = z
  .object({
    series: z.array(
      z.object({
        instrument: z.object({
          key: z.string(),
          name: TextOut,
          kind: z.enum(['outcome', 'session']),
          range: z.object({ min: z.number(), max: z.number() }),
          cutoffs: z.array(z.object({ id: z.string(), value: z.number(), rule: z.enum(['atMost', 'below']), label: TextOut })),
          reliableChange: z.number(),
        }),
        points: z.array(z.object({ at: z.string(), total: z.number() })),
        band: z.object({ low: z.number(), high: z.number() }).nullable(),
      }),
    ),
  })
  .meta({ id: 'CitizenChart' });
