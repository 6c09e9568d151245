import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Scope } from '../../access/scope';
import { offers, referralEvents, referrals, shares, users } from '../../db/schema';

export type ReferralRow = typeof referrals.$inferSelect;

export async function findReferral(scope: Scope, id: string): Promise<ReferralRow | undefined> {
  const [row] = await scope.db.select().from(referrals).where(eq(referrals.id, id));
  return row;
}

export async function insertReferral(scope: Scope, row: ReferralRow) {
  await scope.db.insert(referrals).values(row);
  await insertEvent(scope, row.id, row.status, row.statusDate, row.note);
  await scope.audit([
    { action: 'referral.create', citizenId: row.citizenId, courseId: row.courseId, organisationId: row.organisationId, context: { referralId: row.id, offerId: row.offerId } },
  ]);
}

async function insertEvent(scope: Scope, referralId: string, status: string, date: string, note: string | null) {
  await scope.db.insert(referralEvents).values({ id: crypto.randomUUID(), referralId, status, date, note, byUserId: scope.access.actor.userId });
}

export async function updateReferralStatus(scope: Scope, r: ReferralRow, patch: Pick<ReferralRow, 'status' | 'statusDate' | 'startedOn' | 'accompanied'>, note: string | null) {
  await scope.db.update(referrals).set({ ...patch, updatedAt: new Date() }).where(eq(referrals.id, r.id));
  await insertEvent(scope, r.id, patch.status, patch.statusDate, note);
  await scope.audit([
    { action: 'referral.update', citizenId: r.citizenId, courseId: r.courseId, organisationId: r.organisationId, context: { referralId: r.id, status: patch.status } },
  ]);
}

/** Referrals with their offers and status history; logs one read per citizen. */
export async function readReferrals(scope: Scope, where: { courseId?: string; ids?: string[] }) {
  const rows = await scope.db
    .select({ referral: referrals, offerName: offers.name, provider: offers.provider })
    .from(referrals)
    .innerJoin(offers, eq(offers.id, referrals.offerId))
    .where(where.courseId ? eq(referrals.courseId, where.courseId) : inArray(referrals.id, where.ids ?? []))
    .orderBy(desc(referrals.createdAt));
  const ids = rows.map((r) => r.referral.id);
  const events = ids.length
    ? await scope.db
        .select({ referralId: referralEvents.referralId, status: referralEvents.status, date: referralEvents.date, note: referralEvents.note, byName: users.displayName })
        .from(referralEvents)
        .innerJoin(users, eq(users.id, referralEvents.byUserId))
        .where(inArray(referralEvents.referralId, ids))
        .orderBy(asc(referralEvents.at))
    : [];
  const byCitizen = new Map(rows.map((r) => [r.referral.citizenId, r.referral]));
  await scope.audit(
    [...byCitizen.values()].map((r) => ({
      action: 'referral.read' as const,
      citizenId: r.citizenId,
      courseId: r.courseId,
      organisationId: r.organisationId,
      context: { referralIds: rows.filter((x) => x.referral.citizenId === r.citizenId).map((x) => x.referral.id) },
    })),
  );
  return rows.map((r) => ({ ...r, history: events.filter((e) => e.referralId === r.referral.id) }));
}

export async function insertShare(scope: Scope, values: typeof shares.$inferInsert, referral: ReferralRow) {
  await scope.db.insert(shares).values(values);
  await scope.audit([
    {
      action: 'referral.share',
      citizenId: referral.citizenId,
      courseId: referral.courseId,
      organisationId: referral.organisationId,
      context: { referralId: referral.id, shareId: values.id!, consentId: values.consentId, recipient: values.recipient },
    },
  ]);
}

/** Started referrals whose 1- or 3-month retention check is not yet recorded, on the given courses. */
export function findOpenRetentionChecks(scope: Scope, courseIds: string[]) {
  if (courseIds.length === 0) return Promise.resolve([]);
  return scope.db
    .select({ referral: referrals, offerName: offers.name })
    .from(referrals)
    .innerJoin(offers, eq(offers.id, referrals.offerId))
    .where(inArray(referrals.courseId, courseIds))
    .then((rows) => rows.filter((r) => r.referral.status === 'started' || r.referral.status === 'retained_1m'));
}
