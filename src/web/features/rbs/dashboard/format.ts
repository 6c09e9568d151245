import type { TFunction } from 'i18next';
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
  switch (key) {
    case 'citizensByPhase': {
      const [method, phase] = label.split('.');
      return `${t(`methods.${method}`, { defaultValue: method })} · ${t(`phases.${phase}`, { defaultValue: phase })}`;
    }
    case 'inboundBySource':
      return t(`inbound.sources.${label}`, { defaultValue: label });
    case 'supportAtHomecoming':
    case 'housingKept':
      return t(`endReasons.${label}`, { defaultValue: label });
    case 'caseloadPerWorker':
      return t(`methods.${label}`, { defaultValue: label });
    case 'goalsAchieved':
      return t(`goalStatuses.${label}`, { defaultValue: label });
    case 'violentEpisodes':
      return t(`residence.episodeTypes.${label}`, { defaultValue: label });
    default:
      return t(`dashboard.breakdown.${label}`, { defaultValue: label });
  }
}

/** A distribution bucket as read: named groups translated; ranges with an en dash, ≤/< and decimal commas. */
export function bucketLabel(t: TFunction, language: string, bucket: string): string {
  if (/^[a-z]+$/i.test(bucket)) return t(`dashboard.buckets.${bucket}`, { defaultValue: bucket });
  const num = (s: string) => number(language, Number(s), 2);
  return bucket
    .replace(/^<=/, '≤ ')
    .replace(/^>(?!=)/, '> ')
    .replace(/^<(?!=)/, '< ')
    .replace(/(\d+(?:\.\d+)?)/g, (m) => num(m))
    .replace(/(\d)-(\d)/, '$1–$2');
}
