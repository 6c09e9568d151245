import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { memberships, organisations, units, users } from '../../db/schema';

/** The given units with their organisation and the users who hold a role in them. */
export async function findUnitsWithMembers(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  const rows = await db
    .select({ id: units.id, name: units.name, kind: units.kind, organisationId: units.organisationId, organisationName: organisations.name })
    .from(units)
    .innerJoin(organisations, eq(organisations.id, units.organisationId))
    .where(inArray(units.id, unitIds))
    .orderBy(asc(organisations.name), asc(units.name));
  const members = await db
    .selectDistinct({ unitId: memberships.unitId, id: users.id, displayName: users.displayName, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.unitId, unitIds), eq(users.disabled, false)))
    .orderBy(asc(users.displayName));
  return rows.map((u) => ({
    ...u,
    members: members.filter((m) => m.unitId === u.id).map(({ id, displayName, role }) => ({ id, displayName, role })),
  }));
}

/** Every unit of the given organisations, names only. */
export function findOrganisationUnits(db: Db, organisationIds: string[]) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: units.id, name: units.name, organisationId: units.organisationId, organisationName: organisations.name })
    .from(units)
    .innerJoin(organisations, eq(organisations.id, units.organisationId))
    .where(inArray(units.organisationId, organisationIds))
    .orderBy(asc(organisations.name), asc(units.name));
}
