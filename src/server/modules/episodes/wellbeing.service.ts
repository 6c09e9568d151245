import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { StaffWellbeingCreate } from '../../../shared/schemas/residential';
import { inTransaction, type Scope } from '../../access/scope';
import { staffWellbeing, staffWellbeingGiven } from '../../db/schema';
import { AppError, conflict, forbidden } from '../../http/problem';
import { findInstrument } from '../../instruments';
import { score } from '../../instruments/scoring';
import { lockKey } from '../crisis/crisis.repo';
import { monthOf, unitAccess } from '../residential/unit-access';
import { WELLBEING_INSTRUMENT } from './trend.service';

/** A member of the unit (staff, leader or peer worker); the organisation's administrator alone is not. */
async function memberOf(s: Scope, unitId: string) {
  const unit = await unitAccess(s, unitId);
  if (!unit.member) throw forbidden();
  return unit;
}

async function answered(s: Scope, unitId: string, month: string) {
  const [row] = await s.db
    .select({ month: staffWellbeingGiven.month })
    .from(staffWellbeingGiven)
    .where(and(eq(staffWellbeingGiven.unitId, unitId), eq(staffWellbeingGiven.userId, s.access.actor.userId), eq(staffWellbeingGiven.month, month)));
  return Boolean(row);
}

/** Whether the caller has answered this month's wellbeing question for the unit. */
export function wellbeingStatus(scope: Scope, unitId: string) {
  return inTransaction(scope, async (s) => {
    await memberOf(s, unitId);
    const month = monthOf(new Date());
    return { month, answered: await answered(s, unitId, month) };
  });
}

/**
 * A member's anonymous WHO-5 for this month. The score is kept with the unit and the month only —
 * not who gave it, nor when (a random id, not a time-ordered one) — and, apart from it, that the
 * member has answered this month, so each answers once.
 */
export function answerWellbeing(scope: Scope, unitId: string, body: z.infer<typeof StaffWellbeingCreate>) {
  return inTransaction(scope, async (s) => {
    const unit = await memberOf(s, unitId);
    const def = await findInstrument(s.db, unit.organisationId, WELLBEING_INSTRUMENT);
    if (!def) throw new Error('the wellbeing instrument is missing');
    const scored = score(def, body.answers);
    if (!scored.ok) throw new AppError(422, 'validation_failed', scored.issues);
    const month = monthOf(new Date());
    await lockKey(s.db, `staffWellbeing:${unitId}:${s.access.actor.userId}:${month}`);
    if (await answered(s, unitId, month)) throw conflict('already_answered');
    await s.db.insert(staffWellbeing).values({ id: randomUUID(), unitId, month, instrumentKey: def.key, instrumentVersion: def.version, total: scored.value.total });
    await s.db.insert(staffWellbeingGiven).values({ unitId, userId: s.access.actor.userId, month });
    return { month };
  });
}
