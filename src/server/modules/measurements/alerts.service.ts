import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AlertList } from '../../../shared/schemas/measurements';
import { ownRecordSql } from '../../access/record-access';
import { inTransaction, type Scope } from '../../access/scope';
import { citizens, courses, courseWorkers, goals } from '../../db/schema';
import { today } from '../outreach/dates';
import { alertsOf } from './development';
import { seriesOf } from './measurements.service';

type Alert = z.infer<typeof AlertList>['items'][number];

/**
 * The caller's alerts: for the citizens on the active courses they are responsible for (and can
 * still see), no meaningful improvement after N sessions, low or falling session feedback, and goal
 * reviews that are due.
 */
export function myAlerts(scope: Scope) {
  return inTransaction(scope, async (s) => {
    const units = s.access.unitsWith('note.read');
    const mine = await s.db
      .select({ citizenId: courses.citizenId, organisationId: courses.organisationId, name: sql<string>`coalesce(${citizens.name}, ${citizens.alias}, '')` })
      .from(courses)
      .innerJoin(courseWorkers, eq(courseWorkers.courseId, courses.id))
      .innerJoin(citizens, eq(citizens.id, courses.citizenId))
      .where(and(eq(courseWorkers.userId, s.access.actor.userId), eq(courses.status, 'active'), inArray(courses.unitId, units.length ? units : ['00000000-0000-0000-0000-000000000000'])));
    const byCitizen = new Map(mine.map((m) => [m.citizenId, m]));
    const items: Alert[] = [];
    for (const org of new Set(mine.map((m) => m.organisationId))) {
      const ids = [...byCitizen.values()].filter((m) => m.organisationId === org).map((m) => m.citizenId);
      const { rows, defs } = await seriesOf(s, org, ids);
      for (const id of ids) {
        const points = rows.filter((r) => r.citizenId === id).map((r) => ({ id: r.id, citizenId: id, courseId: r.courseId, at: r.at, total: r.total, instrumentKey: r.instrumentKey, flags: r.flags }));
        items.push(...alertsOf({ id, name: byCitizen.get(id)!.name }, points, defs, s.config.fitNoImprovementSessions));
      }
    }
    const due = byCitizen.size
      ? await s.db
          .select()
          .from(goals)
          .where(and(inArray(goals.citizenId, [...byCitizen.keys()]), eq(goals.status, 'active'), lt(goals.reviewDate, today()), ownRecordSql(s, sql`${goals.courseId}`, sql`${goals.organisationId}`)))
      : [];
    for (const g of due) {
      items.push({ kind: 'goalReviewDue', citizen: { id: g.citizenId, name: byCitizen.get(g.citizenId)!.name }, courseId: g.courseId, instrument: null, goalId: g.id, since: g.reviewDate, detail: {} });
    }
    if (items.length) {
      const orgOf = (id: string) => byCitizen.get(id)!.organisationId;
      await s.audit([...new Set(items.map((a) => a.citizen.id))].map((id) => ({ action: 'citizen.read' as const, citizenId: id, organisationId: orgOf(id), context: { purpose: 'alerts' } })));
    }
    return { items: items.sort((a, b) => b.since.localeCompare(a.since)) };
  });
}
