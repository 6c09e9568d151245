import type { z } from 'zod';
import type { IndicatorResult } from '../../../shared/schemas/indicators';
import type { Scope } from '../../access/scope';
import { toPoint, type Obs } from './aggregate';
import type { ComputeCtx, UnitInfo } from './compute/context';
import { TOTAL, type Period } from './period';
import type { IndicatorImpl } from './registry';

export type Result = z.infer<typeof IndicatorResult>;

/** Observations of one indicator for a unit and period, grouped by window. */
export async function observe(s: Scope, unit: UnitInfo, impl: IndicatorImpl, period: Period): Promise<{ ctx: ComputeCtx; byWindow: Map<string, Obs[]> }> {
  const ctx: ComputeCtx = { s, unit, period };
  const byWindow = new Map<string, Obs[]>(period.windows.map((w) => [w.key, []]));
  for (const o of await impl.observe(ctx)) byWindow.get(o.window)?.push(o);
  return { ctx, byWindow };
}

/**
 * One indicator's figures for a unit: a point per period and the total, each protected against
 * small numbers when `protect` (outside the unit, or for an export). No access check and no audit:
 * the service does both.
 */
export async function resultOf(s: Scope, unit: UnitInfo, impl: IndicatorImpl, period: Period, protect: boolean): Promise<Result> {
  const { ctx, byWindow } = await observe(s, unit, impl, period);
  const aggregate = await impl.aggregate(ctx);
  const threshold = s.config.smallNumberThreshold;
  const point = (key: string) => toPoint(key, aggregate(byWindow.get(key) ?? []), protect, threshold);
  const points = period.windows.filter((w) => w.key !== TOTAL).map((w) => point(w.key));
  const total = point(TOTAL);
  return {
    key: impl.def.key,
    unitId: unit.id,
    from: period.from,
    to: period.to,
    interval: period.interval,
    measure: impl.def.measure,
    points,
    total,
    noData: [...byWindow.values()].every((obs) => obs.length === 0),
  };
}
