import { describe, expect, it } from 'vitest';
import type { Result } from '../indicators/compute';
import { toCsv } from './csv';
import { fileName, wordsFor } from './labels';
import { tableOf } from './table';

/** The table and CSV writers on a hand-made share indicator with a breakdown (no database). */
const result: Result = {
  key: 'goalsAchieved',
  unitId: '00000000-0000-4000-8000-000000000001',
  from: '2024-01-01',
  to: '2024-06-30',
  interval: 'quarter',
  measure: 'share',
  points: [
    // Six goals: a share with a decimal, a small label hidden (with the next smallest) and an empty label.
    { period: '2024-Q1', n: 6, value: 0.6667, breakdown: [{ label: 'achieved', value: null, n: null }, { label: 'active', value: 4, n: 4 }, { label: 'dropped', value: null, n: null }, { label: 'notAchieved', value: null, n: 0 }], suppressed: false },
    { period: '2024-Q2', n: null, value: null, breakdown: null, suppressed: true },
  ],
  total: { period: 'total', n: 8, value: 0.5, breakdown: [{ label: 'achieved', value: 4, n: 4 }, { label: 'active', value: 4, n: 4 }, { label: 'dropped', value: null, n: null }, { label: 'notAchieved', value: null, n: 0 }], suppressed: false },
  noData: false,
  asOf: null,
};

describe('the table of an indicator', () => {
  it('writes decimals with a comma in Danish, and tells a suppressed cell from an empty one', () => {
    const w = wordsFor('da', 5);
    const lines = toCsv([tableOf(result, w)], w).slice(1).split('\r\n');
    expect(lines).toEqual([
      // Breakdown labels in words (a label the catalogue does not know stays as it is).
      'Indikator;Periode;Antal borgere (n);Værdi;Opdelt: Nået;Opdelt: Aktivt;Opdelt: Opgivet;Opdelt: notAchieved',
      'goalsAchieved;2024-Q1;6;0,6667;skjult (færre end 5);4;skjult (færre end 5);ingen data',
      'goalsAchieved;2024-Q2;skjult (færre end 5);skjult (færre end 5);skjult (færre end 5);skjult (færre end 5);skjult (færre end 5);skjult (færre end 5)',
      'goalsAchieved;I alt;8;0,5;4;4;skjult (færre end 5);ingen data',
      '',
    ]);
  });

  it('writes a decimal point in English, and the threshold configured', () => {
    const w = wordsFor('en', 10);
    const lines = toCsv([tableOf(result, w)], w).slice(1).split('\r\n');
    expect(lines[0]).toMatch(/: Achieved;.*: Active;.*: Dropped;.*: notAchieved$/);
    expect(lines[1]).toBe('goalsAchieved;2024-Q1;6;0.6667;suppressed (fewer than 10);4;suppressed (fewer than 10);no data');
  });

  it('names files without anything but the kind, the unit and the period', () => {
    expect(fileName('indikatorer', 'Bostedet Åbo & Ærø', '2024-01-01', '2024-06-30', 'csv')).toBe('indikatorer-bostedet-aabo-aeroe-2024-01-01-2024-06-30.csv');
  });
});
