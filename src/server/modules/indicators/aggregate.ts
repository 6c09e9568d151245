import type { z } from 'zod';
import type { IndicatorPoint } from '../../../shared/schemas/indicators';

export type Point = z.infer<typeof IndicatorPoint>;
export type Figure = Omit<Point, 'period' | 'suppressed'> & { n: number };

/**
 * One thing an indicator counts, in one window (period or total): a course's days to first
 * contact, a stay's midway meeting held on time (1) or not (0), an episode (1). `citizens` are the
 * citizens it rests on (n counts them across a window's observations; an observation that rests on
 * no citizen — an episode — counts as one, under its own key); `courseIds` are the courses behind it
 * (the drill-down). A job that pre-aggregates can store the figures per month computed from these.
 */
export type Obs = { window: string; value: number; label?: string; citizens: string[]; courseIds: string[] };

export type Bucket = { label: string; test: (v: number) => boolean };

/** Lower-inclusive numeric buckets, e.g. [0, 1, 8, 31, 91] → '0', '1-7', '8-30', '31-90', '91+' (whole numbers). */
export function wholeBuckets(edges: number[]): Bucket[] {
  return edges.map((lo, i) => {
    const hi = edges[i + 1];
    const label = hi === undefined ? `${lo}+` : hi - lo === 1 ? `${lo}` : `${lo}-${hi - 1}`;
    return { label, test: (v: number) => v >= lo && (hi === undefined || v < hi) };
  });
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const round = (v: number | null, digits = 4) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

/** Distinct citizens behind observations (an observation without citizens counts as one). */
export function citizensOf(obs: Obs[]): number {
  const keys = new Set<string>();
  obs.forEach((o, i) => (o.citizens.length ? o.citizens.forEach((c) => keys.add(c)) : keys.add(`#${i}`)));
  return keys.size;
}

const mean = (obs: Obs[]) => (obs.length ? obs.reduce((s, o) => s + o.value, 0) / obs.length : null);
const sum = (obs: Obs[]) => obs.reduce((s, o) => s + o.value, 0);

/** The figure per label; an empty label is 0 for a count (when the figure has data at all), else no data. */
function byLabel(obs: Obs[], labels: readonly string[] | undefined, f: (obs: Obs[]) => number | null, count = false) {
  const keys = labels ?? [...new Set(obs.map((o) => o.label).filter((l): l is string => l !== undefined))].sort();
  return keys.map((label) => {
    const these = obs.filter((o) => o.label === label);
    return { label, value: these.length ? round(f(these)) : count && obs.length ? 0 : null, n: citizensOf(these) };
  });
}

export type Aggregate = (obs: Obs[]) => Figure;

/**
 * How observations make a figure:
 * - `count`: value = the sum of the observations' values (each is 1, or 0 for a course in the base
 *   but not counted), breakdown = the sum per label;
 * - `share`: value = the mean of 0/1 values, breakdown = the number of observations per label
 *   (`breakdown: 'count'`) or the share per label (`'share'`);
 * - `median`: value = median = the median of the values, distribution over `buckets`, breakdown = the median per label.
 */
export const aggregators = {
  count:
    (opts: { labels?: readonly string[] } = {}): Aggregate =>
    (obs) => ({ n: citizensOf(obs), value: obs.length ? sum(obs) : null, breakdown: byLabel(obs, opts.labels, sum, true) }),
  share:
    (opts: { labels?: readonly string[]; breakdown?: 'count' | 'share' } = {}): Aggregate =>
    (obs) => ({
      n: citizensOf(obs),
      value: round(mean(obs)),
      breakdown: opts.breakdown === 'share' ? byLabel(obs, opts.labels, mean) : byLabel(obs, opts.labels, (these) => these.length, true),
    }),
  median:
    (buckets: Bucket[], opts: { digits?: number; labels?: readonly string[] } = {}): Aggregate =>
    (obs) => {
      const m = round(median(obs.map((o) => o.value)), opts.digits ?? 2);
      return {
        n: citizensOf(obs),
        value: m,
        median: m,
        distribution: obs.length ? buckets.map((b) => ({ bucket: b.label, count: obs.filter((o) => b.test(o.value)).length })) : null,
        breakdown: byLabel(obs, opts.labels, (these) => median(these.map((o) => o.value))),
      };
    },
};

/** Cells (distribution or count breakdown) below the threshold are nulled; if only one is, the next smallest too, so it cannot be worked out from n. */
function protectCells<T extends { count?: number | null; value?: number | null; n?: number | null }>(cells: T[], threshold: number, field: 'count' | 'n'): T[] {
  const size = (c: T) => (field === 'count' ? c.count : c.n) ?? 0;
  const small = new Set(cells.filter((c) => size(c) > 0 && size(c) < threshold));
  if (small.size === 1) {
    const next = cells.filter((c) => size(c) > 0 && !small.has(c)).sort((a, b) => size(a) - size(b))[0];
    if (next) small.add(next);
  }
  return cells.map((c) => (small.has(c) ? (field === 'count' ? { ...c, count: null } : { ...c, value: null, n: null }) : c));
}

/**
 * Small-number protection (domain §8): outside the unit and in exports, a figure resting on fewer
 * than `threshold` citizens (but more than none) shows nothing but `suppressed: true`; a figure
 * shown keeps its small cells hidden. Inside the unit every figure is shown as computed.
 */
export function toPoint(period: string, f: Figure, protect: boolean, threshold: number): Point {
  if (!protect) return { period, ...f, suppressed: false };
  if (f.n > 0 && f.n < threshold) {
    return { period, n: null, value: null, ...('median' in f ? { median: null } : {}), ...('distribution' in f ? { distribution: null } : {}), ...('breakdown' in f ? { breakdown: null } : {}), suppressed: true };
  }
  return {
    period,
    ...f,
    ...(f.distribution ? { distribution: protectCells(f.distribution, threshold, 'count') } : {}),
    ...(f.breakdown ? { breakdown: protectCells(f.breakdown, threshold, 'n') } : {}),
    suppressed: false,
  };
}
