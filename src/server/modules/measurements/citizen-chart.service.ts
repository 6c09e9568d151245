import type { z } from 'zod';
import type { CitizenChart } from '../../../shared/schemas/measurements';
import { inTransaction, type Scope } from '../../access/scope';
import { forbidden } from '../../http/problem';
import { courseFor, requireActive } from '../outreach/outreach.service';
import { seriesOf } from './measurements.service';
import { instrumentDto } from './instruments.service';

/** The citizen view may be opened on an active course the caller works on. */
export async function checkCitizenView(scope: Scope, courseId: string) {
  const { course, canWork } = await courseFor(scope, courseId);
  if (!canWork) throw forbidden();
  requireActive(course);
  return course;
}

/**
 * The citizen's own chart, for the citizen view: per instrument only the totals over time, the
 * cutoffs and the reliable-change band — no name, no alerts, nothing else of the record.
 */
export function citizenChart(scope: Scope, courseId: string): Promise<z.infer<typeof CitizenChart>> {
  return inTransaction(scope, async (s) => {
    const course = await checkCitizenView(s, courseId);
    const { rows, defs } = await seriesOf(s, course.organisationId, [course.citizenId]);
    await s.audit([{ action: 'measurement.read', citizenId: course.citizenId, courseId, organisationId: course.organisationId, context: { count: rows.length } }]);
    return {
      series: [...defs].map(([key, def]) => {
        const points = rows.filter((r) => r.instrumentKey === key);
        const first = points[0]?.total;
        const i = instrumentDto(def, course.organisationId);
        return {
          instrument: { key, name: i.name, kind: i.kind, range: i.range, cutoffs: i.cutoffs, reliableChange: i.reliableChange },
          points: points.map((p) => ({ at: p.at.toISOString(), total: p.total })),
          band: first === undefined ? null : { low: first - def.reliableChange, high: first + def.reliableChange },
        };
      }),
    };
  });
}
