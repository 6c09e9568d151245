import type { z } from 'zod';
import type { FuturePlanBody, MidwayBody, Session, SessionCreate } from '../../../shared/schemas/crisis';
import { inTransaction, type Scope } from '../../access/scope';
import type { FuturePlanContent } from '../../db/schema/crisis';
import { newId } from '../../db/ids';
import { AppError, conflict, forbidden, invalid } from '../../http/problem';
import { findCourse, updateCoursePhase, type CourseRow } from '../courses/courses.repo';
import { courseFor, requireActive } from '../outreach/outreach.service';
import { userNames } from '../outreach/outreach.repo';
import { addDays, inFuture, localDate, today } from '../outreach/dates';
import { recordTick } from './checklists.service';
import {
  findFuturePlans,
  findMidway,
  findRequestByCourse,
  findSession,
  findSessions,
  insertFuturePlan,
  insertSession,
  lockKey,
  updateRequest,
  updateSpotting,
  upsertMidway,
  type MidwayRow,
  type RequestRow,
} from './crisis.repo';


// ---------- sessions ----------

export function listSessions(scope: Scope, courseId: string) {
  return inTransaction(scope, async (s) => {
    const { course, canRead } = await courseFor(s, courseId, 'sessions');
    if (!canRead) throw forbidden();
    const rows = await findSessions(s.db, courseId);
    const names = await userNames(s, [...new Set(rows.map((r) => r.byUserId))]);
    await s.audit([{ action: 'session.read', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: { count: rows.length } }]);
    return {
      items: rows.map((r) => sessionDto(r, names.get(r.byUserId) ?? '')),
    };
  });
}

/**
 * Logs a session or contact (any method with sessions: the stay, CTI, ICM, ACT), with where it took
 * place; a coordination contact names its service. A retry with the same id creates nothing new.
 */
export function logSession(scope: Scope, courseId: string, body: z.infer<typeof SessionCreate>) {
  return inTransaction(scope, async (s) => {
    const { course, canWork } = await courseFor(s, courseId, 'sessions');
    if (!canWork) throw forbidden();
    if (body.id) {
      await lockKey(s.db, `session:${body.id}`);
      const existing = await findSession(s.db, body.id);
      if (existing) {
        if (existing.courseId !== courseId || existing.byUserId !== s.access.actor.userId) throw conflict();
        return { created: false, session: sessionDto(existing, s.access.actor.displayName) };
      }
    }
    requireActive(course);
    const at = new Date(body.at);
    if (inFuture(at)) throw invalid('at', 'in_future');
    if (localDate(at) < course.startDate) throw invalid('at', 'before_course_start');
    if (body.kind === 'coordination' && !body.service) throw invalid('service', 'required');
    const row = {
      id: body.id ?? newId(),
      organisationId: course.organisationId,
      courseId,
      at,
      kind: body.kind,
      setting: body.setting ?? null,
      service: body.service || null,
      note: body.note ?? null,
      byUserId: s.access.actor.userId,
      createdAt: new Date(),
    };
    await insertSession(s.db, row);
    await s.audit([{ action: 'session.create', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: { sessionId: row.id } }]);
    return { created: true, session: sessionDto(row, s.access.actor.displayName) };
  });
}

type SessionDto = z.infer<typeof Session>;
const sessionDto = (r: { id: string; courseId: string; at: Date; kind: string; setting: string | null; service: string | null; note: string | null; byUserId: string }, byName: string): SessionDto => ({
  id: r.id,
  courseId: r.courseId,
  at: r.at.toISOString(),
  kind: r.kind as SessionDto['kind'],
  setting: r.setting as SessionDto['setting'],
  service: r.service,
  note: r.note,
  by: { id: r.byUserId, displayName: byName },
});

// ---------- the stay behind a course ----------

/** The admitted request behind a pathway or stay course the caller can see, with that course. */
async function stayOf(s: Scope, courseId: string) {
  const found = await courseFor(s, courseId, 'checklists');
  const request = await findRequestByCourse(s.db, courseId);
  if (!request?.stayCourseId) throw new AppError(409, 'not_a_stay');
  const stay = courseId === request.stayCourseId ? found.course : await findCourse(s.db, request.stayCourseId);
  return { ...found, request, stay };
}

const arrivalOf = (request: RequestRow, stay: CourseRow) => (request.arrivedAt ? localDate(request.arrivedAt) : null) ?? (stay ? stay.startDate : null);

export function midwayView(s: Scope, request: RequestRow, stay: CourseRow, m: MidwayRow | undefined, names: Map<string, string>) {
  const arrivalDate = request.arrivedAt ? arrivalOf(request, stay) : null;
  const plannedLengthDays = request.plannedLengthDays ?? s.config.crisisDefaultStayDays;
  const proposedDate = arrivalDate ? addDays(arrivalDate, Math.floor(plannedLengthDays / 2)) : null;
  const target = m?.scheduledAt ? localDate(m.scheduledAt) : proposedDate;
  const reminded = m?.remindedOn ?? {};
  return {
    requestId: request.id,
    arrivalDate,
    plannedLengthDays,
    plannedLengthIsDefault: request.plannedLengthDays == null,
    proposedDate,
    scheduledAt: m?.scheduledAt?.toISOString() ?? null,
    place: m?.place ?? null,
    participants: m?.participants ?? null,
    remindedOn: { citizen: reminded.citizen ?? null, center: reminded.center ?? null, municipality: reminded.municipality ?? null },
    held: m?.held ?? false,
    heldAt: m?.heldAt?.toISOString() ?? null,
    status: m?.status ?? null,
    changeSoFar: m?.changeSoFar ?? null,
    supportReadyAtHome: m?.supportReadyAtHome ?? null,
    overdue: !(m?.held ?? false) && stay.status === 'active' && target !== null && target < today(),
    updatedAt: m?.updatedAt.toISOString() ?? null,
    updatedBy: m ? { id: m.updatedBy, displayName: names.get(m.updatedBy) ?? '' } : null,
  };
}

export function getMidway(scope: Scope, courseId: string) {
  return inTransaction(scope, async (s) => {
    const { course, canRead, request, stay } = await stayOf(s, courseId);
    if (!canRead) throw forbidden();
    const [m] = await findMidway(s.db, [request.id]);
    await s.audit([{ action: 'midway.read', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: { requestId: request.id } }]);
    return midwayView(s, request, stay, m, await userNames(s, m ? [m.updatedBy] : []));
  });
}

/** Plans and records the midway meeting; holding it ticks the stay's checklist item. */
export function saveMidway(scope: Scope, courseId: string, body: z.infer<typeof MidwayBody>) {
  return inTransaction(scope, async (s) => {
    const { course, canWork, request, stay } = await stayOf(s, courseId);
    if (!canWork) throw forbidden();
    requireActive(course);
    requireActive(stay);
    await lockKey(s.db, `midway:${request.id}`);
    const [old] = await findMidway(s.db, [request.id]);
    for (const [party, date] of Object.entries(body.remindedOn ?? {})) if (date && date > today()) throw invalid(`remindedOn.${party}`, 'in_future');
    const held = body.held ?? old?.held ?? false;
    if (held && !request.arrivedAt) throw new AppError(409, 'step_not_reached');
    const now = new Date();
    const pick = <K extends keyof typeof body>(k: K, fallback: unknown) => (body[k] === undefined ? fallback : body[k]);
    await upsertMidway(s.db, {
      requestId: request.id,
      scheduledAt: body.scheduledAt === undefined ? (old?.scheduledAt ?? null) : body.scheduledAt ? new Date(body.scheduledAt) : null,
      place: pick('place', old?.place ?? null) as string | null,
      participants: pick('participants', old?.participants ?? null) as string | null,
      remindedOn: { ...(old?.remindedOn ?? {}), ...(body.remindedOn ?? {}) },
      held,
      heldAt: held ? (old?.heldAt ?? now) : null,
      status: pick('status', old?.status ?? null) as string | null,
      changeSoFar: pick('changeSoFar', old?.changeSoFar ?? null) as string | null,
      supportReadyAtHome: pick('supportReadyAtHome', old?.supportReadyAtHome ?? null) as string | null,
      updatedBy: s.access.actor.userId,
      updatedAt: now,
    });
    await s.audit([{ action: 'midway.update', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: { requestId: request.id, fields: Object.keys(body) } }]);
    if (held !== (old?.held ?? false)) await recordTick(s, stay, 'midwayMeeting.held', held);
    const [m] = await findMidway(s.db, [request.id]);
    return midwayView(s, request, stay, m, await userNames(s, [m.updatedBy]));
  });
}

// ---------- future plan ----------

async function futurePlanView(s: Scope, requestId: string) {
  const versions = await findFuturePlans(s.db, [requestId]);
  const names = await userNames(s, [...new Set(versions.map((v) => v.byUserId))]);
  const list = versions.map((v) => ({ ...v.content, version: v.version, by: { id: v.byUserId, displayName: names.get(v.byUserId) ?? '' }, at: v.at.toISOString() }));
  return { requestId, current: list[0] ?? null, versions: list };
}

export function getFuturePlan(scope: Scope, courseId: string) {
  return inTransaction(scope, async (s) => {
    const { course, canRead, request } = await stayOf(s, courseId);
    if (!canRead) throw forbidden();
    await s.audit([{ action: 'futurePlan.read', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: { requestId: request.id } }]);
    return futurePlanView(s, request.id);
  });
}

/** Saves a new version of the future plan written with the citizen during the stay. */
export function saveFuturePlan(scope: Scope, courseId: string, body: z.infer<typeof FuturePlanBody>) {
  return inTransaction(scope, async (s) => {
    const { course, canWork, request, stay } = await stayOf(s, courseId);
    if (!canWork) throw forbidden();
    requireActive(course);
    requireActive(stay);
    await lockKey(s.db, `future_plan:${request.id}`);
    const [latest] = await findFuturePlans(s.db, [request.id]);
    const version = (latest?.version ?? 0) + 1;
    const content: FuturePlanContent = {
      wishes: body.wishes ?? null,
      housing: body.housing ?? null,
      substanceUse: body.substanceUse ?? null,
      finances: body.finances ?? null,
      health: body.health ?? null,
      network: body.network ?? null,
      supportAtHome: body.supportAtHome ?? null,
      writtenWithCitizen: body.writtenWithCitizen,
    };
    await insertFuturePlan(s.db, { requestId: request.id, version, content, byUserId: s.access.actor.userId, at: new Date() });
    await s.audit([{ action: 'futurePlan.update', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: { requestId: request.id, version } }]);
    if (body.writtenWithCitizen && !latest?.content.writtenWithCitizen) await recordTick(s, stay, 'futurePlan.written', true);
    return futurePlanView(s, request.id);
  });
}

/**
 * When a stay ends (discharged, left, transferred), the social mentor's course moves on to
 * homecoming. When the mentor's course ends, a request still waiting for a decision is withdrawn.
 */
export async function onCourseEnded(s: Scope, course: CourseRow) {
  if (course.method === 'crisis_pathway') {
    const request = await findRequestByCourse(s.db, course.id);
    if (request?.status === 'requested') {
      await updateRequest(s.db, request.id, { status: 'withdrawn', withdrawnAt: new Date() });
      if (request.spottingId) await updateSpotting(s.db, request.spottingId, { status: 'withdrawn', statusAt: new Date() });
      await s.audit([{ action: 'crisisRequest.withdraw', citizenId: request.citizenId, courseId: course.id, organisationId: request.municipalityOrgId, context: { requestId: request.id } }]);
    }
    return;
  }
  if (course.method !== 'crisis_stay') return;
  const request = await findRequestByCourse(s.db, course.id);
  if (!request) return;
  const pathway = await findCourse(s.db, request.pathwayCourseId);
  if (pathway?.status === 'active' && pathway.phase === 'stay') await updateCoursePhase(s, pathway, 'homecoming', new Date(), 'stay_ended');
}
