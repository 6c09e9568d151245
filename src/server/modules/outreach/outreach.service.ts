import type { z } from 'zod';
import type { ContactAttempt, ContactAttemptBody, ContactPlanBody } from '../../../shared/schemas/outreach';
import { inTransaction, type Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { AppError, conflict, forbidden, invalid, notFound } from '../../http/problem';
import type { MethodFeature } from '../../methods';
import { methodOfCourse } from '../teams/method-settings.service';
import { findUnitWorkers, selectVisibleCourses, type CourseRow } from '../courses/courses.repo';
import { notePermissions } from '../courses/courses.service';
import { findPlace } from '../places/places.repo';
import { inFuture, localDate } from './dates';
import { findAttempt, findAttemptFacts, findDueFacts, insertAttempt, insertPlanVersion, readAttempts, readPlanVersions, userNames, type AttemptRow, type PlanRow } from './outreach.repo';
import { summarise } from './summary';

/** A visible course whose method has `feature`, with what the caller may do on it. */
export async function courseFor(s: Scope, courseId: string, feature?: MethodFeature) {
  const [row] = await selectVisibleCourses(s, { courseId });
  if (!row) throw notFound();
  // The method as the course follows it: the model with the settings version it started under.
  const method = await methodOfCourse(s, row.course);
  if (feature && !method?.features.includes(feature)) throw new AppError(409, 'not_supported_by_method');
  const perms = await notePermissions(s, row.course);
  return { course: row.course, unitName: row.unitName, method: method!, canRead: perms.canReadNotes, canWork: perms.canWriteNotes };
}

export function requireActive(course: CourseRow) {
  if (course.status !== 'active') throw new AppError(409, 'course_not_active');
}

/** People chosen from the course's unit; the caller is always included. */
async function unitPeople(s: Scope, course: CourseRow, ids: string[] | undefined, path: string): Promise<string[]> {
  const wanted = [...new Set([s.access.actor.userId, ...(ids ?? [])])];
  const found = await findUnitWorkers(s, course.unitId, wanted);
  if (found.length !== wanted.length) throw invalid(path, 'invalid_value');
  return wanted;
}

async function toPlan(s: Scope, p: PlanRow) {
  const names = await userNames(s, [...p.authorIds, p.createdBy]);
  return {
    courseId: p.courseId,
    version: p.version,
    where: p.whereText,
    how: p.howText,
    cadenceDays: p.cadenceDays,
    keepContact: p.keepContactText,
    authors: p.authorIds.map((id) => ({ id, displayName: names.get(id) ?? '' })),
    comment: p.comment,
    createdBy: { id: p.createdBy, displayName: names.get(p.createdBy) ?? '' },
    createdAt: p.createdAt.toISOString(),
  };
}

export function reviseContactPlan(scope: Scope, courseId: string, body: z.infer<typeof ContactPlanBody>) {
  return inTransaction(scope, async (s) => {
    const { course, canWork } = await courseFor(s, courseId, 'contactPlan');
    if (!canWork) throw forbidden();
    requireActive(course);
    const authorIds = await unitPeople(s, course, body.authorIds, 'authorIds');
    const row = await insertPlanVersion(s, course, {
      whereText: body.where,
      howText: body.how,
      cadenceDays: body.cadenceDays,
      keepContactText: body.keepContact,
      authorIds,
      comment: body.comment ?? null,
      createdBy: s.access.actor.userId,
    });
    return toPlan(s, row);
  });
}

export function getContactPlan(scope: Scope, courseId: string, history: boolean) {
  return inTransaction(scope, async (s) => {
    const { course, canRead } = await courseFor(s, courseId, 'contactPlan');
    if (!canRead) throw forbidden();
    const rows = await readPlanVersions(s, course, !history);
    const plans = [];
    for (const r of rows) plans.push(await toPlan(s, r));
    return plans;
  });
}

type Attempt = z.infer<typeof ContactAttempt>;

async function toAttempts(s: Scope, rows: AttemptRow[]): Promise<Attempt[]> {
  const names = await userNames(s, rows.flatMap((r) => r.participantIds));
  return rows.map((a) => ({
    id: a.id,
    courseId: a.courseId,
    at: a.at.toISOString(),
    place: a.place,
    placeId: a.placeId,
    method: a.method as Attempt['method'],
    outcome: a.outcome as Attempt['outcome'],
    signsOfLife: a.signsOfLife as Attempt['signsOfLife'],
    participants: a.participantIds.map((id) => ({ id, displayName: names.get(id) ?? '' })),
    observed: a.observed,
    nextPlannedAt: a.nextPlannedAt?.toISOString() ?? null,
    createdBy: a.createdBy,
    createdAt: a.createdAt.toISOString(),
  }));
}


async function visiblePlaceId(s: Scope, placeId: string) {
  const place = await findPlace(s.db, placeId);
  if (!place || !s.access.organisationsWith('place.read').includes(place.organisationId)) throw invalid('placeId', 'invalid_value');
  return placeId;
}

/** Records a contact attempt; a retry with the same client id returns the attempt already recorded. */
export function recordContactAttempt(scope: Scope, courseId: string, body: z.infer<typeof ContactAttemptBody>) {
  return inTransaction(scope, async (s) => {
    const { course, canWork } = await courseFor(s, courseId, 'contactAttempts');
    if (!canWork) throw forbidden();
    if (body.id) {
      const existing = await findAttempt(s, body.id);
      if (existing) {
        if (existing.courseId !== courseId || existing.createdBy !== s.access.actor.userId) throw conflict();
        return { created: false, attempt: (await toAttempts(s, [existing]))[0] };
      }
    }
    requireActive(course);
    const at = new Date(body.at);
    if (inFuture(at)) throw invalid('at', 'in_future');
    if (localDate(at) < course.startDate) throw invalid('at', 'before_course_start');
    const next = body.nextPlannedAt ? new Date(body.nextPlannedAt) : null;
    if (next && next.getTime() <= at.getTime()) throw invalid('nextPlannedAt', 'before_attempt');
    const row: AttemptRow = {
      id: body.id ?? newId(),
      organisationId: course.organisationId,
      courseId,
      citizenId: course.citizenId,
      at,
      place: body.place ?? null,
      placeId: body.placeId ? await visiblePlaceId(s, body.placeId) : null,
      method: body.method,
      outcome: body.outcome,
      signsOfLife: body.outcome === 'signs_of_life' ? (body.signsOfLife ?? []) : [],
      participantIds: await unitPeople(s, course, body.participantIds, 'participantIds'),
      observed: body.observed ?? null,
      nextPlannedAt: next,
      createdBy: s.access.actor.userId,
      createdAt: new Date(),
    };
    await insertAttempt(s, row);
    return { created: true, attempt: (await toAttempts(s, [row]))[0] };
  });
}

/** The course's attempts, newest first: the newest `limit` (and whether older ones exist), or all. */
export function findContactAttempts(scope: Scope, courseId: string, limit?: number) {
  return inTransaction(scope, async (s) => {
    const { course, canRead } = await courseFor(s, courseId, 'contactAttempts');
    if (!canRead) throw forbidden();
    const rows = await readAttempts(s, course, limit);
    return { items: await toAttempts(s, rows.slice(0, limit)), hasMore: limit !== undefined && rows.length > limit };
  });
}

/** Persistence figures and due state; visible to everyone who sees the course (leaders too), no free text. */
export function getCourseSummary(scope: Scope, courseId: string) {
  return inTransaction(scope, async (s) => {
    const { course } = await courseFor(s, courseId);
    await s.audit([{ action: 'course.read', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: { purpose: 'summary' } }]);
    const attempts = await findAttemptFacts(s, courseId);
    const [facts] = await findDueFacts(s, [courseId]);
    return summarise({ courseId, status: course.status, startDate: course.startDate, cadenceDays: facts?.cadenceDays ?? null }, attempts);
  });
}
