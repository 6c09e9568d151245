import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { courses, organisations, theoriesOfChange, theoryOfChangeVersions, units, type TheoryContentJson } from '../../db/schema';

/** The only place with SQL for theories of change. Nothing here touches citizen data. */

export type TheoryRow = typeof theoriesOfChange.$inferSelect;
export type VersionRow = typeof theoryOfChangeVersions.$inferSelect;
export type UnitRow = { id: string; organisationId: string; teamMethod: string | null; organisationKind: string };

export async function findUnit(db: Db, unitId: string): Promise<UnitRow | undefined> {
  const [row] = await db
    .select({ id: units.id, organisationId: units.organisationId, teamMethod: units.teamMethod, organisationKind: organisations.kind })
    .from(units)
    .innerJoin(organisations, eq(organisations.id, units.organisationId))
    .where(eq(units.id, unitId));
  return row;
}

/** The methods of the courses a unit holds (an aggregate: no course or citizen is named). */
export async function courseMethodsOfUnit(db: Db, unitId: string): Promise<string[]> {
  const rows = await db.selectDistinct({ method: courses.method }).from(courses).where(eq(courses.unitId, unitId));
  return rows.map((r) => r.method);
}

export async function findTheory(db: Db, id: string, forUpdate = false): Promise<TheoryRow | undefined> {
  const q = db.select().from(theoriesOfChange).where(eq(theoriesOfChange.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function findTheoryOfUnit(db: Db, unitId: string, method: string): Promise<TheoryRow | undefined> {
  const [row] = await db.select().from(theoriesOfChange).where(and(eq(theoriesOfChange.unitId, unitId), eq(theoriesOfChange.method, method)));
  return row;
}

export function theoriesOfUnit(db: Db, unitId: string): Promise<TheoryRow[]> {
  return db.select().from(theoriesOfChange).where(eq(theoriesOfChange.unitId, unitId)).orderBy(asc(theoriesOfChange.method));
}

/** A version of a theory (the latest when `version` is not given). */
export async function findVersion(db: Db, theoryId: string, version?: number): Promise<VersionRow | undefined> {
  const where = [eq(theoryOfChangeVersions.theoryId, theoryId)];
  if (version !== undefined) where.push(eq(theoryOfChangeVersions.version, version));
  const [row] = await db.select().from(theoryOfChangeVersions).where(and(...where)).orderBy(desc(theoryOfChangeVersions.version)).limit(1);
  return row;
}

/** Serialises the creation of a unit's theory for a method (the unique index is the backstop). */
export async function lockUnitMethod(db: Db, unitId: string, method: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`theory:${unitId}:${method}`}, 0))`);
}

export async function insertTheory(db: Db, row: TheoryRow) {
  await db.insert(theoriesOfChange).values(row);
}

export async function insertVersion(db: Db, row: VersionRow) {
  await db.insert(theoryOfChangeVersions).values(row);
}

export async function setVersion(db: Db, theoryId: string, version: number) {
  await db.update(theoriesOfChange).set({ version }).where(eq(theoriesOfChange.id, theoryId));
}

export type { TheoryContentJson };
