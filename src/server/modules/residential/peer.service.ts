import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { PeerAgreement, PeerAgreementCreate, PeerRole, PeerRoleBody } from '../../../shared/schemas/residential';
import { allowedCitizenIds } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import { memberships, peerAgreements, peerRoles, users } from '../../db/schema';
import { newId } from '../../db/ids';
import { conflict, forbidden, invalid, notFound } from '../../http/problem';
import { lockKey } from '../crisis/crisis.repo';
import { today } from '../outreach/dates';
import { userNames } from '../outreach/outreach.repo';
import { activeResident, residentCourse, residentUnits, unitAccess, unitMembers } from './unit-access';

type AgreementRow = typeof peerAgreements.$inferSelect;

/** The peer role of a unit: what the peer sees, and the tasks and boundaries shown to peer, staff and residents. */
async function roleOf(s: Scope, unitId: string): Promise<z.infer<typeof PeerRole>> {
  const unit = await unitAccess(s, unitId);
  const [row] = await s.db.select().from(peerRoles).where(eq(peerRoles.unitId, unitId));
  const peers = await s.db
    .selectDistinct({ id: users.id, displayName: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.unitId, unitId), eq(memberships.role, 'peer'), eq(users.disabled, false)))
    .orderBy(asc(users.displayName));
  const names = row ? await userNames(s, [row.byUserId]) : new Map<string, string>();
  return {
    unitId,
    unitName: unit.unitName,
    access: (row?.access ?? 'agreed') as 'agreed' | 'unit',
    tasks: row?.tasks ?? '',
    boundaries: row?.boundaries ?? '',
    peers,
    by: row ? { id: row.byUserId, displayName: names.get(row.byUserId) ?? '' } : null,
    at: row?.at.toISOString() ?? null,
    canEdit: unit.leader || unit.admin,
  };
}

export function getPeerRole(scope: Scope, unitId: string) {
  return inTransaction(scope, (s) => roleOf(s, unitId));
}

/** Sets the unit's peer role. Opening all residents to the peer (`unit`) is the unit leader's decision, and logged. */
export function setPeerRole(scope: Scope, unitId: string, body: z.infer<typeof PeerRoleBody>) {
  return inTransaction(scope, async (s) => {
    const unit = await unitAccess(s, unitId);
    if (!unit.leader && !unit.admin) throw forbidden();
    const values = { unitId, access: body.access, tasks: body.tasks, boundaries: body.boundaries, byUserId: s.access.actor.userId, at: new Date() };
    await s.db.insert(peerRoles).values(values).onConflictDoUpdate({ target: peerRoles.unitId, set: values });
    await s.audit([{ action: 'unitSettings.update', citizenId: null, organisationId: unit.organisationId, context: { record: 'peerRole', id: unitId } }]);
    return roleOf(s, unitId);
  });
}

async function agreementDtos(s: Scope, rows: AgreementRow[]): Promise<z.infer<typeof PeerAgreement>[]> {
  const names = await userNames(s, rows.flatMap((r) => [r.peerUserId, r.recordedBy]));
  const person = (id: string) => ({ id, displayName: names.get(id) ?? '' });
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    citizenId: r.citizenId,
    peer: person(r.peerUserId),
    agreedOn: r.agreedOn,
    form: r.form as 'written' | 'oral',
    note: r.note,
    recordedBy: person(r.recordedBy),
    recordedAt: r.recordedAt.toISOString(),
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
  }));
}

/**
 * The resident's agreements to work with peer workers. Staff and leaders of the resident's units see
 * them all; a peer sees their own. The peer role of each unit comes along, so tasks and boundaries can
 * be shown to the resident when the agreement is made.
 */
export function listPeerAgreements(scope: Scope, citizenId: string) {
  return inTransaction(scope, async (s) => {
    if (!(await allowedCitizenIds(s, [citizenId])).has(citizenId)) throw notFound();
    const units = await residentUnits(s, citizenId);
    const fullUnits = units.filter((u) => s.access.has('citizen.read', u));
    const peerUnits = units.filter((u) => s.access.has('citizen.readAgreed', u) && !s.access.has('citizen.read', u));
    const rows = units.length
      ? await s.db
          .select()
          .from(peerAgreements)
          .where(and(eq(peerAgreements.citizenId, citizenId), inArray(peerAgreements.unitId, units)))
          .orderBy(desc(peerAgreements.recordedAt))
      : [];
    const visible = rows.filter((r) => fullUnits.includes(r.unitId) || (peerUnits.includes(r.unitId) && r.peerUserId === s.access.actor.userId));
    const roles = [];
    for (const u of units) roles.push(await roleOf(s, u));
    const first = units[0] ? await residentCourse(s, citizenId, units[0]) : null;
    if (first) await s.audit([{ action: 'peerAgreement.read', citizenId, organisationId: first.course.organisationId, context: { record: 'peerAgreement', count: visible.length } }]);
    return { items: await agreementDtos(s, visible), canRecord: units.some((u) => s.access.has('citizen.update', u)), roles };
  });
}

/** Staff record the resident's agreement to work with a named peer worker of the unit; from then on the peer sees the resident. */
export function recordPeerAgreement(scope: Scope, citizenId: string, body: z.infer<typeof PeerAgreementCreate>) {
  return inTransaction(scope, async (s) => {
    if (!(await allowedCitizenIds(s, [citizenId])).has(citizenId)) throw notFound();
    const writable = (await residentUnits(s, citizenId)).filter((u) => s.access.has('citizen.update', u));
    if (writable.length === 0) throw forbidden();
    if (body.unitId && !writable.includes(body.unitId)) throw invalid('unitId', 'not_in_unit');
    if (!body.unitId && writable.length > 1) throw invalid('unitId', 'required');
    const unitId = body.unitId ?? writable[0];
    const { course } = await activeResident(s, citizenId, unitId, 'citizenId');
    if (!(await unitMembers(s, unitId, [body.peerUserId], 'peer')).has(body.peerUserId)) throw invalid('peerUserId', 'not_a_peer');
    if (body.agreedOn > today()) throw invalid('agreedOn', 'in_future');
    await lockKey(s.db, `peer:${citizenId}:${unitId}`);
    const [existing] = await s.db
      .select({ id: peerAgreements.id })
      .from(peerAgreements)
      .where(and(eq(peerAgreements.citizenId, citizenId), eq(peerAgreements.unitId, unitId), eq(peerAgreements.peerUserId, body.peerUserId), isNull(peerAgreements.withdrawnAt)));
    if (existing) throw conflict('already_agreed');
    const row: AgreementRow = {
      id: newId(),
      unitId,
      citizenId,
      peerUserId: body.peerUserId,
      agreedOn: body.agreedOn,
      form: body.form,
      note: body.note ?? null,
      recordedBy: s.access.actor.userId,
      recordedAt: new Date(),
      withdrawnAt: null,
      withdrawnBy: null,
    };
    await s.db.insert(peerAgreements).values(row);
    await s.audit([{ action: 'peerAgreement.write', citizenId, courseId: course.id, organisationId: course.organisationId, context: { record: 'peerAgreement', id: row.id } }]);
    return (await agreementDtos(s, [row]))[0];
  });
}

/** The resident withdraws the agreement (recorded by staff or by the peer); the peer's access ends at once. */
export function withdrawPeerAgreement(scope: Scope, id: string) {
  return inTransaction(scope, async (s) => {
    await lockKey(s.db, `peer-agreement:${id}`);
    const [row] = await s.db.select().from(peerAgreements).where(eq(peerAgreements.id, id));
    const found = row ? await residentCourse(s, row.citizenId, row.unitId) : null;
    if (!row || !found) throw notFound();
    const isStaff = s.access.has('citizen.update', row.unitId);
    const isThePeer = row.peerUserId === s.access.actor.userId;
    if (!isStaff && !isThePeer) throw s.access.has('citizen.read', row.unitId) ? forbidden() : notFound();
    if (row.withdrawnAt) throw conflict('already_withdrawn');
    const patch = { withdrawnAt: new Date(), withdrawnBy: s.access.actor.userId };
    await s.db.update(peerAgreements).set(patch).where(eq(peerAgreements.id, id));
    await s.audit([{ action: 'peerAgreement.write', citizenId: row.citizenId, courseId: found.course.id, organisationId: found.course.organisationId, context: { record: 'peerAgreement', id } }]);
    return (await agreementDtos(s, [{ ...row, ...patch }]))[0];
  });
}
