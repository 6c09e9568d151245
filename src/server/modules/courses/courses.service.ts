import type { z } from 'zod';
import type { CourseCreate } from '../../../shared/schemas/citizens';
import { allowedCitizenIds } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { AppError, invalid, notFound } from '../../http/problem';
import { methodInForce } from '../teams/method-settings.service';
import { findMethod } from '../../methods';
import { findResponsible } from '../citizens/citizens.repo';
import { findPhaseHistory, findUnitWorkers, insertCourse, isResponsible, readCourses, type CourseRow } from './courses.repo';

type CourseBody = z.infer<typeof CourseCreate>;

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** Opens a course for a citizen in a unit where the caller may create courses. */
export async function createCourseFor(s: Scope, citizen: { id: string; organisationId: string }, body: CourseBody): Promise<string> {
  if (!s.access.has('course.create', body.unitId)) throw new AppError(403, 'unit_not_in_scope');
  const method = findMethod(body.method);
  if (!method) throw invalid('course.method', 'invalid_value');
  if (body.plannedEndDate && body.plannedEndDate < (body.startDate ?? today())) throw invalid('course.plannedEndDate', 'invalid');
  const wanted = body.responsibleUserIds ?? [s.access.actor.userId];
  const workers = await findUnitWorkers(s, body.unitId, wanted);
  if (workers.length !== new Set(wanted).size) throw invalid('course.responsibleUserIds', 'invalid_value');
  const unitOrg = s.access.actor.memberships.find((m) => m.unitId === body.unitId)!.organisationId;
  return openCourse(s, {
    citizenId: citizen.id,
    organisationId: unitOrg,
    unitId: body.unitId,
    method: method.id,
    responsibleIds: workers,
    startDate: body.startDate,
    plannedEndDate: body.plannedEndDate,
    legalBasis: body.legalBasis,
  });
}

/**
 * Inserts a course with its first phase. Callers check who may open it: `createCourseFor` for a
 * worker's own unit; a workflow step (a spotting opens the social mentor's course) for another.
 */
export async function openCourse(
  s: Scope,
  c: { citizenId: string; organisationId: string; unitId: string; method: string; responsibleIds: string[]; startDate?: string; plannedEndDate?: string | null; legalBasis?: string | null },
): Promise<string> {
  const { method, settingsVersion } = await methodInForce(s, c.organisationId, findMethod(c.method)!);
  const id = newId();
  await insertCourse(
    s,
    {
      id,
      organisationId: c.organisationId,
      citizenId: c.citizenId,
      unitId: c.unitId,
      method: method.id,
      methodVersion: method.version,
      settingsVersion,
      phase: method.initialPhase,
      legalBasis: c.legalBasis ?? method.legalBasis,
      startDate: c.startDate ?? today(),
      plannedEndDate: c.plannedEndDate ?? null,
      createdBy: s.access.actor.userId,
    },
    c.responsibleIds,
    { id: newId(), courseId: id, fromPhase: null, toPhase: method.initialPhase, at: new Date(), byUserId: s.access.actor.userId, reason: null },
  );
  return id;
}

export function addCourseToCitizen(scope: Scope, citizenId: string, body: CourseBody) {
  return inTransaction(scope, async (s) => {
    const via = (await allowedCitizenIds(s, [citizenId])).get(citizenId);
    if (!via) throw notFound();
    const organisationId = s.access.actor.memberships.find((m) => m.unitId === body.unitId)?.organisationId;
    if (!organisationId) throw new AppError(403, 'unit_not_in_scope');
    return { id: await createCourseFor(s, { id: citizenId, organisationId }, body) };
  });
}

/** What the caller may do with notes on a course: unit permission, responsibility, or a break-glass grant. */
export async function notePermissions(s: Scope, course: CourseRow) {
  const via = (await allowedCitizenIds(s, [course.citizenId])).get(course.citizenId);
  // Responsibility opens the notes only to someone who reads the unit's citizens (not a peer worker).
  const responsible = (await isResponsible(s, course.id)) && s.access.has('citizen.read', course.unitId);
  const canReadNotes = responsible || via === 'breakGlass' || s.access.has('note.read', course.unitId);
  return {
    canReadNotes,
    canWriteNotes: responsible || s.access.has('note.write', course.unitId),
    ownNotesOnly: !canReadNotes && via === 'course' && s.access.has('note.own', course.unitId),
  };
}

async function toCourses(s: Scope, rows: { course: CourseRow; unitName: string }[]) {
  const ids = rows.map((r) => r.course.id);
  const responsible = await findResponsible(s, ids);
  const history = await findPhaseHistory(s, ids);
  const out = [];
  for (const { course, unitName } of rows) {
    out.push({
      id: course.id,
      citizenId: course.citizenId,
      unitId: course.unitId,
      unitName,
      method: course.method,
      methodVersion: course.methodVersion,
      settingsVersion: course.settingsVersion,
      phase: course.phase,
      status: course.status as 'active',
      legalBasis: course.legalBasis,
      startDate: course.startDate,
      plannedEndDate: course.plannedEndDate,
      endedAt: course.endedAt?.toISOString() ?? null,
      endReason: course.endReason,
      closingSummary: course.closingSummary,
      responsible: responsible.get(course.id) ?? [],
      phaseHistory: history
        .filter((h) => h.courseId === course.id)
        .map(({ courseId: _, at, ...h }) => ({ ...h, at: at.toISOString() })),
      ...(await notePermissions(s, course)),
    });
  }
  return out;
}

export function findCoursesOfCitizen(scope: Scope, citizenId: string) {
  return inTransaction(scope, async (s) => {
    if (!(await allowedCitizenIds(s, [citizenId])).has(citizenId)) throw notFound();
    return { items: await toCourses(s, await readCourses(s, { citizenId }, 'view')) };
  });
}

export function getCourseById(scope: Scope, courseId: string) {
  return inTransaction(scope, async (s) => {
    const rows = await readCourses(s, { courseId }, 'view');
    if (rows.length === 0) throw notFound();
    return (await toCourses(s, rows))[0];
  });
}
