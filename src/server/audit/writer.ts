import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditLog } from '../db/schema';
import { AuditEvent, type AuditEventInput } from './events';
import { GENESIS_HASH, chainHash } from './chain';

export type AuditActor = { userId: string | null; clientAddress: string | null };

/**
 * Appends entries to the access log inside the caller's transaction (pass the transaction handle),
 * one row per citizen touched. Each organisation's chain is extended under an advisory lock held
 * until the transaction ends, so concurrent writers cannot fork it.
 */
export async function writeAudit(tx: Db, actor: AuditActor, events: AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  const parsed = events.map((e) => AuditEvent.parse(e));
  const at = new Date();
  const byOrg = new Map<string, typeof parsed>();
  for (const e of parsed) byOrg.set(e.organisationId, [...(byOrg.get(e.organisationId) ?? []), e]);
  for (const [organisationId, list] of [...byOrg].sort(([a], [b]) => a.localeCompare(b))) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${'audit:' + organisationId}, 0))`);
    const [last] = await tx
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .where(eq(auditLog.organisationId, organisationId))
      .orderBy(desc(auditLog.id))
      .limit(1);
    let prevHash = last?.hash ?? GENESIS_HASH;
    const rows = list.map((e) => {
      const content = {
        organisationId,
        at,
        userId: actor.userId,
        action: e.action,
        citizenId: e.citizenId,
        courseId: e.courseId,
        context: e.context as Record<string, unknown>,
        clientAddress: actor.clientAddress,
      };
      const hash = chainHash(prevHash, content);
      const row = { ...content, prevHash, hash };
      prevHash = hash;
      return row;
    });
    await tx.insert(auditLog).values(rows);
  }
}
