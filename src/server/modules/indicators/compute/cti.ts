import { sql } from 'drizzle-orm';
import { effectiveMethod, findMethod, type MethodSettingValues } from '../../../methods';
import { addMonths } from '../../outreach/dates';
import { findSettings } from '../../teams/method-settings.service';
import type { Obs } from '../aggregate';
import { windowsOf } from '../period';
import { at, localDay, rows, type ComputeCtx } from './context';

type CtiCourse = { id: string; citizen_id: string; settings_version: number | null; clock_start: string | null; ended_on: string | null; end_reason: string | null };

/** The unit's CTI courses that entered phase 1 (the clock's start; housing is recorded first). */
async function clocked(ctx: ComputeCtx) {
  const found = await rows<CtiCourse>(
    ctx,
    sql`select c.id, c.citizen_id, c.settings_version, ${localDay('c.ended_at')} as ended_on, c.end_reason,
               (select ${localDay('min(h.at)')} from course_phase_history h where h.course_id = c.id and h.to_phase = 'phase1') as clock_start
          from courses c where c.unit_id = ${ctx.unit.id} and c.method = 'cti'`,
  );
  return found.filter((c): c is CtiCourse & { clock_start: string } => c.clock_start !== null);
}

/** Planned months of phases 1–3 under the settings version a course started with (cached per version). */
async function plannedMonths(ctx: ComputeCtx) {
  const model = findMethod('cti')!;
  const cache = new Map<number | null, number>();
  return async (version: number | null) => {
    if (!cache.has(version)) {
      const row = await findSettings(ctx.s.db, ctx.unit.organisationId, 'cti', version);
      const method = effectiveMethod(model, ctx.s.config, (row?.settings ?? {}) as MethodSettingValues);
      cache.set(version, method.phases.reduce((n, p) => n + (p.plannedMonths ?? 0), 0));
    }
    return cache.get(version)!;
  };
}

/**
 * CTI courses of the unit judged in the period: a course that entered phase 1 is judged on the
 * day it ended, or — still running — on the day its planned nine months (the phase months of its
 * settings) ran out, if that has passed. 1 when it ended as completed within the planned months.
 * Labels: completed (in time), completedLate, endedOtherwise, running (past the planned months).
 */
export async function ctiCompletedInTime(ctx: ComputeCtx): Promise<Obs[]> {
  const months = await plannedMonths(ctx);
  const out: Obs[] = [];
  for (const c of await clocked(ctx)) {
    const clockEnd = addMonths(c.clock_start, await months(c.settings_version));
    if (!c.ended_on && clockEnd >= ctx.period.today) continue;
    const judgedOn = c.ended_on && c.ended_on < clockEnd ? c.ended_on : clockEnd;
    const completed = c.end_reason === 'completed';
    const inTime = completed && c.ended_on !== null && c.ended_on <= clockEnd;
    const label = !c.ended_on ? 'running' : inTime ? 'completed' : completed ? 'completedLate' : 'endedOtherwise';
    out.push(...at(windowsOf(ctx.period, judgedOn), { value: inTime ? 1 : 0, label, citizens: [c.citizen_id], courseIds: [c.id] }));
  }
  return out;
}

/**
 * Housing kept, where it is recorded: CTI courses of the unit that entered phase 1 (the citizen
 * was housed) and ended in the period; 1 unless the course ended because the housing was lost
 * (end reason housing_lost). Labelled by end reason. A crisis-center stay records the housing only
 * as free text in the future plan, so stays are not counted.
 */
export async function housingKept(ctx: ComputeCtx): Promise<Obs[]> {
  return (await clocked(ctx))
    .filter((c) => c.ended_on)
    .flatMap((c) => at(windowsOf(ctx.period, c.ended_on), { value: c.end_reason === 'housing_lost' ? 0 : 1, label: c.end_reason ?? 'other', citizens: [c.citizen_id], courseIds: [c.id] }));
}
