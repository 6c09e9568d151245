import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { DebriefCreate, EpisodeCreate, EpisodeQuery } from '../../../shared/schemas/residential';
import { inTransaction, type Scope } from '../../access/scope';
import { episodeActions, episodeDebriefs, episodePeople, episodes, units } from '../../db/schema';
import { newId } from '../../db/ids';
import { conflict, forbidden, invalid, notFound } from '../../http/problem';
import { lockKey } from '../crisis/crisis.repo';
import { addDays, inFuture, localDate, today } from '../outreach/dates';
import { activeResident, STAFF_ROLES, unitAccess, unitMembers } from '../residential/unit-access';
import { episodeDtos, readsEpisodes, residentsOf, writeEvents, type EpisodeRow } from './episodes.dto';

/** The units whose episodes the caller reads: staff (note access) or leader. */
const readableUnits = (s: Scope) => [...new Set([...s.access.unitsWith('note.read'), ...s.access.unitsWith('caseload.unit')])];

/**
 * The register of episodes, newest first. With `unitId`: that unit (a member who is neither staff
 * nor leader, e.g. a peer worker, is refused; anyone else does not find it). Without: every unit
 * where the caller is staff or leader.
 */
export function listEpisodes(scope: Scope, q: z.infer<typeof EpisodeQuery>) {
  return inTransaction(scope, async (s) => {
    if (q.unitId) {
      await unitAccess(s, q.unitId);
      if (!readsEpisodes(s, q.unitId)) throw forbidden();
    }
    const unitIds = readableUnits(s).filter((u) => !q.unitId || u === q.unitId);
    if (unitIds.length === 0) throw forbidden();
    if (q.from && q.to && q.to < q.from) throw invalid('to', 'invalid_value');
    const rows = await s.db
      .select()
      .from(episodes)
      .where(
        and(
          inArray(episodes.unitId, unitIds),
          q.from ? sql`${episodes.occurredAt} >= (${q.from}::date)::timestamp at time zone 'Europe/Copenhagen'` : undefined,
          q.to ? sql`${episodes.occurredAt} < (${addDays(q.to, 1)}::date)::timestamp at time zone 'Europe/Copenhagen'` : undefined,
        ),
      )
      .orderBy(desc(episodes.occurredAt), desc(episodes.id));
    const items = await episodeDtos(s, rows);
    // One row per resident named; when none is, one row for each organisation whose register was read.
    const named = new Map<string, { organisationId: string; count: number }>();
    items.forEach((e, i) => {
      for (const citizenId of new Set(e.people.flatMap((p) => (p.citizen ? [p.citizen.id] : [])))) {
        const entry = named.get(citizenId) ?? { organisationId: rows[i].organisationId, count: 0 };
        entry.count++;
        named.set(citizenId, entry);
      }
    });
    if (named.size) {
      await s.audit([...named].map(([citizenId, n]) => ({ action: 'episode.read' as const, citizenId, organisationId: n.organisationId, context: { record: 'episode', count: n.count } })));
    } else {
      const orgs = await s.db.selectDistinct({ id: units.organisationId }).from(units).where(inArray(units.id, unitIds));
      await s.audit(orgs.map((o) => ({ action: 'episode.read' as const, citizenId: null, organisationId: o.id, context: { record: 'episode', count: rows.filter((r) => r.organisationId === o.id).length } })));
    }
    return { items };
  });
}

/** Registers an episode in a unit where the caller is staff. Every resident and staff member named must belong to the unit. */
export function createEpisode(scope: Scope, body: z.infer<typeof EpisodeCreate>) {
  return inTransaction(scope, async (s) => {
    const unit = await unitAccess(s, body.unitId);
    if (!s.access.has('episode.write', body.unitId)) throw forbidden();
    const occurredAt = new Date(body.occurredAt);
    if (inFuture(occurredAt)) throw invalid('occurredAt', 'in_future');
    if (!body.anyoneHurt && body.people.some((p) => p.hurt)) throw invalid('anyoneHurt', 'invalid_value');
    const staffIds = body.people.flatMap((p) => (p.kind === 'staff' ? [p.userId] : []));
    const members = await unitMembers(s, body.unitId, staffIds);
    const residents: string[] = [];
    const staff = new Set<string>();
    for (const [i, p] of body.people.entries()) {
      if (p.kind === 'resident') {
        await activeResident(s, p.citizenId, body.unitId, `people.${i}.citizenId`);
        if (residents.includes(p.citizenId)) throw invalid(`people.${i}.citizenId`, 'invalid_value');
        residents.push(p.citizenId);
      } else if (p.kind === 'staff') {
        if (!members.has(p.userId)) throw invalid(`people.${i}.userId`, 'not_in_unit');
        if (staff.has(p.userId)) throw invalid(`people.${i}.userId`, 'invalid_value');
        staff.add(p.userId);
      }
    }
    const row: EpisodeRow = {
      id: newId(),
      organisationId: unit.organisationId,
      unitId: body.unitId,
      occurredAt,
      location: body.location,
      type: body.type,
      severity: body.severity,
      description: body.description,
      actionsTaken: body.actionsTaken,
      anyoneHurt: body.anyoneHurt,
      injuries: body.injuries ?? null,
      createdBy: s.access.actor.userId,
      createdAt: new Date(),
    };
    await s.db.insert(episodes).values(row);
    await s.db.insert(episodePeople).values(
      body.people.map((p) => ({
        id: newId(),
        episodeId: row.id,
        kind: p.kind,
        citizenId: p.kind === 'resident' ? p.citizenId : null,
        userId: p.kind === 'staff' ? p.userId : null,
        description: p.kind === 'other' ? p.description : null,
        hurt: p.hurt,
      })),
    );
    await s.audit(writeEvents(row, residents, 'episode', row.id));
    return (await episodeDtos(s, [row]))[0];
  });
}

/**
 * An episode the caller may act on: one they cannot read (not staff or leader of its unit) is not
 * found; one they read but may not write (a leader) is forbidden.
 */
async function writableEpisode(s: Scope, episodeId: string): Promise<EpisodeRow> {
  const [row] = await s.db.select().from(episodes).where(eq(episodes.id, episodeId));
  if (!row || !readsEpisodes(s, row.unitId)) throw notFound();
  if (!s.access.has('episode.write', row.unitId)) throw forbidden();
  return row;
}

/** The debrief after an episode, with its follow-up actions (each owned by a member of the unit). Once per episode. */
export function addDebrief(scope: Scope, episodeId: string, body: z.infer<typeof DebriefCreate>) {
  return inTransaction(scope, async (s) => {
    await lockKey(s.db, `episode:${episodeId}`);
    const row = await writableEpisode(s, episodeId);
    const [existing] = await s.db.select({ id: episodeDebriefs.episodeId }).from(episodeDebriefs).where(eq(episodeDebriefs.episodeId, episodeId));
    if (existing) throw conflict('already_debriefed');
    if (body.heldOn > today()) throw invalid('heldOn', 'in_future');
    if (body.heldOn < localDate(row.occurredAt)) throw invalid('heldOn', 'before_episode');
    // An action is owned by staff or a leader: owning it opens the episode, which a peer does not read.
    const owners = await unitMembers(s, row.unitId, body.actions.map((a) => a.ownerId), STAFF_ROLES);
    body.actions.forEach((a, i) => {
      if (!owners.has(a.ownerId)) throw invalid(`actions.${i}.ownerId`, 'not_in_unit');
    });
    await s.db.insert(episodeDebriefs).values({
      episodeId,
      heldOn: body.heldOn,
      participants: body.participants,
      summary: body.summary,
      learning: body.learning,
      byUserId: s.access.actor.userId,
      at: new Date(),
    });
    if (body.actions.length) {
      await s.db.insert(episodeActions).values(body.actions.map((a) => ({ id: newId(), episodeId, text: a.text, ownerId: a.ownerId, dueDate: a.dueDate, doneAt: null, doneBy: null })));
    }
    await s.audit(writeEvents(row, await residentsOf(s, episodeId), 'episodeDebrief', episodeId));
    return (await episodeDtos(s, [row]))[0];
  });
}

/**
 * Marks a follow-up action done: by staff of the unit, or by the action's owner while a member of
 * the unit. Someone who reads the unit's episodes but may do neither is refused; anyone else does
 * not find the action.
 */
export function completeAction(scope: Scope, actionId: string) {
  return inTransaction(scope, async (s) => {
    await lockKey(s.db, `episodeAction:${actionId}`);
    const [action] = await s.db.select().from(episodeActions).where(eq(episodeActions.id, actionId));
    if (!action) throw notFound();
    const [row] = await s.db.select().from(episodes).where(eq(episodes.id, action.episodeId));
    const me = s.access.actor.userId;
    const staff = s.access.has('episode.write', row.unitId);
    const owner = action.ownerId === me && readsEpisodes(s, row.unitId) && (await unitMembers(s, row.unitId, [me], STAFF_ROLES)).has(me);
    if (!staff && !owner) throw readsEpisodes(s, row.unitId) ? forbidden() : notFound();
    if (action.doneAt) throw conflict('action_done');
    await s.db.update(episodeActions).set({ doneAt: new Date(), doneBy: me }).where(eq(episodeActions.id, actionId));
    await s.audit(writeEvents(row, await residentsOf(s, row.id), 'episodeAction', actionId));
    return (await episodeDtos(s, [row]))[0];
  });
}
