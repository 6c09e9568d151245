import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { MotivationActedOn, MotivationCreate, MotivationEntry } from '../../../shared/schemas/residential';
import { allowedCitizenIds } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import { motivationEntries } from '../../db/schema';
import { newId } from '../../db/ids';
import { conflict, forbidden, invalid, notFound } from '../../http/problem';
import { lockKey } from '../crisis/crisis.repo';
import { addDays, today } from '../outreach/dates';
import { userNames } from '../outreach/outreach.repo';
import { residentCourse, residentUnits } from './unit-access';

type Row = typeof motivationEntries.$inferSelect;
type Dto = z.infer<typeof MotivationEntry>;

/** Staff (note access) and peers (their own residents) follow a resident's motivation; leaders do not read it. */
const canWorkIn = (s: Scope, unitId: string) => s.access.has('note.write', unitId) || s.access.has('note.own', unitId);
const canReadIn = (s: Scope, unitId: string) => s.access.has('note.read', unitId) || s.access.has('note.own', unitId);

export function motivationStatus(r: Row, day = today()): Dto['status'] {
  if (r.actedOnAt) return 'acted_on';
  return r.expiresOn < day ? 'expired' : 'open';
}

export async function motivationDtos(s: Scope, rows: Row[]): Promise<Dto[]> {
  const names = await userNames(s, rows.flatMap((r) => [r.createdBy, ...(r.actedOnBy ? [r.actedOnBy] : [])]));
  const person = (id: string) => ({ id, displayName: names.get(id) ?? '' });
  return rows.map((r) => {
    const status = motivationStatus(r);
    return {
      id: r.id,
      citizenId: r.citizenId,
      courseId: r.courseId,
      unitId: r.unitId,
      what: r.what,
      noticedOn: r.noticedOn,
      noticedBy: r.noticedBy,
      expiresOn: r.expiresOn,
      status,
      actedOn: r.actedOnAt && r.actedOnBy ? { at: r.actedOnAt.toISOString(), by: person(r.actedOnBy), note: r.actedOnNote ?? '' } : null,
      createdBy: person(r.createdBy),
      createdAt: r.createdAt.toISOString(),
      canAct: status === 'open' && canWorkIn(s, r.unitId),
    };
  });
}

/** The units through which the caller follows the resident's motivation; 404 if unseen, 403 without the right. */
async function readerUnits(s: Scope, citizenId: string, need: 'read' | 'write') {
  if (!(await allowedCitizenIds(s, [citizenId])).has(citizenId)) throw notFound();
  const units = (await residentUnits(s, citizenId)).filter((u) => (need === 'read' ? canReadIn(s, u) : canWorkIn(s, u)));
  if (units.length === 0) throw forbidden();
  return units;
}

export function listMotivation(scope: Scope, citizenId: string) {
  return inTransaction(scope, async (s) => {
    const units = await readerUnits(s, citizenId, 'read');
    const rows = await s.db
      .select()
      .from(motivationEntries)
      .where(and(eq(motivationEntries.citizenId, citizenId), inArray(motivationEntries.unitId, units)))
      .orderBy(sql`${motivationEntries.actedOnAt} is not null`, desc(motivationEntries.noticedOn), desc(motivationEntries.createdAt));
    const org = rows[0]?.organisationId ?? (await residentCourse(s, citizenId, units[0]))!.course.organisationId;
    await s.audit([{ action: 'motivation.read', citizenId, organisationId: org, context: { record: 'motivation', count: rows.length } }]);
    return { items: await motivationDtos(s, rows) };
  });
}

export function createMotivation(scope: Scope, citizenId: string, body: z.infer<typeof MotivationCreate>) {
  return inTransaction(scope, async (s) => {
    const [unitId] = await readerUnits(s, citizenId, 'write');
    const { course } = (await residentCourse(s, citizenId, unitId))!;
    const now = today();
    if (body.noticedOn > now) throw invalid('noticedOn', 'in_future');
    const expiresOn = body.expiresOn ?? addDays(body.noticedOn, 7);
    if (expiresOn < body.noticedOn || expiresOn > addDays(now, 92)) throw invalid('expiresOn', 'invalid_value');
    const row: Row = {
      id: newId(),
      organisationId: course.organisationId,
      unitId,
      courseId: course.id,
      citizenId,
      what: body.what,
      noticedOn: body.noticedOn,
      noticedBy: body.noticedBy,
      expiresOn,
      actedOnAt: null,
      actedOnBy: null,
      actedOnNote: null,
      createdBy: s.access.actor.userId,
      createdAt: new Date(),
    };
    await s.db.insert(motivationEntries).values(row);
    await s.audit([{ action: 'motivation.write', citizenId, courseId: course.id, organisationId: course.organisationId, context: { record: 'motivation', id: row.id } }]);
    return (await motivationDtos(s, [row]))[0];
  });
}

/** Records what was done with the motivation while it lasted; then it leaves the resident's page and the handover. */
export function actOnMotivation(scope: Scope, id: string, body: z.infer<typeof MotivationActedOn>) {
  return inTransaction(scope, async (s) => {
    await lockKey(s.db, `motivation:${id}`);
    const [row] = await s.db.select().from(motivationEntries).where(eq(motivationEntries.id, id));
    if (!row || !(await residentCourse(s, row.citizenId, row.unitId)) || !canReadIn(s, row.unitId)) throw notFound();
    if (!canWorkIn(s, row.unitId)) throw forbidden();
    if (motivationStatus(row) !== 'open') throw conflict('motivation_closed');
    const patch = { actedOnAt: new Date(), actedOnBy: s.access.actor.userId, actedOnNote: body.note };
    await s.db.update(motivationEntries).set(patch).where(eq(motivationEntries.id, id));
    await s.audit([{ action: 'motivation.write', citizenId: row.citizenId, courseId: row.courseId, organisationId: row.organisationId, context: { record: 'motivation', id } }]);
    return (await motivationDtos(s, [{ ...row, ...patch }]))[0];
  });
}
