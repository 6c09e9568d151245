import type { TFunction } from 'i18next';
import type { Interval, PeriodT } from './types';

/** Month arithmetic on YYYY-MM and plain dates (no time zone involved). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The last day (YYYY-MM-DD) of a month YYYY-MM. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** How far back the period controls reach: 9 years, so that a period never reaches the server's 10-year limit. */
export const MONTHS_BACK = 108;

export const presets = ['last12', 'thisYear', 'last3Years'] as const;
export type Preset = (typeof presets)[number];

/**
 * The presets, for the current month: the last 12 whole months (the server's default period), this
 * year so far (including the running month), and the last three calendar years including this one.
 */
export function presetPeriod(preset: Preset, currentMonth: string): Pick<PeriodT, 'fromMonth' | 'toMonth'> {
  const year = currentMonth.slice(0, 4);
  if (preset === 'thisYear') return { fromMonth: `${year}-01`, toMonth: currentMonth };
  if (preset === 'last3Years') return { fromMonth: `${Number(year) - 2}-01`, toMonth: currentMonth };
  return { fromMonth: addMonths(currentMonth, -12), toMonth: addMonths(currentMonth, -1) };
}

/** "nov. 2025" for YYYY-MM (months.N keys). */
export function monthLabel(t: TFunction, month: string): string {
  return `${t(`months.${Number(month.slice(5, 7))}`)} ${month.slice(0, 4)}`;
}

/** A reporting period as read: "nov. 2025", "1. kvt. 2026", "2026". */
export function periodLabel(t: TFunction, period: string): string {
  const q = /^(\d{4})-Q(\d)$/.exec(period);
  if (q) return t('dashboard.quarter', { q: q[2], year: q[1] });
  if (/^\d{4}-\d{2}$/.test(period)) return monthLabel(t, period);
  return period;
}

/** The short label under a bar, and the year under the first bar and each new year. */
export function barLabels(t: TFunction, period: string, interval: Interval, first: boolean): { label: string; sublabel?: string } {
  const year = period.slice(0, 4);
  if (interval === 'year') return { label: year };
  if (interval === 'quarter') {
    const q = period.slice(6);
    return { label: t('dashboard.quarterShort', { q }), sublabel: first || q === '1' ? year : undefined };
  }
  const m = Number(period.slice(5, 7));
  return { label: t(`months.${m}`), sublabel: first || m === 1 ? year : undefined };
}

/** The days a reporting period covers ('2026-03', '2026-Q1', '2026'), within the dashboard's period. */
export function windowRange(period: string, from: string, to: string): { from: string; to: string } {
  const q = /^(\d{4})-Q(\d)$/.exec(period);
  const [first, last] = q
    ? [`${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}`, `${q[1]}-${String(Number(q[2]) * 3).padStart(2, '0')}`]
    : /^\d{4}$/.test(period)
      ? [`${period}-01`, `${period}-12`]
      : [period, period];
  const start = `${first}-01`;
  const end = lastDayOf(last);
  return { from: start < from ? from : start, to: end > to ? to : end };
}
