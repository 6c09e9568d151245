import { z } from 'zod';
import { Id, isoDate, isoDateTime, optionalText, text } from './common';

/** Residential services (botilbud, seed 004): the seven core elements. */

const Person = z.object({ id: Id, displayName: z.string() });
const CitizenRef = z.object({ id: Id, displayName: z.string() });

// ---------- 1. Motivation ----------

export const MotivationCreate = z
  .strictObject({
    what: text(1000).min(1).describe('What the resident is motivated for, now'),
    noticedOn: isoDate().describe('When it was noticed (not in the future)'),
    noticedBy: text(200).min(1).describe('Who noticed it: the resident, a colleague, a relative …'),
    expiresOn: isoDate().optional().describe('Shown until then unless acted on; default 7 days after noticedOn'),
  })
  .meta({ id: 'MotivationCreate' });

export const MotivationActedOn = z.strictObject({ note: text(1000).min(1).describe('What was done with it') }).meta({ id: 'MotivationActedOn' });

export const MotivationEntry = z
  .object({
    id: Id,
    citizenId: Id,
    courseId: Id,
    unitId: Id,
    what: z.string(),
    noticedOn: z.string(),
    noticedBy: z.string(),
    expiresOn: z.string(),
    status: z.enum(['open', 'acted_on', 'expired']),
    actedOn: z.object({ at: z.string(), by: Person, note: z.string() }).nullable(),
    createdBy: Person,
    createdAt: z.string(),
    canAct: z.boolean(),
  })
  .meta({ id: 'MotivationEntry' });
export const MotivationList = z.object({ items: z.array(MotivationEntry) }).meta({ id: 'MotivationList' });

// ---------- 2. Activities ----------

export const activitySettings = ['residence', 'community'] as const;
export const participationStatuses = ['attended', 'declined', 'wanted_not_possible'] as const;

export const ActivityCreate = z
  .strictObject({
    unitId: Id,
    title: text(200).min(1),
    description: optionalText(2000),
    setting: z.enum(activitySettings).describe('At the residence or in the local community'),
    place: text(300).min(1),
    startsAt: isoDateTime(),
    endsAt: isoDateTime().nullish(),
    contact: optionalText(300).describe('Contact person for the activity'),
  })
  .refine((b) => !b.endsAt || Date.parse(b.endsAt) > Date.parse(b.startsAt), { params: { code: 'invalid_value' }, path: ['endsAt'] })
  .meta({ id: 'ActivityCreate' });

export const ActivityQuery = z.strictObject({
  unitId: Id.optional(),
  from: isoDate().optional().describe('Default: today − 7 days'),
  to: isoDate().optional().describe('Default: today + 21 days'),
});

export const ParticipationCreate = z
  .strictObject({
    citizenId: Id,
    status: z.enum(participationStatuses),
    note: optionalText(500).describe('E.g. what stood in the way'),
  })
  .meta({ id: 'ParticipationCreate' });

export const Activity = z
  .object({
    id: Id,
    unitId: Id,
    unitName: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    setting: z.enum(activitySettings),
    place: z.string(),
    startsAt: z.string(),
    endsAt: z.string().nullable(),
    contact: z.string().nullable(),
    createdBy: Person,
    /** Only residents the caller sees. */
    participation: z.array(z.object({ citizen: CitizenRef, status: z.enum(participationStatuses), note: z.string().nullable(), by: Person, at: z.string() })),
  })
  .meta({ id: 'Activity' });

export const ActivityList = z
  .object({
    items: z.array(Activity),
    /** Residents the caller sees with no attended activity for `quietDays` days. */
    quiet: z.array(z.object({ citizen: CitizenRef, unitId: Id, lastAttended: z.string().nullable(), days: z.number().int().nullable() })),
    quietDays: z.number().int(),
  })
  .meta({ id: 'ActivityList' });

// ---------- 3. Harm reduction ----------

export const harmAreas = ['physical', 'psychological', 'social', 'economic'] as const;
const HarmArea = z.strictObject({ consequences: text(2000).default(''), measures: text(2000).default('') });

export const HarmReductionBody = z
  .strictObject({
    substances: optionalText(500).describe('What the resident uses, in their words'),
    areas: z.strictObject({ physical: HarmArea, psychological: HarmArea, social: HarmArea, economic: HarmArea }),
    measures: z
      .array(
        z.strictObject({
          text: text(500).min(1),
          area: z.enum(harmAreas),
          who: optionalText(200),
          abstinence: z.boolean().default(false).describe('The measure asks the resident to stop using: only when the resident wants it'),
        }),
      )
      .max(30)
      .default([]),
    residentWantsAbstinence: z.boolean().describe('Only the resident can make stopping a goal; harm reduction makes no abstinence demand'),
    residentsOwnWords: optionalText(2000),
    madeWithResident: z.boolean(),
    followUpDates: z.array(isoDate()).max(20).default([]),
    baseVersion: z.number().int().min(0).optional().describe('The version the edit started from; a newer one gives 409 stale_version'),
  })
  .meta({ id: 'HarmReductionBody' });

export const HarmReductionPlan = z
  .object({
    citizenId: Id,
    version: z.number().int(),
    courseId: Id,
    substances: z.string().nullable(),
    areas: z.record(z.enum(harmAreas), z.object({ consequences: z.string(), measures: z.string() })),
    measures: z.array(z.object({ text: z.string(), area: z.enum(harmAreas), who: z.string().nullable(), abstinence: z.boolean() })),
    residentWantsAbstinence: z.boolean(),
    residentsOwnWords: z.string().nullable(),
    madeWithResident: z.boolean(),
    followUpDates: z.array(z.string()),
    nextFollowUp: z.string().nullable(),
    followUpDue: z.boolean(),
    by: Person,
    at: z.string(),
  })
  .meta({ id: 'HarmReductionPlan' });

export const HarmReductionResponse = z
  .object({ plan: HarmReductionPlan.nullable(), versions: z.number().int(), canEdit: z.boolean() })
  .meta({ id: 'HarmReductionResponse' });

// ---------- 4. Episodes ----------

export const episodeTypes = ['threat', 'violence', 'self_harm', 'damage'] as const;
export const episodeSeverities = ['minor', 'moderate', 'serious'] as const;

export const EpisodeCreate = z
  .strictObject({
    unitId: Id,
    occurredAt: isoDateTime().describe('Not in the future'),
    location: text(200).min(1),
    type: z.enum(episodeTypes),
    severity: z.enum(episodeSeverities),
    description: text(4000).min(1),
    actionsTaken: text(4000).min(1).describe('What was done'),
    anyoneHurt: z.boolean(),
    injuries: optionalText(2000),
    people: z
      .array(
        z.discriminatedUnion('kind', [
          z.strictObject({ kind: z.literal('resident'), citizenId: Id, hurt: z.boolean().default(false) }),
          z.strictObject({ kind: z.literal('staff'), userId: Id, hurt: z.boolean().default(false) }),
          z.strictObject({ kind: z.literal('other'), description: text(200).min(1), hurt: z.boolean().default(false) }),
        ]),
      )
      .min(1)
      .max(30),
  })
  .meta({ id: 'EpisodeCreate' });

export const DebriefCreate = z
  .strictObject({
    heldOn: isoDate().describe('Not in the future, not before the episode'),
    participants: text(1000).min(1),
    summary: text(4000).min(1),
    learning: text(4000).min(1).describe('What we learn from it'),
    actions: z.array(z.strictObject({ text: text(500).min(1), ownerId: Id, dueDate: isoDate() })).max(20).default([]),
  })
  .meta({ id: 'DebriefCreate' });

export const EpisodeQuery = z.strictObject({ unitId: Id.optional(), from: isoDate().optional(), to: isoDate().optional() });
export const TrendQuery = z.strictObject({ from: isoDate().optional().describe('Default: 12 months back'), to: isoDate().optional() });

export const Episode = z
  .object({
    id: Id,
    unitId: Id,
    occurredAt: z.string(),
    location: z.string(),
    type: z.enum(episodeTypes),
    severity: z.enum(episodeSeverities),
    /** Null for a leader without note access: the account stays with the staff. */
    description: z.string().nullable(),
    actionsTaken: z.string().nullable(),
    anyoneHurt: z.boolean(),
    injuries: z.string().nullable(),
    people: z.array(
      z.object({ kind: z.enum(['resident', 'staff', 'other']), citizen: CitizenRef.nullable(), user: Person.nullable(), description: z.string().nullable(), hurt: z.boolean() }),
    ),
    debrief: z.object({ heldOn: z.string(), participants: z.string(), summary: z.string().nullable(), learning: z.string(), by: Person, at: z.string() }).nullable(),
    actions: z.array(z.object({ id: Id, text: z.string(), owner: Person, dueDate: z.string(), overdue: z.boolean(), doneAt: z.string().nullable() })),
    createdBy: Person,
    createdAt: z.string(),
  })
  .meta({ id: 'Episode' });
export const EpisodeList = z.object({ items: z.array(Episode) }).meta({ id: 'EpisodeList' });

export const EpisodeTrend = z
  .object({
    unitId: Id,
    from: z.string(),
    to: z.string(),
    months: z.array(
      z.object({
        month: z.string().describe('YYYY-MM'),
        total: z.number().int(),
        byType: z.record(z.enum(episodeTypes), z.number().int()),
        bySeverity: z.record(z.enum(episodeSeverities), z.number().int()),
        hurt: z.number().int(),
        debriefed: z.number().int(),
      }),
    ),
    locations: z.array(z.object({ location: z.string(), total: z.number().int(), byMonth: z.record(z.string(), z.number().int()) })),
    wellbeing: z.object({
      instrument: z.string(),
      residents: z.array(z.object({ month: z.string(), n: z.number().int(), median: z.number().nullable() })),
      staff: z.array(z.object({ month: z.string(), n: z.number().int(), median: z.number().nullable() })),
    }),
  })
  .meta({ id: 'EpisodeTrend' });

export const StaffWellbeingCreate = z
  .strictObject({ answers: z.record(z.string(), z.number()).describe('WHO-5 answers by item id; kept only as the total, without who answered') })
  .meta({ id: 'StaffWellbeingCreate' });

// ---------- 5. Collaboration ----------

export const meetingKinds = ['internal', 'addiction', 'psychiatry', 'municipality', 'other'] as const;

export const MeetingCreate = z
  .strictObject({
    unitId: Id,
    kind: z.enum(meetingKinds),
    heldOn: isoDate(),
    topic: text(300).min(1),
    participants: z
      .array(z.strictObject({ name: text(200).min(1), organisation: optionalText(200), external: z.boolean(), userId: Id.nullish() }))
      .min(1)
      .max(40),
    residents: z
      .array(
        z.strictObject({
          citizenId: Id,
          discussed: optionalText(1000),
          consentId: Id.nullish().describe('With external participants: the consent or legal basis that allows discussing the resident with them'),
        }),
      )
      .max(40)
      .default([]),
    decisions: optionalText(4000),
    followUps: z.array(z.strictObject({ text: text(500).min(1), owner: text(200).min(1), dueDate: isoDate().nullish() })).max(30).default([]),
  })
  .meta({ id: 'MeetingCreate' });

export const Meeting = z
  .object({
    id: Id,
    unitId: Id,
    kind: z.enum(meetingKinds),
    heldOn: z.string(),
    topic: z.string(),
    participants: z.array(z.object({ name: z.string(), organisation: z.string().nullable(), external: z.boolean(), userId: Id.nullable() })),
    /** Only residents the caller sees. */
    residents: z.array(z.object({ citizen: CitizenRef, discussed: z.string().nullable(), basis: z.object({ id: Id, kind: z.string(), party: z.string() }).nullable() })),
    decisions: z.string().nullable(),
    followUps: z.array(z.object({ text: z.string(), owner: z.string(), dueDate: z.string().nullable() })),
    createdBy: Person,
    createdAt: z.string(),
  })
  .meta({ id: 'Meeting' });
export const MeetingList = z.object({ items: z.array(Meeting) }).meta({ id: 'MeetingList' });
export const MeetingQuery = z.strictObject({ unitId: Id.optional(), citizenId: Id.optional() });

export const CollaborationModelCreate = z
  .strictObject({ title: text(200).min(1), partner: optionalText(200), body: text(20000).min(1), validFrom: isoDate() })
  .meta({ id: 'CollaborationModelCreate' });
export const CollaborationModel = z
  .object({ id: Id, unitId: Id, title: z.string(), partner: z.string().nullable(), body: z.string(), validFrom: z.string(), by: Person, at: z.string() })
  .meta({ id: 'CollaborationModel' });
export const CollaborationModelList = z.object({ items: z.array(CollaborationModel), canEdit: z.boolean() }).meta({ id: 'CollaborationModelList' });

// ---------- 6. Specialised team ----------

export const SpecialistMemberSet = z
  .strictObject({
    userId: Id,
    competences: z.array(text(100).min(1)).max(10).default([]).describe('E.g. psychiatry, addiction, peer (at least one, unless removing)'),
    remove: z.boolean().default(false).describe('Take the member off the team'),
  })
  .refine((b) => b.remove || b.competences.length > 0, { params: { code: 'required' }, path: ['competences'] })
  .meta({ id: 'SpecialistMemberSet' });

export const SpecialistTeam = z
  .object({
    unitId: Id,
    members: z.array(z.object({ user: Person, competences: z.array(z.string()), since: z.string() })),
    canEdit: z.boolean(),
  })
  .meta({ id: 'SpecialistTeam' });

export const SpecialistRequestCreate = z
  .strictObject({ citizenId: Id, unitId: Id.optional().describe('Needed when the resident lives in more than one of your units'), question: text(2000).min(1) })
  .meta({ id: 'SpecialistRequestCreate' });
export const SpecialistAdvice = z.strictObject({ advice: text(4000).min(1) }).meta({ id: 'SpecialistAdvice' });
export const SpecialistFollowUp = z.strictObject({ followUp: text(4000).min(1) }).meta({ id: 'SpecialistFollowUp' });
export const SpecialistRequestQuery = z.strictObject({ unitId: Id.optional(), citizenId: Id.optional(), status: z.enum(['open', 'advised', 'closed']).optional() });

export const SpecialistRequest = z
  .object({
    id: Id,
    unitId: Id,
    citizen: CitizenRef,
    question: z.string(),
    askedBy: Person,
    askedAt: z.string(),
    advice: z.string().nullable(),
    advisedBy: Person.nullable(),
    advisedAt: z.string().nullable(),
    followUp: z.string().nullable(),
    followedUpBy: Person.nullable(),
    followedUpAt: z.string().nullable(),
    status: z.enum(['open', 'advised', 'closed']),
    canAdvise: z.boolean(),
    canFollowUp: z.boolean(),
  })
  .meta({ id: 'SpecialistRequest' });
export const SpecialistRequestList = z.object({ items: z.array(SpecialistRequest) }).meta({ id: 'SpecialistRequestList' });

// ---------- 7. Peer worker ----------

export const PeerRoleBody = z
  .strictObject({
    access: z.enum(['agreed', 'unit']).describe('agreed: the peer sees only residents who agreed to work with them; unit: all residents of the unit'),
    tasks: text(4000).min(1),
    boundaries: text(4000).min(1),
  })
  .meta({ id: 'PeerRoleBody' });
export const PeerRole = z
  .object({
    unitId: Id,
    unitName: z.string(),
    access: z.enum(['agreed', 'unit']),
    tasks: z.string(),
    boundaries: z.string(),
    peers: z.array(Person),
    by: Person.nullable(),
    at: z.string().nullable(),
    canEdit: z.boolean(),
  })
  .meta({ id: 'PeerRole' });

export const PeerAgreementCreate = z
  .strictObject({
    peerUserId: Id,
    agreedOn: isoDate(),
    form: z.enum(['written', 'oral']),
    note: optionalText(1000),
    unitId: Id.optional(),
  })
  .meta({ id: 'PeerAgreementCreate' });
export const PeerAgreement = z
  .object({
    id: Id,
    unitId: Id,
    citizenId: Id,
    peer: Person,
    agreedOn: z.string(),
    form: z.enum(['written', 'oral']),
    note: z.string().nullable(),
    recordedBy: Person,
    recordedAt: z.string(),
    withdrawnAt: z.string().nullable(),
  })
  .meta({ id: 'PeerAgreement' });
export const PeerAgreementList = z
  .object({ items: z.array(PeerAgreement), canRecord: z.boolean(), roles: z.array(PeerRole).describe("The peer role of each of the resident's units: tasks and boundaries") })
  .meta({ id: 'PeerAgreementList' });

// ---------- Shift handover ----------

export const HandoverQuery = z.strictObject({ since: isoDateTime().optional().describe('Default: 8 hours ago (the start of the last shift)') });

export const Handover = z
  .object({
    unitId: Id,
    unitName: z.string(),
    since: z.string(),
    until: z.string(),
    residents: z.array(
      z.object({
        citizen: CitizenRef,
        courseId: Id,
        notes: z.array(z.object({ id: Id, text: z.string(), occurredAt: z.string(), author: Person })),
        episodes: z.array(z.object({ id: Id, occurredAt: z.string(), type: z.enum(episodeTypes), severity: z.enum(episodeSeverities), location: z.string() })),
        motivation: z.array(MotivationEntry),
        goalsDue: z.array(z.object({ id: Id, text: z.string(), reviewDate: z.string() })),
        harmReductionFollowUp: z.string().nullable(),
        lastActivity: z.string().nullable(),
        quiet: z.boolean(),
        openRequests: z.number().int(),
      }),
    ),
    episodes: z.array(z.object({ id: Id, occurredAt: z.string(), type: z.enum(episodeTypes), severity: z.enum(episodeSeverities), location: z.string(), debriefed: z.boolean() })),
    actionsDue: z.array(z.object({ id: Id, episodeId: Id, text: z.string(), owner: Person, dueDate: z.string() })),
    activitiesToday: z.array(z.object({ id: Id, title: z.string(), startsAt: z.string(), place: z.string() })),
    quietDays: z.number().int().describe('A resident is `quiet` after this many days without an attended activity'),
    /** A peer sees only the residents who agreed and only their own notes. */
    view: z.enum(['staff', 'peer']),
  })
  .meta({ id: 'Handover' });
