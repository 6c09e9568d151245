import { and, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { IcmPlan, IcmPlanBody } from '../../../shared/schemas/teams';
import { inTransaction, type Scope } from '../../access/scope';
import { coursePlans, memberships } from '../../db/schema';
import { conflict, forbidden, invalid } from '../../http/problem';
import { lockKey } from '../crisis/crisis.repo';
import { today } from '../outreach/dates';
import { courseFor, requireActive } from '../outreach/outreach.service';
import { userNames } from '../outreach/outreach.repo';

type Dto = z.infer<typeof IcmPlan>;

async function view(s: Scope, courseId: string, canEdit: boolean): Promise<Dto> {
  const [row] = await s.db.select().from(coursePlans).where(and(eq(coursePlans.courseId, courseId), eq(coursePlans.kind, 'icm'))).orderBy(desc(coursePlans.version)).limit(1);
  const c = row?.content;
  const names = await userNames(s, row ? [row.byUserId, c!.coordinatorId] : []);
  const person = (id: string) => ({ id, displayName: names.get(id) ?? '' });
  return {
    courseId,
    version: row?.version ?? 0,
    coordinator: c ? person(c.coordinatorId) : null,
    purpose: c?.purpose ?? null,
    dailySupport: c?.dailySupport ?? null,
    services: c?.services ?? [],
    reviewDate: c?.reviewDate ?? null,
    reviewOverdue: Boolean(c && c.reviewDate < today()),
    by: row ? person(row.byUserId) : null,
    at: row?.at.toISOString() ?? null,
    canEdit,
  };
}

/** The ICM plan: purpose in the citizen's words, the one coordinating case manager, the services and who does what, the review date. */
export function getIcmPlan(scope: Scope, courseId: string) {
  return inTransaction(scope, async (s) => {
    const { course, canRead, canWork } = await courseFor(s, courseId, 'icmPlan');
    if (!canRead) throw forbidden();
    const plan = await view(s, courseId, canWork && course.status === 'active');
    await s.audit([{ action: 'icmPlan.read', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: { version: plan.version } }]);
    return plan;
  });
}

/** Saves a new version of the ICM plan; the coordinator must work in the course's unit. */
export function saveIcmPlan(scope: Scope, courseId: string, body: z.infer<typeof IcmPlanBody>) {
  return inTransaction(scope, async (s) => {
    const { course, canWork } = await courseFor(s, courseId, 'icmPlan');
    if (!canWork) throw forbidden();
    requireActive(course);
    // The coordinating case manager works in the course's unit (a worker or case officer, not a peer or spotter).
    const [coordinator] = await s.db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.unitId, course.unitId), eq(memberships.userId, body.coordinatorId), inArray(memberships.role, ['worker', 'case_officer', 'social_mentor'])));
    if (!coordinator) throw invalid('coordinatorId', 'invalid_value');
    await lockKey(s.db, `icm-plan:${courseId}`);
    const [latest] = await s.db.select({ version: coursePlans.version }).from(coursePlans).where(eq(coursePlans.courseId, courseId)).orderBy(desc(coursePlans.version)).limit(1);
    if (body.baseVersion !== undefined && body.baseVersion !== (latest?.version ?? 0)) throw conflict('stale_version');
    const version = (latest?.version ?? 0) + 1;
    const content = {
      coordinatorId: body.coordinatorId,
      purpose: body.purpose,
      dailySupport: body.dailySupport ?? null,
      services: body.services.map((x) => ({ name: x.name, agreed: x.agreed, contact: x.contact ?? null })),
      reviewDate: body.reviewDate,
    };
    await s.db.insert(coursePlans).values({ courseId, version, kind: 'icm', content, byUserId: s.access.actor.userId, at: new Date() });
    await s.audit([{ action: 'icmPlan.write', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: { version } }]);
    return view(s, courseId, true);
  });
}
