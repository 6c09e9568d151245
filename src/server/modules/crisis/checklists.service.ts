import type { z } from 'zod';
import type { Checklists, TickBody } from '../../../shared/schemas/crisis';
import { inTransaction, type Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { AppError, forbidden, invalid } from '../../http/problem';
import type { MethodModel } from '../../methods';
import type { CourseRow } from '../courses/courses.repo';
import { courseFor, requireActive } from '../outreach/outreach.service';
import { userNames } from '../outreach/outreach.repo';
import { addDays, today } from '../outreach/dates';
import { findTicks, insertTick, type TickRow } from './crisis.repo';

type ChecklistsDto = z.infer<typeof Checklists>;

/** Every checklist item of a method, with its step and phase. */
export function checklistItems(method: MethodModel) {
  return method.phases.flatMap((phase, phaseIndex) =>
    phase.steps.flatMap((step) => (step.items ?? []).map((item) => ({ ...item, key: `${step.id}.${item.id}`, stepId: step.id, phase: phase.id, phaseIndex }))),
  );
}

/** A step is reached when the course is in its phase or a later one (or has ended). */
export function reached(method: MethodModel, course: Pick<CourseRow, 'phase' | 'status'>, phase: string) {
  if (course.status !== 'active') return true;
  const ids = method.phases.map((p) => p.id);
  return ids.indexOf(phase) <= ids.indexOf(course.phase);
}

/** The current state of each item: its latest tick event, if any. */
export function latestTicks(ticks: TickRow[]) {
  const latest = new Map<string, TickRow>();
  for (const t of ticks) latest.set(`${t.courseId}:${t.itemId}`, t);
  return latest;
}

/** Due date of an item with `dueDays`: counted from the course start (for a stay, the arrival). */
export const itemDueOn = (course: Pick<CourseRow, 'startDate'>, dueDays: number | undefined) => (dueDays === undefined ? null : addDays(course.startDate, dueDays));

export async function buildChecklists(s: Scope, course: CourseRow, method: MethodModel): Promise<ChecklistsDto> {
  const ticks = await findTicks(s.db, [course.id]);
  const names = await userNames(s, [...new Set(ticks.map((t) => t.byUserId))]);
  const ref = (id: string) => ({ id, displayName: names.get(id) ?? '' });
  const now = today();
  const items = checklistItems(method).map((item) => {
    const history = ticks.filter((t) => t.itemId === item.key);
    const last = history.at(-1);
    const ticked = last?.ticked ?? false;
    const dueOn = itemDueOn(course, item.dueDays);
    return {
      id: item.key,
      stepId: item.stepId,
      phase: item.phase,
      optional: Boolean(item.optional),
      automatic: Boolean(item.automatic),
      ticked,
      by: last ? ref(last.byUserId) : null,
      at: last ? last.at.toISOString() : null,
      dueOn,
      overdue: !ticked && course.status === 'active' && dueOn !== null && dueOn < now,
      note: last?.note ?? null,
      history: history.map((t) => ({ ticked: t.ticked, by: ref(t.byUserId), at: t.at.toISOString(), note: t.note })),
    };
  });
  const steps = method.phases.flatMap((phase) =>
    phase.steps
      .filter((step) => step.items?.length)
      .map((step) => ({ id: step.id, phase: phase.id, reached: reached(method, course, phase.id), items: items.filter((i) => i.stepId === step.id && i.phase === phase.id) })),
  );
  return { courseId: course.id, method: method.id, phase: course.phase, steps };
}

export async function getChecklists(scope: Scope, courseId: string) {
  return inTransaction(scope, async (s) => {
    const { course, method, canRead } = await courseFor(s, courseId, 'checklists');
    if (!canRead) throw forbidden();
    await s.audit([{ action: 'checklist.read', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: {} }]);
    return buildChecklists(s, course, method);
  });
}

/** Ticks or unticks an item by hand, with who and when. Automatic items follow the actions that tick them. */
export function tickItem(scope: Scope, courseId: string, itemId: string, body: z.infer<typeof TickBody>) {
  return inTransaction(scope, async (s) => {
    const { course, method, canWork } = await courseFor(s, courseId, 'checklists');
    if (!canWork) throw forbidden();
    requireActive(course);
    const item = checklistItems(method).find((i) => i.key === itemId);
    if (!item) throw invalid('itemId', 'invalid_value');
    if (item.automatic) throw new AppError(409, 'conflict', [{ path: 'itemId', code: 'invalid_value' }]);
    if (!reached(method, course, item.phase)) throw new AppError(409, 'step_not_reached');
    await recordTick(s, course, itemId, body.ticked, body.note ?? null);
    return buildChecklists(s, course, method);
  });
}

/** Appends a tick event and its audit row. Also used by the workflow for automatic items. */
export async function recordTick(s: Scope, course: Pick<CourseRow, 'id' | 'citizenId' | 'organisationId'>, itemId: string, ticked: boolean, note: string | null = null) {
  await insertTick(s.db, { id: newId(), courseId: course.id, itemId, ticked, note, byUserId: s.access.actor.userId, at: new Date() });
  await s.audit([{ action: 'checklist.tick', citizenId: course.citizenId, courseId: course.id, organisationId: course.organisationId, context: { itemId, ticked } }]);
}
