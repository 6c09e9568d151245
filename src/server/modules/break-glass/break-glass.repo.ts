import { containsPattern } from '../../db/sql';
import { and, asc, desc, eq, gt, ilike, inArray, or, sql } from 'drizzle-orm';
import { looksLikeCpr, parseCpr } from '../../../shared/cpr';
import type { Scope } from '../../access/scope';
import { accessGrants, citizens, memberships, users } from '../../db/schema';


/** Citizens of the given organisations matching q (name, alias or CPR), minimal fields; logs the search with its reason. */
export async function searchOrganisationCitizens(scope: Scope, organisationIds: string[], q: string, reason: string) {
  const cpr = looksLikeCpr(q) ? parseCpr(q) : null;
  const like = containsPattern(q);
  const rows = await scope.db
    .select({ id: citizens.id, organisationId: citizens.organisationId, displayName: sql<string>`coalesce(${citizens.name}, ${citizens.alias}, '')`, birthYear: citizens.birthYear })
    .from(citizens)
    .where(
      and(
        inArray(citizens.organisationId, organisationIds),
        or(ilike(citizens.name, like), ilike(citizens.alias, like), ...(cpr ? [eq(citizens.cprHash, scope.cpr.hash(cpr.normalized))] : [])),
      ),
    )
    .orderBy(asc(citizens.name), asc(citizens.alias))
    .limit(20);
  const context = { criterion: cpr ? { cprHash: scope.cpr.hash(cpr.normalized) } : { q }, resultCount: rows.length, reason };
  await scope.audit(
    rows.length
      ? rows.map((r) => ({ action: 'breakGlass.search' as const, citizenId: r.id, organisationId: r.organisationId, context }))
      : [{ action: 'breakGlass.search' as const, citizenId: null, organisationId: organisationIds[0], context }],
  );
  return rows;
}

export async function findCitizenOrganisation(scope: Scope, citizenId: string): Promise<string | undefined> {
  const [row] = await scope.db.select({ organisationId: citizens.organisationId }).from(citizens).where(eq(citizens.id, citizenId));
  return row?.organisationId;
}

export async function insertGrant(scope: Scope, values: typeof accessGrants.$inferInsert) {
  await scope.db.insert(accessGrants).values(values);
  await scope.audit([
    {
      action: 'breakGlass.grant',
      citizenId: values.citizenId,
      organisationId: values.organisationId,
      context: { reason: values.reason, grantId: values.id!, expiresAt: values.expiresAt.toISOString() },
    },
  ]);
}

/** Grants made by the given users or in the given organisations during the last 90 days, newest first. */
export async function findGrants(scope: Scope, filter: { userIds?: string[]; organisationIds?: string[] }) {
  const since = new Date(Date.now() - 90 * 86_400_000);
  const who = [
    filter.userIds?.length ? inArray(accessGrants.userId, filter.userIds) : undefined,
    filter.organisationIds?.length ? inArray(accessGrants.organisationId, filter.organisationIds) : undefined,
  ].filter(Boolean);
  if (who.length === 0) return [];
  return scope.db
    .select({
      id: accessGrants.id,
      userId: accessGrants.userId,
      userName: users.displayName,
      citizenId: accessGrants.citizenId,
      reason: accessGrants.reason,
      createdAt: accessGrants.createdAt,
      expiresAt: accessGrants.expiresAt,
    })
    .from(accessGrants)
    .innerJoin(users, eq(users.id, accessGrants.userId))
    .where(and(gt(accessGrants.createdAt, since), or(...who)))
    .orderBy(desc(accessGrants.createdAt))
    .limit(200);
}

export async function findUnitMemberIds(scope: Scope, unitIds: string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const rows = await scope.db.selectDistinct({ userId: memberships.userId }).from(memberships).where(inArray(memberships.unitId, unitIds));
  return rows.map((r) => r.userId);
}
