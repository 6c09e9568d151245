import type { z } from 'zod';
import type { IndicatorResult } from '../../../shared/schemas/indicators';
import type { Scope } from '../../access/scope';
import { toPoint, type Figure, type Obs } from './aggregate';
import { storedWindows } from './stored';
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
 * small numbers when `protect` (outside the unit, or for an export). From the stored monthly figures
 * when they can answer the period (stored.ts), else computed from the data now. No access check and
 * no audit: the service does both.
 */
export async function resultOf(s: Scope, unit: UnitInfo, impl: IndicatorImpl, period: Period, protect: boolean): Promise<Result> {
  const ctx: ComputeCtx = { s, unit, period };
  const aggregate = await impl.aggregate(ctx);
  const stored = await storedWindows(s, unit.id, impl, period);
  let figureOf: (window: string) => Figure;
  let counts: number[];
  if (stored) {
    figureOf = (key) => {
      const w = stored.windows.get(key);
      return w?.figure ?? aggregate(w?.obs ?? []);
    };
    counts = [...stored.windows.values()].map((w) => w.count);
  } else {
    const { byWindow } = await observe(s, unit, impl, period);
    figureOf = (key) => aggregate(byWindow.get(key) ?? []);
    counts = [...byWindow.values()].map((obs) => obs.length);
  }
  const threshold = s.config.smallNumberThreshold;
  const point = (key: string) => toPoint(key, figureOf(key), protect, threshold);
  return {
    key: impl.def.key,
    unitId: unit.id,
    from: period.from,
    to: period.to,
    interval: period.interval,
    measure: impl.def.measure,
    points: period.windows.filter((w) => w.key !== TOTAL).map((w) => point(w.key)),
    total: point(TOTAL),
    noData: counts.every((n) => n === 0),
    asOf: stored?.asOf ?? null,
  };
}
