import { and, asc, count, eq, inArray, isNull, notExists, or, sql } from 'drizzle-orm';
import { uuidArray } from '../../access/citizen-access';
import type { Db } from '../../db/client';
import { memberships, organisations, sessions, units, users } from '../../db/schema';

export const findOrganisations = (db: Db, ids: string[]) =>
  db.select().from(organisations).where(inArray(organisations.id, ids)).orderBy(asc(organisations.name));

export const findUnits = (db: Db, orgIds: string[]) =>
  db
    .select({ id: units.id, organisationId: units.organisationId, organisationName: organisations.name, name: units.name, kind: units.kind })
    .from(units)
    .innerJoin(organisations, eq(organisations.id, units.organisationId))
    .where(inArray(units.organisationId, orgIds))
    .orderBy(asc(organisations.name), asc(units.name));

export async function findUnit(db: Db, id: string) {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row;
}

export const insertUnit = (db: Db, values: typeof units.$inferInsert) => db.insert(units).values(values);
export const updateUnit = (db: Db, id: string, patch: Partial<typeof units.$inferInsert>) => db.update(units).set(patch).where(eq(units.id, id));

/** Users with a membership in the given organisations, and users with no membership at all. */
export async function findUsers(db: Db, orgIds: string[]) {
  const list = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName, disabled: users.disabled })
    .from(users)
    .where(
      or(
        sql`exists (select 1 from memberships m where m.user_id = ${users.id} and m.organisation_id = any(${uuidArray(orgIds)}))`,
        notExists(db.select({ one: sql`1` }).from(memberships).where(eq(memberships.userId, users.id))),
      ),
    )
    .orderBy(asc(users.username));
  const ms = list.length
    ? await db
        .select({
          id: memberships.id,
          userId: memberships.userId,
          organisationId: memberships.organisationId,
          organisationName: organisations.name,
          unitId: memberships.unitId,
          unitName: units.name,
          role: memberships.role,
        })
        .from(memberships)
        .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
        .leftJoin(units, eq(units.id, memberships.unitId))
        .where(and(inArray(memberships.userId, list.map((u) => u.id)), inArray(memberships.organisationId, orgIds)))
    : [];
  return list.map((u) => ({ ...u, memberships: ms.filter((m) => m.userId === u.id).map(({ userId: _, ...m }) => m) }));
}

export async function findUser(db: Db, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function usernameExists(db: Db, username: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return Boolean(row);
}

export const insertUser = (db: Db, values: typeof users.$inferInsert) => db.insert(users).values(values);
export const updateUser = (db: Db, id: string, patch: Partial<typeof users.$inferInsert>) => db.update(users).set(patch).where(eq(users.id, id));
export const endSessionsOf = (db: Db, userId: string) => db.delete(sessions).where(eq(sessions.userId, userId));

export async function findMembership(db: Db, id: string) {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, id));
  return row;
}

/** Adds a membership; when the user already holds it, answers the existing membership's id. */
export async function insertMembership(db: Db, values: typeof memberships.$inferInsert & { id: string }): Promise<string> {
  const [row] = await db.insert(memberships).values(values).onConflictDoNothing().returning({ id: memberships.id });
  if (row) return row.id;
  const [existing] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, values.userId),
        eq(memberships.organisationId, values.organisationId),
        values.unitId ? eq(memberships.unitId, values.unitId) : isNull(memberships.unitId),
        eq(memberships.role, values.role),
      ),
    );
  return existing.id;
}
export const deleteMembership = (db: Db, id: string) => db.delete(memberships).where(eq(memberships.id, id));

/** Active administrators of an organisation. */
export async function countAdmins(db: Db, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, 'admin'), isNull(memberships.unitId), eq(users.disabled, false)));
  return row.n;
}

export async function adminOrganisationsOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .select({ organisationId: memberships.organisationId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.role, 'admin')));
  return rows.map((r) => r.organisationId);
}
