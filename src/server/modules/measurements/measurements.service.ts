import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Development, Measurement, MeasurementCreate } from '../../../shared/schemas/measurements';
import { ownRecordSql, recordAccess } from '../../access/record-access';
import { inTransaction, type Scope } from '../../access/scope';
import { courseSessions, measurements } from '../../db/schema';
import { newId } from '../../db/ids';
import { AppError, conflict, forbidden, invalid } from '../../http/problem';
import { findInstrument, type InstrumentDefinition } from '../../instruments';
import { cutoffsHit, meaningful, score, sessionFlags } from '../../instruments/scoring';
import { lockKey } from '../crisis/crisis.repo';
import { inFuture, localDate } from '../outreach/dates';
import { courseFor, requireActive } from '../outreach/outreach.service';
import { userNames } from '../outreach/outreach.repo';
import { alertsOf, type Point } from './development';
import { instrumentDto } from './instruments.service';

type Row = typeof measurements.$inferSelect;
type Dto = z.infer<typeof Measurement>;

const flagsOf = (def: InstrumentDefinition, total: number, previous: number | null) => (def.kind === 'session' ? sessionFlags(def, total, previous) : cutoffsHit(def, total));

function toDto(r: Row, flags: string[], byName: string): Dto {
  return {
    id: r.id,
    citizenId: r.citizenId,
    courseId: r.courseId,
    instrument: r.instrumentKey,
    instrumentVersion: r.instrumentVersion,
    at: r.at.toISOString(),
    answers: r.answers,
    raw: r.raw,
    total: r.total,
    mode: r.mode as Dto['mode'],
    flags,
    by: { id: r.byUserId, displayName: byName },
  };
}

/** The citizen's last total on an instrument before `at` (a paper form may be entered after later ones). */
async function previousTotal(s: Scope, citizenId: string, def: InstrumentDefinition, at: Date, courseId: string): Promise<number | null> {
  const [row] = await s.db
    .select({ total: measurements.total })
    .from(measurements)
    .where(and(eq(measurements.citizenId, citizenId), eq(measurements.instrumentKey, def.key), lt(measurements.at, at), def.kind === 'session' ? eq(measurements.courseId, courseId) : undefined))
    .orderBy(desc(measurements.at))
    .limit(1);
  return row?.total ?? null;
}

/**
 * Records an answered instrument on a course (any method), scored with the instrument's current
 * version. Bad answers are refused item by item; a retry with the same id creates nothing new.
 */
export function recordMeasurement(scope: Scope, courseId: string, body: z.infer<typeof MeasurementCreate>) {
  return inTransaction(scope, async (s) => {
    const { course, canWork } = await courseFor(s, courseId);
    if (!canWork) throw forbidden();
    if (body.id) {
      await lockKey(s.db, `measurement:${body.id}`);
      const [existing] = await s.db.select().from(measurements).where(eq(measurements.id, body.id));
      if (existing) {
        if (existing.courseId !== courseId || existing.byUserId !== s.access.actor.userId) throw conflict();
        const def = await findInstrument(s.db, existing.organisationId, existing.instrumentKey, existing.instrumentVersion);
        const before = def ? await previousTotal(s, existing.citizenId, def, existing.at, existing.courseId) : null;
        return { created: false, measurement: toDto(existing, def ? flagsOf(def, existing.total, before) : [], s.access.actor.displayName) };
      }
    }
    requireActive(course);
    // While the device is handed over, the answers are the citizen's, given now: whoever holds the
    // device cannot enter "paper" answers or back-date them in the worker's name.
    if (s.access.actor.lockedCourseId) {
      if (body.mode !== 'citizen') throw invalid('mode', 'invalid_value');
      if (body.at || body.sessionId) throw invalid(body.at ? 'at' : 'sessionId', 'not_applicable');
    }
    // Same lock as an in-place correction of the instrument: a score is never given with a definition being replaced.
    await lockKey(s.db, `instrument:${course.organisationId}:${body.instrument}`);
    const def = await findInstrument(s.db, course.organisationId, body.instrument);
    if (!def) throw invalid('instrument', 'invalid_value');
    const scored = score(def, body.answers);
    if (!scored.ok) throw new AppError(422, 'validation_failed', scored.issues);
    const at = body.at ? new Date(body.at) : new Date();
    if (inFuture(at)) throw invalid('at', 'in_future');
    if (localDate(at) < course.startDate) throw invalid('at', 'before_course_start');
    if (body.sessionId) {
      const [session] = await s.db.select({ courseId: courseSessions.courseId }).from(courseSessions).where(eq(courseSessions.id, body.sessionId));
      if (session?.courseId !== courseId) throw invalid('sessionId', 'invalid_value');
    }
    await lockKey(s.db, `measurements:${course.citizenId}:${def.key}`);
    const previous = await previousTotal(s, course.citizenId, def, at, courseId);
    const row: Row = {
      id: body.id ?? newId(),
      organisationId: course.organisationId,
      citizenId: course.citizenId,
      courseId,
      instrumentKey: def.key,
      instrumentVersion: def.version,
      at,
      answers: scored.value.items,
      raw: scored.value.raw,
      total: scored.value.total,
      mode: body.mode,
      sessionId: body.sessionId ?? null,
      byUserId: s.access.actor.userId,
      createdAt: new Date(),
    };
    await s.db.insert(measurements).values(row);
    await s.audit([{ action: 'measurement.create', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: { measurementId: row.id, instrument: def.key } }]);
    return { created: true, measurement: toDto(row, flagsOf(def, row.total, previous), s.access.actor.displayName) };
  });
}

/** A citizen's measurements in time order, each with the flags it raised given the one before it. */
async function seriesOf(s: Scope, organisationId: string, citizenIds: string[], instrument?: string) {
  if (!citizenIds.length) return { rows: [] as (Row & { flags: string[] })[], defs: new Map<string, InstrumentDefinition>() };
  // Only measurements on courses the caller sees: a citizen shared with a crisis center has two organisations' series.
  const where = [inArray(measurements.citizenId, citizenIds), ownRecordSql(s, sql`${measurements.courseId}`)];
  if (instrument) where.push(eq(measurements.instrumentKey, instrument));
  const rows = await s.db.select().from(measurements).where(and(...where)).orderBy(asc(measurements.at));
  const defs = new Map<string, InstrumentDefinition>();
  const versions = new Map<string, InstrumentDefinition>();
  for (const r of rows) {
    if (!defs.has(r.instrumentKey)) {
      const latest = await findInstrument(s.db, organisationId, r.instrumentKey);
      if (latest) defs.set(r.instrumentKey, latest);
    }
    const vk = `${r.instrumentKey}@${r.instrumentVersion}`;
    if (!versions.has(vk)) versions.set(vk, (await findInstrument(s.db, r.organisationId, r.instrumentKey, r.instrumentVersion)) ?? defs.get(r.instrumentKey)!);
  }
  const last = new Map<string, number>();
  const withFlags = rows.map((r) => {
    const def = versions.get(`${r.instrumentKey}@${r.instrumentVersion}`)!;
    // Session feedback is about one worker's sessions: a drop is judged within the course.
    const key = def.kind === 'session' ? `${r.courseId}:${r.instrumentKey}` : `${r.citizenId}:${r.instrumentKey}`;
    const flags = flagsOf(def, r.total, last.get(key) ?? null);
    last.set(key, r.total);
    return { ...r, flags };
  });
  return { rows: withFlags, defs };
}

export function listMeasurements(scope: Scope, citizenId: string, instrument?: string) {
  return inTransaction(scope, async (s) => {
    const access = await recordAccess(s, citizenId, 'read');
    const { rows } = await seriesOf(s, access.organisationId, [citizenId], instrument);
    const names = await userNames(s, rows.map((r) => r.byUserId));
    await s.audit([{ action: 'measurement.read', citizenId, organisationId: access.organisationId, context: { count: rows.length } }]);
    return { items: rows.reverse().map((r) => toDto(r, r.flags, names.get(r.byUserId) ?? '')) };
  });
}

/** Per instrument: the points over time, the change since the first measurement against the reliable-change band, and the alerts. */
export function getDevelopment(scope: Scope, citizenId: string): Promise<z.infer<typeof Development>> {
  return inTransaction(scope, async (s) => {
    const access = await recordAccess(s, citizenId, 'read');
    const { rows, defs } = await seriesOf(s, access.organisationId, [citizenId]);
    const after = s.config.fitNoImprovementSessions;
    const series = [...defs].map(([key, def]) => {
      const points = rows.filter((r) => r.instrumentKey === key);
      const first = points[0]?.total ?? null;
      const last = points[points.length - 1]?.total ?? null;
      return {
        instrument: instrumentDto(def, access.organisationId),
        points: points.map((p) => ({ id: p.id, at: p.at.toISOString(), total: p.total, items: p.answers, mode: p.mode as 'citizen', version: p.instrumentVersion, flags: p.flags })),
        first,
        last,
        change: first !== null && last !== null ? last - first : null,
        meaningful: first !== null && last !== null && meaningful(def, first, last),
        band: first !== null ? { low: first - def.reliableChange, high: first + def.reliableChange } : null,
      };
    });
    const points: Point[] = rows.map((r) => ({ id: r.id, citizenId, courseId: r.courseId, at: r.at, total: r.total, instrumentKey: r.instrumentKey, flags: r.flags }));
    await s.audit([{ action: 'measurement.read', citizenId, organisationId: access.organisationId, context: { count: rows.length } }]);
    return { citizenId, noImprovementAfter: after, series, alerts: alertsOf({ id: citizenId, name: access.displayName }, points, defs, after) };
  });
}

export { seriesOf };
