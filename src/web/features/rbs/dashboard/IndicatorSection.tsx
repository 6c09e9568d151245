import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoursesList } from './CoursesList';
import { figureText, nText } from './figures';
import { bucketLabel } from './format';
import { barLabels, periodLabel, windowRange } from './periods';
import { PeriodChart } from './PeriodChart';
import { TotalFigures } from './TotalFigures';
import type { CatalogueItemT, DashboardT, IndicatorResultT } from './types';

type Props = { result: IndicatorResultT; def: CatalogueItemT | undefined; dashboard: DashboardT };

/**
 * One indicator: its title, its exact definition (a disclosure), the figure for the whole period
 * with its distribution and breakdown, the figures per period as bars and as a table, and — inside
 * the unit — the courses behind the figure (the whole period's or one period's) on request.
 */
export function IndicatorSection({ result, def, dashboard }: Props) {
  const { t, i18n } = useTranslation();
  const [showCourses, setShowCourses] = useState(false);
  /** The figure whose courses are listed: the whole period ('total') or one period's bar. */
  const [coursesFor, setCoursesFor] = useState('total');
  const id = `ind-${result.key}`;
  const threshold = dashboard.smallNumberThreshold;
  const lang = i18n.language;
  const title = t(`indicators.${result.key}.title`);
  const hasDistribution = def?.distribution ?? result.total.median !== undefined;
  const text = (p: IndicatorResultT['points'][number]) => figureText(t, lang, result.measure, p, threshold);
  const buckets = hasDistribution ? (result.total.distribution ?? result.points.find((p) => p.distribution)?.distribution ?? []).map((d) => d.bucket) : [];
  /** A period's count in one bucket: blank without data, hidden when the figure or the cell is suppressed. */
  const bucketCell = (p: IndicatorResultT['points'][number], bucket: string) => {
    if (p.suppressed) return t('dashboard.hidden');
    if (!p.distribution) return '–';
    const c = p.distribution.find((d) => d.bucket === bucket)?.count;
    return c === null ? t('dashboard.hidden') : (c ?? '–');
  };
  const range = `${periodLabel(t, result.points[0]?.period ?? '')} – ${periodLabel(t, result.points[result.points.length - 1]?.period ?? '')}`;
  return (
    <section aria-labelledby={id} className="section dashboard-indicator">
      <h2 id={id}>{title}</h2>
      <details className="dashboard-definition">
        <summary>{t('dashboard.definition')}</summary>
        <p>{t(`indicators.${result.key}.definition`)}</p>
      </details>
      {def && !def.computed ? <p className="muted">{t('dashboard.notComputed')}</p> : null}
      <TotalFigures result={result} hasDistribution={hasDistribution} threshold={threshold} idPrefix={id} />
      {result.noData ? (
        <p className="dashboard-nodata">{t('dashboard.noDataPeriod')}</p>
      ) : (
        <>
          {result.points.some((p) => p.suppressed || p.value !== null) ? (
            <PeriodChart
              label={t('dashboard.chartLabel', { title, range })}
              bars={result.points.map((p, i) => ({ key: p.period, ...barLabels(t, p.period, result.interval, i === 0), value: p.suppressed ? null : p.value, text: text(p) }))}
            />
          ) : null}
          <div className="table-wrap" tabIndex={0} role="group" aria-labelledby={`${id}-periods`}>
            <table className="data-table dashboard-table">
              <caption id={`${id}-periods`}>{buckets.length ? t('dashboard.periodsCaptionDistribution') : t('dashboard.periodsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.period')}</th>
                  <th scope="col">{hasDistribution ? t('dashboard.median') : t('dashboard.figure')}</th>
                  <th scope="col">{t('dashboard.n')}</th>
                  {buckets.map((b) => (
                    <th key={b} scope="col">
                      {bucketLabel(t, lang, b)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.points.map((p) => (
                  <tr key={p.period}>
                    <th scope="row">{periodLabel(t, p.period)}</th>
                    <td>{text(p)}</td>
                    <td>{nText(t, p)}</td>
                    {buckets.map((b) => (
                      <td key={b}>{bucketCell(p, b)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {dashboard.view === 'inside' ? (
        <div className="dashboard-drill">
          <button type="button" className="button-secondary button-small" aria-expanded={showCourses} aria-controls={showCourses ? `${id}-courses` : undefined} onClick={() => setShowCourses((v) => !v)}>
            {showCourses ? t('dashboard.courses.hide') : t('dashboard.courses.show')}
          </button>
          {showCourses ? (
            <>
              <p className="field">
                <label htmlFor={`${id}-courses-for`}>{t('dashboard.courses.for')}</label>
                <select id={`${id}-courses-for`} value={coursesFor} onChange={(e) => setCoursesFor(e.target.value)}>
                  <option value="total">{t('dashboard.courses.whole', { range })}</option>
                  {result.points.map((p) => (
                    <option key={p.period} value={p.period}>
                      {periodLabel(t, p.period)}
                    </option>
                  ))}
                </select>
              </p>
              <CoursesList
                indicatorKey={result.key}
                unitId={dashboard.unit.id}
                {...(coursesFor === 'total' ? { from: dashboard.from, to: dashboard.to } : windowRange(coursesFor, dashboard.from, dashboard.to))}
                periodText={coursesFor === 'total' ? range : periodLabel(t, coursesFor)}
                idPrefix={id}
              />
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
