import { z } from 'zod';
import { Id, isoDate, isoDateTime, optionalText, text } from './common';

/** How a contact attempt was made (seed 000, phase 2A). */
export const attemptMethods = [
  'observation',
  'door_knock',
  'note_in_door',
  'postcard',
  'phone_sms',
  'public_meeting',
  'via_partner',
  'meeting',
] as const;

/** What came of it. The last three count as contact. */
export const attemptOutcomes = ['no_one_there', 'signs_of_life', 'rejected', 'brief_contact', 'conversation', 'meeting_agreed'] as const;
export const contactOutcomes: readonly string[] = ['brief_contact', 'conversation', 'meeting_agreed'];

export const signsOfLife = ['footprints', 'full_mailbox', 'note_gone', 'lights_on', 'other'] as const;

export const ContactPlanBody = z
  .strictObject({
    where: text(2000).min(1),
    how: text(2000).min(1),
    cadenceDays: z.number().int().min(1).max(365),
    keepContact: text(2000).default(''),
    authorIds: z.array(Id).max(10).optional(),
    comment: optionalText(2000),
  })
  .meta({ id: 'ContactPlanBody' });

export const ContactPlan = z
  .object({
    courseId: Id,
    version: z.number().int(),
    where: z.string(),
    how: z.string(),
    cadenceDays: z.number().int(),
    keepContact: z.string(),
    authors: z.array(z.object({ id: Id, displayName: z.string() })),
    comment: z.string().nullable(),
    createdBy: z.object({ id: Id, displayName: z.string() }),
    createdAt: z.string(),
  })
  .meta({ id: 'ContactPlan' });

export const ContactAttemptBody = z
  .strictObject({
    id: Id.optional().describe('Client-created UUID; a retry with the same id creates nothing new'),
    at: isoDateTime(),
    place: optionalText(300),
    placeId: Id.nullish().describe('A place from the place register'),
    method: z.enum(attemptMethods),
    outcome: z.enum(attemptOutcomes),
    signsOfLife: z.array(z.enum(signsOfLife)).max(signsOfLife.length).optional(),
    participantIds: z.array(Id).max(10).optional(),
    observed: optionalText(4000),
    nextPlannedAt: isoDateTime().nullish(),
  })
  .meta({ id: 'ContactAttemptBody' });

export const ContactAttempt = z
  .object({
    id: Id,
    courseId: Id,
    at: z.string(),
    place: z.string().nullable(),
    placeId: Id.nullable(),
    method: z.enum(attemptMethods),
    outcome: z.enum(attemptOutcomes),
    signsOfLife: z.array(z.enum(signsOfLife)),
    participants: z.array(z.object({ id: Id, displayName: z.string() })),
    observed: z.string().nullable(),
    nextPlannedAt: z.string().nullable(),
    createdBy: Id,
    createdAt: z.string(),
  })
  .meta({ id: 'ContactAttempt' });

/** Paging of a course's contact attempts: the newest `limit` (all when absent). */
export const MAX_ATTEMPTS_LIMIT = 10_000;

export const ContactAttemptQuery = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_ATTEMPTS_LIMIT).optional().describe('The newest this many attempts; without it, all of them'),
});

export const ContactAttemptList = z
  .object({ items: z.array(ContactAttempt), hasMore: z.boolean().describe('Older attempts exist beyond `limit`') })
  .meta({ id: 'ContactAttemptList' });

export const CourseSummary = z
  .object({
    courseId: Id,
    attempts: z.number().int(),
    firstAttemptAt: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    daysSinceFirstAttempt: z.number().int().nullable(),
    daysSinceLastAttempt: z.number().int().nullable(),
    firstContactAt: z.string().nullable(),
    attemptsUntilFirstContact: z.number().int().nullable().describe('Attempts up to and including the first contact; null before contact'),
    cadenceDays: z.number().int().nullable(),
    nextDue: z.iso.date().nullable().describe('The day (Europe/Copenhagen) the next attempt is due'),
    overdue: z.boolean(),
    daysOverdue: z.number().int(),
    dueToday: z.boolean(),
  })
  .meta({ id: 'CourseSummary' });

export const DueCourse = z.object({
  courseId: Id,
  citizenId: Id,
  displayName: z.string(),
  unitName: z.string(),
  phase: z.string(),
  nextDue: z.iso.date(),
  daysOverdue: z.number().int(),
  responsible: z.array(z.object({ id: Id, displayName: z.string() })),
});

export const PhaseChangeBody = z
  .strictObject({ to: text(20).min(1), reason: text(1000).min(1), date: isoDate().optional() })
  .meta({ id: 'PhaseChangeBody' });

export const courseEndReasons = ['not_in_target_group', 'handover', 'completed', 'discharged', 'declined_by_center', 'request_withdrawn', 'left_early', 'transferred', 'declined', 'moved', 'died', 'other'] as const;

export const CourseCloseBody = z
  .strictObject({
    reason: z.enum(courseEndReasons),
    summary: text(8000).min(1),
    date: isoDate().optional(),
    handoverTo: optionalText(300).describe('The worker, unit or offer that takes over (handover)'),
    toUnitId: Id.optional().describe('Handover to another unit of the organisation: it receives an inbound referral on this citizen'),
  })
  .superRefine((v, ctx) => {
    if (v.toUnitId && v.reason !== 'handover') ctx.addIssue({ code: 'custom', path: ['toUnitId'], params: { code: 'invalid' } });
  })
  .meta({ id: 'CourseCloseBody' });

export const ResponsibleBody = z.strictObject({ userIds: z.array(Id).min(1).max(20) }).meta({ id: 'ResponsibleBody' });

export const ReferralCheck = z.object({
  referralId: Id,
  courseId: Id,
  citizenId: Id,
  displayName: z.string(),
  offerName: z.string(),
  check: z.enum(['1m', '3m']),
  due: z.iso.date(),
});
