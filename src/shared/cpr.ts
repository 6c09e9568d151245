/**
 * Danish CPR numbers: DDMMYY-SSSS or DDMMYYSSSS.
 * The date must exist in the century given by digit 7 and the year (CPR-kontoret's table).
 * Numbers that fail the modulus-11 check are NOT rejected: numbers without it have been issued
 * since 2007.
 */
const pattern = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/;

export function centuryFor(year2: number, digit7: number): number {
  if (digit7 <= 3) return 1900;
  if (digit7 === 4 || digit7 === 9) return year2 <= 36 ? 2000 : 1900;
  return year2 <= 57 ? 2000 : 1800; // 5–8
}

export type ParsedCpr = { normalized: string; formatted: string; birthDate: string; birthYear: number };

export function parseCpr(input: string, today: Date = new Date()): ParsedCpr | null {
  const m = pattern.exec(input.trim());
  if (!m) return null;
  const [, dd, mm, yy, serial] = m;
  const day = Number(dd);
  const month = Number(mm);
  const year = centuryFor(Number(yy), Number(serial[0])) + Number(yy);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (date.getTime() > today.getTime()) return null;
  return {
    normalized: `${dd}${mm}${yy}${serial}`,
    formatted: `${dd}${mm}${yy}-${serial}`,
    birthDate: `${year}-${mm}-${dd}`,
    birthYear: year,
  };
}

export function isValidCpr(input: string): boolean {
  return parseCpr(input) !== null;
}

/** True when a free-text search string looks like a CPR number (so it is matched by hash). */
export function looksLikeCpr(input: string): boolean {
  return pattern.test(input.trim());
}
