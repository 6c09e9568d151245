import type { TFunction } from 'i18next';
import { formatValue } from './format';
import type { Measure, PointT } from './types';

/** What is shown for a figure: hidden (outside the unit, too few citizens), no data, or the formatted value. */
export function figureText(t: TFunction, language: string, measure: Measure, point: Pick<PointT, 'suppressed'> & { value?: number | null }, threshold: number): string {
  if (point.suppressed) return t('dashboard.suppressed', { n: threshold });
  if (point.value === null || point.value === undefined) return t('dashboard.noData');
  return formatValue(t, language, measure, point.value);
}

/** n as read: hidden when suppressed. */
export function nText(t: TFunction, point: Pick<PointT, 'n' | 'suppressed'>): string {
  return point.suppressed || point.n === null ? t('dashboard.hidden') : String(point.n);
}
