import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Outcomes } from '../../../shared/schemas/measurements';
import type { Scope } from '../../access/scope';
import { courses, courseSessions, goals, measurements, units } from '../../db/schema';
import { forbidden, notFound } from '../../http/problem';
import { findInstrument } from '../../instruments';
import { localDate } from '../outreach/dates';

const median = (xs: number[]) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * A unit's outcomes for its leader: the share of sessions with feedback, the distribution of change
 * since the first measurement per outcome instrument, and goals by status. Counts only, no text.
 */
export async function outcomesOf(s: Scope, unitId: string): Promise<z.infer<typeof Outcomes>> {
  // The unit's leader, or its workers (note access): not a peer.
  if (!s.access.has('caseload.unit', unitId) && !s.access.has('note.read', unitId)) throw forbidden();
  const [unit] = await s.db.select({ organisationId: units.organisationId }).from(units).where(eq(units.id, unitId));
  if (!unit) throw notFound();
  const unitCourses = await s.db.select({ id: courses.id, citizenId: courses.citizenId }).from(courses).where(eq(courses.unitId, unitId));
  const ids = unitCourses.map((c) => c.id);
  const citizenIds = [...new Set(unitCourses.map((c) => c.citizenId))];
  const none = ['00000000-0000-0000-0000-000000000000'];

  const sessions = await s.db.select({ courseId: courseSessions.courseId, at: courseSessions.at }).from(courseSessions).where(and(inArray(courseSessions.courseId, ids.length ? ids : none), ne(courseSessions.kind, 'coordination')));
  const rows = await s.db.select().from(measurements).where(inArray(measurements.courseId, ids.length ? ids : none)).orderBy(asc(measurements.at));
  const kinds = new Map<string, Awaited<ReturnType<typeof findInstrument>>>();
  for (const key of new Set(rows.map((r) => r.instrumentKey))) kinds.set(key, await findInstrument(s.db, unit.organisationId, key));
  const feedbackDays = new Set(rows.filter((r) => kinds.get(r.instrumentKey)?.kind === 'session').map((r) => `${r.courseId}:${localDate(r.at)}`));
  const withFeedback = sessions.filter((x) => feedbackDays.has(`${x.courseId}:${localDate(x.at)}`)).length;

  const change = [...kinds].flatMap(([key, def]) => {
    if (!def || def.kind !== 'outcome') return [];
    const deltas: number[] = [];
    for (const citizenId of citizenIds) {
      const series = rows.filter((r) => r.citizenId === citizenId && r.instrumentKey === key);
      if (series.length >= 2) deltas.push(series[series.length - 1].total - series[0].total);
    }
    const rc = def.reliableChange;
    return [{ instrument: key, name: def.name, citizens: deltas.length, improved: deltas.filter((d) => d >= rc).length, unchanged: deltas.filter((d) => Math.abs(d) < rc).length, worsened: deltas.filter((d) => d <= -rc).length, medianChange: median(deltas), reliableChange: rc }];
  });

  // Goals worked on in the unit's courses (not the citizen's goals elsewhere).
  const goalRows = await s.db.select({ status: goals.status }).from(goals).where(inArray(goals.courseId, ids.length ? ids : none));
  const by = (st: string) => goalRows.filter((g) => g.status === st).length;
  await s.audit([{ action: 'outcomes.read', citizenId: null, organisationId: unit.organisationId, context: { unitId } }]);
  return {
    unitId,
    sessions: { total: sessions.length, withFeedback, share: sessions.length ? withFeedback / sessions.length : null },
    change,
    goals: { total: goalRows.length, active: by('active'), achieved: by('achieved'), paused: by('paused'), dropped: by('dropped') },
  };
}
