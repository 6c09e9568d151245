import { desc, eq, inArray, sql } from 'drizzle-orm';
import type { Scope } from '../../access/scope';
import { uuidArray } from '../../access/citizen-access';
import { contactAttempts, contactPlans, users } from '../../db/schema';

type CourseRef = { id: string; citizenId: string; organisationId: string };
export type PlanRow = typeof contactPlans.$inferSelect;
export type AttemptRow = typeof contactAttempts.$inferSelect;

export async function userNames(scope: Scope, ids: string[]): Promise<Map<string, string>> {
  // The caller's own name came with the session: only other people are looked up.
  const me = scope.access.actor;
  const names = new Map<string, string>(ids.includes(me.userId) ? [[me.userId, me.displayName]] : []);
  const others = [...new Set(ids)].filter((id) => id !== me.userId);
  if (others.length === 0) return names;
  const rows = await scope.db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, others));
  for (const r of rows) names.set(r.id, r.displayName);
  return names;
}

/** Stores a new version of the course's contact plan (versions are never changed). */
export async function insertPlanVersion(scope: Scope, course: CourseRef, values: Omit<PlanRow, 'courseId' | 'version' | 'organisationId' | 'citizenId' | 'createdAt'>) {
  // Serialise concurrent revisions of one plan: the version number is derived from the last one.
  await scope.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'plan:' + course.id}, 0))`);
  const [{ max }] = await scope.db
    .select({ max: sql<number>`coalesce(max(${contactPlans.version}), 0)::int` })
    .from(contactPlans)
    .where(eq(contactPlans.courseId, course.id));
  const row = { ...values, courseId: course.id, version: max + 1, organisationId: course.organisationId, citizenId: course.citizenId, createdAt: new Date() };
  await scope.db.insert(contactPlans).values(row);
  await scope.audit([
    { action: 'contactPlan.update', citizenId: course.citizenId, courseId: course.id, organisationId: course.organisationId, context: { version: row.version } },
  ]);
  return row;
}

/** All versions of the plan, newest first; logs the read. */
export async function readPlanVersions(scope: Scope, course: CourseRef, latestOnly: boolean): Promise<PlanRow[]> {
  const rows = await scope.db
    .select()
    .from(contactPlans)
    .where(eq(contactPlans.courseId, course.id))
    .orderBy(desc(contactPlans.version))
    .limit(latestOnly ? 1 : 1000);
  await scope.audit([
    { action: 'contactPlan.read', citizenId: course.citizenId, courseId: course.id, organisationId: course.organisationId, context: { versions: rows.map((r) => r.version) } },
  ]);
  return rows;
}

export async function findAttempt(scope: Scope, id: string): Promise<AttemptRow | undefined> {
  const [row] = await scope.db.select().from(contactAttempts).where(eq(contactAttempts.id, id));
  return row;
}

export async function insertAttempt(scope: Scope, values: AttemptRow) {
  await scope.db.insert(contactAttempts).values(values);
  await scope.audit([
    { action: 'contactAttempt.create', citizenId: values.citizenId, courseId: values.courseId, organisationId: values.organisationId, context: { attemptId: values.id } },
  ]);
}

/** The course's attempts, newest first; logs the read. */
/** The course's attempts, newest first; with `limit`, that many and one more (to tell whether there are older ones). */
export async function readAttempts(scope: Scope, course: CourseRef, limit?: number): Promise<AttemptRow[]> {
  const query = scope.db.select().from(contactAttempts).where(eq(contactAttempts.courseId, course.id)).orderBy(desc(contactAttempts.at), desc(contactAttempts.id));
  const rows = limit === undefined ? await query : await query.limit(limit + 1);
  await scope.audit([
    { action: 'contactAttempt.read', citizenId: course.citizenId, courseId: course.id, organisationId: course.organisationId, context: { count: Math.min(rows.length, limit ?? rows.length) } },
  ]);
  return rows;
}

/**
 * For many courses at once: the facts that decide when the next attempt is due
 * (latest plan cadence, last attempt). Used by the due and overdue lists; does not audit.
 */
export async function findDueFacts(scope: Scope, courseIds: string[]) {
  if (courseIds.length === 0) return [];
  const rows = await scope.db.execute(sql`
    select c.id as course_id,
           c.start_date::text as start_date,
           c.status,
           (select p.cadence_days from contact_plans p where p.course_id = c.id order by p.version desc limit 1) as cadence_days,
           la.at as last_at, la.next_planned_at, la.outcome
      from courses c
      left join lateral (select a.at, a.next_planned_at, a.outcome from contact_attempts a
                          where a.course_id = c.id order by a.at desc limit 1) la on true
     where c.id = any(${uuidArray(courseIds)})`);
  return (rows as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    courseId: r.course_id as string,
    startDate: r.start_date as string,
    status: r.status as string,
    cadenceDays: (r.cadence_days as number | null) ?? null,
    last: r.last_at ? { at: new Date(r.last_at as string), outcome: r.outcome as string, nextPlannedAt: r.next_planned_at ? new Date(r.next_planned_at as string) : null } : null,
  }));
}


/** When each attempt of a course was made, with its outcome and planned follow-up (no free text). */
export function findAttemptFacts(scope: Scope, courseId: string) {
  return scope.db
    .select({ at: contactAttempts.at, outcome: contactAttempts.outcome, nextPlannedAt: contactAttempts.nextPlannedAt })
    .from(contactAttempts)
    .where(eq(contactAttempts.courseId, courseId));
}
