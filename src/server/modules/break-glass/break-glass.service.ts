import { inTransaction, type Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { forbidden, notFound } from '../../http/problem';
import { findCitizenOrganisation, findGrants, findUnitMemberIds, insertGrant, searchOrganisationCitizens } from './break-glass.repo';

/**
 * "Break the glass": a worker may find any citizen of their own organisation by stating a reason,
 * and take temporary read access to one. Both steps are logged with the reason and shown to the
 * unit's leader and the auditor.
 */
export function searchForBreakGlass(scope: Scope, q: string, reason: string) {
  const orgs = scope.access.organisationsWith('breakGlass');
  if (orgs.length === 0) throw forbidden();
  return inTransaction(scope, async (s) => ({
    items: (await searchOrganisationCitizens(s, orgs, q, reason)).map(({ organisationId: _, ...r }) => r),
  }));
}

export function breakGlass(scope: Scope, citizenId: string, reason: string) {
  const orgs = scope.access.organisationsWith('breakGlass');
  if (orgs.length === 0) throw forbidden();
  return inTransaction(scope, async (s) => {
    const organisationId = await findCitizenOrganisation(s, citizenId);
    if (!organisationId || !orgs.includes(organisationId)) throw notFound();
    const grant = {
      id: newId(),
      organisationId,
      userId: s.access.actor.userId,
      citizenId,
      reason,
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + s.config.breakGlassHours * 3_600_000),
    };
    await insertGrant(s, grant);
    return toGrant({ ...grant, userName: s.access.actor.displayName });
  });
}

/** Your own grants; a leader also sees their units' members' grants, an auditor all in the organisation. */
export async function listGrants(scope: Scope) {
  const memberIds = await findUnitMemberIds(scope, scope.access.unitsWith('breakGlass.review'));
  const rows = await findGrants(scope, {
    userIds: [scope.access.actor.userId, ...memberIds],
    organisationIds: scope.access.organisationsWith('audit.read'),
  });
  return { items: rows.map(toGrant) };
}

function toGrant(g: { id: string; userId: string; userName: string; citizenId: string; reason: string; createdAt: Date; expiresAt: Date }) {
  return { ...g, createdAt: g.createdAt.toISOString(), expiresAt: g.expiresAt.toISOString() };
}
