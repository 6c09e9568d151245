import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { PathwayEntry } from '../../../shared/schemas/crisis';
import { inTransaction, type Scope } from '../../access/scope';
import { courses, crisisRequests, spottings } from '../../db/schema';
import { uuidArray } from '../../db/sql';
import { findMethod } from '../../methods';
import { visibleCourseSql } from '../courses/course-access';
import { addDays, localDate, today } from '../outreach/dates';
import { checklistItems, itemDueOn, latestTicks } from './checklists.service';
import { citizenCards, findFuturePlans, findMidway, findTicks } from './crisis.repo';
import { midwayView } from './stay.service';

type Entry = z.infer<typeof PathwayEntry>;
type Alert = Entry['alerts'][number];

/**
 * The pathway at a glance: the social mentor's crisis pathway courses and the crisis center's stay
 * courses the caller can see, by step, with what is waiting or overdue.
 */
export function pathwayOverview(scope: Scope) {
  return inTransaction(scope, async (s) => {
    const rows = await s.db
      .select()
      .from(courses)
      .where(and(inArray(courses.method, ['crisis_pathway', 'crisis_stay']), eq(courses.status, 'active'), visibleCourseSql(s, 'courses')));
    const ids = rows.map((c) => c.id);
    if (ids.length === 0) return { items: [] };
    const requests = await s.db
      .select()
      .from(crisisRequests)
      .where(sql`${crisisRequests.pathwayCourseId} = any(${uuidArray(ids)}) or ${crisisRequests.stayCourseId} = any(${uuidArray(ids)})`);
    const spotted = await s.db.select().from(spottings).where(inArray(spottings.courseId, ids));
    const stayIds = requests.map((r) => r.stayCourseId).filter((x): x is string => Boolean(x));
    const ticks = await findTicks(s.db, [...ids, ...stayIds]);
    const midways = await findMidway(s.db, requests.map((r) => r.id));
    const plans = await findFuturePlans(s.db, requests.map((r) => r.id));
    const cards = await citizenCards(s.db, rows.map((c) => c.citizenId));
    const stays = new Map((stayIds.length ? await s.db.select().from(courses).where(inArray(courses.id, stayIds)) : []).map((c) => [c.id, c]));
    const ticked = latestTicks(ticks);
    const isTicked = (courseId: string, item: string) => ticked.get(`${courseId}:${item}`)?.ticked ?? false;
    const now = today();
    await s.audit(rows.map((c) => ({ action: 'course.read' as const, citizenId: c.citizenId, courseId: c.id, organisationId: c.organisationId, context: { purpose: 'crisis_overview' } })));

    const items = rows.map((course): Entry => {
      const request = requests.filter((r) => r.pathwayCourseId === course.id || r.stayCourseId === course.id).sort((a, b) => +b.requestedAt - +a.requestedAt)[0];
      const spotting = spotted.find((x) => x.courseId === course.id);
      const alerts: Alert[] = [];
      const alert = (kind: Alert['kind'], dueOn: string | null) => alerts.push({ kind, dueOn, overdue: dueOn !== null && dueOn < now });
      const stay = request?.stayCourseId ? stays.get(request.stayCourseId) : undefined;
      const arrivalDate = request?.arrivedAt ? localDate(request.arrivedAt) : null;
      let step: Entry['step'];
      let since = course.startDate;
      if (course.method === 'crisis_stay') {
        step = arrivalDate ? 'stay' : 'admitted';
        since = arrivalDate ?? course.startDate;
        for (const item of checklistItems(findMethod('crisis_stay')!)) {
          if (item.dueDays === undefined || isTicked(course.id, item.key)) continue;
          alert(item.key === 'healthCheck.broaderHealthCheck' ? 'health_check' : 'action_plan_contact', arrivalDate ? itemDueOn(course, item.dueDays) : null);
        }
      } else if (course.phase === 'finding') {
        if (!request) {
          step = spotting?.screening ? 'screened' : 'spotted';
          since = localDate(spotting?.statusAt ?? course.createdAt);
          if (!spotting?.screening) alert('screening_waiting', addDays(localDate(spotting?.spottedAt ?? course.createdAt), 1));
        } else if (request.status === 'requested') {
          step = 'requested';
          since = localDate(request.requestedAt);
          alert('decision_waiting', addDays(since, 1));
        } else if (request.status === 'admitted') {
          step = request.pickedUpAt ? 'picked_up' : 'admitted';
          since = localDate(request.decidedAt ?? request.requestedAt);
          if (!request.pickedUpAt) alert('pickup_waiting', addDays(since, 1));
        } else {
          step = request.status === 'declined' ? 'declined' : spotting?.screening ? 'screened' : 'spotted';
          since = localDate(request.decidedAt ?? request.withdrawnAt ?? request.requestedAt);
        }
      } else if (course.phase === 'stay') {
        step = 'stay';
        since = arrivalDate ?? since;
        if (!isTicked(course.id, 'actionPlan.planUpdated')) alert('action_plan_contact', arrivalDate ? addDays(arrivalDate, 14) : null);
      } else {
        step = 'homecoming';
        const open = checklistItems(findMethod('crisis_pathway')!).filter((i) => i.phase === 'homecoming' && !i.optional && !isTicked(course.id, i.key));
        if (open.length) alert('homecoming', null);
      }
      if (request && stay && arrivalDate && stay.status === 'active') {
        const midway = midwayView(s, request, stay, midways.find((m) => m.requestId === request.id), new Map());
        if (!midway.held) alert('midway_meeting', midway.scheduledAt ? localDate(new Date(midway.scheduledAt)) : midway.proposedDate);
        if (!plans.some((p) => p.requestId === request.id) && midway.proposedDate) alert('future_plan', midway.proposedDate);
      }
      return {
        citizen: { id: course.citizenId, displayName: cards.get(course.citizenId)?.displayName ?? '' },
        courseId: course.id,
        requestId: request?.id ?? null,
        spottingId: spotting?.id ?? null,
        step,
        since,
        arrivalDate,
        plannedEndDate: stay?.plannedEndDate ?? null,
        alerts,
      };
    });
    const order: Entry['step'][] = ['spotted', 'screened', 'requested', 'admitted', 'picked_up', 'stay', 'homecoming', 'declined'];
    items.sort((a, b) => order.indexOf(a.step) - order.indexOf(b.step) || a.since.localeCompare(b.since));
    return { items };
  });
}
