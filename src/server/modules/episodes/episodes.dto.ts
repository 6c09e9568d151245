import { asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Episode } from '../../../shared/schemas/residential';
import { allowedCitizenIds } from '../../access/citizen-access';
import type { Scope } from '../../access/scope';
import { citizens, episodeActions, episodeDebriefs, episodePeople, episodes } from '../../db/schema';
import { today } from '../outreach/dates';
import { userNames } from '../outreach/outreach.repo';

export type EpisodeRow = typeof episodes.$inferSelect;
type Dto = z.infer<typeof Episode>;

/**
 * Whether the caller reads the staff's account of episodes in the unit (description, what was done,
 * injuries, the debrief's summary): staff with note access do; a leader sees the episode without it.
 */
export const fullView = (s: Scope, unitId: string) => s.access.has('note.read', unitId);

/** Whether the caller may read the unit's episodes at all: staff (note access) or the unit's leader. */
export const readsEpisodes = (s: Scope, unitId: string) => s.access.has('note.read', unitId) || s.access.has('caseload.unit', unitId);

/**
 * The episodes as the caller sees them. A resident is named only when the caller sees that
 * citizen; otherwise the entry stays as "a resident" without a name.
 */
export async function episodeDtos(s: Scope, rows: EpisodeRow[]): Promise<Dto[]> {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [people, debriefs, actions] = await Promise.all([
    s.db
      .select({ p: episodePeople, name: citizens.name, alias: citizens.alias })
      .from(episodePeople)
      .leftJoin(citizens, eq(citizens.id, episodePeople.citizenId))
      .where(inArray(episodePeople.episodeId, ids))
      .orderBy(asc(episodePeople.id)),
    s.db.select().from(episodeDebriefs).where(inArray(episodeDebriefs.episodeId, ids)),
    s.db.select().from(episodeActions).where(inArray(episodeActions.episodeId, ids)).orderBy(asc(episodeActions.dueDate), asc(episodeActions.id)),
  ]);
  const visible = await allowedCitizenIds(s, [...new Set(people.flatMap((p) => (p.p.citizenId ? [p.p.citizenId] : [])))]);
  const names = await userNames(s, [
    ...rows.map((r) => r.createdBy),
    ...people.flatMap((p) => (p.p.userId ? [p.p.userId] : [])),
    ...debriefs.map((d) => d.byUserId),
    ...actions.map((a) => a.ownerId),
  ]);
  const person = (id: string) => ({ id, displayName: names.get(id) ?? '' });
  const now = today();
  return rows.map((r) => {
    const full = fullView(s, r.unitId);
    const d = debriefs.find((x) => x.episodeId === r.id);
    return {
      id: r.id,
      unitId: r.unitId,
      occurredAt: r.occurredAt.toISOString(),
      location: r.location,
      type: r.type as Dto['type'],
      severity: r.severity as Dto['severity'],
      description: full ? r.description : null,
      actionsTaken: full ? r.actionsTaken : null,
      anyoneHurt: r.anyoneHurt,
      injuries: full ? r.injuries : null,
      people: people
        .filter((p) => p.p.episodeId === r.id)
        .map(({ p, name, alias }) => ({
          kind: p.kind as Dto['people'][number]['kind'],
          citizen: p.citizenId && visible.has(p.citizenId) ? { id: p.citizenId, displayName: name ?? alias ?? '' } : null,
          user: p.userId ? person(p.userId) : null,
          description: p.description,
          hurt: p.hurt,
        })),
      debrief: d ? { heldOn: d.heldOn, participants: d.participants, summary: full ? d.summary : null, learning: d.learning, by: person(d.byUserId), at: d.at.toISOString() } : null,
      actions: actions
        .filter((a) => a.episodeId === r.id)
        .map((a) => ({ id: a.id, text: a.text, owner: person(a.ownerId), dueDate: a.dueDate, overdue: !a.doneAt && a.dueDate < now, doneAt: a.doneAt?.toISOString() ?? null })),
      createdBy: person(r.createdBy),
      createdAt: r.createdAt.toISOString(),
    };
  });
}

/** The residents involved in an episode (for the audit log: one row per resident concerned). */
export async function residentsOf(s: Scope, episodeId: string): Promise<string[]> {
  const rows = await s.db.select({ citizenId: episodePeople.citizenId }).from(episodePeople).where(eq(episodePeople.episodeId, episodeId));
  return [...new Set(rows.flatMap((r) => (r.citizenId ? [r.citizenId] : [])))];
}

/** Audit rows for a write to an episode: one per resident involved, or one without a citizen. */
export function writeEvents(episode: EpisodeRow, residents: string[], record: string, id: string) {
  const base = { action: 'episode.write' as const, organisationId: episode.organisationId, context: { record, id } };
  return residents.length ? residents.map((citizenId) => ({ ...base, citizenId })) : [{ ...base, citizenId: null }];
}
