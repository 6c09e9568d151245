import type { z } from 'zod';
import type { Inbound, InboundAccept, InboundCreate } from '../../../shared/schemas/bridging';
import { allowedCitizenIds } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { AppError, forbidden, invalid, notFound } from '../../http/problem';
import { createCitizen } from '../citizens/citizens.service';
import { createCourseFor } from '../courses/courses.service';
import { getPartner } from '../partners/partners.service';
import { addDays, today } from '../outreach/dates';
import { countInboundBySource, decideInbound, findInbound, insertInbound, listInbound, type InboundRow } from './inbound.repo';

type InboundDto = z.infer<typeof Inbound>;

function toInbound(x: { inbound: InboundRow; unitName: string; partnerName: string | null }): InboundDto {
  const i = x.inbound;
  return {
    id: i.id,
    unitId: i.unitId,
    unitName: x.unitName,
    sourceType: i.sourceType as InboundDto['sourceType'],
    partner: i.partnerId ? { id: i.partnerId, name: x.partnerName ?? '' } : null,
    sourceName: i.sourceName,
    receivedOn: i.receivedOn,
    description: i.description,
    place: i.place,
    status: i.status as InboundDto['status'],
    declineReason: i.declineReason,
    citizenId: i.citizenId,
    courseId: i.courseId,
    decidedAt: i.decidedAt?.toISOString() ?? null,
  };
}

async function one(s: Scope, id: string) {
  const row = await findInbound(s.db, id);
  // Inbound referrals describe a person: only the receiving unit sees them.
  if (!row || !s.access.has('citizen.read', row.unitId)) throw notFound();
  return row;
}

async function dto(s: Scope, id: string) {
  const row = await one(s, id);
  const [x] = (await listInbound(s.db, [row.unitId])).filter((r) => r.inbound.id === id);
  return toInbound(x);
}

export async function registerInbound(scope: Scope, body: z.infer<typeof InboundCreate>) {
  if (!scope.access.has('inbound.manage', body.unitId)) throw forbidden();
  if (body.receivedOn > today()) throw invalid('receivedOn', 'in_future');
  if (body.partnerId) await getPartner(scope, body.partnerId).catch(() => Promise.reject(invalid('partnerId', 'invalid_value')));
  const organisationId = scope.access.actor.memberships.find((m) => m.unitId === body.unitId)!.organisationId;
  const id = newId();
  await insertInbound(scope.db, {
    id,
    organisationId,
    unitId: body.unitId,
    sourceType: body.sourceType,
    partnerId: body.partnerId ?? null,
    sourceName: body.sourceName ?? null,
    receivedOn: body.receivedOn,
    description: body.description,
    place: body.place ?? null,
    status: 'open',
    decidedBy: null,
    decidedAt: null,
    declineReason: null,
    citizenId: null,
    courseId: null,
    createdBy: scope.access.actor.userId,
    createdAt: new Date(),
  });
  return dto(scope, id);
}

/** The inbound referral a handover to another unit creates, naming the citizen and carrying the closing summary. */
export async function registerHandover(scope: Scope, from: { organisationId: string; citizenId: string; unitName: string }, toUnitId: string, summary: string) {
  await insertInbound(scope.db, {
    id: newId(),
    organisationId: from.organisationId,
    unitId: toUnitId,
    sourceType: 'handover',
    partnerId: null,
    sourceName: `${from.unitName} · ${scope.access.actor.displayName}`,
    receivedOn: today(),
    description: summary,
    place: null,
    status: 'open',
    decidedBy: null,
    decidedAt: null,
    declineReason: null,
    citizenId: from.citizenId,
    courseId: null,
    createdBy: scope.access.actor.userId,
    createdAt: new Date(),
  });
}

export async function findInboundList(scope: Scope, q: { status?: string; unitId?: string }) {
  const units = scope.access.unitsWith('citizen.read').filter((u) => !q.unitId || u === q.unitId);
  if (units.length === 0) throw forbidden();
  return { items: (await listInbound(scope.db, units, q.status)).map(toInbound) };
}

/** Accepts: opens an outreach course in the receiving unit, on an existing citizen or a new unidentified one. */
export function acceptInbound(scope: Scope, id: string, body: z.infer<typeof InboundAccept>) {
  return inTransaction(scope, async (s) => {
    const row = await one(s, id);
    if (!s.access.has('inbound.manage', row.unitId) || !s.access.has('course.create', row.unitId)) throw forbidden();
    if (row.status !== 'open') throw new AppError(409, 'already_decided');
    // A handover names its citizen: the receiving unit takes it over without seeing it first.
    let citizenId: string | null = row.citizenId ?? body.citizenId ?? null;
    let courseId: string;
    if (row.citizenId) {
      courseId = await createCourseFor(s, { id: row.citizenId, organisationId: row.organisationId }, { method: body.method ?? 'outreach', unitId: row.unitId });
    } else if (citizenId) {
      if (!(await allowedCitizenIds(s, [citizenId])).has(citizenId)) throw invalid('citizenId', 'invalid_value');
      courseId = await createCourseFor(s, { id: citizenId, organisationId: row.organisationId }, { method: body.method ?? 'outreach', unitId: row.unitId });
    } else {
      if (!body.alias) throw invalid('alias', 'required');
      citizenId = (
        await createCitizen(s, {
          kind: 'unidentified',
          alias: body.alias!,
          description: body.description ?? row.description,
          place: body.place ?? row.place,
          course: { method: body.method ?? 'outreach', unitId: row.unitId },
        })
      ).id;
      courseId = (await s.db.query.courses.findFirst({ where: (c, { eq }) => eq(c.citizenId, citizenId!), columns: { id: true } }))!.id;
    }
    await decideInbound(s.db, id, { status: 'accepted', decidedBy: s.access.actor.userId, decidedAt: new Date(), citizenId, courseId });
    await s.audit([{ action: 'inbound.accept', citizenId, courseId, organisationId: row.organisationId, context: { inboundId: id } }]);
    return dto(s, id);
  });
}

export async function declineInbound(scope: Scope, id: string, reason: string) {
  const row = await one(scope, id);
  if (!scope.access.has('inbound.manage', row.unitId)) throw forbidden();
  if (row.status !== 'open') throw new AppError(409, 'already_decided');
  await decideInbound(scope.db, id, { status: 'declined', decidedBy: scope.access.actor.userId, decidedAt: new Date(), declineReason: reason });
  return dto(scope, id);
}

/** Where inbound referrals come from, month by month (for leaders). */
export async function inboundStats(scope: Scope, q: { unitId?: string; months: number }) {
  const units = scope.access.unitsWith('citizen.read').filter((u) => !q.unitId || u === q.unitId);
  if (units.length === 0) throw forbidden();
  const since = `${addDays(today(), -31 * (q.months - 1)).slice(0, 7)}-01`;
  const rows = await countInboundBySource(scope.db, units, since);
  const months = [...new Set(rows.map((r) => r.month))];
  return {
    months: months.map((month) => {
      const bySource = Object.fromEntries(rows.filter((r) => r.month === month).map((r) => [r.source, r.n]));
      return { month, bySource, total: Object.values(bySource).reduce((a, b) => a + b, 0) };
    }),
  };
}
