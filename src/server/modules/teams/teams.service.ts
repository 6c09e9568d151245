import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { disciplineRole, type Team, type TeamCreate, type TeamMembersBody } from '../../../shared/schemas/teams';
import { citizenUnits, readableCourseSql } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import { memberships, units, users } from '../../db/schema';
import { newId } from '../../db/ids';
import { conflict, forbidden, invalid, notFound } from '../../http/problem';
import { lockKey } from '../crisis/crisis.repo';
import { countActiveCourses, findMembers, findTeam, findTeams, replaceMembers, type TeamUnit } from './teams.repo';

type TeamDto = z.infer<typeof Team>;
type Members = z.infer<typeof TeamMembersBody>['members'];

/** A member sees the team (and its caseload) through the unit; an administrator of its organisation manages it. */
export function teamAccess(s: Scope, team: TeamUnit) {
  return { isMember: citizenUnits(s).includes(team.id), isAdmin: s.access.organisationsWith('admin.manage').includes(team.organisationId) };
}

/** The team, if the caller is a member (or, with `admin`, an administrator); else "not found". */
export async function teamFor(s: Scope, id: string, need: 'member' | 'memberOrAdmin' | 'admin') {
  const team = await findTeam(s.db, id);
  if (!team) throw notFound();
  const a = teamAccess(s, team);
  const ok = need === 'member' ? a.isMember : need === 'admin' ? a.isAdmin : a.isMember || a.isAdmin;
  if (!ok) {
    if (a.isMember || a.isAdmin) throw forbidden();
    throw notFound();
  }
  return team;
}

async function toDtos(s: Scope, teams: TeamUnit[]): Promise<TeamDto[]> {
  const ids = teams.map((t) => t.id);
  const members = await findMembers(s.db, ids);
  const memberOf = teams.filter((t) => teamAccess(s, t).isMember).map((t) => t.id);
  const counts = await countActiveCourses(s.db, memberOf);
  return teams.map((t) => {
    const isMember = memberOf.includes(t.id);
    return {
      id: t.id,
      organisationId: t.organisationId,
      name: t.name,
      method: t.teamMethod as TeamDto['method'],
      members: members.filter((m) => m.unitId === t.id).map(({ id, displayName, discipline }) => ({ id, displayName, discipline: discipline as TeamDto['members'][number]['discipline'] })),
      activeCourses: isMember ? (counts.get(t.id) ?? 0) : null,
      isMember,
    };
  });
}

export function listTeams(scope: Scope) {
  return inTransaction(scope, async (s) => {
    const teams = await findTeams(s.db, citizenUnits(s), s.access.organisationsWith('admin.manage'));
    return { items: await toDtos(s, teams) };
  });
}

export function getTeam(scope: Scope, id: string) {
  return inTransaction(scope, async (s) => (await toDtos(s, [await teamFor(s, id, 'memberOrAdmin')]))[0]);
}

/**
 * Members must be existing, enabled users of the team's organisation (or users without any
 * membership yet, as in the admin screen), each once: an administrator cannot give people of another
 * organisation access to the team's citizens.
 */
async function checkMembers(s: Scope, organisationId: string, members: Members) {
  const ids = members.map((m) => m.userId);
  if (new Set(ids).size !== ids.length) throw invalid('members', 'invalid_value');
  for (const [i, m] of members.entries()) {
    const [u] = await s.db.select({ disabled: users.disabled }).from(users).where(eq(users.id, m.userId));
    const orgs = await s.db.selectDistinct({ organisationId: memberships.organisationId }).from(memberships).where(eq(memberships.userId, m.userId));
    const ours = orgs.length === 0 || orgs.some((o) => o.organisationId === organisationId);
    if (!u || u.disabled || !ours) throw invalid(`members.${i}.userId`, 'invalid_value');
  }
  return members.map((m) => ({ ...m, role: disciplineRole[m.discipline] }));
}

export function createTeam(scope: Scope, body: z.infer<typeof TeamCreate>) {
  return inTransaction(scope, async (s) => {
    if (!s.access.organisationsWith('admin.manage').includes(body.organisationId)) throw forbidden();
    const members = await checkMembers(s, body.organisationId, body.members);
    await lockKey(s.db, `units:${body.organisationId}`);
    const [clash] = await s.db.select({ id: units.id }).from(units).where(and(eq(units.organisationId, body.organisationId), eq(units.name, body.name)));
    if (clash) throw conflict('name_taken');
    const id = newId();
    await s.db.insert(units).values({ id, organisationId: body.organisationId, name: body.name, kind: 'team', teamMethod: body.method });
    const team = (await findTeam(s.db, id))!;
    await replaceMembers(s.db, team, members, newId);
    await s.audit([{ action: 'team.create', citizenId: null, organisationId: body.organisationId, context: { unitId: id, method: body.method, members: members.length } }]);
    return (await toDtos(s, [team]))[0];
  });
}

export function updateMembers(scope: Scope, id: string, body: z.infer<typeof TeamMembersBody>) {
  return inTransaction(scope, async (s) => {
    const team = await teamFor(s, id, 'admin');
    const members = await checkMembers(s, team.organisationId, body.members);
    await lockKey(s.db, `team:${id}`);
    await replaceMembers(s.db, team, members, newId);
    await s.audit([{ action: 'team.members', citizenId: null, organisationId: team.organisationId, context: { unitId: id, members: members.length } }]);
    return (await toDtos(s, [team]))[0];
  });
}
