import { useSyncExternalStore } from 'react';

/**
 * The device lock around the citizen view. While the citizen holds the phone or tablet (stage
 * "citizen") the app shows only the questions; once the citizen hands it back (stage "locked") every
 * route shows only the lock screen until the worker confirms their password.
 *
 * The lock lives in memory and in sessionStorage (it survives a reload and the back button) and in
 * localStorage too, so a new tab opened on the handed-over device is locked as well. The lock holds
 * while any of them says so (fail closed); only unlocking clears them all. It holds no citizen data
 * beyond the ids needed to post the answers and to return to the citizen afterwards.
 */

const KEY = 'brobygger.deviceLock';

export type CitizenViewConfig = {
  citizenId: string;
  courseId: string;
  /** Instrument keys to ask, in order. */
  instruments: string[];
  /** The citizen may see their own totals over time afterwards. */
  showChart: boolean;
  /** A client id per instrument, so a retry (or a reload after a lost answer) records nothing twice. */
  ids: Record<string, string>;
  /** Instruments already answered and recorded. */
  done: string[];
};

export type DeviceLock = CitizenViewConfig & { stage: 'citizen' | 'locked' };

let memory: string | null = null;
let cachedRaw: string | null = null;
let cached: DeviceLock | null = null;
const listeners = new Set<() => void>();

function storageGet(): string | null {
  try {
    return sessionStorage.getItem(KEY) ?? localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function storageSet(value: string | null) {
  for (const store of [() => sessionStorage, () => localStorage]) {
    try {
      if (value === null) store().removeItem(KEY);
      else store().setItem(KEY, value);
    } catch {
      // storage unavailable (private mode): the lock in memory still holds for this page
    }
  }
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A stored lock; anything unreadable still locks the device (without a citizen to return to). */
function parse(raw: string | null): DeviceLock | null {
  if (raw === null) return null;
  const fallback: DeviceLock = { stage: 'locked', citizenId: '', courseId: '', instruments: [], showChart: false, ids: {}, done: [] };
  try {
    const v = JSON.parse(raw) as Partial<DeviceLock>;
    if (
      (v.stage !== 'citizen' && v.stage !== 'locked') ||
      typeof v.citizenId !== 'string' ||
      typeof v.courseId !== 'string' ||
      !isStrings(v.instruments) ||
      !isStrings(v.done) ||
      typeof v.ids !== 'object' ||
      v.ids === null
    )
      return fallback;
    return { stage: v.stage, citizenId: v.citizenId, courseId: v.courseId, instruments: v.instruments, showChart: v.showChart === true, ids: v.ids, done: v.done };
  } catch {
    return fallback;
  }
}

function snapshot(): DeviceLock | null {
  const raw = memory ?? storageGet();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parse(raw);
  }
  return cached;
}

function write(lock: DeviceLock | null) {
  const raw = lock ? JSON.stringify(lock) : null;
  memory = raw;
  storageSet(raw);
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab locked or unlocked the device.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== KEY && e.key !== null) return;
    memory = e.key === null ? null : e.newValue;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The current lock, or null when the device is the worker's. */
export function useDeviceLock(): DeviceLock | null {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

export function currentDeviceLock(): DeviceLock | null {
  return snapshot();
}

/** Hands the device to the citizen: from now on only the citizen view (then the lock screen) shows. */
export function startCitizenView(config: Omit<CitizenViewConfig, 'done'>) {
  write({ ...config, done: [], stage: 'citizen' });
}

/** Records that an instrument was answered (so a reload does not ask it again). */
export function markAnswered(instrument: string) {
  const lock = snapshot();
  if (lock?.stage === 'citizen' && !lock.done.includes(instrument)) write({ ...lock, done: [...lock.done, instrument] });
}

/** The citizen hands the device back: every route shows the lock screen. */
export function lockDevice() {
  const lock = snapshot();
  write(lock ? { ...lock, stage: 'locked' } : { stage: 'locked', citizenId: '', courseId: '', instruments: [], showChart: false, ids: {}, done: [] });
}

/** After the worker's password is confirmed (or the session ended): the device is the worker's again. */
export function clearDeviceLock() {
  if (memory === null && storageGet() === null) return;
  write(null);
}

/** Cached queries kept while the device is locked: the signed-in user and the instruments (no citizen data). */
export const keptWhileLocked = new Set(['me', 'instruments', 'citizen-chart']);
