import { invalid } from '../../http/problem';
import { addDays, addMonths, today } from '../outreach/dates';

export type Interval = 'month' | 'quarter' | 'year';

/** A span of days (both included) with the key its figure is reported under. */
export type Window = { key: string; start: string; end: string };

/** The whole period and the windows it is split into (the last window, `total`, spans it all). */
export type Period = { from: string; to: string; interval: Interval; windows: Window[]; today: string };

/** The longest period asked for at once, in years. */
export const MAX_YEARS = 10;

export const TOTAL = 'total';

const pad = (n: number) => String(n).padStart(2, '0');

/** The reporting key of the period containing `date`. */
export function periodKey(date: string, interval: Interval): string {
  const y = date.slice(0, 4);
  const m = Number(date.slice(5, 7));
  if (interval === 'year') return y;
  if (interval === 'quarter') return `${y}-Q${Math.ceil(m / 3)}`;
  return `${y}-${pad(m)}`;
}

/** The first day of the period containing `date`. */
function periodStart(date: string, interval: Interval): string {
  const y = date.slice(0, 4);
  const m = Number(date.slice(5, 7));
  if (interval === 'year') return `${y}-01-01`;
  if (interval === 'quarter') return `${y}-${pad((Math.ceil(m / 3) - 1) * 3 + 1)}-01`;
  return `${date.slice(0, 7)}-01`;
}

const step: Record<Interval, number> = { month: 1, quarter: 3, year: 12 };

/**
 * The period asked for, with its defaults: no dates → the last 12 whole months; only `from` → up to
 * today; only `to` → the 12 months ending with `to`'s month. A period ending before it starts, or
 * longer than MAX_YEARS, is refused (422 on `to`).
 */
export function resolvePeriod(q: { from?: string; to?: string; interval?: Interval }, now = today()): Period {
  const interval = q.interval ?? 'month';
  const thisMonth = `${now.slice(0, 7)}-01`;
  let { from, to } = q;
  if (!from && !to) {
    from = addMonths(thisMonth, -12);
    to = addDays(thisMonth, -1);
  } else if (!to) {
    to = now;
  } else if (!from) {
    from = addMonths(`${to.slice(0, 7)}-01`, -11);
  }
  if (to! < from!) throw invalid('to', 'before_from');
  if (to! >= addMonths(from!, MAX_YEARS * 12)) throw invalid('to', 'too_big');
  const windows: Window[] = [];
  for (let start = periodStart(from!, interval); start <= to!; start = addMonths(start, step[interval])) {
    const end = addDays(addMonths(start, step[interval]), -1);
    windows.push({ key: periodKey(start, interval), start: start < from! ? from! : start, end: end > to! ? to! : end });
  }
  windows.push({ key: TOTAL, start: from!, end: to! });
  return { from: from!, to: to!, interval, windows, today: now };
}

/** The keys of the windows a dated event falls in (its period, and the total), or none. */
export function windowsOf(p: Period, date: string | null | undefined): string[] {
  if (!date || date < p.from || date > p.to) return [];
  return [periodKey(date, p.interval), TOTAL];
}

/**
 * The day a snapshot figure (e.g. citizens by phase) is taken for a window: its last day, or today
 * for the window still running. Null for a window wholly in the future.
 */
export function snapshotDay(w: Window, now: string): string | null {
  if (w.start > now) return null;
  return w.end < now ? w.end : now;
}
