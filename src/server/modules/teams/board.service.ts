import { and, asc, eq, inArray, max, ne, or, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AssignmentBody, Board, DecisionBody, MeetingBody } from '../../../shared/schemas/teams';
import { citizenUnits, readableCourseSql } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import { citizens, courses, courseSessions, teamAssignments, teamDecisions, teamMeetings } from '../../db/schema';
import { newId } from '../../db/ids';
import { forbidden, invalid, notFound } from '../../http/problem';
import { lockKey } from '../crisis/crisis.repo';
import { daysBetween, localDate, today } from '../outreach/dates';
import { userNames } from '../outreach/outreach.repo';
import { methodInForce } from './method-settings.service';
import { findMembers, type TeamUnit } from './teams.repo';
import { findMethod } from '../../methods';
import { teamFor } from './teams.service';

type BoardDto = z.infer<typeof Board>;
type Discipline = BoardDto['members'][number]['discipline'];
const DEFAULT_NOT_SEEN_DAYS = 7;
/** Disciplines that can decide on the spot: the case officer (myndighed), the psychiatrist (treatment), the team leader. */
const AUTHORITY = ['case_officer', 'psychiatrist', 'team_leader'];

/** A contact that counts as seeing the citizen: face to face (not by phone, not a coordination contact with a service). */
const seenSql = and(ne(courseSessions.kind, 'coordination'), or(isNull(courseSessions.setting), ne(courseSessions.setting, 'phone')));

async function buildBoard(s: Scope, team: TeamUnit, date: string): Promise<BoardDto> {
  const model = findMethod(team.teamMethod);
  const notSeenDays = model ? ((await methodInForce(s, team.organisationId, model)).method.board?.notSeenDays ?? DEFAULT_NOT_SEEN_DAYS) : DEFAULT_NOT_SEEN_DAYS;
  const members = await findMembers(s.db, [team.id]);
  const rows = await s.db
    .select({ courseId: courses.id, citizenId: courses.citizenId, phase: courses.phase, startDate: courses.startDate, crisisSince: courses.crisisSince, name: sql<string>`coalesce(${citizens.name}, ${citizens.alias}, '')` })
    .from(courses)
    .innerJoin(citizens, eq(citizens.id, courses.citizenId))
    // A peer member sees the citizens who agreed to work with them, like everywhere else.
    .where(and(eq(courses.unitId, team.id), eq(courses.status, 'active'), readableCourseSql(s, 'courses')))
    .orderBy(asc(citizens.name), asc(citizens.alias));
  const ids = rows.map((r) => r.courseId);
  const seen = ids.length
    ? await s.db
        .select({ courseId: courseSessions.courseId, last: max(courseSessions.at) })
        .from(courseSessions)
        .where(and(inArray(courseSessions.courseId, ids), seenSql, sql`(${courseSessions.at} at time zone 'Europe/Copenhagen')::date <= ${date}::date`))
        .groupBy(courseSessions.courseId)
    : [];
  const lastSeen = new Map(seen.map((r) => [r.courseId, r.last]));
  const assignments = await s.db.select().from(teamAssignments).where(and(eq(teamAssignments.unitId, team.id), eq(teamAssignments.date, date)));
  const [meeting] = await s.db.select().from(teamMeetings).where(and(eq(teamMeetings.unitId, team.id), eq(teamMeetings.date, date)));
  const decisions = await s.db.select().from(teamDecisions).where(and(eq(teamDecisions.unitId, team.id), eq(teamDecisions.date, date))).orderBy(asc(teamDecisions.at));
  const names = await userNames(s, [...assignments.map((a) => a.userId), ...(meeting ? [meeting.byUserId, ...meeting.attendeeIds] : []), ...decisions.flatMap((d) => [d.byUserId, d.authorityUserId])]);
  const person = (id: string) => ({ id, displayName: names.get(id) ?? '' });
  const citizenOf = new Map(rows.map((r) => [r.courseId, { id: r.citizenId, name: r.name }]));
  const readsNotes = s.access.has('note.read', team.id);

  // Reading the board is a use of the data of every citizen on it.
  if (rows.length) await s.audit(rows.map((r) => ({ action: 'course.read' as const, citizenId: r.citizenId, courseId: r.courseId, organisationId: team.organisationId, context: { purpose: 'teamBoard' } })));
  return {
    teamId: team.id,
    date,
    notSeenDays,
    meeting: meeting ? { heldAt: meeting.at.toISOString(), by: person(meeting.byUserId), attendees: meeting.attendeeIds.map(person), note: readsNotes ? meeting.note : null } : null,
    members: members.map(({ id, displayName, discipline }) => ({ id, displayName, discipline: discipline as Discipline })),
    rows: rows.map((r) => {
      const last = lastSeen.get(r.courseId) ?? null;
      const since = daysBetween(last ? localDate(last) : r.startDate, date);
      return {
        courseId: r.courseId,
        citizen: { id: r.citizenId, name: r.name },
        phase: r.phase,
        inCrisis: Boolean(r.crisisSince),
        crisisSince: r.crisisSince?.toISOString() ?? null,
        lastSeen: last?.toISOString() ?? null,
        daysSinceSeen: Math.max(0, since),
        notSeen: since >= notSeenDays,
        assignedTo: assignments.filter((a) => a.courseId === r.courseId).map((a) => ({ assignmentId: a.id, ...person(a.userId) })),
      };
    }),
    decisions: decisions.map((d) => ({
      id: d.id,
      courseId: d.courseId && citizenOf.has(d.courseId) ? d.courseId : null,
      citizen: d.courseId ? (citizenOf.get(d.courseId) ?? null) : null,
      // Decisions are note-level text: a peer or a leader without note access sees that one was taken, not what.
      text: readsNotes ? d.text : '',
      authority: { ...person(d.authorityUserId), discipline: d.authorityDiscipline as Discipline },
      by: person(d.byUserId),
      at: d.at.toISOString(),
    })),
  };
}

export function getBoard(scope: Scope, teamId: string, date = today()) {
  return inTransaction(scope, async (s) => buildBoard(s, await teamFor(s, teamId, 'member'), date));
}

/** A write at the board: team members with note.write in the team's unit. */
async function writableTeam(s: Scope, teamId: string) {
  const team = await teamFor(s, teamId, 'member');
  if (!s.access.has('note.write', team.id)) throw forbidden();
  return team;
}

async function memberOf(s: Scope, team: TeamUnit, userId: string, path: string) {
  const m = (await findMembers(s.db, [team.id])).find((x) => x.id === userId);
  if (!m) throw invalid(path, 'not_a_team_member');
  return m;
}

/** An active course on the team's caseload; `path` names the body field (else the course is the URL's, and "not found"). */
async function teamCourse(s: Scope, team: TeamUnit, courseId: string, path?: string) {
  const [c] = await s.db.select().from(courses).where(and(eq(courses.id, courseId), eq(courses.unitId, team.id), eq(courses.status, 'active')));
  if (!c) throw path ? invalid(path, 'invalid_value') : notFound();
  return c;
}

const notAfterToday = (date: string) => {
  if (date > today()) throw invalid('date', 'in_future');
};

export function recordMeeting(scope: Scope, teamId: string, body: z.infer<typeof MeetingBody>) {
  return inTransaction(scope, async (s) => {
    const team = await writableTeam(s, teamId);
    notAfterToday(body.date);
    const attendees = [...new Set(body.attendeeIds)];
    for (const [i, id] of attendees.entries()) await memberOf(s, team, id, `attendeeIds.${i}`);
    await lockKey(s.db, `meeting:${team.id}:${body.date}`);
    const values = { attendeeIds: attendees, note: body.note ?? null, byUserId: s.access.actor.userId, at: new Date() };
    await s.db
      .insert(teamMeetings)
      .values({ id: newId(), unitId: team.id, date: body.date, ...values })
      .onConflictDoUpdate({ target: [teamMeetings.unitId, teamMeetings.date], set: values });
    await s.audit([{ action: 'team.meeting', citizenId: null, organisationId: team.organisationId, context: { unitId: team.id, date: body.date } }]);
    return buildBoard(s, team, body.date);
  });
}

export function assign(scope: Scope, teamId: string, body: z.infer<typeof AssignmentBody>) {
  return inTransaction(scope, async (s) => {
    const team = await writableTeam(s, teamId);
    const course = await teamCourse(s, team, body.courseId, 'courseId');
    await memberOf(s, team, body.userId, 'userId');
    await s.db
      .insert(teamAssignments)
      .values({ id: newId(), unitId: team.id, courseId: course.id, date: body.date, userId: body.userId, byUserId: s.access.actor.userId, at: new Date() })
      .onConflictDoNothing();
    await s.audit([{ action: 'team.assign', citizenId: course.citizenId, courseId: course.id, organisationId: team.organisationId, context: { date: body.date, userId: body.userId } }]);
    return buildBoard(s, team, body.date);
  });
}

export function unassign(scope: Scope, teamId: string, assignmentId: string) {
  return inTransaction(scope, async (s) => {
    const team = await writableTeam(s, teamId);
    const [a] = await s.db.select().from(teamAssignments).where(and(eq(teamAssignments.id, assignmentId), eq(teamAssignments.unitId, team.id)));
    if (!a) throw notFound();
    await s.db.delete(teamAssignments).where(eq(teamAssignments.id, a.id));
    const [c] = await s.db.select({ citizenId: courses.citizenId }).from(courses).where(eq(courses.id, a.courseId));
    await s.audit([{ action: 'team.unassign', citizenId: c.citizenId, courseId: a.courseId, organisationId: team.organisationId, context: { date: a.date, userId: a.userId } }]);
    return buildBoard(s, team, a.date);
  });
}

export function recordDecision(scope: Scope, teamId: string, body: z.infer<typeof DecisionBody>) {
  return inTransaction(scope, async (s) => {
    const team = await writableTeam(s, teamId);
    notAfterToday(body.date);
    const course = body.courseId ? await teamCourse(s, team, body.courseId, 'courseId') : null;
    const authority = await memberOf(s, team, body.authorityUserId, 'authorityUserId');
    if (!AUTHORITY.includes(authority.discipline)) throw invalid('authorityUserId', 'invalid_value');
    const id = newId();
    await s.db.insert(teamDecisions).values({
      id,
      unitId: team.id,
      date: body.date,
      courseId: course?.id ?? null,
      text: body.text,
      authorityUserId: authority.id,
      authorityDiscipline: authority.discipline,
      byUserId: s.access.actor.userId,
      at: new Date(),
    });
    await s.audit([{ action: 'team.decision', citizenId: course?.citizenId ?? null, courseId: course?.id ?? null, organisationId: team.organisationId, context: { decisionId: id, date: body.date } }]);
    return buildBoard(s, team, body.date);
  });
}

export function setCrisis(scope: Scope, teamId: string, courseId: string, inCrisis: boolean, date = today()) {
  return inTransaction(scope, async (s) => {
    const team = await writableTeam(s, teamId);
    const course = await teamCourse(s, team, courseId);
    if (Boolean(course.crisisSince) !== inCrisis) {
      await s.db.update(courses).set({ crisisSince: inCrisis ? new Date() : null, updatedAt: new Date() }).where(eq(courses.id, course.id));
      await s.audit([{ action: 'team.crisis', citizenId: course.citizenId, courseId: course.id, organisationId: team.organisationId, context: { inCrisis } }]);
    }
    return buildBoard(s, team, date);
  });
}
