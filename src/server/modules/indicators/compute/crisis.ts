import { sql } from 'drizzle-orm';
import { addDays } from '../../outreach/dates';
import type { Obs } from '../aggregate';
import { windowsOf } from '../period';
import { at, localDay, rows, type ComputeCtx } from './context';

/**
 * Stays at the unit (crisis center) with a recorded arrival whose midpoint — the arrival day plus
 * half the planned length (rounded down; the configured default length when none was recorded) —
 * falls in the period, and that had not ended before it. 1 when the midway meeting was recorded as
 * held on or before the midpoint; 0 when it was not (a stay whose midpoint is today and whose
 * meeting is not yet held is not judged yet).
 */
export async function midwayOnTime(ctx: ComputeCtx): Promise<Obs[]> {
  const stays = await rows<{ course_id: string; citizen_id: string; arrival: string; len: number; held_on: string | null; ended_on: string | null }>(
    ctx,
    sql`select s.id as course_id, s.citizen_id, ${localDay('r.arrived_at')} as arrival,
               coalesce(r.planned_length_days, ${ctx.s.config.crisisDefaultStayDays})::int as len,
               case when m.held then ${localDay('m.held_at')} end as held_on, ${localDay('s.ended_at')} as ended_on
          from crisis_requests r join courses s on s.id = r.stay_course_id
          left join midway_meetings m on m.request_id = r.id
         where s.unit_id = ${ctx.unit.id} and r.arrived_at is not null`,
  );
  return stays.flatMap((r) => {
    const midpoint = addDays(r.arrival, Math.floor(r.len / 2));
    if (r.ended_on && r.ended_on < midpoint) return [];
    const onTime = r.held_on !== null && r.held_on <= midpoint;
    if (!onTime && midpoint >= ctx.period.today) return [];
    return at(windowsOf(ctx.period, midpoint), { value: onTime ? 1 : 0, citizens: [r.citizen_id], courseIds: [r.course_id] });
  });
}

/**
 * Stays at the unit that ended in the period: 1 when the checklist item "the support in the home
 * municipality is ready" (discharge.homeMunicipalityReady) was ticked when the stay ended (its
 * latest tick before the end), else 0. Labelled by how the stay ended.
 */
export async function supportAtHomecoming(ctx: ComputeCtx): Promise<Obs[]> {
  const stays = await rows<{ id: string; citizen_id: string; ended_on: string; end_reason: string | null; ready: boolean }>(
    ctx,
    sql`select c.id, c.citizen_id, ${localDay('c.ended_at')} as ended_on, c.end_reason,
               coalesce((select t.ticked from checklist_ticks t
                          where t.course_id = c.id and t.item_id = 'discharge.homeMunicipalityReady' and t.at <= c.ended_at
                          order by t.at desc, t.id desc limit 1), false) as ready
          from courses c
         where c.unit_id = ${ctx.unit.id} and c.method = 'crisis_stay' and c.ended_at is not null
           and ${localDay('c.ended_at')} between ${ctx.period.from} and ${ctx.period.to}`,
  );
  return stays.flatMap((r) => at(windowsOf(ctx.period, r.ended_on), { value: r.ready ? 1 : 0, label: r.end_reason ?? 'other', citizens: [r.citizen_id], courseIds: [r.id] }));
}

/**
 * Requests to a crisis center sent from the unit's crisis pathways (the social mentor's courses)
 * whose citizen was picked up in the period: the time from the request to the pickup, in days
 * (hours / 24, to one decimal).
 */
export async function requestToPickup(ctx: ComputeCtx): Promise<Obs[]> {
  const found = await rows<{ course_id: string; citizen_id: string; picked_on: string; days: number }>(
    ctx,
    sql`select p.id as course_id, r.citizen_id, ${localDay('r.picked_up_at')} as picked_on,
               round((extract(epoch from (r.picked_up_at - r.requested_at)) / 86400)::numeric, 1)::float8 as days
          from crisis_requests r join courses p on p.id = r.pathway_course_id
         where p.unit_id = ${ctx.unit.id} and r.picked_up_at is not null
           and ${localDay('r.picked_up_at')} between ${ctx.period.from} and ${ctx.period.to}`,
  );
  return found.flatMap((r) => at(windowsOf(ctx.period, r.picked_on), { value: r.days, citizens: [r.citizen_id], courseIds: [r.course_id] }));
}
