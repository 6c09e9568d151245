import { eq, sql, type SQL } from 'drizzle-orm';
import { citizens } from '../db/schema';
import { forbidden, notFound } from '../http/problem';
import { findAccessUnits } from '../modules/citizens/citizens.repo';
import { visibleCourseSql } from '../modules/courses/course-access';
import { uuidArray } from '../db/sql';
import { allowedCitizenIds } from './citizen-access';
import type { Scope } from './scope';

/**
 * Access to a citizen's record beyond the basic data (measurements, goals): read with note access in
 * a unit through which the caller sees the citizen (or a break-the-glass grant), write with note
 * write access there. A citizen the caller cannot see is "not found"; one they see without note
 * access (a leader, a peer) is "forbidden".
 */
export async function recordAccess(s: Scope, citizenId: string, need: 'read' | 'write') {
  const via = (await allowedCitizenIds(s, [citizenId])).get(citizenId);
  if (!via) throw notFound();
  const units = await findAccessUnits(s, citizenId);
  const canRead = via === 'breakGlass' || units.some((u) => s.access.has('note.read', u));
  const canWrite = units.some((u) => s.access.has('note.write', u));
  if (!(need === 'read' ? canRead : canWrite)) throw forbidden();
  const [c] = await s.db.select({ organisationId: citizens.organisationId, name: citizens.name, alias: citizens.alias }).from(citizens).where(eq(citizens.id, citizenId));
  return { organisationId: c.organisationId, displayName: c.name ?? c.alias ?? '', canRead, canWrite, units };
}

/**
 * Rows tied to a course (measurements, goals) that the caller may see: on a course visible to them
 * (so one organisation never reads another's on a shared citizen), or, for a goal without a course,
 * of an organisation where they read notes. `courseCol`/`orgCol` are the row's columns.
 */
export function ownRecordSql(s: Scope, courseCol: SQL, orgCol?: SQL): SQL {
  const visible = sql`${courseCol} in (select c.id from courses c where ${visibleCourseSql(s, 'c')})`;
  if (!orgCol) return visible;
  const orgs = s.access.organisationsWith('note.read');
  return sql`(${visible} or (${courseCol} is null and ${orgCol} = any(${uuidArray(orgs)})))`;
}
