import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { FocusAreasBody, lifeAreas, PlannedEndBody, Timeline } from '../../../shared/schemas/cti';
import { inTransaction, type Scope } from '../../access/scope';
import { citizens, courses, focusAreas } from '../../db/schema';
import { newId } from '../../db/ids';
import { AppError, forbidden, invalid } from '../../http/problem';
import type { MethodModel } from '../../methods';
import { findPhaseHistory, type CourseRow } from '../courses/courses.repo';
import { lockKey } from '../crisis/crisis.repo';
import { addMonths, daysBetween, localDate, today } from '../outreach/dates';
import { courseFor, requireActive } from '../outreach/outreach.service';
import { userNames } from '../outreach/outreach.repo';

type TimelineDto = z.infer<typeof Timeline>;

/** Whether the citizen has housing recorded: an address, and not "no fixed address". */
export async function hasHousing(s: Scope, citizenId: string) {
  const [c] = await s.db.select({ address: citizens.address, noFixedAddress: citizens.noFixedAddress }).from(citizens).where(eq(citizens.id, citizenId));
  return Boolean(c?.address?.trim()) && !c.noFixedAddress;
}

/** Refuses a move into the phase that needs housing while the citizen has none recorded (configurable). */
export async function requireHousingFor(s: Scope, course: CourseRow, method: MethodModel, to: string) {
  if (method.clock?.housingBefore !== to) return;
  if (!(await hasHousing(s, course.citizenId))) throw new AppError(409, 'housing_required');
}

/** The clock's end: the start of its first phase plus the planned months of the timed phases. */
export function clockEnd(method: MethodModel, start: string) {
  return addMonths(start, method.phases.reduce((n, p) => n + (p.plannedMonths ?? 0), 0));
}

/** When the clock starts (entering phase 1), the course's planned end becomes the clock's end. */
export async function onPhaseEntered(s: Scope, course: CourseRow, to: string, at: Date) {
  const { method } = await courseFor(s, course.id);
  if (method.clock?.startsIn !== to) return;
  await s.db.update(courses).set({ plannedEndDate: clockEnd(method, localDate(at)), updatedAt: new Date() }).where(eq(courses.id, course.id));
}

/** Phases with planned and actual dates, where the citizen is on the clock, and each phase's focus areas. */
export function getTimeline(scope: Scope, courseId: string): Promise<TimelineDto> {
  return inTransaction(scope, async (s) => {
    const found = await courseFor(s, courseId, 'timeline');
    if (!found.canRead) throw forbidden();
    const { course } = found;
    const method = found.method;
    const history = (await findPhaseHistory(s, [courseId])).sort((a, b) => +a.at - +b.at);
    const entered = (phase: string) => history.find((h) => h.toPhase === phase);
    const left = (phase: string) => history.find((h) => h.fromPhase === phase);
    const startEntry = method.clock ? entered(method.clock.startsIn) : undefined;
    const clockStart = startEntry ? localDate(startEntry.at) : null;
    const plannedEnd = clockStart ? clockEnd(method, clockStart) : course.plannedEndDate;
    const rows = await s.db.select().from(focusAreas).where(eq(focusAreas.courseId, courseId)).orderBy(asc(focusAreas.at));
    const names = await userNames(s, [...new Set(rows.map((r) => r.byUserId))]);
    const now = today();
    const ended = course.endedAt ? localDate(course.endedAt) : null;
    let cursor = clockStart;
    const phases = method.phases.map((p) => {
      const plannedStart = p.plannedMonths && cursor ? cursor : null;
      const plannedEndOf = plannedStart && p.plannedMonths ? addMonths(plannedStart, p.plannedMonths) : null;
      if (plannedEndOf) cursor = plannedEndOf;
      const latest = rows.filter((r) => r.phase === p.id).at(-1);
      // The first phase runs from the course's start date (which may lie before it was recorded).
      const start = p.id === method.initialPhase ? { at: null as Date | null, date: course.startDate } : entered(p.id) ? { at: entered(p.id)!.at, date: localDate(entered(p.id)!.at) } : null;
      const end = left(p.id);
      return {
        id: p.id,
        plannedMonths: p.plannedMonths ?? null,
        expectedContactDays: p.expectedContactDays ?? null,
        plannedStart,
        plannedEnd: plannedEndOf,
        actualStart: start ? start.date : null,
        actualEnd: end ? localDate(end.at) : course.phase === p.id ? ended : null,
        current: course.phase === p.id,
        focusAreas: latest
          ? {
              areas: latest.areas as { area: (typeof lifeAreas)[number]; activityPlan: string }[],
              chosenWithCitizen: latest.chosenWithCitizen,
              by: { id: latest.byUserId, displayName: names.get(latest.byUserId) ?? '' },
              at: latest.at.toISOString(),
            }
          : null,
      };
    });
    const reference = ended ?? now;
    await s.audit([{ action: 'course.read', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: { purpose: 'timeline' } }]);
    return {
      courseId,
      method: method.id,
      clockStart,
      plannedEnd,
      plannedEndReason: course.plannedEndReason,
      today: now,
      monthOnClock: clockStart && plannedEnd && reference < plannedEnd ? monthsBetween(clockStart, reference) + 1 : null,
      daysLeft: plannedEnd && course.status === 'active' ? daysBetween(now, plannedEnd) : null,
      overrun: Boolean(plannedEnd && course.status === 'active' && now >= plannedEnd),
      phases,
      housingRequired: Boolean(method.clock?.housingBefore),
      hasHousing: await hasHousing(s, course.citizenId),
    };
  });
}

/** Whole calendar months from `a` to `b`. */
function monthsBetween(a: string, b: string) {
  let n = 0;
  while (addMonths(a, n + 1) <= b) n++;
  return n;
}

/** The citizen's 1–3 focus areas for a phase the course has reached, with the activity plan. */
export function saveFocusAreas(scope: Scope, courseId: string, body: z.infer<typeof FocusAreasBody>) {
  return inTransaction(scope, async (s) => {
    const { course, method, canWork } = await courseFor(s, courseId, 'focusAreas');
    if (!canWork) throw forbidden();
    requireActive(course);
    const ids = method.phases.map((p) => p.id);
    const phase = method.phases.find((p) => p.id === body.phase);
    if (!phase || !phase.plannedMonths) throw invalid('phase', 'invalid_value');
    if (ids.indexOf(body.phase) > ids.indexOf(course.phase)) throw new AppError(409, 'step_not_reached');
    const seen = new Set<string>();
    body.areas.forEach((a, i) => {
      if (seen.has(a.area)) throw invalid(`areas.${i}.area`, 'invalid_value');
      seen.add(a.area);
    });
    await lockKey(s.db, `focus:${courseId}`);
    await s.db.insert(focusAreas).values({ id: newId(), courseId, phase: body.phase, areas: body.areas, chosenWithCitizen: body.chosenWithCitizen, byUserId: s.access.actor.userId, at: new Date() });
    await s.audit([{ action: 'course.update', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: { fields: [`focusAreas.${body.phase}`] } }]);
    return getTimeline(s, courseId);
  });
}

/** Moves a course's planned end. A CTI course planned past its clock (nine months) needs a reason. */
export function setPlannedEnd(scope: Scope, courseId: string, body: z.infer<typeof PlannedEndBody>) {
  return inTransaction(scope, async (s) => {
    const found = await courseFor(s, courseId);
    if (!found.canWork) throw forbidden();
    const { course } = found;
    requireActive(course);
    const method = found.method;
    if (body.plannedEndDate < course.startDate) throw invalid('plannedEndDate', 'before_course_start');
    const history = await findPhaseHistory(s, [courseId]);
    const start = method.clock ? history.filter((h) => h.toPhase === method.clock!.startsIn).sort((a, b) => +a.at - +b.at)[0] : undefined;
    const limit = start ? clockEnd(method, localDate(start.at)) : null;
    if (limit && body.plannedEndDate > limit && !body.reason) throw invalid('reason', 'required');
    await s.db
      .update(courses)
      .set({ plannedEndDate: body.plannedEndDate, plannedEndReason: limit && body.plannedEndDate > limit ? body.reason! : null, updatedAt: new Date() })
      .where(and(eq(courses.id, courseId)));
    await s.audit([{ action: 'course.update', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: { fields: ['plannedEndDate'] } }]);
    return getTimeline(s, courseId);
  });
}
