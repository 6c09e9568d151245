import { and, asc, desc, eq, inArray, isNull, lte, gte, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { collaborationAgreements, memberships, organisations, users } from '../../db/schema';

export type AgreementRow = typeof collaborationAgreements.$inferSelect;

const center = alias(organisations, 'center');
const municipality = alias(organisations, 'municipality');

/** Agreements where one of `orgIds` is a party. */
export function findAgreements(db: Db, orgIds: string[], id?: string) {
  return db
    .select({ agreement: collaborationAgreements, centerName: center.name, municipalityName: municipality.name })
    .from(collaborationAgreements)
    .innerJoin(center, eq(center.id, collaborationAgreements.crisisCenterOrgId))
    .innerJoin(municipality, eq(municipality.id, collaborationAgreements.municipalityOrgId))
    .where(
      and(
        or(inArray(collaborationAgreements.crisisCenterOrgId, orgIds), inArray(collaborationAgreements.municipalityOrgId, orgIds)),
        id ? eq(collaborationAgreements.id, id) : undefined,
      ),
    )
    .orderBy(asc(municipality.name), desc(collaborationAgreements.validFrom));
}

/** A municipality's agreements with crisis centers that are valid on `date`, newest first. */
export function findValidAgreementsOf(db: Db, municipalityOrgId: string, date: string) {
  return db
    .select()
    .from(collaborationAgreements)
    .where(
      and(
        eq(collaborationAgreements.municipalityOrgId, municipalityOrgId),
        lte(collaborationAgreements.validFrom, date),
        or(isNull(collaborationAgreements.validTo), gte(collaborationAgreements.validTo, date)),
      ),
    )
    .orderBy(desc(collaborationAgreements.validFrom));
}

export const insertAgreement = (db: Db, values: typeof collaborationAgreements.$inferInsert) => db.insert(collaborationAgreements).values(values);

export const allOrganisations = (db: Db) =>
  db.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).orderBy(asc(organisations.name));

/** People holding a unit role in the given organisations, with their roles there. */
export async function peopleOf(db: Db, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, organisationId: memberships.organisationId, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.organisationId, orgIds), sql`${memberships.unitId} is not null`, eq(users.disabled, false)))
    .orderBy(asc(users.displayName));
  const byKey = new Map<string, { id: string; displayName: string; organisationId: string; roles: string[] }>();
  for (const r of rows) {
    const key = `${r.id}:${r.organisationId}`;
    const p = byKey.get(key) ?? { id: r.id, displayName: r.displayName, organisationId: r.organisationId, roles: [] };
    if (!p.roles.includes(r.role)) p.roles.push(r.role);
    byKey.set(key, p);
  }
  return [...byKey.values()];
}

export async function displayNamesOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
