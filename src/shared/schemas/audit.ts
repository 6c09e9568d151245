import { z } from 'zod';
import { Id, isoDate } from './common';

export const auditActions = [
  'citizen.create',
  'citizen.read',
  'citizen.search',
  'citizen.update',
  'course.create',
  'course.read',
  'note.create',
  'note.read',
  'note.update',
  'course.phase',
  'course.close',
  'course.update',
  'contactPlan.update',
  'contactPlan.read',
  'contactAttempt.create',
  'contactAttempt.read',
  'referral.create',
  'referral.update',
  'referral.read',
  'referral.share',
  'consent.create',
  'consent.read',
  'consent.withdraw',
  'inbound.accept',
  'spotting.create',
  'spotting.read',
  'spotting.screen',
  'crisisRequest.create',
  'crisisRequest.read',
  'crisisRequest.decide',
  'crisisRequest.pickup',
  'crisisRequest.withdraw',
  'checklist.read',
  'checklist.tick',
  'session.create',
  'session.read',
  'midway.read',
  'midway.update',
  'futurePlan.read',
  'futurePlan.update',
  'actionPlan.read',
  'actionPlan.write',
  'actionPlan.share',
  'actionPlan.print',
  'breakGlass.search',
  'breakGlass.grant',
  'audit.search',
  'audit.export',
] as const;

export type AuditAction = (typeof auditActions)[number];

export const AuditQuery = z.strictObject({
  citizenId: Id.optional(),
  cpr: z.string().max(20).optional(),
  userId: Id.optional(),
  from: isoDate().optional(),
  to: isoDate().optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const AuditRow = z.object({
  id: z.string(),
  at: z.string(),
  userId: Id.nullable(),
  userName: z.string().nullable(),
  action: z.enum(auditActions),
  citizenId: Id.nullable(),
  courseId: Id.nullable(),
  context: z.record(z.string(), z.unknown()),
  clientAddress: z.string().nullable(),
});

export const AuditPage = z.object({ items: z.array(AuditRow), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const AuditVerify = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ id: z.string(), organisationId: Id, reason: z.enum(['hash_mismatch', 'chain_broken']) }).nullable(),
});
