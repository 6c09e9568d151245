import { sql } from 'drizzle-orm';
import { findMethod } from '../../../methods';
import { methodInForce } from '../../teams/method-settings.service';
import type { Obs } from '../aggregate';
import { snapshotDay } from '../period';
import { groupBy, localDay, rows, type ComputeCtx } from './context';

type Course = { id: string; citizen_id: string; method: string; phase: string; start_date: string; ended_on: string | null };

/** The unit's courses (of `methods`, or all) that may have run in the period. */
async function unitCourses(ctx: ComputeCtx, methods?: string[]): Promise<Course[]> {
  return rows<Course>(
    ctx,
    sql`select id, citizen_id, method, phase, start_date::text as start_date, ${localDay('ended_at')} as ended_on
          from courses where unit_id = ${ctx.unit.id} and start_date <= ${ctx.period.to}::date
           and (ended_at is null or ${localDay('ended_at')} > ${ctx.period.from})
           ${methods ? sql`and method in (${sql.join(methods.map((m) => sql`${m}`), sql`, `)})` : sql``}`,
  );
}

/** Running on day D: started on or before D and not ended by the end of D. */
const runningOn = (c: Course, day: string) => c.start_date <= day && (!c.ended_on || c.ended_on > day);

/**
 * Per window, on its snapshot day D: the citizens with a course of the unit running on D, by the
 * course's method and the phase it was in on D (the last phase change on or before D). A citizen
 * with two courses in the unit counts once per method and phase, and once in the figure.
 */
export async function citizensByPhase(ctx: ComputeCtx): Promise<Obs[]> {
  const courses = await unitCourses(ctx);
  if (courses.length === 0) return [];
  const history = await rows<{ course_id: string; day: string; to_phase: string }>(
    ctx,
    sql`select h.course_id, ${localDay('h.at')} as day, h.to_phase from course_phase_history h join courses c on c.id = h.course_id
         where c.unit_id = ${ctx.unit.id} order by h.at, h.id`,
  );
  const historyOf = groupBy(history, (h) => h.course_id);
  const out: Obs[] = [];
  for (const w of ctx.period.windows) {
    const day = snapshotDay(w, ctx.period.today);
    if (!day) continue;
    for (const c of courses.filter((x) => runningOn(x, day))) {
      const phase = (historyOf.get(c.id) ?? []).filter((h) => h.day <= day).at(-1)?.to_phase ?? findMethod(c.method)?.initialPhase ?? c.phase;
      const label = `${c.method}.${phase}`;
      out.push({ window: w.key, value: 1, label, citizens: [c.citizen_id], courseIds: [c.id] });
    }
  }
  return out;
}

export const CASELOAD_METHODS = ['outreach', 'cti', 'icm', 'act'];

/**
 * Per window, on its snapshot day D, for each method with a caseload norm: each responsible worker's
 * number of the unit's courses of that method running on D, divided by the method's norm in force
 * in the organisation (1 = at the norm). The responsible workers are those named on the course now
 * (the assignment has no history). ACT's caseload is the team's: the courses divided by the number
 * of team members, for each member. Labelled by method.
 */
export async function caseloadPerWorker(ctx: ComputeCtx): Promise<Obs[]> {
  const courses = await unitCourses(ctx, CASELOAD_METHODS);
  if (courses.length === 0) return [];
  const workers = await rows<{ course_id: string; user_id: string }>(
    ctx,
    sql`select course_id, user_id from course_workers where course_id in (${sql.join(courses.map((c) => sql`${c.id}::uuid`), sql`, `)})`,
  );
  const [{ members }] = await rows<{ members: number }>(ctx, sql`select count(*)::int as members from team_members where unit_id = ${ctx.unit.id}`);
  const norms = new Map<string, { norm: number; per: 'worker' | 'member' }>();
  for (const m of new Set(courses.map((c) => c.method))) {
    const model = findMethod(m);
    const norms_ = model ? (await methodInForce(ctx.s, ctx.unit.organisationId, model)).method.norms : undefined;
    if (norms_) norms.set(m, { norm: norms_.caseloadPerWorker, per: norms_.caseloadPer ?? 'worker' });
  }
  const out: Obs[] = [];
  for (const w of ctx.period.windows) {
    const day = snapshotDay(w, ctx.period.today);
    if (!day) continue;
    const running = courses.filter((c) => runningOn(c, day));
    for (const [method, { norm, per }] of norms) {
      const these = running.filter((c) => c.method === method);
      if (these.length === 0) continue;
      const all = { citizens: these.map((c) => c.citizen_id), courseIds: these.map((c) => c.id) };
      if (per === 'member') {
        for (let i = 0; i < members; i++) out.push({ window: w.key, value: these.length / members / norm, label: method, ...all });
        continue;
      }
      const byId = new Map(these.map((c) => [c.id, c]));
      const byWorker = new Map<string, Course[]>();
      for (const x of workers) {
        const c = byId.get(x.course_id);
        if (c) byWorker.set(x.user_id, [...(byWorker.get(x.user_id) ?? []), c]);
      }
      for (const load of byWorker.values()) out.push({ window: w.key, value: load.length / norm, label: method, citizens: load.map((c) => c.citizen_id), courseIds: load.map((c) => c.id) });
    }
  }
  return out;
}
