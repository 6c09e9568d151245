import type { IndicatorMeasure } from '../../../shared/indicators';
import da from '../../../shared/i18n/da.json';
import en from '../../../shared/i18n/en.json';
import { breakdownLabel, lookupIn, namedBucket } from '../../../shared/indicator-labels';

/**
 * The words of the exports: documents are written in the language asked for (`?lang=da|en`,
 * Danish by default), from the shared i18n files (namespace `exports`, titles and definitions from
 * `indicators.<key>`).
 */
export type Language = 'da' | 'en';
export type Labels = (typeof da)['exports'];

export const exportLanguages = ['da', 'en'] as const;

export type Words = {
  lang: Language;
  L: Labels;
  title(key: string): string;
  definition(key: string): string;
  method(method: string): string;
  /** A theory-of-change column (resources, activities, …). */
  column(column: string): string;
  /** The marker written instead of a suppressed figure, e.g. "skjult (færre end 5)". */
  suppressed: string;
  noData: string;
  /** A number as a spreadsheet user of the language reads it (decimal comma in Danish). */
  number(v: number): string;
  /** A figure with its unit, for prose and charts (a share as a percentage). */
  figure(v: number, measure: IndicatorMeasure): string;
  /** A day, e.g. "1. januar 2024" / "1 January 2024". */
  day(iso: string): string;
  /** A moment, e.g. "3. maj 2025 kl. 10.15". */
  moment(at: Date): string;
  period(key: string): string;
  /** A breakdown label of an indicator (a phase, a source, an end reason …) as read. */
  breakdown(key: string, label: string): string;
  /** A distribution bucket as read (named buckets translated, ranges as they are). */
  bucket(bucket: string): string;
};

/** Fills `{{name}}` placeholders. */
export const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));

type Catalogue = { title: string; definition: string };

export function wordsFor(lang: Language, threshold: number): Words {
  const res = lang === 'en' ? en : da;
  const L: Labels = res.exports;
  const lookup = lookupIn(res);
  const indicators = res.indicators as unknown as Record<string, Catalogue | undefined>;
  const methods = res.methods as Record<string, string | undefined>;
  const columns = (res.rbs as unknown as { columns?: Record<string, string | undefined> }).columns ?? {};
  const locale = lang === 'en' ? 'en-GB' : 'da-DK';
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 4, useGrouping: false });
  const short = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const moments = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
  return {
    lang,
    L,
    title: (key) => indicators[key]?.title ?? key,
    definition: (key) => indicators[key]?.definition ?? '',
    method: (m) => methods[m] ?? m,
    column: (c) => columns[c] ?? c,
    suppressed: fill(L.suppressed, { n: threshold }),
    noData: L.noData,
    number: (v) => num.format(v),
    figure: (v, measure) => fill(L.units[measure], { v: short.format(measure === 'share' ? v * 100 : v) }),
    day: (iso) => days.format(new Date(`${iso}T00:00:00Z`)),
    moment: (at) => moments.format(at),
    period: (key) => (key === 'total' ? L.total : key),
    breakdown: (key, label) => breakdownLabel(lookup, key, label),
    bucket: (bucket) => namedBucket(lookup, bucket) ?? bucket,
  };
}

/** A file name without citizen data: the kind, the unit's name made plain, and the period. */
export function fileName(kind: string, unitName: string, from: string, to: string, ext: string): string {
  const plain = unitName
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${kind}-${plain || 'enhed'}-${from}-${to}.${ext}`;
}

export const attachment = (name: string) => `attachment; filename="${name}"`;
