import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';

export const GENESIS_HASH = '0'.repeat(64);

export type ChainedContent = {
  organisationId: string;
  at: Date;
  userId: string | null;
  action: string;
  citizenId: string | null;
  courseId: string | null;
  context: Record<string, unknown>;
  clientAddress: string | null;
};

/** hash = sha256(prevHash + canonical JSON of the row's content); key order cannot change it. */
export function chainHash(prevHash: string, row: ChainedContent): string {
  const canonical = stringify({
    organisationId: row.organisationId,
    at: row.at.toISOString(),
    userId: row.userId,
    action: row.action,
    citizenId: row.citizenId,
    courseId: row.courseId,
    context: row.context,
    clientAddress: row.clientAddress,
  });
  return createHash('sha256').update(prevHash).update(canonical ?? '').digest('hex');
}
