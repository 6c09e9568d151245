import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { inboundReferrals, partners, units } from '../../db/schema';

export type InboundRow = typeof inboundReferrals.$inferSelect;

export const insertInbound = (db: Db, values: InboundRow) => db.insert(inboundReferrals).values(values);

export async function findInbound(db: Db, id: string): Promise<InboundRow | undefined> {
  const [row] = await db.select().from(inboundReferrals).where(eq(inboundReferrals.id, id));
  return row;
}

export function listInbound(db: Db, unitIds: string[], status?: string) {
  return db
    .select({ inbound: inboundReferrals, unitName: units.name, partnerName: partners.name })
    .from(inboundReferrals)
    .innerJoin(units, eq(units.id, inboundReferrals.unitId))
    .leftJoin(partners, eq(partners.id, inboundReferrals.partnerId))
    .where(and(inArray(inboundReferrals.unitId, unitIds), status ? eq(inboundReferrals.status, status) : undefined))
    .orderBy(desc(inboundReferrals.receivedOn), desc(inboundReferrals.createdAt))
    .limit(500);
}

export const decideInbound = (db: Db, id: string, patch: Partial<InboundRow>) => db.update(inboundReferrals).set(patch).where(eq(inboundReferrals.id, id));

/** Inbound referrals per month and source since `since` (ISO date). */
export function countInboundBySource(db: Db, unitIds: string[], since: string) {
  return db
    .select({ month: sql<string>`to_char(${inboundReferrals.receivedOn}, 'YYYY-MM')`, source: inboundReferrals.sourceType, n: sql<number>`count(*)::int` })
    .from(inboundReferrals)
    .where(and(inArray(inboundReferrals.unitId, unitIds), gte(inboundReferrals.receivedOn, since)))
    .groupBy(sql`1`, inboundReferrals.sourceType)
    .orderBy(sql`1`);
}
