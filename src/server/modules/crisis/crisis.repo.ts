import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { checklistTicks, citizens, courseSessions, crisisRequests, futurePlanVersions, memberships, midwayMeetings, organisations, spottings } from '../../db/schema';

export type SpottingRow = typeof spottings.$inferSelect;
export type RequestRow = typeof crisisRequests.$inferSelect;
export type TickRow = typeof checklistTicks.$inferSelect;
export type MidwayRow = typeof midwayMeetings.$inferSelect;
export type FuturePlanRow = typeof futurePlanVersions.$inferSelect;

/** The social mentors of a municipality: user and the unit where they hold the role. */
export function findSocialMentors(db: Db, organisationId: string) {
  return db
    .select({ userId: memberships.userId, unitId: memberships.unitId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'social_mentor')))
    .orderBy(asc(memberships.id));
}

/** The first unit of `organisationId` in which `userId` holds `role`. */
export async function unitOfRole(db: Db, userId: string, organisationId: string, role: string) {
  const [row] = await db
    .select({ unitId: memberships.unitId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId), eq(memberships.role, role)));
  return row?.unitId ?? null;
}

// ---------- spottings ----------

export const insertSpotting = (db: Db, values: typeof spottings.$inferInsert) => db.insert(spottings).values(values);

export async function findSpotting(db: Db, id: string) {
  const [row] = await db.select().from(spottings).where(eq(spottings.id, id));
  return row;
}

/** Spottings registered by `userId` or in the caller's full view (`fullView`), with which ones are in it. */
export function findSpottings(db: Db, userId: string, fullView: SQL, id?: string) {
  return db
    .select({ spotting: spottings, full: sql<boolean>`${fullView}` })
    .from(spottings)
    .where(and(or(eq(spottings.spottedBy, userId), fullView), id ? eq(spottings.id, id) : undefined))
    .orderBy(desc(spottings.spottedAt))
    .limit(200);
}

export async function findSpottingByCourse(db: Db, courseId: string) {
  const [row] = await db.select().from(spottings).where(eq(spottings.courseId, courseId)).orderBy(desc(spottings.spottedAt)).limit(1);
  return row;
}

export const updateSpotting = (db: Db, id: string, patch: Partial<typeof spottings.$inferInsert>) => db.update(spottings).set(patch).where(eq(spottings.id, id));

// ---------- requests ----------

export const insertRequest = (db: Db, values: typeof crisisRequests.$inferInsert) => db.insert(crisisRequests).values(values);
export const updateRequest = (db: Db, id: string, patch: Partial<typeof crisisRequests.$inferInsert>) => db.update(crisisRequests).set(patch).where(eq(crisisRequests.id, id));

export async function findRequest(db: Db, id: string) {
  const [row] = await db.select().from(crisisRequests).where(eq(crisisRequests.id, id));
  return row;
}

/** The latest request whose pathway or stay course is `courseId`. */
export async function findRequestByCourse(db: Db, courseId: string) {
  const [row] = await db
    .select()
    .from(crisisRequests)
    .where(or(eq(crisisRequests.pathwayCourseId, courseId), eq(crisisRequests.stayCourseId, courseId)))
    .orderBy(desc(crisisRequests.requestedAt))
    .limit(1);
  return row;
}

/** Requests visible by `visible` (see crisis-access), newest first. */
export function findRequests(db: Db, visible: SQL, filter: { status?: string; courseId?: string; id?: string } = {}) {
  return db
    .select()
    .from(crisisRequests)
    .where(
      and(
        visible,
        filter.id ? eq(crisisRequests.id, filter.id) : undefined,
        filter.status ? eq(crisisRequests.status, filter.status) : undefined,
        filter.courseId ? or(eq(crisisRequests.pathwayCourseId, filter.courseId), eq(crisisRequests.stayCourseId, filter.courseId)) : undefined,
      ),
    )
    .orderBy(desc(crisisRequests.requestedAt))
    .limit(200);
}

/** The requests of a citizen that are open: waiting for a decision, or admitted with the stay not yet ended. */
export function findOpenRequestsOf(db: Db, citizenId: string) {
  return db
    .select({ id: crisisRequests.id })
    .from(crisisRequests)
    .where(
      and(
        eq(crisisRequests.citizenId, citizenId),
        sql`(${crisisRequests.status} = 'requested' or (${crisisRequests.status} = 'admitted'
              and exists (select 1 from courses c where c.id = ${crisisRequests.stayCourseId} and c.status = 'active')))`,
      ),
    );
}

/** Serialises changes to one record (a citizen's requests, a request, a plan) within the transaction. */
export async function lockKey(db: Db, key: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
}

export async function orgNames(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function citizenCards(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, { displayName: string; birthYear: number | null; description: string | null }>();
  const rows = await db
    .select({ id: citizens.id, name: citizens.name, alias: citizens.alias, birthYear: citizens.birthYear, description: citizens.description })
    .from(citizens)
    .where(inArray(citizens.id, ids));
  return new Map(rows.map((r) => [r.id, { displayName: r.name ?? r.alias ?? '', birthYear: r.birthYear, description: r.description }]));
}

// ---------- checklists, sessions, midway meeting, future plan ----------

export const insertTick = (db: Db, values: typeof checklistTicks.$inferInsert) => db.insert(checklistTicks).values(values);

export function findTicks(db: Db, courseIds: string[]) {
  if (courseIds.length === 0) return Promise.resolve([] as TickRow[]);
  return db.select().from(checklistTicks).where(inArray(checklistTicks.courseId, courseIds)).orderBy(asc(checklistTicks.at), asc(checklistTicks.id));
}

export const insertSession = (db: Db, values: typeof courseSessions.$inferInsert) => db.insert(courseSessions).values(values);

export async function findSession(db: Db, id: string) {
  const [row] = await db.select().from(courseSessions).where(eq(courseSessions.id, id));
  return row;
}

export const findSessions = (db: Db, courseId: string) =>
  db.select().from(courseSessions).where(eq(courseSessions.courseId, courseId)).orderBy(desc(courseSessions.at));

export async function findMidway(db: Db, requestIds: string[]) {
  if (requestIds.length === 0) return [] as MidwayRow[];
  return db.select().from(midwayMeetings).where(inArray(midwayMeetings.requestId, requestIds));
}

export async function upsertMidway(db: Db, values: typeof midwayMeetings.$inferInsert) {
  await db.insert(midwayMeetings).values(values).onConflictDoUpdate({ target: midwayMeetings.requestId, set: values });
}

export function findFuturePlans(db: Db, requestIds: string[]) {
  if (requestIds.length === 0) return Promise.resolve([] as FuturePlanRow[]);
  return db.select().from(futurePlanVersions).where(inArray(futurePlanVersions.requestId, requestIds)).orderBy(desc(futurePlanVersions.version));
}

export const insertFuturePlan = (db: Db, values: typeof futurePlanVersions.$inferInsert) => db.insert(futurePlanVersions).values(values);
