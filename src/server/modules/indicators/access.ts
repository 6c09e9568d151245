import { sql } from 'drizzle-orm';
import type { Scope } from '../../access/scope';
import { forbidden, notFound } from '../../http/problem';
import type { UnitInfo } from './compute/context';

/**
 * Who may read a unit's indicators, and how:
 * - inside the unit — its leader (caseload.unit) and its staff (citizen.read) — every figure as computed;
 * - outside it — the organisation's administrators and auditors (indicator.read in the unit's
 *   organisation) — with small numbers suppressed, and without the drill-down to courses;
 * - anyone else holding a role in the unit (a peer worker, a spotter): 403; anyone else: 404, the
 *   same as a unit that does not exist (a leader of another unit learns nothing of this one).
 */
export type IndicatorView = 'inside' | 'outside';

export async function indicatorAccess(s: Scope, unitId: string): Promise<{ unit: UnitInfo; view: IndicatorView }> {
  const res = (await s.db.execute(
    sql`select id, name, kind, organisation_id as "organisationId", team_method as "teamMethod" from units where id = ${unitId}`,
  )) as unknown as { rows: UnitInfo[] };
  const unit = res.rows[0];
  if (!unit) throw notFound();
  if (s.access.has('caseload.unit', unitId) || s.access.has('citizen.read', unitId)) return { unit, view: 'inside' };
  if (s.access.organisationsWith('indicator.read').includes(unit.organisationId)) return { unit, view: 'outside' };
  if (s.access.actor.memberships.some((m) => m.unitId === unitId)) throw forbidden();
  throw notFound();
}
