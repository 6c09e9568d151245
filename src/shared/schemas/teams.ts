import { z } from 'zod';
import { Id, isoDate, optionalText, text } from './common';

/**
 * Teams (ACT, and CTI/ICM case-manager teams): a unit whose members carry a discipline. The
 * citizen's course belongs to the team's unit, so every member sees the team's caseload.
 */
export const disciplines = [
  'team_leader',
  'support_worker',
  'nurse',
  'psychiatrist',
  'addiction_counsellor',
  'employment_consultant',
  'case_officer',
  'peer',
  'case_manager',
] as const;
export const teamMethods = ['act', 'icm', 'cti'] as const;

/** The role a discipline holds in the unit: a case officer decides (myndighed), a peer reads less. */
export const disciplineRole = {
  team_leader: 'leader',
  support_worker: 'worker',
  nurse: 'worker',
  psychiatrist: 'worker',
  addiction_counsellor: 'worker',
  employment_consultant: 'worker',
  case_officer: 'case_officer',
  peer: 'peer',
  case_manager: 'worker',
} as const satisfies Record<(typeof disciplines)[number], string>;

const Member = z.object({ id: Id, displayName: z.string(), discipline: z.enum(disciplines) });

export const TeamMembersBody = z
  .strictObject({
    members: z
      .array(z.strictObject({ userId: Id, discipline: z.enum(disciplines) }))
      .min(1)
      .max(40),
  })
  .meta({ id: 'TeamMembersBody' });

export const TeamCreate = z
  .strictObject({ organisationId: Id, name: text(120).min(1), method: z.enum(teamMethods), members: TeamMembersBody.shape.members })
  .meta({ id: 'TeamCreate' });

export const Team = z
  .object({
    id: Id.describe('The unit id'),
    organisationId: Id,
    name: z.string(),
    method: z.enum(teamMethods),
    members: z.array(Member),
    activeCourses: z.number().int().describe("Citizens on the team's caseload (visible to members only; null for others)").nullable(),
    isMember: z.boolean(),
  })
  .meta({ id: 'Team' });

export const TeamList = z.object({ items: z.array(Team) }).meta({ id: 'TeamList' });

export const BoardQuery = z.strictObject({ date: isoDate().optional().describe('The meeting day (default today)') });

const CitizenRef = z.object({ id: Id, name: z.string() });

export const Board = z
  .object({
    teamId: Id,
    date: z.string(),
    notSeenDays: z.number().int().describe('A citizen not seen for this many days is listed (method setting)'),
    meeting: z
      .object({ heldAt: z.string(), by: z.object({ id: Id, displayName: z.string() }), attendees: z.array(z.object({ id: Id, displayName: z.string() })), note: z.string().nullable() })
      .nullable()
      .describe("The day's team meeting, when recorded as held"),
    members: z.array(Member),
    rows: z.array(
      z.object({
        courseId: Id,
        citizen: CitizenRef,
        phase: z.string(),
        inCrisis: z.boolean(),
        crisisSince: z.string().nullable(),
        lastSeen: z.string().nullable().describe('The last contact with the citizen (a logged session)'),
        daysSinceSeen: z.number().int().nullable().describe('Days since the last contact, or since the course began when never seen'),
        notSeen: z.boolean(),
        assignedTo: z.array(z.object({ assignmentId: Id, id: Id, displayName: z.string() })).describe('Who sees the citizen on the day'),
      }),
    ),
    decisions: z.array(
      z.object({
        id: Id,
        courseId: Id.nullable(),
        citizen: CitizenRef.nullable(),
        text: z.string(),
        authority: z.object({ id: Id, displayName: z.string(), discipline: z.enum(disciplines) }),
        by: z.object({ id: Id, displayName: z.string() }),
        at: z.string(),
      }),
    ),
  })
  .meta({ id: 'Board' });

export const MeetingBody = z
  .strictObject({ date: isoDate(), attendeeIds: z.array(Id).min(1).max(40), note: optionalText(2000) })
  .meta({ id: 'MeetingBody' });

export const AssignmentBody = z.strictObject({ date: isoDate(), courseId: Id, userId: Id }).meta({ id: 'AssignmentBody' });

export const DecisionBody = z
  .strictObject({
    date: isoDate(),
    courseId: Id.nullish().describe('The citizen the decision concerns, if any'),
    text: text(2000).min(1),
    authorityUserId: Id.describe('The member who had the authority to decide (e.g. the case officer)'),
  })
  .meta({ id: 'DecisionBody' });

export const CrisisFlagBody = z.strictObject({ inCrisis: z.boolean() }).meta({ id: 'CrisisFlagBody' });

// ---------- ICM plan ----------

export const IcmPlanBody = z
  .strictObject({
    coordinatorId: Id.describe('The one coordinating case manager'),
    purpose: text(2000).min(1).describe('What the support is for, in the citizen’s words'),
    dailySupport: optionalText(4000).describe('Practical and social support in daily life'),
    services: z
      .array(z.strictObject({ name: text(200).min(1), agreed: text(1000).min(1).describe('Who does what'), contact: optionalText(300) }))
      .max(30),
    reviewDate: isoDate(),
    baseVersion: z.number().int().min(0).optional().describe('The version the edit started from; a newer one saved meanwhile → 409 stale_version'),
  })
  .meta({ id: 'IcmPlanBody' });

export const IcmPlan = z
  .object({
    courseId: Id,
    version: z.number().int().describe('0 before a plan is written'),
    coordinator: z.object({ id: Id, displayName: z.string() }).nullable(),
    purpose: z.string().nullable(),
    dailySupport: z.string().nullable(),
    services: z.array(z.object({ name: z.string(), agreed: z.string(), contact: z.string().nullable() })),
    reviewDate: z.string().nullable(),
    reviewOverdue: z.boolean(),
    by: z.object({ id: Id, displayName: z.string() }).nullable(),
    at: z.string().nullable(),
    canEdit: z.boolean(),
  })
  .meta({ id: 'IcmPlan' });

// ---------- Per-municipality method settings ----------

export const MethodSettingsBody = z
  .strictObject({
    organisationId: Id,
    caseloadPerWorker: z.number().int().min(1).max(100).optional(),
    phaseMonths: z.array(z.number().int().min(1).max(12)).length(3).optional().describe('CTI: months of phases 1–3'),
    contactDays: z.array(z.number().int().min(1).max(90)).length(3).optional().describe('CTI: expected days between contacts in phases 1–3'),
    requireHousing: z.boolean().optional().describe('CTI: phase 1 needs housing'),
    notSeenDays: z.number().int().min(1).max(90).optional().describe('Team board: list a citizen not seen for this many days'),
    communityShare: z.number().min(0).max(1).optional().describe('ACT: the least share of contacts in the community'),
    baseVersion: z.number().int().min(0).optional().describe('The version the edit started from; a newer one saved meanwhile → 409 stale_version'),
  })
  .meta({ id: 'MethodSettingsBody' });

export const MethodSettings = z
  .object({
    organisationId: Id,
    method: z.string(),
    version: z.number().int().describe('0 = the defaults; courses keep the version they started under'),
    settings: MethodSettingsBody.omit({ organisationId: true, baseVersion: true }),
    effective: MethodSettingsBody.omit({ organisationId: true, baseVersion: true }).describe('The values in force, defaults filled in'),
    by: z.object({ id: Id, displayName: z.string() }).nullable(),
    at: z.string().nullable(),
  })
  .meta({ id: 'MethodSettings' });
