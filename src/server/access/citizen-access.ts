import { sql, type SQL } from 'drizzle-orm';
import { uuidArray } from '../db/sql';
import type { Permission } from '../../shared/access/roles';
import type { Scope } from './scope';

/**
 * Need-to-know: a user sees a citizen through a course of one of their units (active, or ended
 * less than `accessGraceDays` ago) or through an unexpired break-the-glass grant.
 * Everything that reads citizen data filters through these functions. `permission` narrows the
 * units to those where the user holds it (e.g. `citizen.readCpr`); a grant carries every read.
 */
export function visibleCitizenIdsSql(scope: Scope, permission: Permission = 'citizen.read'): SQL {
  const units = scope.access.unitsWith(permission);
  const grace = scope.config.accessGraceDays;
  return sql`(
    select c.citizen_id from courses c
     where c.unit_id = any(${uuidArray(units)})
       and (c.status = 'active' or c.ended_at > now() - make_interval(days => ${grace}::int))
    union
    select g.citizen_id from access_grants g
     where g.user_id = ${scope.access.actor.userId} and g.expires_at > now()
  )`;
}

export type CitizenAccess = 'course' | 'breakGlass';

/** Of `ids`, the ones the user may see, and how (a course of theirs wins over a grant). */
export async function allowedCitizenIds(scope: Scope, ids: string[]): Promise<Map<string, CitizenAccess>> {
  if (ids.length === 0) return new Map();
  const units = scope.access.unitsWith('citizen.read');
  const grace = scope.config.accessGraceDays;
  const rows = await scope.db.execute<{ citizen_id: string; via: CitizenAccess }>(sql`
    select c.citizen_id, 'course' as via from courses c
     where c.citizen_id = any(${uuidArray(ids)})
       and c.unit_id = any(${uuidArray(units)})
       and (c.status = 'active' or c.ended_at > now() - make_interval(days => ${grace}::int))
    union
    select g.citizen_id, 'breakGlass' as via from access_grants g
     where g.citizen_id = any(${uuidArray(ids)})
       and g.user_id = ${scope.access.actor.userId} and g.expires_at > now()`);
  const result = new Map<string, CitizenAccess>();
  for (const r of (rows as unknown as { rows: { citizen_id: string; via: CitizenAccess }[] }).rows) if (result.get(r.citizen_id) !== 'course') result.set(r.citizen_id, r.via);
  return result;
}

export { uuidArray } from '../db/sql';
