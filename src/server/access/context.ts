import { permissionsOf, type Permission, type Role } from '../../shared/access/roles';

export type MembershipInfo = {
  id: string;
  organisationId: string;
  organisationName: string;
  unitId: string | null;
  unitName: string | null;
  role: Role;
};

export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  memberships: MembershipInfo[];
  /** Set while the device is handed to the citizen: the session answers only for this course. */
  lockedCourseId?: string | null;
};

/** What the signed-in user may do, and where. Built once per request from the memberships. */
export type AccessContext = {
  actor: Actor;
  /** Units in which the user holds `permission`. */
  unitsWith(permission: Permission): string[];
  /** Organisations in which the user holds `permission` (through any unit or organisation role). */
  organisationsWith(permission: Permission): string[];
  has(permission: Permission, unitId?: string): boolean;
  permissions(): Permission[];
};

export function createAccessContext(actor: Actor): AccessContext {
  const byUnit = new Map<string, Set<Permission>>();
  const byOrg = new Map<string, Set<Permission>>();
  for (const m of actor.memberships) {
    const perms = permissionsOf([m.role]);
    if (m.unitId) byUnit.set(m.unitId, new Set([...(byUnit.get(m.unitId) ?? []), ...perms]));
    byOrg.set(m.organisationId, new Set([...(byOrg.get(m.organisationId) ?? []), ...perms]));
  }
  const keysWith = (map: Map<string, Set<Permission>>, p: Permission) => [...map].filter(([, s]) => s.has(p)).map(([k]) => k);
  return {
    actor,
    unitsWith: (p) => keysWith(byUnit, p),
    organisationsWith: (p) => keysWith(byOrg, p),
    has: (p, unitId) => (unitId ? Boolean(byUnit.get(unitId)?.has(p)) : [...byOrg.values()].some((s) => s.has(p))),
    permissions: () => [...new Set([...byOrg.values()].flatMap((s) => [...s]))].sort(),
  };
}
