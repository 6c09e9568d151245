import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { HarmReductionBody, HarmReductionPlan } from '../../../shared/schemas/residential';
import { recordAccess } from '../../access/record-access';
import { inTransaction, type Scope } from '../../access/scope';
import { harmReductionPlans } from '../../db/schema';
import { AppError, conflict, forbidden } from '../../http/problem';
import { lockKey } from '../crisis/crisis.repo';
import { localDate, today } from '../outreach/dates';
import { userNames } from '../outreach/outreach.repo';
import { residentCourse, residentUnits } from './unit-access';

type Row = typeof harmReductionPlans.$inferSelect;
type Dto = z.infer<typeof HarmReductionPlan>;

/**
 * The next follow-up of a plan: the earliest date after the plan was saved. It is due when that
 * date has come and no newer version (the follow-up) has been saved since.
 */
export function nextFollowUp(dates: string[], savedAt: Date): { date: string | null; due: boolean } {
  const saved = localDate(savedAt);
  const date = [...dates].sort().find((d) => d > saved) ?? null;
  return { date, due: date !== null && date <= today() };
}

async function toDto(s: Scope, r: Row): Promise<Dto> {
  const names = await userNames(s, [r.byUserId]);
  const next = nextFollowUp(r.followUpDates, r.at);
  return {
    citizenId: r.citizenId,
    version: r.version,
    courseId: r.courseId,
    substances: r.substances,
    areas: r.areas,
    measures: r.measures,
    residentWantsAbstinence: r.residentWantsAbstinence,
    residentsOwnWords: r.residentsOwnWords,
    madeWithResident: r.madeWithResident,
    followUpDates: r.followUpDates,
    nextFollowUp: next.date,
    followUpDue: next.due,
    by: { id: r.byUserId, displayName: names.get(r.byUserId) ?? '' },
    at: r.at.toISOString(),
  };
}

/** The course the plan is kept under: the resident's course in a unit where the caller reads (or writes) notes. */
async function planCourse(s: Scope, citizenId: string, need: 'read' | 'write') {
  const access = await recordAccess(s, citizenId, need);
  const perm = need === 'read' ? 'note.read' : 'note.write';
  const unitId = (await residentUnits(s, citizenId)).find((u) => s.access.has(perm, u));
  const found = unitId ? await residentCourse(s, citizenId, unitId) : null;
  if (!found) throw forbidden();
  return { course: found.course, canEdit: access.canWrite };
}

async function latest(s: Scope, citizenId: string, organisationId: string) {
  const rows = await s.db
    .select()
    .from(harmReductionPlans)
    .where(and(eq(harmReductionPlans.citizenId, citizenId), eq(harmReductionPlans.organisationId, organisationId)))
    .orderBy(desc(harmReductionPlans.version))
    .limit(1);
  return rows[0];
}

export function getHarmReduction(scope: Scope, citizenId: string) {
  return inTransaction(scope, async (s) => {
    const { course, canEdit } = await planCourse(s, citizenId, 'read');
    const row = await latest(s, citizenId, course.organisationId);
    await s.audit([{ action: 'harmReduction.read', citizenId, courseId: course.id, organisationId: course.organisationId, context: { record: 'harmReduction', count: row ? 1 : 0 } }]);
    return { plan: row ? await toDto(s, row) : null, versions: row?.version ?? 0, canEdit };
  });
}

/**
 * Saves a new version of the plan. Harm reduction makes no abstinence demand (seed 004, core element
 * 3): a measure asking the resident to stop using is accepted only when the resident wants to stop.
 */
export function saveHarmReduction(scope: Scope, citizenId: string, body: z.infer<typeof HarmReductionBody>) {
  return inTransaction(scope, async (s) => {
    const { course } = await planCourse(s, citizenId, 'write');
    if (!body.residentWantsAbstinence) {
      const i = body.measures.findIndex((m) => m.abstinence);
      if (i >= 0) throw new AppError(422, 'validation_failed', [{ path: `measures.${i}.abstinence`, code: 'abstinence_not_wanted' }]);
    }
    await lockKey(s.db, `harm:${citizenId}:${course.organisationId}`);
    const prev = await latest(s, citizenId, course.organisationId);
    const current = prev?.version ?? 0;
    if (body.baseVersion !== undefined && body.baseVersion !== current) throw conflict('stale_version');
    const row: Row = {
      citizenId,
      organisationId: course.organisationId,
      version: current + 1,
      courseId: course.id,
      substances: body.substances ?? null,
      areas: body.areas,
      measures: body.measures.map((m) => ({ text: m.text, area: m.area, who: m.who ?? null, abstinence: m.abstinence })),
      residentWantsAbstinence: body.residentWantsAbstinence,
      residentsOwnWords: body.residentsOwnWords ?? null,
      madeWithResident: body.madeWithResident,
      followUpDates: [...new Set(body.followUpDates)].sort(),
      byUserId: s.access.actor.userId,
      at: new Date(),
    };
    await s.db.insert(harmReductionPlans).values(row);
    await s.audit([{ action: 'harmReduction.write', citizenId, courseId: course.id, organisationId: course.organisationId, context: { record: 'harmReduction', id: course.id } }]);
    return { plan: await toDto(s, row), versions: row.version, canEdit: true };
  });
}
