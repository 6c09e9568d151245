import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Handover, HandoverQuery } from '../../../shared/schemas/residential';
import { readableCourseSql } from '../../access/citizen-access';
import { ownRecordSql } from '../../access/record-access';
import { inTransaction, type Scope } from '../../access/scope';
import {
  activities,
  caseNotes,
  citizens,
  courses,
  episodeActions,
  episodeDebriefs,
  episodePeople,
  episodes,
  goals,
  harmReductionPlans,
  motivationEntries,
  specialistRequests,
  users,
} from '../../db/schema';
import { forbidden, invalid } from '../../http/problem';
import { addDays, today } from '../outreach/dates';
import { userNames } from '../outreach/outreach.repo';
import { lastActivities, QUIET_DAYS } from './activities.service';
import { nextFollowUp } from './harm-reduction.service';
import { motivationDtos } from './motivation.service';
import { unitAccess } from './unit-access';

type Dto = z.infer<typeof Handover>;

/** The default handover window: the last shift (eight hours). */
const SHIFT_HOURS = 8;

/**
 * One screen for the shift handover: per resident what happened since `since` — notes, episodes,
 * open motivation, goals and harm-reduction follow-ups due, the last activity — and for the unit the
 * episodes, overdue follow-up actions and today's activities. Staff see it all; a peer sees only the
 * residents who agreed to work with them, their own notes, motivation and activities.
 */
export function handover(scope: Scope, unitId: string, q: z.infer<typeof HandoverQuery>) {
  return inTransaction(scope, async (s) => {
    const unit = await unitAccess(s, unitId);
    if (!unit.staff && !unit.peer) throw forbidden();
    const staff = unit.staff;
    const until = new Date();
    const since = q.since ? new Date(q.since) : new Date(until.getTime() - SHIFT_HOURS * 3_600_000);
    if (since > until) throw invalid('since', 'in_future');
    if (until.getTime() - since.getTime() > 14 * 86_400_000) throw invalid('since', 'too_small');
    const day = today();

    const residents = await s.db
      .select({ courseId: courses.id, citizenId: courses.citizenId, organisationId: courses.organisationId, name: citizens.name, alias: citizens.alias })
      .from(courses)
      .innerJoin(citizens, eq(citizens.id, courses.citizenId))
      .where(and(eq(courses.unitId, unitId), eq(courses.status, 'active'), readableCourseSql(s, 'courses')))
      .orderBy(asc(sql`lower(coalesce(${citizens.name}, ${citizens.alias}))`));
    const courseIds = residents.map((r) => r.courseId);
    const citizenIds = residents.map((r) => r.citizenId);
    const none = ['00000000-0000-0000-0000-000000000000'];

    const notes = await s.db
      .select({ id: caseNotes.id, courseId: caseNotes.courseId, text: caseNotes.text, occurredAt: caseNotes.occurredAt, authorId: caseNotes.authorId, authorName: users.displayName })
      .from(caseNotes)
      .innerJoin(users, eq(users.id, caseNotes.authorId))
      .where(
        and(
          inArray(caseNotes.courseId, courseIds.length ? courseIds : none),
          or(gte(caseNotes.occurredAt, since), gte(caseNotes.createdAt, since)),
          staff ? undefined : eq(caseNotes.authorId, s.access.actor.userId),
        ),
      )
      .orderBy(desc(caseNotes.occurredAt));

    const motivation = await s.db
      .select()
      .from(motivationEntries)
      .where(and(eq(motivationEntries.unitId, unitId), inArray(motivationEntries.citizenId, citizenIds.length ? citizenIds : none), isNull(motivationEntries.actedOnAt), gte(motivationEntries.expiresOn, day)))
      .orderBy(desc(motivationEntries.noticedOn));
    const motivationDto = await motivationDtos(s, motivation);

    const unitEpisodes = staff
      ? await s.db
          .select({ e: episodes, debriefed: sql<boolean>`${episodeDebriefs.episodeId} is not null` })
          .from(episodes)
          .leftJoin(episodeDebriefs, eq(episodeDebriefs.episodeId, episodes.id))
          .where(and(eq(episodes.unitId, unitId), gte(episodes.occurredAt, since)))
          .orderBy(desc(episodes.occurredAt))
      : [];
    const involved = unitEpisodes.length
      ? await s.db.select({ episodeId: episodePeople.episodeId, citizenId: episodePeople.citizenId }).from(episodePeople).where(inArray(episodePeople.episodeId, unitEpisodes.map((e) => e.e.id)))
      : [];

    const goalsDue = staff
      ? await s.db
          .select({ id: goals.id, citizenId: goals.citizenId, text: goals.text, reviewDate: goals.reviewDate })
          .from(goals)
          .where(and(inArray(goals.citizenId, citizenIds.length ? citizenIds : none), eq(goals.status, 'active'), lte(goals.reviewDate, day), ownRecordSql(s, sql`${goals.courseId}`, sql`${goals.organisationId}`)))
          .orderBy(asc(goals.reviewDate))
      : [];

    const plans = staff && citizenIds.length
      ? await s.db
          .selectDistinctOn([harmReductionPlans.citizenId, harmReductionPlans.organisationId])
          .from(harmReductionPlans)
          .where(and(inArray(harmReductionPlans.citizenId, citizenIds), eq(harmReductionPlans.organisationId, unit.organisationId)))
          .orderBy(harmReductionPlans.citizenId, harmReductionPlans.organisationId, desc(harmReductionPlans.version))
      : [];

    const requests = staff && citizenIds.length
      ? await s.db
          .select({ citizenId: specialistRequests.citizenId, n: sql<number>`count(*)::int` })
          .from(specialistRequests)
          .where(and(eq(specialistRequests.unitId, unitId), inArray(specialistRequests.citizenId, citizenIds), isNull(specialistRequests.followedUpAt)))
          .groupBy(specialistRequests.citizenId)
      : [];

    const last = new Map((await lastActivities(s, [unitId])).map((r) => [r.citizen.id, r]));

    const actionsDue = staff
      ? await s.db
          .select({ a: episodeActions })
          .from(episodeActions)
          .innerJoin(episodes, eq(episodes.id, episodeActions.episodeId))
          .where(and(eq(episodes.unitId, unitId), isNull(episodeActions.doneAt), lte(episodeActions.dueDate, addDays(day, 1))))
          .orderBy(asc(episodeActions.dueDate))
      : [];
    const owners = await userNames(s, actionsDue.map((r) => r.a.ownerId));

    const activitiesToday = await s.db
      .select({ id: activities.id, title: activities.title, startsAt: activities.startsAt, place: activities.place })
      .from(activities)
      .where(
        and(
          eq(activities.unitId, unitId),
          sql`${activities.startsAt} >= (${day}::date)::timestamp at time zone 'Europe/Copenhagen'`,
          sql`${activities.startsAt} < (${addDays(day, 1)}::date)::timestamp at time zone 'Europe/Copenhagen'`,
        ),
      )
      .orderBy(asc(activities.startsAt));

    // Reading the handover reads every resident on it, and the notes shown.
    await s.audit(residents.map((r) => ({ action: 'course.read' as const, citizenId: r.citizenId, courseId: r.courseId, organisationId: r.organisationId, context: { purpose: 'handover' } })));
    for (const r of residents) {
      const ids = notes.filter((n) => n.courseId === r.courseId).map((n) => n.id);
      if (ids.length) await s.audit([{ action: 'note.read', citizenId: r.citizenId, courseId: r.courseId, organisationId: r.organisationId, context: { noteIds: ids } }]);
    }

    const result: Dto = {
      unitId,
      unitName: unit.unitName,
      since: since.toISOString(),
      until: until.toISOString(),
      residents: residents.map((r) => {
        const plan = plans.find((p) => p.citizenId === r.citizenId);
        const follow = plan ? nextFollowUp(plan.followUpDates, plan.at) : null;
        const act = last.get(r.citizenId);
        return {
          citizen: { id: r.citizenId, displayName: r.name ?? r.alias ?? '' },
          courseId: r.courseId,
          notes: notes.filter((n) => n.courseId === r.courseId).map((n) => ({ id: n.id, text: n.text, occurredAt: n.occurredAt.toISOString(), author: { id: n.authorId, displayName: n.authorName } })),
          episodes: unitEpisodes
            .filter((e) => involved.some((p) => p.episodeId === e.e.id && p.citizenId === r.citizenId))
            .map((e) => ({ id: e.e.id, occurredAt: e.e.occurredAt.toISOString(), type: e.e.type as 'threat', severity: e.e.severity as 'minor', location: e.e.location })),
          motivation: motivationDto.filter((m) => m.citizenId === r.citizenId),
          goalsDue: goalsDue.filter((g) => g.citizenId === r.citizenId).map((g) => ({ id: g.id, text: g.text, reviewDate: g.reviewDate })),
          harmReductionFollowUp: follow?.due ? follow.date : null,
          lastActivity: act?.lastAttended ?? null,
          quiet: act?.quiet ?? true,
          openRequests: requests.find((q2) => q2.citizenId === r.citizenId)?.n ?? 0,
        };
      }),
      episodes: unitEpisodes.map((e) => ({ id: e.e.id, occurredAt: e.e.occurredAt.toISOString(), type: e.e.type as 'threat', severity: e.e.severity as 'minor', location: e.e.location, debriefed: Boolean(e.debriefed) })),
      actionsDue: actionsDue.map((r) => ({ id: r.a.id, episodeId: r.a.episodeId, text: r.a.text, owner: { id: r.a.ownerId, displayName: owners.get(r.a.ownerId) ?? '' }, dueDate: r.a.dueDate })),
      activitiesToday: activitiesToday.map((a) => ({ id: a.id, title: a.title, startsAt: a.startsAt.toISOString(), place: a.place })),
      quietDays: QUIET_DAYS,
      view: staff ? 'staff' : 'peer',
    };
    return result;
  });
}
