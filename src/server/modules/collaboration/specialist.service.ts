import { and, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { SpecialistAdvice, SpecialistFollowUp, SpecialistRequest, SpecialistRequestCreate, SpecialistRequestQuery } from '../../../shared/schemas/residential';
import { allowedCitizenIds } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import { citizens, specialistRequests } from '../../db/schema';
import { newId } from '../../db/ids';
import { conflict, forbidden, invalid, notFound } from '../../http/problem';
import { userNames } from '../outreach/outreach.repo';
import { activeResident, residentUnits, unitAccess } from '../residential/unit-access';
import { onTeam, teamUnits } from './specialist-team.service';

/**
 * Core element 6: "ask the specialised team" about a resident. Staff ask and follow up; a member of
 * the unit's specialised team gives the advice. A request is seen by the unit's staff and its team,
 * and only when the caller sees the resident (a peer on the team: residents who agreed to work with them).
 */

type RequestRow = typeof specialistRequests.$inferSelect;
type Dto = z.infer<typeof SpecialistRequest>;

const statusOf = (r: RequestRow): Dto['status'] => (r.followUp !== null ? 'closed' : r.advice !== null ? 'advised' : 'open');

async function requestDtos(s: Scope, rows: RequestRow[], team: string[]): Promise<Dto[]> {
  const citizenIds = [...new Set(rows.map((r) => r.citizenId))];
  const names = citizenIds.length
    ? new Map((await s.db.select({ id: citizens.id, name: citizens.name, alias: citizens.alias }).from(citizens).where(inArray(citizens.id, citizenIds))).map((c) => [c.id, c.name ?? c.alias ?? '']))
    : new Map<string, string>();
  const users = await userNames(s, rows.flatMap((r) => [r.askedBy, r.advisedBy, r.followedUpBy].filter((u): u is string => Boolean(u))));
  const person = (id: string | null) => (id ? { id, displayName: users.get(id) ?? '' } : null);
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    citizen: { id: r.citizenId, displayName: names.get(r.citizenId) ?? '' },
    question: r.question,
    askedBy: person(r.askedBy)!,
    askedAt: r.askedAt.toISOString(),
    advice: r.advice,
    advisedBy: person(r.advisedBy),
    advisedAt: r.advisedAt?.toISOString() ?? null,
    followUp: r.followUp,
    followedUpBy: person(r.followedUpBy),
    followedUpAt: r.followedUpAt?.toISOString() ?? null,
    status: statusOf(r),
    canAdvise: team.includes(r.unitId) && r.advice === null,
    canFollowUp: r.advice !== null && r.followUp === null && s.access.has('note.write', r.unitId),
  }));
}

const statusSql = { open: isNull(specialistRequests.advice), advised: and(isNotNull(specialistRequests.advice), isNull(specialistRequests.followUp)), closed: isNotNull(specialistRequests.followUp) };

export function listRequests(scope: Scope, query: z.infer<typeof SpecialistRequestQuery>) {
  return inTransaction(scope, async (s) => {
    const team = await teamUnits(s);
    let units = [...new Set([...s.access.unitsWith('note.read'), ...team])];
    if (query.unitId) {
      if (!units.includes(query.unitId)) {
        await unitAccess(s, query.unitId); // "not found" unless the caller has a role in the unit
        throw forbidden();
      }
      units = [query.unitId];
    } else if (units.length === 0) throw forbidden();
    if (query.citizenId && !(await allowedCitizenIds(s, [query.citizenId])).has(query.citizenId)) throw notFound();

    const all = await s.db
      .select()
      .from(specialistRequests)
      .where(
        and(
          inArray(specialistRequests.unitId, units),
          query.citizenId ? eq(specialistRequests.citizenId, query.citizenId) : undefined,
          query.status ? statusSql[query.status] : undefined,
        ),
      )
      .orderBy(desc(specialistRequests.askedAt));
    const visible = await allowedCitizenIds(s, [...new Set(all.map((r) => r.citizenId))]);
    const rows = all.filter((r) => visible.has(r.citizenId));

    const perCitizen = new Map<string, { count: number; organisationId: string; courseId: string }>();
    for (const r of rows) {
      const seen = perCitizen.get(r.citizenId);
      if (seen) seen.count += 1;
      else perCitizen.set(r.citizenId, { count: 1, organisationId: r.organisationId, courseId: r.courseId });
    }
    if (perCitizen.size)
      await s.audit(
        [...perCitizen].map(([citizenId, p]) => ({ action: 'specialistRequest.read' as const, citizenId, courseId: p.courseId, organisationId: p.organisationId, context: { record: 'specialistRequest', count: p.count } })),
      );
    return { items: await requestDtos(s, rows, team) };
  });
}

export function createRequest(scope: Scope, body: z.infer<typeof SpecialistRequestCreate>) {
  return inTransaction(scope, async (s) => {
    if (!(await allowedCitizenIds(s, [body.citizenId])).has(body.citizenId)) throw notFound();
    let unitId = body.unitId;
    if (unitId) {
      await unitAccess(s, unitId);
      if (!s.access.has('note.write', unitId)) throw forbidden();
    } else {
      const units = (await residentUnits(s, body.citizenId)).filter((u) => s.access.has('note.write', u));
      if (units.length === 0) throw forbidden();
      if (units.length > 1) throw invalid('unitId', 'required');
      unitId = units[0];
    }
    const unit = await unitAccess(s, unitId);
    const { course } = await activeResident(s, body.citizenId, unitId, 'citizenId');
    const row: RequestRow = {
      id: newId(),
      organisationId: unit.organisationId,
      unitId,
      citizenId: body.citizenId,
      courseId: course.id,
      question: body.question,
      askedBy: s.access.actor.userId,
      askedAt: new Date(),
      advice: null,
      advisedBy: null,
      advisedAt: null,
      followUp: null,
      followedUpBy: null,
      followedUpAt: null,
    };
    await s.db.insert(specialistRequests).values(row);
    await s.audit([writeEvent(row)]);
    return (await requestDtos(s, [row], (await onTeam(s, unitId)) ? [unitId] : []))[0];
  });
}

const writeEvent = (r: RequestRow) => ({
  action: 'specialistRequest.write' as const,
  citizenId: r.citizenId,
  courseId: r.courseId,
  organisationId: r.organisationId,
  context: { record: 'specialistRequest', id: r.id },
});

/**
 * A request the caller sees (staff of its unit or on the unit's team, and seeing the resident),
 * locked for the change; anything else is "not found".
 */
async function visibleRequest(s: Scope, id: string) {
  const [r] = await s.db.select().from(specialistRequests).where(eq(specialistRequests.id, id)).for('update');
  if (!r) throw notFound();
  const team = await onTeam(s, r.unitId);
  if (!team && !s.access.has('note.read', r.unitId)) throw notFound();
  if (!(await allowedCitizenIds(s, [r.citizenId])).has(r.citizenId)) throw notFound();
  return { r, team: team ? [r.unitId] : [] };
}

export function adviseRequest(scope: Scope, id: string, body: z.infer<typeof SpecialistAdvice>) {
  return inTransaction(scope, async (s) => {
    const { r, team } = await visibleRequest(s, id);
    if (team.length === 0) throw forbidden();
    if (r.advice !== null) throw conflict('already_advised');
    const row: RequestRow = { ...r, advice: body.advice, advisedBy: s.access.actor.userId, advisedAt: new Date() };
    await s.db.update(specialistRequests).set({ advice: row.advice, advisedBy: row.advisedBy, advisedAt: row.advisedAt }).where(eq(specialistRequests.id, id));
    await s.audit([writeEvent(row)]);
    return (await requestDtos(s, [row], team))[0];
  });
}

export function followUpRequest(scope: Scope, id: string, body: z.infer<typeof SpecialistFollowUp>) {
  return inTransaction(scope, async (s) => {
    const { r, team } = await visibleRequest(s, id);
    if (!s.access.has('note.write', r.unitId)) throw forbidden();
    if (r.advice === null) throw conflict('not_advised');
    if (r.followUp !== null) throw conflict('already_followed_up');
    const row: RequestRow = { ...r, followUp: body.followUp, followedUpBy: s.access.actor.userId, followedUpAt: new Date() };
    await s.db.update(specialistRequests).set({ followUp: row.followUp, followedUpBy: row.followedUpBy, followedUpAt: row.followedUpAt }).where(eq(specialistRequests.id, id));
    await s.audit([writeEvent(row)]);
    return (await requestDtos(s, [row], team))[0];
  });
}
