import { z } from 'zod';

/**
 * Every kind of access-log entry, as one discriminated union: the action decides what the context
 * holds. Context never holds citizen content — only ids, criteria and purposes.
 */
const base = { citizenId: z.uuid().nullable(), courseId: z.uuid().nullable().default(null), organisationId: z.uuid() };
const search = z.object({ criterion: z.record(z.string(), z.unknown()), resultCount: z.number().int() });

export const AuditEvent = z.discriminatedUnion('action', [
  z.object({ ...base, action: z.literal('citizen.create'), context: z.object({}).default({}) }),
  z.object({ ...base, action: z.literal('citizen.read'), context: z.object({ purpose: z.string() }) }),
  z.object({ ...base, action: z.literal('citizen.search'), context: search }),
  z.object({ ...base, action: z.literal('citizen.update'), context: z.object({ fields: z.array(z.string()) }) }),
  z.object({ ...base, action: z.literal('course.create'), context: z.object({ method: z.string() }) }),
  z.object({ ...base, action: z.literal('course.read'), context: z.object({ purpose: z.string() }) }),
  z.object({ ...base, action: z.literal('note.create'), context: z.object({ noteId: z.uuid() }) }),
  z.object({ ...base, action: z.literal('note.read'), context: z.object({ noteIds: z.array(z.uuid()) }) }),
  z.object({ ...base, action: z.literal('note.update'), context: z.object({ noteId: z.uuid(), version: z.number().int() }) }),
  z.object({ ...base, action: z.literal('course.phase'), context: z.object({ from: z.string(), to: z.string() }) }),
  z.object({ ...base, action: z.literal('course.close'), context: z.object({ reason: z.string() }) }),
  z.object({ ...base, action: z.literal('course.update'), context: z.object({ fields: z.array(z.string()) }) }),
  z.object({ ...base, action: z.literal('contactPlan.update'), context: z.object({ version: z.number().int() }) }),
  z.object({ ...base, action: z.literal('contactPlan.read'), context: z.object({ versions: z.array(z.number().int()) }) }),
  z.object({ ...base, action: z.literal('contactAttempt.create'), context: z.object({ attemptId: z.uuid() }) }),
  z.object({ ...base, action: z.literal('contactAttempt.read'), context: z.object({ count: z.number().int() }) }),
  z.object({ ...base, action: z.literal('referral.create'), context: z.object({ referralId: z.uuid(), offerId: z.uuid() }) }),
  z.object({ ...base, action: z.literal('referral.update'), context: z.object({ referralId: z.uuid(), status: z.string() }) }),
  z.object({ ...base, action: z.literal('referral.read'), context: z.object({ referralIds: z.array(z.uuid()) }) }),
  z.object({ ...base, action: z.literal('referral.share'), context: z.object({ referralId: z.uuid(), shareId: z.uuid(), consentId: z.uuid(), recipient: z.string() }) }),
  z.object({ ...base, action: z.literal('consent.create'), context: z.object({ consentId: z.uuid(), kind: z.string() }) }),
  z.object({ ...base, action: z.literal('consent.read'), context: z.object({ consentIds: z.array(z.uuid()) }) }),
  z.object({ ...base, action: z.literal('consent.withdraw'), context: z.object({ consentId: z.uuid() }) }),
  z.object({ ...base, action: z.literal('inbound.accept'), context: z.object({ inboundId: z.uuid() }) }),
  z.object({ ...base, action: z.literal('spotting.create'), context: z.object({ spottingId: z.uuid() }) }),
  z.object({ ...base, action: z.literal('spotting.read'), context: z.object({ spottingIds: z.array(z.uuid()) }) }),
  z.object({ ...base, action: z.literal('spotting.screen'), context: z.object({ spottingId: z.uuid(), inTargetGroup: z.boolean() }) }),
  z.object({ ...base, action: z.literal('crisisRequest.create'), context: z.object({ requestId: z.uuid() }) }),
  z.object({ ...base, action: z.literal('crisisRequest.read'), context: z.object({ requestIds: z.array(z.uuid()) }) }),
  z.object({ ...base, action: z.literal('crisisRequest.decide'), context: z.object({ requestId: z.uuid(), decision: z.string() }) }),
  z.object({ ...base, action: z.literal('crisisRequest.pickup'), context: z.object({ requestId: z.uuid() }) }),
  z.object({ ...base, action: z.literal('crisisRequest.withdraw'), context: z.object({ requestId: z.uuid() }) }),
  z.object({ ...base, action: z.literal('checklist.read'), context: z.object({}).default({}) }),
  z.object({ ...base, action: z.literal('checklist.tick'), context: z.object({ itemId: z.string(), ticked: z.boolean() }) }),
  z.object({ ...base, action: z.literal('session.create'), context: z.object({ sessionId: z.uuid() }) }),
  z.object({ ...base, action: z.literal('session.read'), context: z.object({ count: z.number().int() }) }),
  z.object({ ...base, action: z.literal('midway.read'), context: z.object({ requestId: z.uuid() }) }),
  z.object({ ...base, action: z.literal('midway.update'), context: z.object({ requestId: z.uuid(), fields: z.array(z.string()) }) }),
  z.object({ ...base, action: z.literal('futurePlan.read'), context: z.object({ requestId: z.uuid() }) }),
  z.object({ ...base, action: z.literal('futurePlan.update'), context: z.object({ requestId: z.uuid(), version: z.number().int() }) }),
  z.object({ ...base, action: z.literal('actionPlan.read'), context: z.object({ planIds: z.array(z.uuid()), view: z.string() }) }),
  z.object({ ...base, action: z.literal('actionPlan.write'), context: z.object({ planId: z.uuid(), version: z.number().int() }) }),
  z.object({ ...base, action: z.literal('actionPlan.share'), context: z.object({ planId: z.uuid(), shareId: z.uuid(), consentId: z.uuid(), recipient: z.string() }) }),
  z.object({ ...base, action: z.literal('actionPlan.print'), context: z.object({ planId: z.uuid(), version: z.number().int() }) }),
  z.object({ ...base, action: z.literal('team.create'), context: z.object({ unitId: z.uuid(), method: z.string(), members: z.number().int() }) }),
  z.object({ ...base, action: z.literal('team.members'), context: z.object({ unitId: z.uuid(), members: z.number().int() }) }),
  z.object({ ...base, action: z.literal('team.meeting'), context: z.object({ unitId: z.uuid(), date: z.string() }) }),
  z.object({ ...base, action: z.literal('team.assign'), context: z.object({ date: z.string(), userId: z.uuid() }) }),
  z.object({ ...base, action: z.literal('team.unassign'), context: z.object({ date: z.string(), userId: z.uuid() }) }),
  z.object({ ...base, action: z.literal('team.decision'), context: z.object({ decisionId: z.uuid(), date: z.string() }) }),
  z.object({ ...base, action: z.literal('team.crisis'), context: z.object({ inCrisis: z.boolean() }) }),
  z.object({ ...base, action: z.literal('icmPlan.read'), context: z.object({ version: z.number().int() }) }),
  z.object({ ...base, action: z.literal('icmPlan.write'), context: z.object({ version: z.number().int() }) }),
  z.object({ ...base, action: z.literal('methodSettings.update'), context: z.object({ method: z.string(), version: z.number().int() }) }),
  z.object({ ...base, action: z.literal('breakGlass.search'), context: search.extend({ reason: z.string() }) }),
  z.object({ ...base, action: z.literal('breakGlass.grant'), context: z.object({ reason: z.string(), grantId: z.uuid(), expiresAt: z.string() }) }),
  z.object({ ...base, action: z.literal('audit.search'), context: search }),
  z.object({ ...base, action: z.literal('audit.export'), context: search.extend({ format: z.string() }) }),
]);

export type AuditEventInput = z.input<typeof AuditEvent>;
export type AuditEventData = z.output<typeof AuditEvent>;
