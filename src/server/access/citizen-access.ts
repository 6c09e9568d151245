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
  const grace = scope.config.accessGraceDays;
  const unit = permission === 'citizen.read' ? readableCourseSql(scope, 'c') : sql`c.unit_id = any(${uuidArray(scope.access.unitsWith(permission))})`;
  return sql`(
    select c.citizen_id from courses c
     where ${unit}
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
  const grace = scope.config.accessGraceDays;
  const rows = await scope.db.execute<{ citizen_id: string; via: CitizenAccess }>(sql`
    select c.citizen_id, 'course' as via from courses c
     where c.citizen_id = any(${uuidArray(ids)})
       and ${readableCourseSql(scope, 'c')}
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

/**
 * The one rule for which courses open their citizen to the user: a course of a unit where the user
 * reads citizens, or — for a peer worker (`citizen.readAgreed`) — a course of the peer's unit whose
 * resident has a recorded, unwithdrawn agreement to work with this peer, unless the unit's peer role
 * opens all its residents (seed 004, core element 7). `alias` is the courses table's SQL alias.
 */
export function readableCourseSql(scope: Scope, alias: string): SQL {
  const a = sql.raw(alias);
  const full = scope.access.unitsWith('citizen.read');
  const peer = scope.access.unitsWith('citizen.readAgreed').filter((u) => !full.includes(u));
  if (peer.length === 0) return sql`${a}.unit_id = any(${uuidArray(full)})`;
  return sql`(${a}.unit_id = any(${uuidArray(full)})
    or (${a}.unit_id = any(${uuidArray(peer)})
        and (exists (select 1 from peer_roles pr where pr.unit_id = ${a}.unit_id and pr.access = 'unit')
             or exists (select 1 from peer_agreements pa where pa.unit_id = ${a}.unit_id and pa.citizen_id = ${a}.citizen_id
                         and pa.peer_user_id = ${scope.access.actor.userId} and pa.withdrawn_at is null))))`;
}

/** Units in which the user sees citizens at all: fully, or as a peer through agreements. */
export function citizenUnits(scope: Scope): string[] {
  return [...new Set([...scope.access.unitsWith('citizen.read'), ...scope.access.unitsWith('citizen.readAgreed')])];
}
