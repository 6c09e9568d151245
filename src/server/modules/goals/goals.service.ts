import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { FollowUpCreate, Goal, GoalCreate, GoalPatch } from '../../../shared/schemas/measurements';
import { ownRecordSql, recordAccess } from '../../access/record-access';
import { courseFor } from '../outreach/outreach.service';
import { inTransaction, type Scope } from '../../access/scope';
import { actionPlans, courses, goalFollowUps, goals } from '../../db/schema';
import { newId } from '../../db/ids';
import { conflict, forbidden, invalid, notFound } from '../../http/problem';
import { findMethod } from '../../methods';
import { today } from '../outreach/dates';
import { userNames } from '../outreach/outreach.repo';
import { lockKey } from '../crisis/crisis.repo';

type GoalRow = typeof goals.$inferSelect;
type Dto = z.infer<typeof Goal>;

export async function goalDtos(s: Scope, rows: GoalRow[], canEdit: boolean): Promise<Dto[]> {
  const ids = rows.map((g) => g.id);
  const followUps = ids.length ? await s.db.select().from(goalFollowUps).where(inArray(goalFollowUps.goalId, ids)).orderBy(asc(goalFollowUps.at)) : [];
  const names = await userNames(s, [...rows.map((g) => g.createdBy), ...followUps.map((f) => f.byUserId)]);
  const person = (id: string) => ({ id, displayName: names.get(id) ?? '' });
  const now = today();
  return rows.map((g) => ({
    id: g.id,
    citizenId: g.citizenId,
    courseId: g.courseId,
    text: g.text,
    lifeArea: g.lifeArea as Dto['lifeArea'],
    goalType: g.goalType as Dto['goalType'],
    steps: g.steps,
    whoHelps: g.whoHelps,
    reviewDate: g.reviewDate,
    reviewOverdue: g.status === 'active' && g.reviewDate < now,
    status: g.status as Dto['status'],
    actionPlanId: g.actionPlanId,
    focusAreaPhase: g.focusAreaPhase,
    followUps: followUps.filter((f) => f.goalId === g.id).map((f) => ({ id: f.id, at: f.at.toISOString(), rating: f.rating, note: f.note, by: person(f.byUserId) })),
    createdBy: person(g.createdBy),
    createdAt: g.createdAt.toISOString(),
    canEdit,
  }));
}

export function listGoals(scope: Scope, citizenId: string) {
  return inTransaction(scope, async (s) => {
    const access = await recordAccess(s, citizenId, 'read');
    const rows = await s.db.select().from(goals).where(and(eq(goals.citizenId, citizenId), ownRecordSql(s, sql`${goals.courseId}`, sql`${goals.organisationId}`))).orderBy(sql`case ${goals.status} when 'active' then 0 when 'paused' then 1 when 'achieved' then 2 else 3 end`, desc(goals.createdAt));
    await s.audit([{ action: 'goal.read', citizenId, organisationId: access.organisationId, context: { count: rows.length } }]);
    return { items: await goalDtos(s, rows, access.canWrite) };
  });
}

/** The links a goal may carry: a course of the citizen, the citizen's §141 plan, a CTI phase of that course. */
async function checkLinks(s: Scope, citizenId: string, organisationId: string, b: { courseId?: string | null; actionPlanId?: string | null; focusAreaPhase?: string | null }) {
  if (b.courseId) {
    const [c] = await s.db.select().from(courses).where(and(eq(courses.id, b.courseId), eq(courses.citizenId, citizenId)));
    if (!c || c.organisationId !== organisationId) throw invalid('courseId', 'invalid_value');
    if (b.focusAreaPhase) {
      const method = findMethod(c.method);
      if (!method?.features.includes('focusAreas') || !method.phases.some((p) => p.id === b.focusAreaPhase && p.plannedMonths)) throw invalid('focusAreaPhase', 'invalid_value');
    }
  } else if (b.focusAreaPhase) throw invalid('focusAreaPhase', 'invalid_value');
  if (b.actionPlanId) {
    const [p] = await s.db.select({ citizenId: actionPlans.citizenId, organisationId: actionPlans.organisationId }).from(actionPlans).where(eq(actionPlans.id, b.actionPlanId));
    if (p?.citizenId !== citizenId || p.organisationId !== organisationId) throw invalid('actionPlanId', 'invalid_value');
  }
}

export function createGoal(scope: Scope, citizenId: string, body: z.infer<typeof GoalCreate>) {
  return inTransaction(scope, async (s) => {
    const access = await recordAccess(s, citizenId, 'write');
    const organisationId = await goalOrganisation(s, access.units, body.courseId ?? null);
    await checkLinks(s, citizenId, organisationId, body);
    const row: GoalRow = {
      id: newId(),
      organisationId,
      citizenId,
      courseId: body.courseId ?? null,
      text: body.text,
      lifeArea: body.lifeArea,
      goalType: body.goalType,
      steps: body.steps ?? [],
      whoHelps: body.whoHelps ?? null,
      reviewDate: body.reviewDate,
      status: 'active',
      actionPlanId: body.actionPlanId ?? null,
      focusAreaPhase: body.focusAreaPhase ?? null,
      createdBy: s.access.actor.userId,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    await s.db.insert(goals).values(row);
    await s.audit([{ action: 'goal.write', citizenId, courseId: row.courseId, organisationId: access.organisationId, context: { goalId: row.id, fields: ['created'] } }]);
    return (await goalDtos(s, [row], true))[0];
  });
}

/**
 * The organisation a goal belongs to: its course's (which the caller must work on), else that of a
 * unit where the caller writes notes on the citizen. A goal never lands in another organisation.
 */
async function goalOrganisation(s: Scope, accessUnits: string[], courseId: string | null): Promise<string> {
  if (courseId) {
    const { course, canWork } = await courseFor(s, courseId).catch(() => {
      throw invalid('courseId', 'invalid_value');
    });
    if (!canWork) throw forbidden();
    return course.organisationId;
  }
  const unit = accessUnits.find((u) => s.access.has('note.write', u));
  const org = s.access.actor.memberships.find((m) => m.unitId === unit)?.organisationId;
  if (!org) throw forbidden();
  return org;
}

/** A goal the caller may change: one they can see, on a course they work on (or, without a course, of their organisation). */
async function goalFor(s: Scope, goalId: string) {
  const [g] = await s.db.select().from(goals).where(and(eq(goals.id, goalId), ownRecordSql(s, sql`${goals.courseId}`, sql`${goals.organisationId}`)));
  if (!g) throw notFound();
  const access = await recordAccess(s, g.citizenId, 'write');
  if (g.courseId) {
    if (!(await courseFor(s, g.courseId)).canWork) throw forbidden();
  } else if (!s.access.organisationsWith('note.write').includes(g.organisationId)) throw forbidden();
  return { g, access };
}

export function updateGoal(scope: Scope, goalId: string, body: z.infer<typeof GoalPatch>) {
  return inTransaction(scope, async (s) => {
    await lockKey(s.db, `goal:${goalId}`);
    const { g, access } = await goalFor(s, goalId);
    const fields = Object.keys(body).filter((k) => body[k as keyof typeof body] !== undefined);
    const patch = { ...body, whoHelps: body.whoHelps === undefined ? undefined : (body.whoHelps ?? null), updatedAt: new Date() };
    await s.db.update(goals).set(patch).where(eq(goals.id, goalId));
    await s.audit([{ action: 'goal.write', citizenId: g.citizenId, courseId: g.courseId, organisationId: access.organisationId, context: { goalId, fields } }]);
    const [row] = await s.db.select().from(goals).where(eq(goals.id, goalId));
    return (await goalDtos(s, [row], true))[0];
  });
}

/** A follow-up with the citizen's progress rating; with `nextReviewDate` the goal's review moves on. */
export function addFollowUp(scope: Scope, goalId: string, body: z.infer<typeof FollowUpCreate>) {
  return inTransaction(scope, async (s) => {
    await lockKey(s.db, `goal:${goalId}`);
    const { g, access } = await goalFor(s, goalId);
    if (g.status === 'dropped' || g.status === 'achieved') throw conflict('goal_closed');
    const id = newId();
    await s.db.insert(goalFollowUps).values({ id, goalId, at: new Date(), rating: body.rating, note: body.note ?? null, byUserId: s.access.actor.userId });
    if (body.nextReviewDate) await s.db.update(goals).set({ reviewDate: body.nextReviewDate, updatedAt: new Date() }).where(eq(goals.id, goalId));
    await s.audit([{ action: 'goal.followUp', citizenId: g.citizenId, courseId: g.courseId, organisationId: access.organisationId, context: { goalId, followUpId: id } }]);
    const [row] = await s.db.select().from(goals).where(eq(goals.id, goalId));
    return (await goalDtos(s, [row], true))[0];
  });
}
