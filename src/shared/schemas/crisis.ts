import { z } from 'zod';
import { Id, isoDate, isoDateTime, optionalText, text } from './common';

/**
 * The acute crisis-center pathway of seed 002: spotting → screening → request → decision → pickup →
 * stay (checklists, sessions, midway meeting, future plan) → homecoming. Three organisations share
 * it: the spotter and the social mentor in the municipality, and the crisis center.
 */

// ---------- Collaboration agreements ----------

export const AgreementCreate = z
  .strictObject({
    crisisCenterOrganisationId: Id,
    municipalityOrganisationId: Id,
    validFrom: isoDate(),
    validTo: isoDate().nullish(),
    quickMedicalDelegation: z.boolean().describe('The municipality declares itself willing to delegate medical authority quickly'),
    actionPlanWork: z.boolean().describe('Focus on the statutory §141 action-plan work'),
    midwayParticipation: z.boolean().describe('The municipality takes part in the midway meeting'),
    dropInCollaboration: z.boolean().describe('Collaboration with the drop-in centres (væresteder)'),
    socialMentorUserId: Id.describe('The named social mentor: the "kommandovej" to the crisis center'),
    spotterUserIds: z.array(Id).max(50).default([]).describe('Named spotters'),
    notes: optionalText(4000),
  })
  .meta({ id: 'AgreementCreate' });

const UserRef = z.object({ id: Id, displayName: z.string() });

export const Agreement = z
  .object({
    id: Id,
    crisisCenter: z.object({ id: Id, name: z.string() }),
    municipality: z.object({ id: Id, name: z.string() }),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    activeNow: z.boolean(),
    quickMedicalDelegation: z.boolean(),
    actionPlanWork: z.boolean(),
    midwayParticipation: z.boolean(),
    dropInCollaboration: z.boolean(),
    socialMentor: UserRef,
    spotters: z.array(UserRef),
    notes: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Agreement' });

// ---------- Spotting and screening ----------

export const spottingStatuses = ['awaiting_screening', 'not_in_target_group', 'in_target_group', 'requested', 'admitted', 'declined', 'withdrawn'] as const;

export const SpottingCreate = z
  .strictObject({
    citizenId: Id.optional().describe('An existing citizen the spotter can see; otherwise give alias and description'),
    alias: optionalText(200),
    description: optionalText(2000),
    placeId: Id.nullish(),
    place: optionalText(300).describe('Where the citizen was seen, as free text'),
    seen: text(4000).min(1).describe('What was seen: the acute, possibly life-threatening situation'),
    lifeThreatening: z.boolean().default(false),
    spottedAt: isoDateTime().optional(),
  })
  .meta({ id: 'SpottingCreate' });

/** What the spotter sees: the status of what they registered, nothing of the citizen's record. */
export const Spotting = z
  .object({
    id: Id,
    spottedAt: z.string(),
    spottedBy: UserRef,
    place: z.string().nullable(),
    placeId: Id.nullable(),
    lifeThreatening: z.boolean(),
    status: z.enum(spottingStatuses),
    statusAt: z.string(),
    /** For the social mentor, and for the spotter who wrote it: */
    seen: z.string().nullable(),
    /** Only for the social mentor: */
    citizen: z.object({ id: Id, displayName: z.string() }).nullable(),
    courseId: Id.nullable(),
    screening: z
      .object({
        items: z.record(z.string(), z.boolean()),
        assessment: z.string(),
        inTargetGroup: z.boolean(),
        by: UserRef,
        at: z.string(),
      })
      .nullable(),
    requestId: Id.nullable(),
  })
  .meta({ id: 'Spotting' });

/** The screening checklist (seed 002 §5.3.1): the target group of the crisis center. */
export const screeningItems = ['acuteCrisis', 'lifeThreatening', 'substanceUse', 'sociallyVulnerable', 'basicNeedsUnmet', 'motivatedForStay', 'homeMunicipalityKnown'] as const;

export const ScreeningBody = z
  .strictObject({
    items: z.partialRecord(z.enum(screeningItems), z.boolean()),
    assessment: text(4000).min(1).describe("The mentor's assessment"),
    inTargetGroup: z.boolean(),
  })
  .meta({ id: 'ScreeningBody' });

// ---------- Requests to the crisis center ----------

export const requestStatuses = ['requested', 'admitted', 'declined', 'withdrawn'] as const;
export const transportKinds = ['center_car', 'municipality_car', 'taxi', 'public_transport', 'ambulance', 'other'] as const;

export const CrisisRequestCreate = z
  .strictObject({
    spottingId: Id.optional(),
    citizenId: Id.optional().describe('Instead of a spotting: a citizen the social mentor can see'),
    crisisCenterOrganisationId: Id,
    summary: text(4000).min(1).describe('Why the citizen needs a stay now'),
  })
  .meta({ id: 'CrisisRequestCreate' });

export const CrisisDecisionBody = z
  .strictObject({
    decision: z.enum(['admit', 'decline']),
    reason: optionalText(2000),
    plannedLengthDays: z.number().int().min(1).max(365).nullish().describe('Planned length of stay; without it the default length applies'),
  })
  .meta({ id: 'CrisisDecisionBody' });

export const PickupBody = z
  .strictObject({
    plannedAt: isoDateTime(),
    transport: z.enum(transportKinds),
    accompaniedBy: text(300).min(1).describe('Who goes with the citizen'),
    pickedUpAt: isoDateTime().nullish().describe('Set when the citizen has been picked up'),
    arrivedAt: isoDateTime().nullish().describe('Arrival at the crisis center; starts the stay'),
  })
  .meta({ id: 'PickupBody' });

export const CrisisRequest = z
  .object({
    id: Id,
    status: z.enum(requestStatuses),
    citizen: z.object({ id: Id, displayName: z.string(), birthYear: z.number().int().nullable(), description: z.string().nullable() }),
    municipality: z.object({ id: Id, name: z.string() }),
    crisisCenter: z.object({ id: Id, name: z.string() }),
    summary: z.string(),
    requestedBy: UserRef,
    requestedAt: z.string(),
    decision: z
      .object({ decision: z.enum(['admit', 'decline']), reason: z.string().nullable(), by: UserRef, at: z.string(), plannedLengthDays: z.number().int().nullable() })
      .nullable(),
    pickup: z
      .object({
        plannedAt: z.string(),
        transport: z.enum(transportKinds),
        accompaniedBy: z.string(),
        pickedUpAt: z.string().nullable(),
        arrivedAt: z.string().nullable(),
        minutesFromRequestToPickup: z.number().int().nullable().describe('Speed matters: minutes from the request to the pickup'),
      })
      .nullable(),
    pathwayCourseId: Id,
    stayCourseId: Id.nullable(),
    withdrawnAt: z.string().nullable(),
  })
  .meta({ id: 'CrisisRequest' });

export const CrisisRequestQuery = z.strictObject({ status: z.enum(requestStatuses).optional() });

// ---------- Checklists ----------

export const ChecklistItem = z.object({
  id: z.string().describe('<step>.<item>'),
  stepId: z.string(),
  phase: z.string(),
  optional: z.boolean(),
  automatic: z.boolean().describe('Ticked by the system when the action happens (e.g. the request is sent)'),
  ticked: z.boolean(),
  by: UserRef.nullable(),
  at: z.string().nullable(),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  note: z.string().nullable(),
  history: z.array(z.object({ ticked: z.boolean(), by: UserRef, at: z.string(), note: z.string().nullable() })),
});

export const Checklists = z
  .object({
    courseId: Id,
    method: z.string(),
    phase: z.string(),
    steps: z.array(z.object({ id: z.string(), phase: z.string(), reached: z.boolean(), items: z.array(ChecklistItem) })),
  })
  .meta({ id: 'Checklists' });

export const TickBody = z.strictObject({ ticked: z.boolean(), note: optionalText(1000) }).meta({ id: 'TickBody' });

// ---------- Sessions during the stay ----------

/**
 * Sessions and contacts with the citizen (and, for ICM, coordination contacts with a service).
 * `setting` says where a contact took place: ACT's fidelity counts the share in the community.
 */
export const sessionKinds = ['contact', 'home_visit', 'accompanied', 'coordination', 'care', 'counselling', 'motivational', 'health', 'other'] as const;
export const sessionSettings = ['community', 'office', 'phone'] as const;
export const SessionCreate = z
  .strictObject({
    id: Id.optional(),
    at: isoDateTime(),
    kind: z.enum(sessionKinds),
    setting: z.enum(sessionSettings).nullish().describe('Where the contact took place'),
    service: optionalText(200).describe('The service a coordination contact was with (required for kind coordination)'),
    note: optionalText(4000),
  })
  .meta({ id: 'SessionCreate' });
export const Session = z
  .object({
    id: Id,
    courseId: Id,
    at: z.string(),
    kind: z.enum(sessionKinds),
    setting: z.enum(sessionSettings).nullable(),
    service: z.string().nullable(),
    note: z.string().nullable(),
    by: UserRef,
  })
  .meta({ id: 'Session' });

// ---------- Midway meeting and future plan ----------

export const midwayParties = ['citizen', 'center', 'municipality'] as const;

export const MidwayBody = z
  .strictObject({
    scheduledAt: isoDateTime().nullish(),
    place: optionalText(300),
    participants: optionalText(1000).describe('Names of those taking part'),
    remindedOn: z.partialRecord(z.enum(midwayParties), isoDate().nullable()).optional().describe('When each party was reminded'),
    held: z.boolean().optional(),
    status: optionalText(4000).describe("Status of the citizen's situation"),
    changeSoFar: optionalText(4000),
    supportReadyAtHome: optionalText(4000).describe('The support ready in the home municipality at homecoming'),
  })
  .meta({ id: 'MidwayBody' });

export const MidwayMeeting = z
  .object({
    requestId: Id,
    arrivalDate: z.string().nullable(),
    plannedLengthDays: z.number().int(),
    plannedLengthIsDefault: z.boolean(),
    proposedDate: z.string().nullable().describe('Arrival plus half the planned length'),
    scheduledAt: z.string().nullable(),
    place: z.string().nullable(),
    participants: z.string().nullable(),
    remindedOn: z.object({ citizen: z.string().nullable(), center: z.string().nullable(), municipality: z.string().nullable() }),
    held: z.boolean(),
    heldAt: z.string().nullable(),
    status: z.string().nullable(),
    changeSoFar: z.string().nullable(),
    supportReadyAtHome: z.string().nullable(),
    overdue: z.boolean(),
    updatedAt: z.string().nullable(),
    updatedBy: UserRef.nullable(),
  })
  .meta({ id: 'MidwayMeeting' });

const futurePlanFields = {
  wishes: optionalText(4000).describe("The citizen's wishes for the future, in their words"),
  housing: optionalText(4000),
  substanceUse: optionalText(4000),
  finances: optionalText(4000),
  health: optionalText(4000),
  network: optionalText(4000),
  supportAtHome: optionalText(4000),
  writtenWithCitizen: z.boolean(),
};
export const FuturePlanBody = z.strictObject(futurePlanFields).meta({ id: 'FuturePlanBody' });

const FuturePlanContent = z.object({
  wishes: z.string().nullable(),
  housing: z.string().nullable(),
  substanceUse: z.string().nullable(),
  finances: z.string().nullable(),
  health: z.string().nullable(),
  network: z.string().nullable(),
  supportAtHome: z.string().nullable(),
  writtenWithCitizen: z.boolean(),
});
export const FuturePlan = z
  .object({
    requestId: Id,
    current: FuturePlanContent.extend({ version: z.number().int(), by: UserRef, at: z.string() }).nullable(),
    versions: z.array(FuturePlanContent.extend({ version: z.number().int(), by: UserRef, at: z.string() })),
  })
  .meta({ id: 'FuturePlan' });

// ---------- The pathway at a glance ----------

export const PathwayEntry = z.object({
  citizen: z.object({ id: Id, displayName: z.string() }),
  courseId: Id.describe('The course the viewer works on: the pathway course (municipality) or the stay course (crisis center)'),
  requestId: Id.nullable(),
  spottingId: Id.nullable(),
  step: z.enum(['spotted', 'screened', 'requested', 'admitted', 'picked_up', 'stay', 'homecoming', 'declined']),
  since: z.string(),
  arrivalDate: z.string().nullable(),
  plannedEndDate: z.string().nullable(),
  alerts: z.array(
    z.object({ kind: z.enum(['screening_waiting', 'decision_waiting', 'pickup_waiting', 'health_check', 'midway_meeting', 'action_plan_contact', 'future_plan', 'homecoming']), dueOn: z.string().nullable(), overdue: z.boolean() }),
  ),
});
export const PathwayOverview = z.object({ items: z.array(PathwayEntry) }).meta({ id: 'PathwayOverview' });
