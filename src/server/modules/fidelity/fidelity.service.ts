import { and, eq, gte, inArray, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { fidelityWindowDays, type Fidelity } from '../../../shared/schemas/cti';
import type { Scope } from '../../access/scope';
import { coursePlans, courses, courseSessions, courseWorkers, teamMeetings, teamMembers, units } from '../../db/schema';
import { forbidden, invalid, notFound } from '../../http/problem';
import { findMethod, type MethodModel } from '../../methods';
import { findPhaseHistory } from '../courses/courses.repo';
import { addDays, addMonths, daysBetween, localDate, today } from '../outreach/dates';
import { methodInForce } from '../teams/method-settings.service';

type Indicator = z.infer<typeof Fidelity>['indicators'][number];
type CourseRow = typeof courses.$inferSelect;

const share = (id: Indicator['id'], hits: number, n: number, norm: number | undefined): Indicator | null =>
  norm === undefined ? null : { id, kind: 'share', norm, n, value: n ? hits / n : null, status: n === 0 ? 'not_measured' : hits / n >= norm ? 'met' : 'not_met' };

/**
 * Method fidelity of one unit's courses of one method, computed from what is recorded, with the
 * norms in force in the unit's municipality. A figure with nothing to be computed from is
 * "not measured", never a guess.
 */
export async function fidelityOf(s: Scope, q: { unitId: string; method: string }): Promise<z.infer<typeof Fidelity>> {
  if (!s.access.has('caseload.unit', q.unitId) && !s.access.has('citizen.read', q.unitId)) throw forbidden();
  const model = findMethod(q.method);
  if (!model) throw invalid('method', 'invalid_value');
  const [unit] = await s.db.select({ organisationId: units.organisationId }).from(units).where(eq(units.id, q.unitId));
  if (!unit) throw notFound();
  const { method } = await methodInForce(s, unit.organisationId, model);
  const rows = await s.db.select().from(courses).where(and(eq(courses.unitId, q.unitId), eq(courses.method, method.id)));
  const indicators: Indicator[] = [];
  if (method.norms) {
    indicators.push(await caseload(s, method, q.unitId, rows.filter((c) => c.status === 'active')));
    if (method.clock) indicators.push(...(await clockIndicators(s, method, rows)));
    indicators.push(...(await teamIndicators(s, method, q.unitId, rows)));
    indicators.push(...endedAsPlanned(method, rows));
  }
  return { unitId: q.unitId, method: method.id, indicators };
}

/**
 * Caseload: the most active courses one responsible worker has; for a team method (ACT), active
 * courses per team member, since the whole team holds every course.
 */
async function caseload(s: Scope, method: MethodModel, unitId: string, active: CourseRow[]): Promise<Indicator> {
  const norm = method.norms!.caseloadPerWorker;
  if (method.norms!.caseloadPer === 'member') {
    const [{ n }] = await s.db.select({ n: sql<number>`count(*)::int` }).from(teamMembers).where(eq(teamMembers.unitId, unitId));
    const value = n ? Math.round((active.length / n) * 10) / 10 : null;
    return { id: 'caseloadPerMember', kind: 'max', norm, n, value, status: value === null ? 'not_measured' : value <= norm ? 'met' : 'not_met' };
  }
  const workers = active.length ? await s.db.select().from(courseWorkers).where(inArray(courseWorkers.courseId, active.map((c) => c.id))) : [];
  const perWorker = new Map<string, number>();
  for (const w of workers) perWorker.set(w.userId, (perWorker.get(w.userId) ?? 0) + 1);
  const max = perWorker.size ? Math.max(...perWorker.values()) : null;
  return { id: 'caseloadPerWorker', kind: 'max', norm, n: perWorker.size, value: max, status: max === null ? 'not_measured' : max <= norm ? 'met' : 'not_met' };
}

/** Time-limited methods (CTI): within the clock, two contacts in month one, a falling contact rate. */
async function clockIndicators(s: Scope, method: MethodModel, rows: CourseRow[]): Promise<Indicator[]> {
  const norms = method.norms!;
  const ids = rows.map((c) => c.id);
  const history = await findPhaseHistory(s, ids);
  // Contacts with the citizen: a coordination contact with a service is not one.
  const sessions = ids.length
    ? await s.db.select({ courseId: courseSessions.courseId, at: courseSessions.at }).from(courseSessions).where(and(inArray(courseSessions.courseId, ids), ne(courseSessions.kind, 'coordination')))
    : [];
  const now = today();
  const timed = method.phases.filter((p) => p.plannedMonths);
  const months = timed.reduce((n, p) => n + (p.plannedMonths ?? 0), 0);
  const entered = (courseId: string, phase: string) => history.filter((h) => h.courseId === courseId && h.toPhase === phase).map((h) => localDate(h.at)).sort()[0];
  const clocked = rows.map((c) => ({ c, start: entered(c.id, method.clock!.startsIn) })).filter((x): x is { c: CourseRow; start: string } => Boolean(x.start));
  const sessionDays = (courseId: string) => sessions.filter((x) => x.courseId === courseId).map((x) => localDate(x.at));

  // Within the clock: ended courses that ended by the clock's end, and running ones not past it.
  const judged = clocked.filter(({ c, start }) => c.status !== 'active' || now > addMonths(start, months));
  const within = judged.filter(({ c, start }) => c.status !== 'active' && c.endedAt && localDate(c.endedAt) <= addMonths(start, months)).length;

  // At least two contacts in the first month, for courses whose first month is over.
  const firstMonthOver = clocked.filter(({ start }) => addMonths(start, 1) <= now);
  const two = firstMonthOver.filter(({ c, start }) => sessionDays(c.id).filter((d) => d >= start && d < addMonths(start, 1)).length >= 2).length;

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

  return [
    share('withinClock', within, judged.length, norms.withinClockShare),
    share('twoContactsFirstMonth', two, firstMonthOver.length, norms.twoContactsFirstMonthShare),
    share('fallingContactRate', falling, done.length, norms.fallingContactShare),
  ].filter((x): x is Indicator => x !== null);
}

/** The weekdays (Monday–Friday) of the window ending today. */
function weekdaysOfWindow(): string[] {
  const days: string[] = [];
  for (let i = fidelityWindowDays - 1; i >= 0; i--) {
    const d = addDays(today(), -i);
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (dow !== 0 && dow !== 6) days.push(d);
  }
  return days;
}

/**
 * Team and coordination indicators, over the last `fidelityWindowDays`: ACT's share of face-to-face
 * contacts held in the community and the weekdays with the team meeting held; ICM's share of
 * active courses with a coordinating case manager named in the plan.
 */
async function teamIndicators(s: Scope, method: MethodModel, unitId: string, rows: CourseRow[]): Promise<Indicator[]> {
  const norms = method.norms!;
  const out: (Indicator | null)[] = [];
  const ids = rows.map((c) => c.id);
  const since = new Date(Date.now() - fidelityWindowDays * 86_400_000);
  if (norms.communityShare !== undefined) {
    const contacts = ids.length
      ? await s.db
          .select({ setting: courseSessions.setting })
          .from(courseSessions)
          .where(and(inArray(courseSessions.courseId, ids), gte(courseSessions.at, since), inArray(courseSessions.setting, ['community', 'office']), ne(courseSessions.kind, 'coordination')))
      : [];
    out.push(share('communityContacts', contacts.filter((c) => c.setting === 'community').length, contacts.length, norms.communityShare));
  }
  if (norms.dailyMeetingShare !== undefined) {
    const [unit] = await s.db.select({ createdAt: units.createdAt }).from(units).where(eq(units.id, unitId));
    const held = await s.db.select({ date: teamMeetings.date }).from(teamMeetings).where(and(eq(teamMeetings.unitId, unitId), gte(teamMeetings.date, addDays(today(), -fidelityWindowDays))));
    const heldDays = new Set(held.map((h) => h.date));
    // Weekdays since the team existed; today only once its meeting is recorded (the day is not over).
    // (The team existed from its creation, or from its first recorded meeting if that is earlier.)
    const existed = [localDate(unit.createdAt), ...heldDays].sort()[0];
    const days = weekdaysOfWindow().filter((d) => d >= existed && (d < today() || heldDays.has(d)));
    out.push(share('dailyMeeting', days.filter((d) => heldDays.has(d)).length, days.length, norms.dailyMeetingShare));
  }
  if (norms.coordinatorShare !== undefined) {
    const active = rows.filter((c) => c.status === 'active').map((c) => c.id);
    const planned = active.length ? await s.db.selectDistinct({ courseId: coursePlans.courseId }).from(coursePlans).where(and(inArray(coursePlans.courseId, active), eq(coursePlans.kind, 'icm'))) : [];
    out.push(share('coordinatorNamed', planned.length, active.length, norms.coordinatorShare));
  }
  return out.filter((x): x is Indicator => x !== null);
}

/** Not ended early: of the ended courses (that started the clock, for a time-limited method), the share that ended as planned. */
function endedAsPlanned(method: MethodModel, rows: CourseRow[]): Indicator[] {
  const planned = method.plannedEndReasons ?? ['completed'];
  // A time-limited method counts only courses that reached the clock: leaving the contact period is not a drop-out from CTI.
  const ended = rows.filter((c) => c.status !== 'active' && (!method.clock || c.phase !== method.initialPhase));
  const x = share('noEarlyDropOut', ended.filter((c) => planned.includes(c.endReason ?? '')).length, ended.length, method.norms!.completedShare);
  return x ? [x] : [];
}
