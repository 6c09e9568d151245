import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { CrisisDecisionBody, CrisisRequest, CrisisRequestCreate, PickupBody } from '../../../shared/schemas/crisis';
import { allowedCitizenIds } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import { courses } from '../../db/schema';
import { newId } from '../../db/ids';
import { AppError, forbidden, invalid, notFound } from '../../http/problem';
import { findValidAgreementsOf } from '../agreements/agreements.repo';
import { findCourse, updateCoursePhase } from '../courses/courses.repo';
import { openCourse } from '../courses/courses.service';
import { addDays, inFuture, localDate, today } from '../outreach/dates';
import { userNames } from '../outreach/outreach.repo';
import { recordTick } from './checklists.service';
import { centerOrgs, mentorOrgs, readableCourseSql, requestVisibleSql } from './crisis-access';
import {
  citizenCards,
  findOpenRequestsOf,
  findRequest,
  findRequests,
  findSpotting,
  findSpottingByCourse,
  insertRequest,
  lockKey,
  orgNames,
  unitOfRole,
  updateRequest,
  updateSpotting,
  type RequestRow,
} from './crisis.repo';

type RequestDto = z.infer<typeof CrisisRequest>;



export async function toRequests(s: Scope, rows: RequestRow[]): Promise<RequestDto[]> {
  const cards = await citizenCards(s.db, rows.map((r) => r.citizenId));
  const orgs = await orgNames(s.db, [...new Set(rows.flatMap((r) => [r.municipalityOrgId, r.crisisCenterOrgId]))]);
  const names = await userNames(s, [...new Set(rows.flatMap((r) => [r.requestedBy, ...(r.decidedBy ? [r.decidedBy] : [])]))]);
  if (rows.length) {
    await s.audit(rows.map((r) => ({ action: 'crisisRequest.read' as const, citizenId: r.citizenId, courseId: r.pathwayCourseId, organisationId: r.municipalityOrgId, context: { requestIds: [r.id] } })));
  }
  const ref = (id: string) => ({ id, displayName: names.get(id) ?? '' });
  return rows.map((r) => {
    const card = cards.get(r.citizenId)!;
    return {
      id: r.id,
      status: r.status as RequestDto['status'],
      citizen: { id: r.citizenId, displayName: card.displayName, birthYear: card.birthYear, description: card.description },
      municipality: { id: r.municipalityOrgId, name: orgs.get(r.municipalityOrgId) ?? '' },
      crisisCenter: { id: r.crisisCenterOrgId, name: orgs.get(r.crisisCenterOrgId) ?? '' },
      summary: r.summary,
      requestedBy: ref(r.requestedBy),
      requestedAt: r.requestedAt.toISOString(),
      decision:
        r.decision && r.decidedBy && r.decidedAt
          ? { decision: r.decision as 'admit' | 'decline', reason: r.decisionReason, by: ref(r.decidedBy), at: r.decidedAt.toISOString(), plannedLengthDays: r.plannedLengthDays }
          : null,
      pickup:
        r.pickupPlannedAt && r.pickupTransport
          ? {
              plannedAt: r.pickupPlannedAt.toISOString(),
              transport: r.pickupTransport as NonNullable<RequestDto['pickup']>['transport'],
              accompaniedBy: r.pickupAccompaniedBy ?? '',
              pickedUpAt: r.pickedUpAt?.toISOString() ?? null,
              arrivedAt: r.arrivedAt?.toISOString() ?? null,
              minutesFromRequestToPickup: r.pickedUpAt ? Math.round((r.pickedUpAt.getTime() - r.requestedAt.getTime()) / 60_000) : null,
            }
          : null,
      pathwayCourseId: r.pathwayCourseId,
      stayCourseId: r.stayCourseId,
      withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
    };
  });
}

/**
 * A request the caller may see (see crisis-access), with their part in it: the social mentor who
 * reads the pathway course, or the crisis center's staff (deciding, or reading the stay course).
 * Everything else answers 404. With `lock`, concurrent changes to the request wait for this one.
 */
async function visibleRequest(s: Scope, id: string, lock = false) {
  if (lock) await lockKey(s.db, `crisis_request:${id}`);
  const [row] = await findRequests(s.db, requestVisibleSql(s), { id });
  if (!row) throw notFound();
  const rows = (await s.db.execute(sql`select ${readableCourseSql(s, sql`${row.pathwayCourseId}::uuid`)} as pathway,
    ${row.stayCourseId ? readableCourseSql(s, sql`${row.stayCourseId}::uuid`) : sql`false`} as stay`)) as unknown as { rows: { pathway: boolean; stay: boolean }[] };
  const { pathway, stay } = rows.rows[0];
  return {
    row,
    asMentor: mentorOrgs(s).includes(row.municipalityOrgId) && pathway,
    // Once admitted, the center acts through its stay course (which it may no longer read after the grace period).
    asCenter: centerOrgs(s).includes(row.crisisCenterOrgId) && (row.status !== 'admitted' || stay),
  };
}

export async function getRequest(scope: Scope, id: string) {
  return inTransaction(scope, async (s) => (await toRequests(s, [(await visibleRequest(s, id)).row]))[0]);
}

export async function listRequests(scope: Scope, q: { status?: string; courseId?: string }) {
  return inTransaction(scope, async (s) => ({ items: await toRequests(s, await findRequests(s.db, requestVisibleSql(s), q)) }));
}

/** A citizen has at most one open request: waiting for a decision, or admitted with the stay going on. */
async function requireNoOpenRequest(s: Scope, citizenId: string) {
  if ((await findOpenRequestsOf(s.db, citizenId)).length) throw new AppError(409, 'conflict');
}

/**
 * The social mentor asks a crisis center to admit a citizen: after a screening in the target group,
 * or for a citizen the mentor already works with. Needs a collaboration agreement valid today.
 */
export function createRequest(scope: Scope, body: z.infer<typeof CrisisRequestCreate>) {
  return inTransaction(scope, async (s) => {
    if (!body.spottingId === !body.citizenId) throw invalid(body.spottingId ? 'citizenId' : 'spottingId', body.spottingId ? 'invalid' : 'required');
    let citizenId: string;
    let organisationId: string;
    let pathwayCourseId: string;
    let spottingId: string | null = null;
    if (body.citizenId) await lockKey(s.db, `crisis_citizen:${body.citizenId}`);
    if (body.spottingId) {
      const spotting = await findSpotting(s.db, body.spottingId);
      if (!spotting || !mentorOrgs(s).includes(spotting.organisationId)) throw notFound();
      const readable = (await s.db.execute(sql`select ${readableCourseSql(s, sql`${spotting.courseId}::uuid`)} as ok`)) as unknown as { rows: { ok: boolean }[] };
      if (!readable.rows[0].ok) throw notFound();
      if (!spotting.screening?.inTargetGroup) throw new AppError(409, 'not_screened_in_target_group');
      await lockKey(s.db, `crisis_citizen:${spotting.citizenId}`);
      ({ citizenId, organisationId, courseId: pathwayCourseId } = spotting);
      spottingId = spotting.id;
      const course = await findCourse(s.db, pathwayCourseId);
      if (course.status !== 'active') throw new AppError(409, 'course_not_active');
    } else {
      citizenId = body.citizenId!;
      organisationId = mentorOrgs(s)[0];
      if (!organisationId) throw forbidden();
      if (!(await allowedCitizenIds(s, [citizenId])).has(citizenId)) throw notFound();
      const unitId = (await unitOfRole(s.db, s.access.actor.userId, organisationId, 'social_mentor'))!;
      // The citizen's open crisis pathway in the mentor's unit, or a new one.
      const [open] = await s.db
        .select({ id: courses.id })
        .from(courses)
        .where(and(eq(courses.citizenId, citizenId), eq(courses.unitId, unitId), eq(courses.method, 'crisis_pathway'), eq(courses.status, 'active')));
      // A citizen spotted into this pathway is requested for only after a screening in the target
      // group, and the request then answers that spotting.
      const pending = open ? await findSpottingByCourse(s.db, open.id) : undefined;
      if (pending && !pending.screening?.inTargetGroup) throw new AppError(409, 'not_screened_in_target_group');
      spottingId = pending?.id ?? null;
      pathwayCourseId = open?.id ?? (await openCourse(s, { citizenId, organisationId, unitId, method: 'crisis_pathway', responsibleIds: [s.access.actor.userId] }));
    }
    if (!mentorOrgs(s).includes(organisationId)) throw forbidden();
    await requireNoOpenRequest(s, citizenId);
    const agreement = (await findValidAgreementsOf(s.db, organisationId, today())).find((a) => a.crisisCenterOrgId === body.crisisCenterOrganisationId);
    if (!agreement) throw new AppError(409, 'no_collaboration_agreement', [{ path: 'crisisCenterOrganisationId', code: 'invalid_value' }]);
    const id = newId();
    await insertRequest(s.db, {
      id,
      municipalityOrgId: organisationId,
      crisisCenterOrgId: body.crisisCenterOrganisationId,
      agreementId: agreement.id,
      citizenId,
      spottingId,
      pathwayCourseId,
      summary: body.summary,
      status: 'requested',
      requestedBy: s.access.actor.userId,
      requestedAt: new Date(),
    });
    if (spottingId) await updateSpotting(s.db, spottingId, { status: 'requested', statusAt: new Date() });
    await s.audit([{ action: 'crisisRequest.create', citizenId, courseId: pathwayCourseId, organisationId, context: { requestId: id } }]);
    await recordTick(s, { id: pathwayCourseId, citizenId, organisationId }, 'request.sent', true);
    return (await toRequests(s, [(await findRequest(s.db, id))!]))[0];
  });
}

/** The crisis center admits (opening the stay course in its unit) or declines with a reason. */
export function decideRequest(scope: Scope, id: string, body: z.infer<typeof CrisisDecisionBody>) {
  return inTransaction(scope, async (s) => {
    const { row, asCenter } = await visibleRequest(s, id, true);
    const unit = s.access.actor.memberships.find((m) => m.organisationId === row.crisisCenterOrgId && m.unitId && s.access.has('course.create', m.unitId));
    if (!unit || !asCenter) throw forbidden();
    if (row.status !== 'requested') throw new AppError(409, 'request_not_open');
    // A pathway the municipality has closed has nothing left to admit into.
    if ((await findCourse(s.db, row.pathwayCourseId)).status !== 'active') throw new AppError(409, 'request_not_open');
    if (body.decision === 'decline' && !body.reason) throw invalid('reason', 'required');
    if (body.decision === 'decline' && body.plannedLengthDays != null) throw invalid('plannedLengthDays', 'invalid');
    const now = new Date();
    let stayCourseId: string | null = null;
    if (body.decision === 'admit') {
      const length = body.plannedLengthDays ?? null;
      stayCourseId = await openCourse(s, {
        citizenId: row.citizenId,
        organisationId: row.crisisCenterOrgId,
        unitId: unit.unitId!,
        method: 'crisis_stay',
        responsibleIds: [s.access.actor.userId],
        plannedEndDate: addDays(today(), length ?? s.config.crisisDefaultStayDays),
      });
    }
    await updateRequest(s.db, id, {
      status: body.decision === 'admit' ? 'admitted' : 'declined',
      decision: body.decision,
      decisionReason: body.reason ?? null,
      decidedBy: s.access.actor.userId,
      decidedAt: now,
      plannedLengthDays: body.plannedLengthDays ?? null,
      stayCourseId,
    });
    if (row.spottingId) await updateSpotting(s.db, row.spottingId, { status: body.decision === 'admit' ? 'admitted' : 'declined', statusAt: now });
    await s.audit([{ action: 'crisisRequest.decide', citizenId: row.citizenId, courseId: row.pathwayCourseId, organisationId: row.municipalityOrgId, context: { requestId: id, decision: body.decision } }]);
    await recordTick(s, { id: row.pathwayCourseId, citizenId: row.citizenId, organisationId: row.municipalityOrgId }, 'request.decided', true);
    return (await toRequests(s, [(await findRequest(s.db, id))!]))[0];
  });
}

/**
 * Plans the pickup (time, transport, who accompanies) and later confirms it. The pickup moves the
 * mentor's course into the stay; the arrival starts the stay course's clock (health check, midway).
 */
export function recordPickup(scope: Scope, id: string, body: z.infer<typeof PickupBody>) {
  return inTransaction(scope, async (s) => {
    const { row, asMentor, asCenter } = await visibleRequest(s, id, true);
    if (!asMentor && !asCenter) throw forbidden();
    if (row.status === 'requested') throw new AppError(409, 'pickup_before_decision');
    if (row.status !== 'admitted') throw new AppError(409, 'request_not_open');
    // Once the stay has ended, its pickup is history.
    if ((await findCourse(s.db, row.stayCourseId!)).status !== 'active') throw new AppError(409, 'course_not_active');
    const pickedUpAt = body.pickedUpAt ? new Date(body.pickedUpAt) : null;
    const arrivedAt = body.arrivedAt ? new Date(body.arrivedAt) : null;
    if (pickedUpAt && inFuture(pickedUpAt)) throw invalid('pickedUpAt', 'in_future');
    // Times are entered to the minute: a pickup in the minute of the request is not before it.
    const requestMinute = Math.floor(row.requestedAt.getTime() / 60_000) * 60_000;
    if (pickedUpAt && pickedUpAt.getTime() < requestMinute) throw invalid('pickedUpAt', 'before_request');
    if (arrivedAt && !pickedUpAt) throw invalid('pickedUpAt', 'required');
    if (arrivedAt && inFuture(arrivedAt)) throw invalid('arrivedAt', 'in_future');
    if (arrivedAt && pickedUpAt && arrivedAt < pickedUpAt) throw invalid('arrivedAt', 'before_pickup');
    // A confirmed pickup or arrival is not taken back by leaving it out.
    if (row.pickedUpAt && !pickedUpAt) throw invalid('pickedUpAt', 'required');
    if (row.arrivedAt && !arrivedAt) throw invalid('arrivedAt', 'required');
    await updateRequest(s.db, id, { pickupPlannedAt: new Date(body.plannedAt), pickupTransport: body.transport, pickupAccompaniedBy: body.accompaniedBy, pickedUpAt, arrivedAt });
    await s.audit([{ action: 'crisisRequest.pickup', citizenId: row.citizenId, courseId: row.pathwayCourseId, organisationId: row.municipalityOrgId, context: { requestId: id } }]);
    const pathway = await findCourse(s.db, row.pathwayCourseId);
    if (!row.pickupPlannedAt) await recordTick(s, pathway, 'pickup.planned', true);
    if (pickedUpAt && !row.pickedUpAt) {
      await recordTick(s, pathway, 'pickup.pickedUp', true);
      // A pickup a few minutes ahead of the clock is recorded as now, keeping the phase history in order.
      const at = new Date(Math.min(pickedUpAt.getTime(), Date.now()));
      if (pathway.status === 'active' && pathway.phase === 'finding') await updateCoursePhase(s, pathway, 'stay', at, 'pickup');
    }
    if (arrivedAt && row.stayCourseId) {
      // The stay runs from the arrival: its due dates count from there.
      const arrival = localDate(arrivedAt);
      const length = row.plannedLengthDays ?? s.config.crisisDefaultStayDays;
      await s.db.update(courses).set({ startDate: arrival, plannedEndDate: addDays(arrival, length), updatedAt: new Date() }).where(eq(courses.id, row.stayCourseId));
    }
    return (await toRequests(s, [(await findRequest(s.db, id))!]))[0];
  });
}

/** The social mentor withdraws a request the center has not yet decided on. */
export function withdrawRequest(scope: Scope, id: string) {
  return inTransaction(scope, async (s) => {
    const { row, asMentor } = await visibleRequest(s, id, true);
    if (!asMentor) throw forbidden();
    if (row.status !== 'requested') throw new AppError(409, 'request_not_open');
    const now = new Date();
    await updateRequest(s.db, id, { status: 'withdrawn', withdrawnAt: now });
    if (row.spottingId) await updateSpotting(s.db, row.spottingId, { status: 'withdrawn', statusAt: now });
    await s.audit([{ action: 'crisisRequest.withdraw', citizenId: row.citizenId, courseId: row.pathwayCourseId, organisationId: row.municipalityOrgId, context: { requestId: id } }]);
    return (await toRequests(s, [(await findRequest(s.db, id))!]))[0];
  });
}
