import type { Config } from '../config';
import type { Db } from '../db/client';
import type { CprCrypto } from '../crypto/cpr-crypto';
import { writeAudit } from '../audit/writer';
import type { AuditEventInput } from '../audit/events';
import type { AccessContext } from './context';

/**
 * The per-request door to data: the database handle (a transaction inside `inTransaction`), who is
 * asking and what they may do, and the audit writer bound to them. Repositories take a Scope;
 * route handlers never touch the database.
 */
export type Scope = {
  db: Db;
  access: AccessContext;
  config: Config;
  cpr: CprCrypto;
  clientAddress: string | null;
  audit(events: AuditEventInput[]): Promise<void>;
};

export function createScope(base: Omit<Scope, 'audit'>): Scope {
  return {
    ...base,
    audit: (events) => writeAudit(base.db, { userId: base.access.actor.userId, clientAddress: base.clientAddress }, events),
  };
}

/**
 * Runs `fn` in one transaction: the data it reads or writes and the audit rows commit together.
 * The audit rows are written last, just before the commit: writing them takes the organisation's
 * audit-chain lock (decision 0001), which is then held only for the chain's own work and the commit
 * rather than for the rest of the request (issue 9).
 */
export function inTransaction<T>(scope: Scope, fn: (s: Scope) => Promise<T>): Promise<T> {
  return scope.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const pending: AuditEventInput[] = [];
    const result = await fn({ ...scope, db, audit: async (events) => void pending.push(...events) });
    await writeAudit(db, { userId: scope.access.actor.userId, clientAddress: scope.clientAddress }, pending);
    return result;
  });
}
