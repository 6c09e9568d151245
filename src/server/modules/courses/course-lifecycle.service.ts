import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { CourseCloseBody, PhaseChangeBody, ResponsibleBody } from '../../../shared/schemas/outreach';
import { inTransaction, type Scope } from '../../access/scope';
import { AppError, forbidden, invalid } from '../../http/problem';
import { courseFor, requireActive } from '../outreach/outreach.service';
import { today } from '../outreach/dates';
import { findUnit } from '../admin/admin.repo';
import { registerHandover } from '../inbound/inbound.service';
import { endCourse, findUnitWorkers, replaceResponsible, updateCoursePhase } from './courses.repo';
import { getCourseById } from './courses.service';
import { onCourseEnded } from '../crisis/stay.service';
import { onPhaseEntered, requireHousingFor } from '../cti/cti.service';

const statusFor: Record<string, string> = { handover: 'transferred', completed: 'completed', not_in_target_group: 'completed', discharged: 'completed', transferred: 'transferred' };

/** Noon, Danish time, on `date` (or now for today): the moment recorded for a dated change. */
async function momentOf(s: Scope, date: string | undefined, notBefore: string, path: string): Promise<Date> {
  if (!date || date === today()) return new Date();
  if (date > today()) throw invalid(path, 'in_future');
  if (date < notBefore) throw invalid(path, 'before_course_start');
  const rows = (await s.db.execute(sql`select ((${date}::date + time '12:00') at time zone 'Europe/Copenhagen') as at`)) as unknown as { rows: { at: Date | string }[] };
  return new Date(rows.rows[0].at);
}

/** Moves a course to a phase the method model allows from its current phase. */
export function changeCoursePhase(scope: Scope, courseId: string, body: z.infer<typeof PhaseChangeBody>) {
  return inTransaction(scope, async (s) => {
    const { course, method, canWork } = await courseFor(s, courseId);
    if (!canWork) throw forbidden();
    requireActive(course);
    if (!(method.transitions[course.phase] ?? []).includes(body.to)) throw new AppError(409, 'phase_transition_not_allowed', [{ path: 'to', code: 'invalid_value' }]);
    await requireHousingFor(s, course, method, body.to);
    const at = await momentOf(s, body.date, course.startDate, 'date');
    await updateCoursePhase(s, course, body.to, at, body.reason);
    await onPhaseEntered(s, course, body.to, at);
    return getCourseById(s, courseId);
  });
}

/** Ends a course with a reason its method allows in the current phase, and a closing summary. */
export function closeCourse(scope: Scope, courseId: string, body: z.infer<typeof CourseCloseBody>) {
  return inTransaction(scope, async (s) => {
    const { course, unitName, method, canWork } = await courseFor(s, courseId);
    if (!canWork) throw forbidden();
    requireActive(course);
    const phase = method.phases.find((p) => p.id === course.phase);
    if (!phase?.endReasons.includes(body.reason)) throw new AppError(409, 'end_reason_not_allowed', [{ path: 'reason', code: 'invalid_value' }]);
    const endedAt = await momentOf(s, body.date, course.startDate, 'date');
    const summary = body.handoverTo ? `${body.summary}\n\n→ ${body.handoverTo}` : body.summary;
    if (body.toUnitId) {
      const unit = await findUnit(s.db, body.toUnitId);
      if (!unit || unit.organisationId !== course.organisationId || unit.id === course.unitId) throw invalid('toUnitId', 'invalid_value');
      await registerHandover(s, { organisationId: course.organisationId, citizenId: course.citizenId, unitName }, unit.id, summary);
    }
    await endCourse(s, course, { status: statusFor[body.reason] ?? 'ended_early', endedAt, endReason: body.reason, closingSummary: summary });
    await onCourseEnded(s, course);
    return getCourseById(s, courseId);
  });
}

/** Hands the course to other workers of the same unit (handover to a worker): the course goes on. */
export function changeResponsible(scope: Scope, courseId: string, body: z.infer<typeof ResponsibleBody>) {
  return inTransaction(scope, async (s) => {
    const { course, canWork } = await courseFor(s, courseId);
    if (!canWork) throw forbidden();
    requireActive(course);
    const wanted = [...new Set(body.userIds)];
    if ((await findUnitWorkers(s, course.unitId, wanted)).length !== wanted.length) throw invalid('userIds', 'invalid_value');
    await replaceResponsible(s, course, wanted);
    return getCourseById(s, courseId);
  });
}
