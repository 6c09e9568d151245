import { and, asc, count, desc, eq, gt, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, citizens, users } from '../../db/schema';
import { GENESIS_HASH, chainHash } from '../../audit/chain';

export type AuditFilter = { organisationIds: string[]; citizenIds?: string[]; userId?: string; from?: string; to?: string };

function whereOf(f: AuditFilter): SQL | undefined {
  const day = (d: string) => sql`(${d}::date::timestamp at time zone 'Europe/Copenhagen')`;
  return and(
    inArray(auditLog.organisationId, f.organisationIds),
    f.citizenIds ? inArray(auditLog.citizenId, f.citizenIds.length ? f.citizenIds : ['00000000-0000-0000-0000-000000000000']) : undefined,
    f.userId ? eq(auditLog.userId, f.userId) : undefined,
    f.from ? gte(auditLog.at, day(f.from)) : undefined,
    f.to ? lt(auditLog.at, sql`${day(f.to)} + interval '1 day'`) : undefined,
  );
}

export async function searchAudit(db: Db, f: AuditFilter, page: { limit: number; offset: number }) {
  const where = whereOf(f);
  const [{ total }] = await db.select({ total: count() }).from(auditLog).where(where);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userId: auditLog.userId,
      userName: users.displayName,
      action: auditLog.action,
      citizenId: auditLog.citizenId,
      courseId: auditLog.courseId,
      context: auditLog.context,
      clientAddress: auditLog.clientAddress,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(page.limit)
    .offset(page.offset);
  return { total, rows };
}

export async function findCitizenIdsByCprHash(db: Db, organisationIds: string[], hash: string): Promise<string[]> {
  const rows = await db
    .select({ id: citizens.id })
    .from(citizens)
    .where(and(inArray(citizens.organisationId, organisationIds), eq(citizens.cprHash, hash)));
  return rows.map((r) => r.id);
}

export async function citizenOrganisations(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: citizens.id, organisationId: citizens.organisationId }).from(citizens).where(inArray(citizens.id, ids));
}

export type BrokenRow = { id: string; organisationId: string; reason: 'hash_mismatch' | 'chain_broken' };

/** Recomputes each organisation's hash chain in id order; returns the first broken row, if any. */
export async function verifyChains(db: Db, organisationIds: string[]): Promise<{ checked: number; firstBroken: BrokenRow | null }> {
  let checked = 0;
  for (const organisationId of [...organisationIds].sort()) {
    let prev = GENESIS_HASH;
    let after = 0n;
    for (;;) {
      const batch = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.organisationId, organisationId), gt(auditLog.id, after)))
        .orderBy(asc(auditLog.id))
        .limit(5000);
      if (batch.length === 0) break;
      for (const row of batch) {
        checked++;
        const id = row.id.toString();
        if (row.prevHash !== prev) return { checked, firstBroken: { id, organisationId, reason: 'chain_broken' } };
        if (chainHash(prev, row) !== row.hash) return { checked, firstBroken: { id, organisationId, reason: 'hash_mismatch' } };
        prev = row.hash;
        after = row.id;
      }
    }
  }
  return { checked, firstBroken: null };
}
