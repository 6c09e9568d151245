import { desc, eq } from 'drizzle-orm';
import type { Scope } from '../../access/scope';
import { consents, users } from '../../db/schema';

export type ConsentRow = typeof consents.$inferSelect;

export async function insertConsent(scope: Scope, values: ConsentRow) {
  await scope.db.insert(consents).values(values);
  await scope.audit([{ action: 'consent.create', citizenId: values.citizenId, organisationId: values.organisationId, context: { consentId: values.id, kind: values.kind } }]);
}

/** A citizen's consents and legal bases, newest first, with the recorder's name; logs the read. */
export async function readConsents(scope: Scope, citizen: { id: string; organisationId: string }) {
  const rows = await scope.db
    .select({ consent: consents, recordedBy: users.displayName })
    .from(consents)
    .innerJoin(users, eq(users.id, consents.recordedBy))
    .where(eq(consents.citizenId, citizen.id))
    .orderBy(desc(consents.createdAt));
  await scope.audit([{ action: 'consent.read', citizenId: citizen.id, organisationId: citizen.organisationId, context: { consentIds: rows.map((r) => r.consent.id) } }]);
  return rows;
}

export async function findConsent(scope: Scope, id: string): Promise<ConsentRow | undefined> {
  const [row] = await scope.db.select().from(consents).where(eq(consents.id, id));
  return row;
}

export async function withdrawConsentRow(scope: Scope, c: ConsentRow) {
  await scope.db.update(consents).set({ withdrawnAt: new Date(), withdrawnBy: scope.access.actor.userId }).where(eq(consents.id, c.id));
  await scope.audit([{ action: 'consent.withdraw', citizenId: c.citizenId, organisationId: c.organisationId, context: { consentId: c.id } }]);
}
