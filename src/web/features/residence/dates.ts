import type { TFunction } from 'i18next';
import { toLocalInput } from '../../format';

/** Plain-date arithmetic on yyyy-mm-dd (no time zone involved). */
const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  const d = utc(day);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** The Monday of the week `day` falls in. */
export function mondayOf(day: string): string {
  const dow = (utc(day).getUTCDay() + 6) % 7;
  return addDays(day, -dow);
}

/** The ISO week number of a day. */
export function isoWeek(day: string): number {
  const d = utc(day);
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

/** "mandag 24.11." / "Monday 24.11." for a plain date. */
export function dayLabel(day: string, language: string): string {
  const weekday = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'da-DK', { weekday: 'long', timeZone: 'UTC' }).format(utc(day));
  return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)} ${day.slice(8, 10)}.${day.slice(5, 7)}.`;
}

/** dd.mm. of a plain date. */
export const shortDay = (day: string) => `${day.slice(8, 10)}.${day.slice(5, 7)}.`;

/** The Copenhagen day (yyyy-mm-dd) and time (hh:mm) of an instant. */
export function localDay(at: string): string {
  return toLocalInput(at).slice(0, 10);
}
export function localTime(at: string): string {
  return toLocalInput(at).slice(11, 16);
}

/** "nov. 2025" for YYYY-MM (months.N keys). */
export function monthLabel(t: TFunction, month: string): string {
  return `${t(`months.${Number(month.slice(5, 7))}`)} ${month.slice(0, 4)}`;
}

/** A month YYYY-MM moved by n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The last day (yyyy-mm-dd) of a month YYYY-MM. */
export function lastDayOf(month: string): string {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}
