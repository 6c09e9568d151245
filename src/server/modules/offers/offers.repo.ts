import { containsPattern } from '../../db/sql';
import { and, asc, eq, ilike, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { offers } from '../../db/schema';

export type OfferRow = typeof offers.$inferSelect;


export function findOffers(db: Db, organisationIds: string[], filter: { q?: string; category?: string; includeInactive?: boolean }) {
  const like = filter.q ? containsPattern(filter.q) : null;
  return db
    .select()
    .from(offers)
    .where(
      and(
        inArray(offers.organisationId, organisationIds),
        filter.includeInactive ? undefined : eq(offers.active, true),
        filter.category ? eq(offers.category, filter.category) : undefined,
        like ? or(ilike(offers.name, like), ilike(offers.provider, like), ilike(offers.description, like)) : undefined,
      ),
    )
    .orderBy(asc(offers.name));
}

export async function findOffer(db: Db, id: string): Promise<OfferRow | undefined> {
  const [row] = await db.select().from(offers).where(eq(offers.id, id));
  return row;
}

export const insertOffer = (db: Db, values: typeof offers.$inferInsert) => db.insert(offers).values(values);
export const updateOffer = (db: Db, id: string, patch: Partial<typeof offers.$inferInsert>) =>
  db.update(offers).set({ ...patch, updatedAt: new Date() }).where(eq(offers.id, id));
