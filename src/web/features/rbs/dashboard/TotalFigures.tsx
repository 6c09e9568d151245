import { useTranslation } from 'react-i18next';
import { figureText, nText } from './figures';
import { breakdownLabel, breakdownMeasure, bucketLabel, formatValue } from './format';
import type { IndicatorResultT } from './types';

type Props = { result: IndicatorResultT; hasDistribution: boolean; threshold: number; idPrefix: string };

/** The figure for the whole period: the value (or median), n, and where given the distribution and the breakdown. */
export function TotalFigures({ result, hasDistribution, threshold, idPrefix }: Props) {
  const { t, i18n } = useTranslation();
  const total = result.total;
  const lang = i18n.language;
  const distribution = total.distribution ?? null;
  const breakdown = result.noData ? [] : (total.breakdown ?? []);
  const cell = (v: number | null, n: number | null, measure: IndicatorResultT['measure']) =>
    v === null ? (n === null ? t('dashboard.hidden') : t('dashboard.noData')) : formatValue(t, lang, measure, v);
  return (
    <div className="dashboard-total">
      <dl className="details-list dashboard-figures">
        <div>
          <dt>{hasDistribution ? t('dashboard.medianWhole') : t('dashboard.figureWhole')}</dt>
          <dd className="dashboard-figure">{figureText(t, lang, result.measure, total, threshold)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.n')}</dt>
          <dd>{nText(t, total)}</dd>
        </div>
      </dl>
      {distribution && distribution.length > 0 ? (
        <div className="table-wrap" tabIndex={0} role="group" aria-labelledby={`${idPrefix}-dist`}>
          <table className="data-table dashboard-table">
            <caption id={`${idPrefix}-dist`}>{t('dashboard.distribution')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.bucket')}</th>
                <th scope="col">{t('dashboard.citizens')}</th>
              </tr>
            </thead>
            <tbody>
              {distribution.map((d) => (
                <tr key={d.bucket}>
                  <th scope="row">{bucketLabel(t, lang, d.bucket)}</th>
                  <td>{d.count === null ? t('dashboard.hiddenSmall', { n: threshold }) : d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {breakdown.length > 0 && !total.suppressed ? (
        <div className="table-wrap" tabIndex={0} role="group" aria-labelledby={`${idPrefix}-breakdown`}>
          <table className="data-table dashboard-table">
            <caption id={`${idPrefix}-breakdown`}>{t('dashboard.breakdownTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.part')}</th>
                <th scope="col">{t('dashboard.figure')}</th>
                <th scope="col">{t('dashboard.n')}</th>
              </tr>
            </thead>
            <tbody>
              {breakdown.map((b) => (
                <tr key={b.label}>
                  <th scope="row">{breakdownLabel(t, result.key, b.label)}</th>
                  <td>{cell(b.value, b.n, breakdownMeasure(result.key, result.measure, b.label))}</td>
                  <td>{b.n === null ? t('dashboard.hidden') : b.n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
