import { useTranslation } from 'react-i18next';
import { theoryColumns } from '../../../../shared/schemas/theories';
import type { TheoryColumn } from '../../../../shared/schemas/theories';
import { measureOf } from './draft';

type Named = { id: string; column: TheoryColumn };

/**
 * Each element's short name, "<kind> <n>" (e.g. "Kortsigtet resultat 2"): its column's singular
 * and its place in the column. Arrows and field legends name elements by it.
 */
export function useElementNames(elements: Named[]) {
  const { t } = useTranslation();
  const names = new Map<string, string>();
  for (const column of theoryColumns) {
    elements
      .filter((e) => e.column === column)
      .forEach((e, i) => names.set(e.id, t('rbs.elementName', { kind: t(`rbs.element.${column}`), n: i + 1 })));
  }
  return (id: string) => names.get(id) ?? id;
}

/** Text cut to a length that fits in a select option or a list line. */
export function shorten(text: string, max = 70): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** An indicator's value as shown: a share as a percentage, days with their unit. */
export function useIndicatorValue() {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 2 });
  return (key: string, value: number | null) => {
    if (value === null) return t('rbs.indicator.unknown');
    const measure = measureOf(key) ?? 'count';
    return t(`rbs.value.${measure}`, { v: number.format(measure === 'share' ? value * 100 : value) });
  };
}
