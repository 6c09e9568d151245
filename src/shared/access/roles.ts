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
  'citizen.readAgreed', // peer: see the unit's residents who agreed to work with you (or all, if the unit says so)
  'citizen.readCpr', // see the CPR number in clear
  'citizen.create',
  'citizen.update',
  'course.create',
  'note.read', // read case note text on the unit's courses
  'note.write',
  'note.own', // peer: write notes on the residents you see, and read your own
  'activity.read', // the unit's shared activity calendar
  'activity.write', // add activities and record who took part
  'episode.write', // register violent or threatening episodes and their debriefs (reading them needs note.read or caseload.unit)
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
  // See a unit's indicators and dashboard from outside it, with small numbers suppressed and no drill-down
  // to courses (organisation administrators and auditors). The unit's own leader and staff see them
  // through caseload.unit / citizen.read in the unit, unsuppressed.
  'indicator.read',
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
  'activity.read',
  'activity.write',
  'episode.write',
];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: ['admin.manage', 'agreement.manage', 'indicator.read'],
  auditor: ['audit.read', 'indicator.read'],
  // Leaders see their units' caseload, not case-note text unless they work on the course.
  leader: ['citizen.read', 'citizen.create', 'course.create', 'caseload.unit', 'breakGlass.review', 'catalog.manage', 'inbound.manage', 'agreement.manage', 'place.read', 'place.round', 'activity.read', 'activity.write'],
  worker,
  case_officer: [...worker, 'actionPlan.write'],
  social_mentor: [...worker, 'crisis.mentor'],
  // Peer workers (seed 004, core element 7): only the residents who agreed to work with them (the
  // unit may open all), their own notes and the shared activity calendar — no CPR, no full record.
  peer: ['citizen.readAgreed', 'note.own', 'activity.read', 'activity.write', 'place.read'],
  // Spotters see only what they registered themselves (crisis-center workflow), nothing through units.
  spotter: ['spotting.create', 'place.read', 'place.round'],
};

export function permissionsOf(roleList: readonly Role[]): Set<Permission> {
  return new Set(roleList.flatMap((r) => rolePermissions[r]));
}
