import { and, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Meeting, MeetingCreate, MeetingQuery } from '../../../shared/schemas/residential';
import { allowedCitizenIds } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import { citizens, collaborationMeetings, consents, meetingResidents } from '../../db/schema';
import { newId } from '../../db/ids';
import { AppError, forbidden, invalid, notFound } from '../../http/problem';
import { sharingBasis } from '../consents/consents.service';
import { today } from '../outreach/dates';
import { userNames } from '../outreach/outreach.repo';
import { activeResident, unitAccess, unitMembers } from '../residential/unit-access';

/**
 * Core element 5: collaboration meetings, internal or with addiction treatment, psychiatry or the
 * municipality, and the residents discussed. With external participants a resident is discussed only
 * on a consent or legal basis valid now for each external party (decision 0006).
 */

type MeetingRow = typeof collaborationMeetings.$inferSelect;
type Dto = z.infer<typeof Meeting>;
type ResidentRow = { meetingId: string; citizenId: string; courseId: string; discussed: string | null; consentId: string | null };

/** Units whose meetings the caller reads: staff (note access) or leader of the unit. */
function meetingUnits(s: Scope): string[] {
  return [...new Set([...s.access.unitsWith('note.read'), ...s.access.unitsWith('caseload.unit')])];
}

/** Meetings as the caller sees them: only the residents in `visible` are listed. */
async function meetingDtos(s: Scope, rows: MeetingRow[], residents: ResidentRow[], visible: Set<string>): Promise<Dto[]> {
  const shown = residents.filter((r) => visible.has(r.citizenId));
  const citizenIds = [...new Set(shown.map((r) => r.citizenId))];
  const names = citizenIds.length
    ? new Map((await s.db.select({ id: citizens.id, name: citizens.name, alias: citizens.alias }).from(citizens).where(inArray(citizens.id, citizenIds))).map((c) => [c.id, c.name ?? c.alias ?? '']))
    : new Map<string, string>();
  const consentIds = [...new Set(shown.flatMap((r) => (r.consentId ? [r.consentId] : [])))];
  const bases = consentIds.length
    ? new Map((await s.db.select({ id: consents.id, kind: consents.kind, party: consents.party }).from(consents).where(inArray(consents.id, consentIds))).map((c) => [c.id, c]))
    : new Map<string, { id: string; kind: string; party: string }>();
  const users = await userNames(s, rows.map((m) => m.createdBy));
  // A meeting that discussed residents holds note-level text: without note access (a leader) one sees
  // who took part and who was discussed, not what was said or decided about them.
  const aboutResidents = new Set(residents.map((r) => r.meetingId));
  const hidden = (m: MeetingRow) => aboutResidents.has(m.id) && !s.access.has('note.read', m.unitId);
  return rows.map((m) => ({
    id: m.id,
    unitId: m.unitId,
    kind: m.kind as Dto['kind'],
    heldOn: m.heldOn,
    topic: m.topic,
    participants: m.participants.map((p) => ({ name: p.name, organisation: p.organisation, external: p.external, userId: p.userId })),
    residents: shown
      .filter((r) => r.meetingId === m.id)
      // What was said about a resident is note-level: a leader without note access sees that they were discussed.
      .map((r) => ({ citizen: { id: r.citizenId, displayName: names.get(r.citizenId) ?? '' }, discussed: s.access.has('note.read', m.unitId) ? r.discussed : null, basis: (r.consentId && bases.get(r.consentId)) || null })),
    decisions: hidden(m) ? null : m.decisions,
    followUps: hidden(m) ? [] : m.followUps.map((f) => ({ text: f.text, owner: f.owner, dueDate: f.dueDate })),
    createdBy: { id: m.createdBy, displayName: users.get(m.createdBy) ?? '' },
    createdAt: m.createdAt.toISOString(),
  }));
}

export function listMeetings(scope: Scope, query: z.infer<typeof MeetingQuery>) {
  return inTransaction(scope, async (s) => {
    let units = meetingUnits(s);
    if (query.unitId) {
      await unitAccess(s, query.unitId); // a unit where the caller has no role at all is "not found"
      if (!units.includes(query.unitId)) throw forbidden();
      units = [query.unitId];
    } else if (units.length === 0) throw forbidden();
    if (query.citizenId && !(await allowedCitizenIds(s, [query.citizenId])).has(query.citizenId)) throw notFound();

    const ofCitizen = query.citizenId ? s.db.select({ id: meetingResidents.meetingId }).from(meetingResidents).where(eq(meetingResidents.citizenId, query.citizenId)) : undefined;
    const rows = await s.db
      .select()
      .from(collaborationMeetings)
      .where(and(inArray(collaborationMeetings.unitId, units), ofCitizen ? inArray(collaborationMeetings.id, ofCitizen) : undefined))
      .orderBy(desc(collaborationMeetings.heldOn), desc(collaborationMeetings.createdAt));
    const residents = rows.length ? await s.db.select().from(meetingResidents).where(inArray(meetingResidents.meetingId, rows.map((m) => m.id))) : [];
    const visible = new Set((await allowedCitizenIds(s, [...new Set(residents.map((r) => r.citizenId))])).keys());

    // One access-log row per resident listed, with the number of meetings they appear in.
    const perCitizen = new Map<string, { count: number; courseId: string; organisationId: string }>();
    for (const r of residents) {
      if (!visible.has(r.citizenId)) continue;
      const seen = perCitizen.get(r.citizenId);
      if (seen) seen.count += 1;
      else perCitizen.set(r.citizenId, { count: 1, courseId: r.courseId, organisationId: rows.find((m) => m.id === r.meetingId)!.organisationId });
    }
    if (perCitizen.size)
      await s.audit([...perCitizen].map(([citizenId, p]) => ({ action: 'meeting.read' as const, citizenId, courseId: p.courseId, organisationId: p.organisationId, context: { record: 'meeting', count: p.count } })));
    return { items: await meetingDtos(s, rows, residents, visible) };
  });
}

/** Who an external participant represents: their organisation, else their name. */
const partyOf = (p: { name: string; organisation?: string | null }) => (p.organisation ?? p.name).trim();

export function createMeeting(scope: Scope, body: z.infer<typeof MeetingCreate>) {
  return inTransaction(scope, async (s) => {
    const unit = await unitAccess(s, body.unitId);
    if (!s.access.has('note.write', body.unitId)) throw forbidden();
    if (body.heldOn > today()) throw invalid('heldOn', 'in_future');
    const external = body.participants.filter((p) => p.external);
    if (body.kind !== 'internal' && external.length === 0) throw invalid('participants', 'external_needed');

    const colleagues = await unitMembers(s, body.unitId, body.participants.flatMap((p) => (p.userId ? [p.userId] : [])));
    body.participants.forEach((p, i) => {
      // Someone from inside is a colleague at the unit; anyone else counts as external (and needs a basis).
      if (!p.external && !p.userId) throw invalid(`participants.${i}.userId`, 'required');
      if (p.userId && !colleagues.has(p.userId)) throw invalid(`participants.${i}.userId`, 'not_in_unit');
    });

    const seen = new Set<string>();
    const residents: ResidentRow[] = [];
    const meetingId = newId();
    for (const [i, r] of body.residents.entries()) {
      if (seen.has(r.citizenId)) throw invalid(`residents.${i}.citizenId`, 'invalid_value');
      seen.add(r.citizenId);
      const { course } = await activeResident(s, r.citizenId, body.unitId, `residents.${i}.citizenId`);
      residents.push({ meetingId, citizenId: r.citizenId, courseId: course.id, discussed: r.discussed ?? null, consentId: null });
    }

    // Discussing a resident with people from outside needs a basis valid now for each external party.
    const parties = [...new Map(external.map((p) => [partyOf(p).toLowerCase(), partyOf(p)])).values()];
    if (parties.length)
      for (const [i, r] of body.residents.entries()) {
        for (const party of parties) {
          const basis = await sharingBasis(s, r.citizenId, [party], r.consentId ?? undefined).catch((e: unknown) => {
            if (e instanceof AppError) throw new AppError(e.status, e.code, e.errors?.map((f) => ({ ...f, path: `residents.${i}.${f.path}` })));
            throw e;
          });
          residents[i].consentId ??= basis.id;
        }
      }

    const row: MeetingRow = {
      id: meetingId,
      organisationId: unit.organisationId,
      unitId: body.unitId,
      kind: body.kind,
      heldOn: body.heldOn,
      topic: body.topic,
      participants: body.participants.map((p) => ({ name: p.name, organisation: p.organisation ?? null, external: p.external, userId: p.userId ?? null })),
      decisions: body.decisions ?? null,
      followUps: body.followUps.map((f) => ({ text: f.text, owner: f.owner, dueDate: f.dueDate ?? null })),
      createdBy: s.access.actor.userId,
      createdAt: new Date(),
    };
    await s.db.insert(collaborationMeetings).values(row);
    if (residents.length) await s.db.insert(meetingResidents).values(residents);
    const context = { record: 'meeting', id: meetingId };
    await s.audit(
      residents.length
        ? residents.map((r) => ({ action: 'meeting.write' as const, citizenId: r.citizenId, courseId: r.courseId, organisationId: unit.organisationId, context }))
        : [{ action: 'meeting.write', citizenId: null, organisationId: unit.organisationId, context }],
    );
    return (await meetingDtos(s, [row], residents, new Set(seen)))[0];
  });
}
