import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Activity, ActivityCreate, ActivityQuery, ParticipationCreate } from '../../../shared/schemas/residential';
import { allowedCitizenIds, readableCourseSql } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import { activities, activityParticipation, citizens, courses, units } from '../../db/schema';
import { newId } from '../../db/ids';
import { forbidden, invalid, notFound } from '../../http/problem';
import { addDays, daysBetween, inFuture, localDate, today } from '../outreach/dates';
import { userNames } from '../outreach/outreach.repo';
import { activeResident, unitAccess } from './unit-access';

type Row = typeof activities.$inferSelect;
type Dto = z.infer<typeof Activity>;

/** A resident with no attended activity for this many days is listed as quiet ("no meaningful activity for a while"). */
export const QUIET_DAYS = 14;

async function activityDtos(s: Scope, rows: Row[]): Promise<Dto[]> {
  const ids = rows.map((r) => r.id);
  const parts = ids.length
    ? await s.db
        .select({ p: activityParticipation, name: citizens.name, alias: citizens.alias })
        .from(activityParticipation)
        .innerJoin(citizens, eq(citizens.id, activityParticipation.citizenId))
        .where(inArray(activityParticipation.activityId, ids))
    : [];
  // Only residents the caller sees: a peer sees the calendar, not who else took part.
  const visible = await allowedCitizenIds(s, [...new Set(parts.map((p) => p.p.citizenId))]);
  const shown = parts.filter((p) => visible.has(p.p.citizenId));
  // A note on participation is note-level: staff read it, and whoever wrote it.
  const noteOf = (p: (typeof parts)[number]['p'], unitId: string) => (s.access.has('note.read', unitId) || p.byUserId === s.access.actor.userId ? p.note : null);
  const unitNames = new Map((await s.db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, [...new Set(rows.map((r) => r.unitId))]))).map((u) => [u.id, u.name]));
  const names = await userNames(s, [...rows.map((r) => r.createdBy), ...shown.map((p) => p.p.byUserId)]);
  const person = (id: string) => ({ id, displayName: names.get(id) ?? '' });
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    unitName: unitNames.get(r.unitId) ?? '',
    title: r.title,
    description: r.description,
    setting: r.setting as Dto['setting'],
    place: r.place,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt?.toISOString() ?? null,
    contact: r.contact,
    createdBy: person(r.createdBy),
    participation: shown
      .filter((p) => p.p.activityId === r.id)
      .map((p) => ({ citizen: { id: p.p.citizenId, displayName: p.name ?? p.alias ?? '' }, status: p.p.status as Dto['participation'][number]['status'], note: noteOf(p.p, r.unitId), by: person(p.p.byUserId), at: p.p.at.toISOString() }))
      .sort((a, b) => a.citizen.displayName.localeCompare(b.citizen.displayName, 'da')),
  }));
}

/**
 * The residents of `unitIds` the caller sees, with the day they last attended an activity; `quiet`
 * when that is `QUIET_DAYS` or more ago, or never.
 */
export async function lastActivities(s: Scope, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  const rows = await s.db
    .select({
      citizenId: courses.citizenId,
      unitId: courses.unitId,
      name: citizens.name,
      alias: citizens.alias,
      last: sql<string | null>`(select max(a.starts_at)::text from activity_participation p join activities a on a.id = p.activity_id
                                where p.citizen_id = ${courses.citizenId} and a.unit_id = ${courses.unitId} and p.status = 'attended' and a.starts_at <= now())`,
    })
    .from(courses)
    .innerJoin(citizens, eq(citizens.id, courses.citizenId))
    .where(and(inArray(courses.unitId, unitIds), eq(courses.status, 'active'), readableCourseSql(s, 'courses')));
  const now = today();
  return rows.map((r) => {
    const lastAttended = r.last ? localDate(new Date(r.last)) : null;
    const days = lastAttended ? daysBetween(lastAttended, now) : null;
    return { citizen: { id: r.citizenId, displayName: r.name ?? r.alias ?? '' }, unitId: r.unitId, lastAttended, days, quiet: days === null || days >= QUIET_DAYS };
  });
}

/** Of the caller's units with `permission`, the residences (activities belong to residential services). */
async function residences(s: Scope, permission: 'activity.read' | 'activity.write', unitId?: string) {
  const ids = s.access.unitsWith(permission).filter((u) => !unitId || u === unitId);
  if (ids.length === 0) return [];
  return (await s.db.select({ id: units.id }).from(units).where(and(inArray(units.id, ids), eq(units.kind, 'residential')))).map((u) => u.id);
}

export function listActivities(scope: Scope, q: z.infer<typeof ActivityQuery>) {
  return inTransaction(scope, async (s) => {
    if (q.unitId) {
      const unit = await unitAccess(s, q.unitId);
      if (unit.kind !== 'residential') throw notFound();
      if (!s.access.has('activity.read', q.unitId)) throw forbidden();
    }
    const unitIds = await residences(s, 'activity.read', q.unitId);
    if (s.access.unitsWith('activity.read').length === 0) throw forbidden();
    if (unitIds.length === 0) return { items: [], quiet: [], quietDays: QUIET_DAYS };
    const from = q.from ?? addDays(today(), -7);
    const to = q.to ?? addDays(today(), 21);
    if (to < from) throw invalid('to', 'invalid_value');
    if (daysBetween(from, to) > 366) throw invalid('to', 'too_big');
    const rows = await s.db
      .select()
      .from(activities)
      .where(
        and(
          inArray(activities.unitId, unitIds),
          sql`${activities.startsAt} >= (${from}::date)::timestamp at time zone 'Europe/Copenhagen'`,
          sql`${activities.startsAt} < (${addDays(to, 1)}::date)::timestamp at time zone 'Europe/Copenhagen'`,
        ),
      )
      .orderBy(asc(activities.startsAt));
    const items = await activityDtos(s, rows);
    const quiet = (await lastActivities(s, unitIds)).filter((r) => r.quiet).sort((a, b) => (b.days ?? 1e9) - (a.days ?? 1e9) || a.citizen.displayName.localeCompare(b.citizen.displayName, 'da'));
    // Who took part and who has been quiet is citizen data: each resident shown is logged.
    const shown = new Map<string, string>();
    for (const a of items) for (const p of a.participation) shown.set(p.citizen.id, a.unitId);
    for (const r of quiet) shown.set(r.citizen.id, r.unitId);
    if (shown.size) {
      const orgs = await citizenOrgs(s, [...shown.keys()]);
      await s.audit([...shown.keys()].map((citizenId) => ({ action: 'course.read' as const, citizenId, organisationId: orgs.get(citizenId)!, context: { purpose: 'activities' } })));
    }
    return { items, quiet: quiet.map(({ quiet: _, ...r }) => r), quietDays: QUIET_DAYS };
  });
}

async function citizenOrgs(s: Scope, ids: string[]) {
  const rows = await s.db.select({ id: citizens.id, org: citizens.organisationId }).from(citizens).where(inArray(citizens.id, ids));
  return new Map(rows.map((r) => [r.id, r.org]));
}

export function createActivity(scope: Scope, body: z.infer<typeof ActivityCreate>) {
  return inTransaction(scope, async (s) => {
    const unit = await unitAccess(s, body.unitId);
    if (unit.kind !== 'residential') throw notFound();
    if (!s.access.has('activity.write', body.unitId)) throw forbidden();
    const row: Row = {
      id: newId(),
      organisationId: unit.organisationId,
      unitId: body.unitId,
      title: body.title,
      description: body.description ?? null,
      setting: body.setting,
      place: body.place,
      startsAt: new Date(body.startsAt),
      endsAt: body.endsAt ? new Date(body.endsAt) : null,
      contact: body.contact ?? null,
      createdBy: s.access.actor.userId,
      createdAt: new Date(),
    };
    await s.db.insert(activities).values(row);
    return (await activityDtos(s, [row]))[0];
  });
}

/** Records (or changes) a resident's participation: attended, declined, or wanted to but could not. */
export function recordParticipation(scope: Scope, activityId: string, body: z.infer<typeof ParticipationCreate>) {
  return inTransaction(scope, async (s) => {
    const [row] = await s.db.select().from(activities).where(eq(activities.id, activityId));
    if (!row || !s.access.has('activity.read', row.unitId)) throw notFound();
    if (!s.access.has('activity.write', row.unitId)) throw forbidden();
    const { course } = await activeResident(s, body.citizenId, row.unitId, 'citizenId');
    // One cannot have attended what has not begun.
    if (body.status === 'attended' && inFuture(row.startsAt)) throw invalid('status', 'in_future');
    const values = { activityId, citizenId: body.citizenId, courseId: course.id, status: body.status, note: body.note ?? null, byUserId: s.access.actor.userId, at: new Date() };
    await s.db
      .insert(activityParticipation)
      .values(values)
      .onConflictDoUpdate({ target: [activityParticipation.activityId, activityParticipation.citizenId], set: { status: values.status, note: values.note, byUserId: values.byUserId, at: values.at, courseId: values.courseId } });
    await s.audit([{ action: 'activity.participation', citizenId: body.citizenId, courseId: course.id, organisationId: course.organisationId, context: { record: 'activity', id: activityId } }]);
    const [dto] = await activityDtos(s, [row]);
    // The answer shows the others who took part: each of them is read, and logged.
    const others = dto.participation.map((p) => p.citizen.id).filter((id) => id !== body.citizenId);
    if (others.length) {
      const orgs = await citizenOrgs(s, others);
      await s.audit(others.map((citizenId) => ({ action: 'course.read' as const, citizenId, organisationId: orgs.get(citizenId)!, context: { purpose: 'activities' } })));
    }
    return dto;
  });
}
