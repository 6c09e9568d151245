import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Fidelity } from '../../../shared/schemas/cti';
import type { Scope } from '../../access/scope';
import { courses, courseSessions, courseWorkers } from '../../db/schema';
import { forbidden, invalid } from '../../http/problem';
import { effectiveMethod, findMethod } from '../../methods';
import { findPhaseHistory } from '../courses/courses.repo';
import { addMonths, daysBetween, localDate, today } from '../outreach/dates';

type Indicator = z.infer<typeof Fidelity>['indicators'][number];

const share = (id: Indicator['id'], hits: number, n: number, norm: number | undefined): Indicator | null =>
  norm === undefined ? null : { id, kind: 'share', norm, n, value: n ? hits / n : null, status: n === 0 ? 'not_measured' : hits / n >= norm ? 'met' : 'not_met' };

/**
 * Method fidelity of one unit's courses of one method, computed from what is recorded: caseload per
 * worker, and for time-limited methods the share of courses within the clock, with at least two
 * contacts in the first month, with a falling contact rate across the phases, and not ended early.
 * A figure with nothing to be computed from is "not measured", never a guess.
 */
export async function fidelityOf(s: Scope, q: { unitId: string; method: string }): Promise<z.infer<typeof Fidelity>> {
  if (!s.access.has('caseload.unit', q.unitId) && !s.access.has('citizen.read', q.unitId)) throw forbidden();
  const model = findMethod(q.method);
  if (!model) throw invalid('method', 'invalid_value');
  const method = effectiveMethod(model, s.config);
  const norms = method.norms;
  const rows = await s.db.select().from(courses).where(and(eq(courses.unitId, q.unitId), eq(courses.method, method.id)));
  const ids = rows.map((c) => c.id);
  const active = rows.filter((c) => c.status === 'active');
  const indicators: Indicator[] = [];

  if (norms) {
    const workers = active.length ? await s.db.select().from(courseWorkers).where(inArray(courseWorkers.courseId, active.map((c) => c.id))) : [];
    const perWorker = new Map<string, number>();
    for (const w of workers) perWorker.set(w.userId, (perWorker.get(w.userId) ?? 0) + 1);
    const max = perWorker.size ? Math.max(...perWorker.values()) : null;
    indicators.push({ id: 'caseloadPerWorker', kind: 'max', norm: norms.caseloadPerWorker, n: perWorker.size, value: max, status: max === null ? 'not_measured' : max <= norms.caseloadPerWorker ? 'met' : 'not_met' });
  }

  if (method.clock && norms) {
    const history = await findPhaseHistory(s, ids);
    const sessions = ids.length ? await s.db.select({ courseId: courseSessions.courseId, at: courseSessions.at }).from(courseSessions).where(inArray(courseSessions.courseId, ids)) : [];
    const now = today();
    const timed = method.phases.filter((p) => p.plannedMonths);
    const months = timed.reduce((n, p) => n + (p.plannedMonths ?? 0), 0);
    const entered = (courseId: string, phase: string) => history.filter((h) => h.courseId === courseId && h.toPhase === phase).map((h) => localDate(h.at)).sort()[0];
    const clocked = rows.map((c) => ({ c, start: entered(c.id, method.clock!.startsIn) })).filter((x): x is { c: (typeof rows)[number]; start: string } => Boolean(x.start));
    const sessionDays = (courseId: string) => sessions.filter((x) => x.courseId === courseId).map((x) => localDate(x.at));

    // Within the clock: ended courses that ended by the clock's end, and running ones not past it.
    const judged = clocked.filter(({ c, start }) => c.status !== 'active' || now > addMonths(start, months));
    const within = judged.filter(({ c, start }) => c.status !== 'active' && c.endedAt && localDate(c.endedAt) <= addMonths(start, months)).length;
    indicators.push(share('withinClock', within, judged.length, norms.withinClockShare)!);

    // At least two contacts in the first month, for courses whose first month is over.
    const firstMonthOver = clocked.filter(({ start }) => addMonths(start, 1) <= now);
    const two = firstMonthOver.filter(({ c, start }) => sessionDays(c.id).filter((d) => d >= start && d < addMonths(start, 1)).length >= 2).length;
    indicators.push(share('twoContactsFirstMonth', two, firstMonthOver.length, norms.twoContactsFirstMonthShare)!);

    // A falling contact rate: contacts per day phase by phase, for courses that have left the last phase.
    const done = clocked.filter(({ c }) => c.status !== 'active' && timed.every((p) => entered(c.id, p.id)));
    const falling = done.filter(({ c }) => {
      const days = sessionDays(c.id);
      const end = localDate(c.endedAt!);
      const rates = timed.map((p, i) => {
        const from = entered(c.id, p.id);
        const to = timed[i + 1] ? entered(c.id, timed[i + 1].id) : end;
        return days.filter((d) => d >= from && d < to).length / Math.max(1, daysBetween(from, to));
      });
      return rates.every((r, i) => i === 0 || r <= rates[i - 1]) && rates[0] > rates[rates.length - 1];
    }).length;
    indicators.push(share('fallingContactRate', falling, done.length, norms.fallingContactShare)!);

    // Not ended early: of the ended courses that started the clock, the share that was completed.
    const ended = clocked.filter(({ c }) => c.status !== 'active');
    indicators.push(share('noEarlyDropOut', ended.filter(({ c }) => c.endReason === 'completed').length, ended.length, norms.completedShare)!);
  }
  return { unitId: q.unitId, method: method.id, indicators };
}
