import type { ClientErrors } from '../../components/errors';
import type { MethodSettingsValues } from '../teams/types';

/** The form's text values; a key is present only when the setting applies to the method. */
export type Draft = {
  caseloadPerWorker?: string;
  notSeenDays?: string;
  /** Shown as a percentage (0–100); the API takes a share (0–1). */
  communityShare?: string;
  phaseMonths?: string[];
  contactDays?: string[];
  requireHousing?: boolean;
};

const str = (v: number | undefined) => (v === undefined ? undefined : String(v));

export function draftOf(effective: MethodSettingsValues): Draft {
  return {
    caseloadPerWorker: str(effective.caseloadPerWorker),
    notSeenDays: str(effective.notSeenDays),
    communityShare: effective.communityShare === undefined ? undefined : String(Math.round(effective.communityShare * 1000) / 10),
    phaseMonths: effective.phaseMonths?.map(String),
    contactDays: effective.contactDays?.map(String),
    requireHousing: effective.requireHousing,
  };
}

function int(value: string, min: number, max: number): number | string {
  if (!value.trim()) return 'required';
  const n = Number(value);
  if (!Number.isInteger(n)) return 'invalid_type';
  if (n < min) return 'too_small';
  if (n > max) return 'too_big';
  return n;
}

/** Checks the draft as the API does, and turns it into the values to save (every applicable field). */
export function parseDraft(d: Draft): { values: MethodSettingsValues; errors: ClientErrors } {
  const values: MethodSettingsValues = {};
  const errors: ClientErrors = {};
  const one = (key: 'caseloadPerWorker' | 'notSeenDays', min: number, max: number) => {
    const raw = d[key];
    if (raw === undefined) return;
    const r = int(raw, min, max);
    if (typeof r === 'string') errors[key] = r;
    else values[key] = r;
  };
  one('caseloadPerWorker', 1, 100);
  one('notSeenDays', 1, 90);
  if (d.communityShare !== undefined) {
    const n = Number(d.communityShare.replace(',', '.'));
    if (!d.communityShare.trim()) errors.communityShare = 'required';
    else if (!Number.isFinite(n)) errors.communityShare = 'invalid_type';
    else if (n < 0) errors.communityShare = 'too_small';
    else if (n > 100) errors.communityShare = 'too_big';
    else values.communityShare = Math.round(n * 10) / 1000;
  }
  for (const [key, max] of [['phaseMonths', 12], ['contactDays', 90]] as const) {
    const raw = d[key];
    if (!raw) continue;
    const parsed = raw.map((v, i) => {
      const r = int(v, 1, max);
      if (typeof r === 'string') errors[`${key}.${i}`] = r;
      return r;
    });
    if (parsed.every((r) => typeof r === 'number')) values[key] = parsed as number[];
  }
  if (d.requireHousing !== undefined) values.requireHousing = d.requireHousing;
  return { values, errors };
}
