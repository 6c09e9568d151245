/**
 * Roles and the permissions they carry. A role is held through a membership: in a unit
 * (leader, worker, spotter, social_mentor, peer, case_officer) or in an organisation
 * (admin, auditor). Permissions are evaluated per unit: a user may do X with a course when one of
 * their roles in the course's unit grants X.
 */
export const unitRoles = ['leader', 'worker', 'spotter', 'social_mentor', 'peer', 'case_officer'] as const;
export const organisationRoles = ['admin', 'auditor'] as const;
export const roles = [...organisationRoles, ...unitRoles] as const;

export type UnitRole = (typeof unitRoles)[number];
export type OrganisationRole = (typeof organisationRoles)[number];
export type Role = (typeof roles)[number];

export const permissions = [
  'citizen.read', // see citizens on the unit's courses (basic record and the citizen's own words)
  'citizen.readCpr', // see the CPR number in clear
  'citizen.create',
  'citizen.update',
  'course.create',
  'note.read', // read case note text on the unit's courses
  'note.write',
  'breakGlass', // temporary access to another citizen of the organisation, with a reason
  'caseload.unit', // see the whole unit's caseload (leaders)
  'breakGlass.review', // see break-glass use by the unit's members
  'catalog.manage', // maintain the offer catalog and the partner register
  'inbound.manage', // register inbound referrals (henvendelser) to the unit and decide on them
  'spotting.create', // register a citizen in acute crisis for the social mentor (crisis-center pathway)
  'crisis.mentor', // screen spottings, send requests to a crisis center, follow the pathway (social mentor)
  'actionPlan.write', // write §141 action plans (case officer)
  'agreement.manage', // enter collaboration agreements between a crisis center and a municipality
  'place.read', // the place register and its map
  'place.round', // log an outreach round at a place
  'admin.manage',
  'audit.read',
] as const;

export type Permission = (typeof permissions)[number];

const worker: Permission[] = [
  'citizen.read',
  'citizen.readCpr',
  'citizen.create',
  'citizen.update',
  'course.create',
  'note.read',
  'note.write',
  'breakGlass',
  'catalog.manage',
  'inbound.manage',
  'spotting.create',
  'place.read',
  'place.round',
];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: ['admin.manage', 'agreement.manage'],
  auditor: ['audit.read'],
  // Leaders see their units' caseload, not case-note text unless they work on the course.
  leader: ['citizen.read', 'citizen.create', 'course.create', 'caseload.unit', 'breakGlass.review', 'catalog.manage', 'inbound.manage', 'agreement.manage', 'place.read', 'place.round'],
  worker,
  case_officer: [...worker, 'actionPlan.write'],
  social_mentor: [...worker, 'crisis.mentor'],
  // Peer workers: narrower by default — the citizen's own words and basic record, no CPR, no notes.
  peer: ['citizen.read', 'place.read'],
  // Spotters see only what they registered themselves (crisis-center workflow), nothing through units.
  spotter: ['spotting.create', 'place.read', 'place.round'],
};

export function permissionsOf(roleList: readonly Role[]): Set<Permission> {
  return new Set(roleList.flatMap((r) => rolePermissions[r]));
}
