import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { placeAssignees, placeRounds, places, users } from '../../db/schema';

export type PlaceRow = typeof places.$inferSelect;

/** Places of the given organisations with their assignees and their latest rounds. */
export async function findPlaces(db: Db, orgIds: string[], filter: { id?: string; type?: string } = {}) {
  if (orgIds.length === 0) return [];
  const rows = await db
    .select()
    .from(places)
    .where(and(inArray(places.organisationId, orgIds), filter.id ? eq(places.id, filter.id) : undefined, filter.type ? eq(places.type, filter.type) : undefined))
    .orderBy(asc(places.name));
  const ids = rows.map((p) => p.id);
  if (ids.length === 0) return [];
  // One query at a time: `db` may be a transaction's single connection.
  const assignees = await db
    .select({ placeId: placeAssignees.placeId, id: users.id, displayName: users.displayName })
    .from(placeAssignees)
    .innerJoin(users, eq(users.id, placeAssignees.userId))
    .where(inArray(placeAssignees.placeId, ids))
    .orderBy(asc(users.displayName));
  const rounds = await db.select().from(placeRounds).where(inArray(placeRounds.placeId, ids)).orderBy(desc(placeRounds.at));
  return rows.map((p) => ({ place: p, assignees: assignees.filter((a) => a.placeId === p.id), rounds: rounds.filter((r) => r.placeId === p.id) }));
}

export async function insertPlace(db: Db, values: typeof places.$inferInsert, assigneeIds: string[]) {
  await db.insert(places).values(values);
  if (assigneeIds.length) await db.insert(placeAssignees).values(assigneeIds.map((userId) => ({ placeId: values.id, userId })));
}

export const insertRound = (db: Db, values: typeof placeRounds.$inferInsert) => db.insert(placeRounds).values(values);

export async function findPlace(db: Db, id: string) {
  const [row] = await db.select().from(places).where(eq(places.id, id));
  return row;
}
