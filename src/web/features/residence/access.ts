import { rolePermissions, type Permission, type Role } from '../../../shared/access/roles';
import { can, useMe } from '../auth/me';
import { useMyUnits } from '../citizens/queries';
import type { MeT, MyUnitT } from '../../types';
import { useAdminUnitList } from './queries';
import type { ResidenceUnitT, UnitMemberT } from './types';

export const RESIDENTIAL = 'residential';

/** The pages of a residence, in the order of the sub-navigation. */
export const residencePages = ['handover', 'activities', 'episodes', 'trend', 'collaboration', 'team', 'peer'] as const;
export type ResidencePageKey = (typeof residencePages)[number];

/** The route of each page (see router.tsx). */
export const residencePaths = {
  handover: '/residence/$unitId/handover',
  activities: '/residence/$unitId/activities',
  episodes: '/residence/$unitId/episodes',
  trend: '/residence/$unitId/trend',
  collaboration: '/residence/$unitId/collaboration',
  team: '/residence/$unitId/team',
  peer: '/residence/$unitId/peer',
} as const satisfies Record<ResidencePageKey, string>;

/**
 * What the user is at one residence, as the server decides it (see unit-access.ts): staff (note
 * access), the leader, a peer worker, or the organisation's administrator.
 */
export type UnitRoles = {
  staff: boolean;
  leader: boolean;
  peer: boolean;
  admin: boolean;
  /** Any role in the unit. */
  member: boolean;
  activities: boolean;
  writeActivities: boolean;
  writeEpisodes: boolean;
  writeNotes: boolean;
};

export function unitRoles(me: MeT, unitId: string, organisationId: string | undefined): UnitRoles {
  const roles = me.memberships.filter((m) => m.unitId === unitId).map((m) => m.role as Role);
  const has = (p: Permission) => roles.some((r) => rolePermissions[r].includes(p));
  const staff = has('note.read');
  const leader = has('caseload.unit');
  const peer = has('citizen.readAgreed') && !has('citizen.read');
  const admin = Boolean(organisationId) && me.memberships.some((m) => m.unitId === null && m.role === 'admin' && m.organisationId === organisationId);
  return {
    staff,
    leader,
    peer,
    admin,
    member: roles.length > 0,
    activities: has('activity.read'),
    writeActivities: has('activity.write'),
    writeEpisodes: has('episode.write'),
    writeNotes: has('note.write'),
  };
}

/** Whether the user's role at the residence lets them use a page (the server refuses the rest). */
export function canOpen(page: ResidencePageKey, r: UnitRoles): boolean {
  switch (page) {
    case 'handover':
      return r.staff || r.peer;
    case 'activities':
      return r.activities;
    case 'episodes':
    case 'trend':
      return r.staff || r.leader;
    case 'collaboration':
    case 'team':
    case 'peer':
      return r.member || r.admin;
  }
}

const memberList = (u: MyUnitT): UnitMemberT[] => {
  const byId = new Map<string, UnitMemberT>();
  for (const m of u.members) {
    const e = byId.get(m.id) ?? { id: m.id, displayName: m.displayName, roles: [] };
    e.roles.push(m.role);
    byId.set(m.id, e);
  }
  return [...byId.values()];
};

/**
 * The residential units the user can open: those they hold a role in and, for an administrator,
 * those of the organisations they administer (without the member list, which /units gives only to members).
 */
export function useResidentialUnits() {
  const me = useMe();
  const admin = can(me, 'admin.manage');
  const mine = useMyUnits();
  const adminUnits = useAdminUnitList(admin);
  const units: ResidenceUnitT[] = (mine.data ?? [])
    .filter((u) => u.kind === RESIDENTIAL)
    .map((u) => ({ id: u.id, name: u.name, organisationId: u.organisationId, organisationName: u.organisationName, members: memberList(u) }));
  for (const u of adminUnits.data ?? []) {
    if (u.kind === RESIDENTIAL && !units.some((x) => x.id === u.id)) units.push({ id: u.id, name: u.name, organisationId: u.organisationId, organisationName: u.organisationName, members: [] });
  }
  return { units, isPending: mine.isPending || (admin && adminUnits.isPending), error: mine.error ?? adminUnits.error };
}

/** One residence with the user's roles there; `unit` is undefined when the user cannot open it. */
export function useResidence(unitId: string) {
  const me = useMe();
  const { units, isPending, error } = useResidentialUnits();
  const unit = units.find((u) => u.id === unitId);
  const roles = unitRoles(me, unitId, unit?.organisationId);
  return { unit, roles, isPending, error, userId: me.user.id };
}
