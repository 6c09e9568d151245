/** Calendar days in Europe/Copenhagen: an attempt at 23:30 Danish time on the 31st belongs to the 31st. */
const fmt = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });

export const localDate = (d: Date): string => fmt.format(d);

export const today = (): string => localDate(new Date());

/** Whole days from `a` to `b` (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** `months` calendar months after `date`, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Client clocks run a little ahead: a time up to five minutes from now still counts as now. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** Whether a recorded time lies in the future (beyond the clock-skew allowance). */
export const inFuture = (at: Date): boolean => at.getTime() > Date.now() + CLOCK_SKEW_MS;
