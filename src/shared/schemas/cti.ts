import { z } from 'zod';
import { Id, optionalText, text } from './common';

/** The eight life areas a CTI citizen chooses 1–3 focus areas from, per phase (seed 001). */
export const lifeAreas = ['housing', 'mental_health', 'physical_health', 'finances', 'daily_activities', 'network', 'substance_use', 'education_employment'] as const;

export const FocusAreasBody = z
  .strictObject({
    phase: z.string().min(1).max(20),
    areas: z
      .array(z.strictObject({ area: z.enum(lifeAreas), activityPlan: text(2000).min(1).describe('What the citizen and the worker will do') }))
      .min(1)
      .max(3)
      .describe('1–3 focus areas the citizen chose for the phase'),
    chosenWithCitizen: z.boolean(),
  })
  .meta({ id: 'FocusAreasBody' });

const FocusAreas = z.object({
  areas: z.array(z.object({ area: z.enum(lifeAreas), activityPlan: z.string() })),
  chosenWithCitizen: z.boolean(),
  by: z.object({ id: Id, displayName: z.string() }),
  at: z.string(),
});

export const Timeline = z
  .object({
    courseId: Id,
    method: z.string(),
    clockStart: z.string().nullable().describe('The day the clock started (CTI: the start of phase 1)'),
    plannedEnd: z.string().nullable().describe('The end of the clock (CTI: nine months after phase 1 began)'),
    plannedEndReason: z.string().nullable().describe("Why the course's planned end lies past the clock"),
    today: z.string(),
    monthOnClock: z.number().int().nullable().describe('1–9 for CTI while the clock runs'),
    daysLeft: z.number().int().nullable(),
    overrun: z.boolean().describe('The clock has run out and the course is still open'),
    phases: z.array(
      z.object({
        id: z.string(),
        plannedMonths: z.number().int().nullable(),
        expectedContactDays: z.number().int().nullable(),
        plannedStart: z.string().nullable(),
        plannedEnd: z.string().nullable(),
        actualStart: z.string().nullable(),
        actualEnd: z.string().nullable(),
        current: z.boolean(),
        focusAreas: FocusAreas.nullable(),
      }),
    ),
    housingRequired: z.boolean().describe('Phase 1 needs housing recorded on the citizen'),
    hasHousing: z.boolean(),
  })
  .meta({ id: 'Timeline' });

export const PlannedEndBody = z
  .strictObject({ plannedEndDate: z.iso.date(), reason: optionalText(1000).describe('Required when a CTI course is planned past nine months') })
  .meta({ id: 'PlannedEndBody' });

// ---------- The citizen's network (netværkskort), used by ICM and every method ----------

export const networkRelations = ['family', 'partner', 'friend', 'neighbour', 'gp', 'psychiatry', 'substance_treatment', 'landlord', 'drop_in', 'job_centre', 'case_officer', 'other'] as const;
export const citizenViews = ['positive', 'mixed', 'negative', 'unknown'] as const;

const NetworkEntry = z.strictObject({
  id: Id.optional().describe('Keeps an entry recognisable across versions; the server gives new entries one'),
  name: text(200).min(1),
  kind: z.enum(['person', 'service']),
  relation: z.enum(networkRelations),
  contact: optionalText(300),
  citizenView: z.enum(citizenViews).describe("The citizen's own view of the relation"),
  citizenSays: optionalText(1000).describe('In the citizen’s words'),
});

export const NetworkBody = z.strictObject({ entries: z.array(NetworkEntry).max(60), note: optionalText(2000) }).meta({ id: 'NetworkBody' });

export const Network = z
  .object({
    citizenId: Id,
    version: z.number().int().describe('0 before anything is recorded'),
    entries: z.array(
      z.object({
        id: Id,
        name: z.string(),
        kind: z.enum(['person', 'service']),
        relation: z.enum(networkRelations),
        contact: z.string().nullable(),
        citizenView: z.enum(citizenViews),
        citizenSays: z.string().nullable(),
      }),
    ),
    note: z.string().nullable(),
    by: z.object({ id: Id, displayName: z.string() }).nullable(),
    at: z.string().nullable(),
    canEdit: z.boolean(),
  })
  .meta({ id: 'Network' });

// ---------- Method fidelity (metodefidelitet) ----------

export const fidelityIndicators = ['caseloadPerWorker', 'caseloadPerMember', 'withinClock', 'twoContactsFirstMonth', 'fallingContactRate', 'communityContacts', 'dailyMeeting', 'coordinatorNamed', 'noEarlyDropOut'] as const;

export const FidelityQuery = z.strictObject({ unitId: Id, method: z.string().min(1).max(40) });

/** The window (days back from today) that the activity indicators (community contacts, daily meeting) look at. */
export const fidelityWindowDays = 28;

export const Fidelity = z
  .object({
    unitId: Id,
    method: z.string(),
    indicators: z.array(
      z.object({
        id: z.enum(fidelityIndicators),
        value: z.number().nullable().describe('A count (caseload) or a share 0–1; null when not measured'),
        norm: z.number().describe('The most allowed (caseload) or the least share to reach'),
        kind: z.enum(['max', 'share']),
        status: z.enum(['met', 'not_met', 'not_measured']),
        n: z.number().int().describe('How many workers, members, courses, contacts or weekdays the figure is based on'),
      }),
    ),
  })
  .meta({ id: 'Fidelity' });
