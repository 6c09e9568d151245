import { fromLocalInput, todayLocal } from '../../format';

/** The shift starts offered in the handover's "since" choice (wall time, Europe/Copenhagen). */
export const shiftStarts = ['07:00', '15:00', '23:00'] as const;
export type SinceChoice = 'default' | (typeof shiftStarts)[number] | 'custom';

/** The handover can look back at most this far (the server's limit). */
export const MAX_DAYS = 14;

/** yyyy-mm-dd `days` after a plain date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from one plain date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** The latest instant at or before `now` when the wall clock showed `hhmm` (today or, before that time, yesterday). */
export function lastShiftStart(hhmm: string, now = new Date()): string {
  const today = todayLocal(now);
  const at = fromLocalInput(`${today}T${hhmm}`)!;
  return Date.parse(at) <= now.getTime() ? at : fromLocalInput(`${addDays(today, -1)}T${hhmm}`)!;
}

/** Why a chosen "since" cannot be used (a resident.handover key), or null. */
export function sinceProblem(iso: string | null, now = new Date()): 'required' | 'inFuture' | 'tooOld' | null {
  if (!iso) return 'required';
  const ms = Date.parse(iso);
  if (ms > now.getTime()) return 'inFuture';
  if (now.getTime() - ms > MAX_DAYS * 86_400_000) return 'tooOld';
  return null;
}
