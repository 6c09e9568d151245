import { describe, expect, it } from 'vitest';
import { centuryFor, isValidCpr, looksLikeCpr, parseCpr } from './cpr';

const today = new Date(Date.UTC(2026, 5, 15)); // 15 June 2026

describe('centuryFor (CPR-kontoret’s table)', () => {
  it('digit 7 of 0–3 gives the 1900s', () => {
    for (const d7 of [0, 1, 2, 3]) for (const yy of [0, 36, 37, 57, 58, 99]) expect(centuryFor(yy, d7)).toBe(1900);
  });

  it('digits 4 and 9 give the 2000s for years 00–36, else the 1900s', () => {
    for (const d7 of [4, 9]) {
      expect([0, 20, 36].map((yy) => centuryFor(yy, d7))).toEqual([2000, 2000, 2000]);
      expect([37, 57, 99].map((yy) => centuryFor(yy, d7))).toEqual([1900, 1900, 1900]);
    }
  });

  it('digits 5–8 give the 2000s for years 00–57, else the 1800s', () => {
    for (const d7 of [5, 6, 7, 8]) {
      expect([0, 36, 57].map((yy) => centuryFor(yy, d7))).toEqual([2000, 2000, 2000]);
      expect([58, 80, 99].map((yy) => centuryFor(yy, d7))).toEqual([1800, 1800, 1800]);
    }
  });
});

describe('parseCpr', () => {
  it('accepts DDMMYY-SSSS and ten digits, and normalises both', () => {
    expect(parseCpr('010180-1234', today)).toEqual({ normalized: '0101801234', formatted: '010180-1234', birthDate: '1980-01-01', birthYear: 1980 });
    expect(parseCpr('0101801234', today)).toEqual(parseCpr('010180-1234', today));
    expect(parseCpr('  010180-1234 ', today)?.normalized).toBe('0101801234');
  });

  it('uses digit 7 for the century of the birth date', () => {
    expect(parseCpr('010120-4000', today)?.birthYear).toBe(2020);
    expect(parseCpr('010140-4000', today)?.birthYear).toBe(1940);
    expect(parseCpr('010160-9000', today)?.birthYear).toBe(1960);
    expect(parseCpr('010105-5000', today)?.birthYear).toBe(2005);
    expect(parseCpr('010190-8000', today)?.birthYear).toBe(1890);
    expect(parseCpr('010190-3000', today)?.birthYear).toBe(1990);
  });

  it('checks that the date exists in that century', () => {
    expect(parseCpr('290200-4321', today)?.birthDate).toBe('2000-02-29'); // 2000 was a leap year
    expect(parseCpr('290200-1234', today)).toBeNull(); // 1900 was not
    expect(parseCpr('290201-4321', today)).toBeNull();
    expect(parseCpr('290296-1234', today)?.birthDate).toBe('1996-02-29');
    expect(parseCpr('310490-1234', today)).toBeNull();
    expect(parseCpr('311290-1234', today)?.birthDate).toBe('1990-12-31');
    expect(parseCpr('000190-1234', today)).toBeNull();
    expect(parseCpr('011390-1234', today)).toBeNull();
    expect(parseCpr('320190-1234', today)).toBeNull();
  });

  it('rejects future birth dates', () => {
    expect(parseCpr('150626-4000', today)?.birthDate).toBe('2026-06-15');
    expect(parseCpr('160626-4000', today)).toBeNull();
    expect(parseCpr('010150-5000', today)).toBeNull(); // 2050
    expect(parseCpr('010136-4000', today)).toBeNull(); // 2036
  });

  it('accepts numbers that fail the modulus-11 check', () => {
    // 4·1+3·0+2·1+7·0+6·1+5·0+4·1+3·0+2·1+1·7 = 25, not divisible by 11
    expect(parseCpr('101010-1017', today)?.normalized).toBe('1010101017');
    expect(isValidCpr('101010-1017')).toBe(true);
  });

  it('rejects other shapes', () => {
    for (const bad of ['', '010180', '010180-123', '010180-12345', '010180 1234', '01-01-80-1234', 'abcdef-ghij', '010180–1234', '010180--1234']) {
      expect(parseCpr(bad, today), bad).toBeNull();
    }
  });
});

describe('looksLikeCpr', () => {
  it('tells a CPR-shaped search string from names', () => {
    expect(looksLikeCpr('010180-1234')).toBe(true);
    expect(looksLikeCpr('0101801234')).toBe(true);
    expect(looksLikeCpr('310490-1234')).toBe(true); // shaped like one, even if the date is impossible
    expect(looksLikeCpr('Jonas')).toBe(false);
    expect(looksLikeCpr('0101')).toBe(false);
  });
});
