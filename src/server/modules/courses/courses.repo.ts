import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { newId } from '../../db/ids';
import type { Db } from '../../db/client';
import type { Scope } from '../../access/scope';
import { courses, coursePhaseHistory, courseWorkers, memberships, units, users } from '../../db/schema';
import { uuidArray } from '../../access/citizen-access';
import { visibleCourseSql } from './course-access';

export type CourseRow = typeof courses.$inferSelect;

/** A course by id, without an access check: for workflow steps that follow a course the caller already reached. */
export async function findCourse(db: Db, id: string): Promise<CourseRow> {
  const [row] = await db.select().from(courses).where(eq(courses.id, id));
  return row;
}

export async function insertCourse(
  scope: Scope,
  values: typeof courses.$inferInsert,
  responsibleIds: string[],
  history: typeof coursePhaseHistory.$inferInsert,
) {
  await scope.db.insert(courses).values(values);
  if (responsibleIds.length) await scope.db.insert(courseWorkers).values(responsibleIds.map((userId) => ({ courseId: values.id!, userId })));
  await scope.db.insert(coursePhaseHistory).values(history);
  await scope.audit([
    { action: 'course.create', citizenId: values.citizenId, courseId: values.id!, organisationId: values.organisationId, context: { method: values.method } },
  ]);
}

/**
 * Users among `ids` that work in `unitId` (may be made responsible for its courses). A peer worker or
 * a spotter is never responsible: responsibility opens the course's notes, beyond their bounded access.
 */
export async function findUnitWorkers(scope: Scope, unitId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await scope.db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.unitId, unitId), sql`${memberships.role} not in ('peer', 'spotter')`, sql`${memberships.userId} = any(${uuidArray(ids)})`));
  return rows.map((r) => r.userId);
}

/** Visible courses, by course id or by citizen, with their unit names. Does not audit: callers do. */
export async function selectVisibleCourses(scope: Scope, where: { courseId?: string; citizenId?: string }) {
  return scope.db
    .select({ course: courses, unitName: units.name })
    .from(courses)
    .innerJoin(units, eq(units.id, courses.unitId))
    .where(
      and(
        where.courseId ? eq(courses.id, where.courseId) : undefined,
        where.citizenId ? eq(courses.citizenId, where.citizenId) : undefined,
        visibleCourseSql(scope),
      ),
    )
    .orderBy(asc(courses.startDate), asc(courses.id));
}

export async function readCourses(scope: Scope, where: { courseId?: string; citizenId?: string }, purpose: string) {
  const rows = await selectVisibleCourses(scope, where);
  const byCitizen = new Map(rows.map((r) => [r.course.citizenId, r.course]));
  await scope.audit(
    [...byCitizen.values()].map((c) => ({
      action: 'course.read' as const,
      citizenId: c.citizenId,
      courseId: where.courseId ?? null,
      organisationId: c.organisationId,
      context: { purpose },
    })),
  );
  return rows;
}

export async function findPhaseHistory(scope: Scope, courseIds: string[]) {
  if (courseIds.length === 0) return [];
  return scope.db
    .select({
      courseId: coursePhaseHistory.courseId,
      fromPhase: coursePhaseHistory.fromPhase,
      toPhase: coursePhaseHistory.toPhase,
      at: coursePhaseHistory.at,
      byName: users.displayName,
      reason: coursePhaseHistory.reason,
    })
    .from(coursePhaseHistory)
    .innerJoin(users, eq(users.id, coursePhaseHistory.byUserId))
    .where(sql`${coursePhaseHistory.courseId} = any(${uuidArray(courseIds)})`)
    .orderBy(asc(coursePhaseHistory.at));
}

export async function isResponsible(scope: Scope, courseId: string): Promise<boolean> {
  const [row] = await scope.db
    .select({ userId: courseWorkers.userId })
    .from(courseWorkers)
    .where(and(eq(courseWorkers.courseId, courseId), eq(courseWorkers.userId, scope.access.actor.userId)));
  return Boolean(row);
}

/** Moves a course to another phase and records it in the phase history. */
export async function updateCoursePhase(scope: Scope, course: CourseRow, to: string, at: Date, reason: string) {
  await scope.db.update(courses).set({ phase: to, updatedAt: new Date() }).where(eq(courses.id, course.id));
  await scope.db.insert(coursePhaseHistory).values({ id: newId(), courseId: course.id, fromPhase: course.phase, toPhase: to, at, byUserId: scope.access.actor.userId, reason });
  await scope.audit([
    { action: 'course.phase', citizenId: course.citizenId, courseId: course.id, organisationId: course.organisationId, context: { from: course.phase, to } },
  ]);
}

/** Ends a course with a reason and a closing summary. */
export async function endCourse(scope: Scope, course: CourseRow, values: { status: string; endedAt: Date; endReason: string; closingSummary: string }) {
  await scope.db.update(courses).set({ ...values, updatedAt: new Date() }).where(eq(courses.id, course.id));
  await scope.audit([
    { action: 'course.close', citizenId: course.citizenId, courseId: course.id, organisationId: course.organisationId, context: { reason: values.endReason } },
  ]);
}

/** Active courses with the given method features, where the user is responsible or in the given unit. */
export async function findActiveCourses(scope: Scope, filter: { responsibleUserId?: string; unitId?: string; methods: string[] }) {
  return scope.db
    .select({ course: courses, unitName: units.name })
    .from(courses)
    .innerJoin(units, eq(units.id, courses.unitId))
    .where(
      and(
        eq(courses.status, 'active'),
        inArray(courses.method, filter.methods),
        filter.unitId ? eq(courses.unitId, filter.unitId) : undefined,
        filter.responsibleUserId
          ? sql`exists (select 1 from course_workers w where w.course_id = ${courses.id} and w.user_id = ${filter.responsibleUserId})`
          : undefined,
        visibleCourseSql(scope),
      ),
    );
}

/** Replaces the course's responsible workers. */
export async function replaceResponsible(scope: Scope, course: CourseRow, userIds: string[]) {
  await scope.db.delete(courseWorkers).where(eq(courseWorkers.courseId, course.id));
  await scope.db.insert(courseWorkers).values(userIds.map((userId) => ({ courseId: course.id, userId })));
  await scope.db.update(courses).set({ updatedAt: new Date() }).where(eq(courses.id, course.id));
  await scope.audit([
    { action: 'course.update', citizenId: course.citizenId, courseId: course.id, organisationId: course.organisationId, context: { fields: ['responsible'] } },
  ]);
}
