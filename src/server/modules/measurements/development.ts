import type { z } from 'zod';
import type { Development } from '../../../shared/schemas/measurements';
import type { InstrumentDefinition } from '../../instruments';
import { meaningful } from '../../instruments/scoring';

type Alert = z.infer<typeof Development>['alerts'][number];
export type Point = { id: string; citizenId: string; courseId: string; at: Date; total: number; instrumentKey: string; flags: string[] };

/**
 * The alerts one citizen's measurements raise: an outcome instrument measured `after` times or more
 * with no meaningful improvement since the first measurement, and session feedback whose latest
 * total is low or has fallen. Points are in time order.
 */
export function alertsOf(citizen: { id: string; name: string }, points: Point[], defs: Map<string, InstrumentDefinition>, after: number): Alert[] {
  const alerts: Alert[] = [];
  for (const [key, def] of defs) {
    const series = points.filter((p) => p.instrumentKey === key);
    if (!series.length) continue;
    const first = series[0];
    const last = series[series.length - 1];
    const base = { citizen, courseId: last.courseId, instrument: key, goalId: null, since: last.at.toISOString() };
    if (def.kind === 'outcome' && series.length >= after) {
      const change = last.total - first.total;
      if (!(change > 0 && meaningful(def, first.total, last.total))) alerts.push({ ...base, kind: 'noImprovement', detail: { sessions: series.length, change } });
    }
    if (def.kind === 'session') {
      const previous = series.length > 1 ? series[series.length - 2].total : undefined;
      if (last.flags.includes('low')) alerts.push({ ...base, kind: 'lowFeedback', detail: { total: last.total } });
      if (last.flags.includes('drop')) alerts.push({ ...base, kind: 'fallingFeedback', detail: { total: last.total, previous } });
    }
  }
  return alerts;
}
