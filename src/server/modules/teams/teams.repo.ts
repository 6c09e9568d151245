import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { uuidArray } from '../../db/sql';
import { courses, memberships, teamMembers, units, users } from '../../db/schema';

export type TeamUnit = { id: string; organisationId: string; name: string; teamMethod: string };

export async function findTeam(db: Db, id: string): Promise<TeamUnit | undefined> {
  const [row] = await db
    .select({ id: units.id, organisationId: units.organisationId, name: units.name, teamMethod: units.teamMethod })
    .from(units)
    .where(and(eq(units.id, id), isNotNull(units.teamMethod)));
  return row as TeamUnit | undefined;
}

export async function findTeams(db: Db, unitIds: string[], organisationIds: string[]): Promise<TeamUnit[]> {
  if (!unitIds.length && !organisationIds.length) return [];
  const rows = await db
    .select({ id: units.id, organisationId: units.organisationId, name: units.name, teamMethod: units.teamMethod })
    .from(units)
    .where(and(isNotNull(units.teamMethod), sql`(${units.id} = any(${uuidArray(unitIds)}) or ${units.organisationId} = any(${uuidArray(organisationIds)}))`))
    .orderBy(units.name);
  return rows as TeamUnit[];
}

export function findMembers(db: Db, unitIds: string[]) {
  if (!unitIds.length) return Promise.resolve([]);
  return db
    .select({ unitId: teamMembers.unitId, id: users.id, displayName: users.displayName, discipline: teamMembers.discipline })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(inArray(teamMembers.unitId, unitIds))
    .orderBy(users.displayName);
}

export async function countActiveCourses(db: Db, unitIds: string[]) {
  if (!unitIds.length) return new Map<string, number>();
  const rows = await db
    .select({ unitId: courses.unitId, n: sql<number>`count(*)::int` })
    .from(courses)
    .where(and(inArray(courses.unitId, unitIds), eq(courses.status, 'active')))
    .groupBy(courses.unitId);
  return new Map(rows.map((r) => [r.unitId, r.n]));
}

/** Replaces a team's members; a removed member loses the unit's memberships with them. */
export async function replaceMembers(db: Db, team: TeamUnit, members: { userId: string; discipline: string; role: string }[], newId: () => string) {
  const before = await db.select({ userId: teamMembers.userId }).from(teamMembers).where(eq(teamMembers.unitId, team.id));
  const keep = new Set(members.map((m) => m.userId));
  const removed = before.map((b) => b.userId).filter((id) => !keep.has(id));
  if (removed.length) await db.delete(memberships).where(and(eq(memberships.unitId, team.id), inArray(memberships.userId, removed)));
  await db.delete(teamMembers).where(eq(teamMembers.unitId, team.id));
  for (const m of members) {
    await db.insert(teamMembers).values({ unitId: team.id, userId: m.userId, discipline: m.discipline });
    // The discipline's role in the unit; a role the user held before is replaced.
    await db.delete(memberships).where(and(eq(memberships.unitId, team.id), eq(memberships.userId, m.userId)));
    await db.insert(memberships).values({ id: newId(), userId: m.userId, organisationId: team.organisationId, unitId: team.id, role: m.role });
  }
}
