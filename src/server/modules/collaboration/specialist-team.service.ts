import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { SpecialistMemberSet, SpecialistTeam } from '../../../shared/schemas/residential';
import { inTransaction, type Scope } from '../../access/scope';
import { specialistTeamMembers, users } from '../../db/schema';
import { forbidden, invalid } from '../../http/problem';
import { today } from '../outreach/dates';
import { unitAccess, unitMembers } from '../residential/unit-access';
import { canManageUnit } from './models.service';

/**
 * Core element 6: the unit's specialised team and each member's competences. Every member of the
 * unit sees who is on it; the leader (or the organisation's administrator) puts people on and off.
 */

/** Whether the caller is on the specialised team of `unitId`. */
export async function onTeam(s: Scope, unitId: string): Promise<boolean> {
  const [row] = await s.db
    .select({ userId: specialistTeamMembers.userId })
    .from(specialistTeamMembers)
    .where(and(eq(specialistTeamMembers.unitId, unitId), eq(specialistTeamMembers.userId, s.access.actor.userId)));
  return Boolean(row);
}

/** The units whose specialised team the caller is on. */
export async function teamUnits(s: Scope): Promise<string[]> {
  const rows = await s.db.select({ unitId: specialistTeamMembers.unitId }).from(specialistTeamMembers).where(eq(specialistTeamMembers.userId, s.access.actor.userId));
  return rows.map((r) => r.unitId);
}

async function teamOf(s: Scope, unitId: string, canEdit: boolean): Promise<z.infer<typeof SpecialistTeam>> {
  const rows = await s.db
    .select({ userId: specialistTeamMembers.userId, displayName: users.displayName, competences: specialistTeamMembers.competences, since: specialistTeamMembers.since })
    .from(specialistTeamMembers)
    .innerJoin(users, eq(users.id, specialistTeamMembers.userId))
    .where(eq(specialistTeamMembers.unitId, unitId))
    .orderBy(asc(users.displayName), asc(users.id));
  return { unitId, members: rows.map((r) => ({ user: { id: r.userId, displayName: r.displayName }, competences: r.competences, since: r.since })), canEdit };
}

export function getTeam(scope: Scope, unitId: string) {
  return inTransaction(scope, async (s) => teamOf(s, unitId, canManageUnit(await unitAccess(s, unitId))));
}

export function setTeamMember(scope: Scope, unitId: string, body: z.infer<typeof SpecialistMemberSet>) {
  return inTransaction(scope, async (s) => {
    const unit = await unitAccess(s, unitId);
    if (!canManageUnit(unit)) throw forbidden();
    const context = { record: 'specialistTeam', id: body.userId };
    const at = and(eq(specialistTeamMembers.unitId, unitId), eq(specialistTeamMembers.userId, body.userId));
    if (body.remove) {
      // Someone who has left the unit can still be taken off its team.
      const removed = await s.db.delete(specialistTeamMembers).where(at).returning({ userId: specialistTeamMembers.userId });
      if (removed.length) await s.audit([{ action: 'unitSettings.update', citizenId: null, organisationId: unit.organisationId, context }]);
      return teamOf(s, unitId, true);
    }
    if (!(await unitMembers(s, unitId, [body.userId])).has(body.userId)) throw invalid('userId', 'not_in_unit');
    const competences = [...new Set(body.competences)];
    await s.db
      .insert(specialistTeamMembers)
      .values({ unitId, userId: body.userId, competences, since: today() })
      .onConflictDoUpdate({ target: [specialistTeamMembers.unitId, specialistTeamMembers.userId], set: { competences } });
    await s.audit([{ action: 'unitSettings.update', citizenId: null, organisationId: unit.organisationId, context }]);
    return teamOf(s, unitId, true);
  });
}
