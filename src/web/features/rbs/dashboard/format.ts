import type { TFunction } from 'i18next';
import { breakdownLabel as sharedBreakdownLabel, namedBucket } from '../../../../shared/indicator-labels';
import type { Measure } from './types';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'da-DK');

const number = (language: string, v: number, digits: number, min = 0) =>
  new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits, minimumFractionDigits: min }).format(v);

/**
 * A figure as read, by its measure: a count as a whole number, days with one decimal, a share (0–1)
 * as a percentage, a ratio to a norm with two decimals, a score with one decimal.
 */
export function formatValue(t: TFunction, language: string, measure: Measure, v: number): string {
  switch (measure) {
    case 'count':
      return number(language, v, 2);
    case 'days':
      return t('dashboard.value.days', { v: number(language, v, 1, 1) });
    case 'share':
      return t('dashboard.value.share', { v: number(language, v * 100, 1) });
    case 'ratio':
      return number(language, v, 2, 2);
    case 'score':
      return t('dashboard.value.score', { v: number(language, v, 1) });
  }
}

/** How a breakdown's values are measured: shares per label only for retention's 1m/3m; otherwise counts for a share, and the indicator's own measure else. */
export function breakdownMeasure(key: string, measure: Measure, label: string): Measure {
  if (key === 'referralRetention') return label === 'started' ? 'count' : 'share';
  return measure === 'share' ? 'count' : measure;
}

/** The label of one part of a breakdown, through the keys of the domain it comes from. */
export function breakdownLabel(t: TFunction, key: string, label: string): string {
  return sharedBreakdownLabel((k) => t(k, { defaultValue: '' }) || undefined, key, label);
}

/** A distribution bucket as read: named groups translated; ranges with an en dash, ≤/< and decimal commas. */
export function bucketLabel(t: TFunction, language: string, bucket: string): string {
  const named = namedBucket((k) => t(k, { defaultValue: '' }) || undefined, bucket);
  if (named !== null) return named;
  const num = (s: string) => number(language, Number(s), 2);
  return bucket
    .replace(/^<=/, '≤ ')
    .replace(/^>(?!=)/, '> ')
    .replace(/^<(?!=)/, '< ')
    .replace(/(\d+(?:\.\d+)?)/g, (m) => num(m))
    .replace(/(\d)-(\d)/, '$1–$2');
}
