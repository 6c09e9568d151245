import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { actionPlans, actionPlanShares, actionPlanVersions } from '../../db/schema';

export type PlanRow = typeof actionPlans.$inferSelect;
export type PlanVersionRow = typeof actionPlanVersions.$inferSelect;
export type PlanShareRow = typeof actionPlanShares.$inferSelect;

/** Plans (by citizen or id) with their versions (newest first) and shares. */
export async function findPlans(db: Db, where: { citizenId?: string; id?: string }) {
  const plans = await db
    .select()
    .from(actionPlans)
    .where(where.id ? eq(actionPlans.id, where.id) : eq(actionPlans.citizenId, where.citizenId!))
    .orderBy(desc(actionPlans.createdAt));
  const ids = plans.map((p) => p.id);
  if (ids.length === 0) return [];
  const versions = await db.select().from(actionPlanVersions).where(inArray(actionPlanVersions.planId, ids)).orderBy(desc(actionPlanVersions.version));
  const shares = await db.select().from(actionPlanShares).where(inArray(actionPlanShares.planId, ids)).orderBy(asc(actionPlanShares.sharedAt));
  return plans.map((plan) => ({ plan, versions: versions.filter((v) => v.planId === plan.id), shares: shares.filter((x) => x.planId === plan.id) }));
}

export const insertPlan = (db: Db, values: typeof actionPlans.$inferInsert) => db.insert(actionPlans).values(values);
export const insertPlanVersion = (db: Db, values: typeof actionPlanVersions.$inferInsert) => db.insert(actionPlanVersions).values(values);
export const insertPlanShare = (db: Db, values: typeof actionPlanShares.$inferInsert) => db.insert(actionPlanShares).values(values);
