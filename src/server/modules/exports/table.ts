import { findIndicator, type IndicatorMeasure } from '../../../shared/indicators';
import type { Result } from '../indicators/compute';
import { fill, type Words } from './labels';

/**
 * One indicator as a table, the same in every export format: a row per period and one for the
 * total; columns period, n, value, median (indicators with a distribution), the distribution's
 * buckets and the breakdown's labels (their values). What is written in a cell:
 * - a figure as computed (a number);
 * - a suppressed figure or cell (fewer citizens than the threshold): the marker, never a number;
 * - a period (or a cell) with nothing to compute from: "ingen data" / "no data", never 0 — its n
 *   is 0, which is what it is.
 */
export type Cell = number | string;
export type ColumnKind = 'period' | 'n' | 'value' | 'median' | 'distribution' | 'breakdown';
export type Column = { kind: ColumnKind; header: string; id: string };

export type Table = {
  key: string;
  title: string;
  definition: string;
  measure: IndicatorMeasure;
  columns: Column[];
  rows: Cell[][];
};

type Point = Result['total'];

const unique = (lists: (string[] | undefined)[]) => [...new Set(lists.flatMap((l) => l ?? []))];

export function tableOf(r: Result, w: Words): Table {
  const points: Point[] = [...r.points, r.total];
  const hasMedian = findIndicator(r.key)?.distribution ?? false;
  const buckets = unique(points.map((p) => p.distribution?.map((d) => d.bucket)));
  const labels = unique([r.total, ...r.points].map((p) => p.breakdown?.map((b) => b.label)));
  const C = w.L.columns;
  const columns: Column[] = [
    { kind: 'period', id: 'period', header: C.period },
    { kind: 'n', id: 'n', header: C.n },
    { kind: 'value', id: 'value', header: C.value },
    ...(hasMedian ? [{ kind: 'median' as const, id: 'median', header: C.median }] : []),
    ...buckets.map((bucket) => ({ kind: 'distribution' as const, id: bucket, header: fill(C.distribution, { bucket: w.bucket(bucket) }) })),
    ...labels.map((label) => ({ kind: 'breakdown' as const, id: label, header: fill(C.breakdown, { label: w.breakdown(r.key, label) }) })),
  ];
  const rows = points.map((p) => columns.map((c) => cellOf(p, c, w)));
  return { key: r.key, title: w.title(r.key), definition: w.definition(r.key), measure: r.measure, columns, rows };
}

function cellOf(p: Point, c: Column, w: Words): Cell {
  if (c.kind === 'period') return w.period(p.period);
  if (p.suppressed) return w.suppressed;
  switch (c.kind) {
    case 'n':
      return p.n ?? w.suppressed;
    case 'value':
      return p.value ?? w.noData;
    case 'median':
      return p.median ?? w.noData;
    case 'distribution': {
      const cell = p.distribution?.find((d) => d.bucket === c.id);
      if (!cell) return w.noData;
      return cell.count ?? w.suppressed;
    }
    case 'breakdown': {
      const cell = p.breakdown?.find((b) => b.label === c.id);
      if (!cell) return w.noData;
      if (cell.value !== null) return cell.value;
      return cell.n === null ? w.suppressed : w.noData;
    }
  }
}
