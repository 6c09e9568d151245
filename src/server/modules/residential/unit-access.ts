import { and, eq, inArray, sql } from 'drizzle-orm';
import { readableCourseSql, uuidArray } from '../../access/citizen-access';
import type { Scope } from '../../access/scope';
import { citizens, courses, memberships, units, users } from '../../db/schema';
import { invalid, notFound } from '../../http/problem';

/**
 * Who the caller is at a residence (a unit): staff (worker level: reads and writes notes), leader
 * (the unit's caseload, no note text), peer (residents who agreed, own notes), or the organisation's
 * administrator. A unit where the caller is none of these is "not found".
 */
export type UnitAccess = {
  unitId: string;
  unitName: string;
  /** The unit's kind: 'residential' for a residence (botilbud). */
  kind: string;
  organisationId: string;
  staff: boolean;
  leader: boolean;
  peer: boolean;
  admin: boolean;
  /** Any role in the unit (staff, leader or peer): the shared calendar, the specialised team, the peer role. */
  member: boolean;
};

export async function unitAccess(s: Scope, unitId: string): Promise<UnitAccess> {
  const [u] = await s.db.select({ id: units.id, name: units.name, kind: units.kind, organisationId: units.organisationId }).from(units).where(eq(units.id, unitId));
  if (!u) throw notFound();
  const staff = s.access.has('note.read', unitId);
  const leader = s.access.has('caseload.unit', unitId);
  const peer = s.access.has('citizen.readAgreed', unitId) && !s.access.has('citizen.read', unitId);
  const admin = s.access.organisationsWith('admin.manage').includes(u.organisationId);
  const member = staff || leader || peer || s.access.has('activity.read', unitId);
  if (!member && !admin) throw notFound();
  return { unitId, unitName: u.name, kind: u.kind, organisationId: u.organisationId, staff, leader, peer, admin, member };
}

/** Units (of `unitIds`, default: all the caller's) in which the caller holds `permission`. */
export function unitsWhere(s: Scope, permission: Parameters<Scope['access']['unitsWith']>[0], unitId?: string): string[] {
  return s.access.unitsWith(permission).filter((u) => !unitId || u === unitId);
}

/**
 * The resident's course in the unit that the caller sees (active, or ended within the grace period,
 * newest first), with the resident's display name. Null when there is none.
 */
export async function residentCourse(s: Scope, citizenId: string, unitId: string) {
  const grace = s.config.accessGraceDays;
  const [row] = await s.db
    .select({ course: courses, name: citizens.name, alias: citizens.alias })
    .from(courses)
    .innerJoin(citizens, eq(citizens.id, courses.citizenId))
    .where(
      and(
        eq(courses.citizenId, citizenId),
        eq(courses.unitId, unitId),
        readableCourseSql(s, 'courses'),
        sql`(${courses.status} = 'active' or ${courses.endedAt} > now() - make_interval(days => ${grace}::int))`,
      ),
    )
    .orderBy(sql`${courses.status} = 'active' desc`, sql`${courses.startDate} desc`)
    .limit(1);
  return row ? { course: row.course, displayName: row.name ?? row.alias ?? '' } : null;
}

/** As residentCourse, but an active course is required; otherwise a field error at `path`. */
export async function activeResident(s: Scope, citizenId: string, unitId: string, path: string) {
  const r = await residentCourse(s, citizenId, unitId);
  if (!r || r.course.status !== 'active') throw invalid(path, 'not_in_unit');
  return r;
}

/** The units of the caller where the citizen has a course the caller sees (active first). */
export async function residentUnits(s: Scope, citizenId: string): Promise<string[]> {
  const rows = await s.db
    .select({ unitId: courses.unitId })
    .from(courses)
    .where(and(eq(courses.citizenId, citizenId), eq(courses.status, 'active'), readableCourseSql(s, 'courses')));
  return [...new Set(rows.map((r) => r.unitId))];
}

/** Roles of the unit's staff and leaders: everyone but the peer worker and the spotter. */
export const STAFF_ROLES = ['worker', 'case_officer', 'social_mentor', 'leader'];

/** Of `userIds`, those holding a role in the unit (any role; `role` narrows it to one or some) and not disabled. */
export async function unitMembers(s: Scope, unitId: string, userIds: string[], role?: string | string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await s.db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.unitId, unitId), eq(users.disabled, false), sql`${memberships.userId} = any(${uuidArray(userIds)})`, role ? inArray(memberships.role, typeof role === 'string' ? [role] : role) : undefined));
  return new Set(rows.map((r) => r.userId));
}

/** YYYY-MM of a date or timestamp, in Danish local time. */
export function monthOf(d: Date | string): string {
  const date = typeof d === 'string' ? new Date(d.length === 10 ? `${d}T12:00:00Z` : d) : d;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit' }).format(date);
}
