import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CheckboxField } from '../../components/Fields';
import { formatDate, formatDateTime } from '../../format';
import { LineChart, Marker, type ChartPoint, type ChartSeries } from './LineChart';
import { signed, useLocalText } from './queries';
import type { PointT, SeriesT } from './types';

const MARKERS: Record<PointT['mode'], ChartPoint['marker']> = { citizen: 'circle', verbal: 'square', paper: 'triangle' };
const DASHES = [undefined, '7 4', '2 4', '10 4 2 4', '1 3'];
const ITEM_STYLES = 6;

/** What the change since the first measurement means, against the reliable-change value. */
function summaryOf(t: TFunction, s: SeriesT): string {
  const rc = s.instrument.reliableChange;
  if (s.points.length < 2 || s.change === null) return t('development.onlyOne', { total: s.last ?? 0 });
  const change = signed(s.change);
  if (s.meaningful && s.change > 0) return t('development.improved', { change, rc });
  if (s.meaningful && s.change < 0) return t('development.worsened', { change, rc });
  return t('development.noClearChange', { change, rc });
}

type Props = {
  series: SeriesT;
  /**
   * The citizen's own view: the totals over time only (no cutoffs, band, flags, items or how each
   * was answered), in plain words.
   */
  citizen?: boolean;
};

/** One instrument over time: the change since the first measurement, the chart, and the same as a table. */
export function SeriesView({ series: s, citizen = false }: Props) {
  const { t } = useTranslation();
  const local = useLocalText();
  const uid = useId();
  const [showItems, setShowItems] = useState(false);
  const inst = s.instrument;
  const name = local(inst.name);
  const headingId = `${uid}-heading`;
  const modeLabel = (m: PointT['mode']) => t(`development.modes.${m}`);
  const flagLabel = (f: string) => {
    const cutoff = inst.cutoffs.find((c) => c.id === f);
    return cutoff ? local(cutoff.label) : t(`development.flags.${f}`, { defaultValue: f });
  };
  const items = showItems && !citizen ? inst.items : [];
  const first = s.points[0];
  const last = s.points[s.points.length - 1];

  const total: ChartSeries = {
    key: 'total',
    className: 'series-total',
    points: s.points.map((p) => ({
      id: p.id,
      at: p.at,
      value: p.total,
      marker: citizen ? 'circle' : MARKERS[p.mode],
      title: citizen ? t('development.pointTitleCitizen', { date: formatDate(p.at), total: p.total }) : t('development.pointTitle', { date: formatDateTime(p.at), total: p.total, mode: modeLabel(p.mode) }),
    })),
  };
  const itemSeries: ChartSeries[] = items.map((item, i) => ({
    key: item.id,
    className: `series-item series-item-${i % ITEM_STYLES}`,
    dash: DASHES[i % DASHES.length],
    points: s.points
      .filter((p) => typeof p.items[item.id] === 'number')
      .map((p) => ({ id: `${p.id}-${item.id}`, at: p.at, value: p.items[item.id], title: `${local(item.text)}: ${p.items[item.id]} (${formatDate(p.at)})` })),
  }));
  const itemRange = { min: Math.min(...inst.items.map((i) => i.min)), max: Math.max(...inst.items.map((i) => i.max)) };
  const chartLabel = t(citizen ? 'development.chartLabelCitizen' : 'development.chartLabel', {
    name,
    count: s.points.length,
    from: formatDate(first?.at),
    to: formatDate(last?.at),
    first: s.first ?? '',
    last: s.last ?? '',
  });

  return (
    <article className="development-series" aria-labelledby={headingId}>
      <h3 id={headingId}>{name}</h3>
      {citizen ? (
        <p>{s.points.length > 1 ? t('citizenView.chart.summary', { first: s.first, last: s.last }) : t('citizenView.chart.one', { total: s.last })}</p>
      ) : (
        <>
          <p className={`development-summary ${s.meaningful ? 'development-meaningful' : ''}`}>
            <strong>{summaryOf(t, s)}</strong>
          </p>
          <p className="muted">{t('development.firstLast', { first: s.first, last: s.last, min: inst.range.min, max: inst.range.max })}</p>
        </>
      )}
      <LineChart
        range={inst.range}
        series={[total]}
        lines={citizen ? [] : inst.cutoffs.map((c) => ({ value: c.value, label: local(c.label) }))}
        band={citizen ? null : s.band}
        label={chartLabel}
      />
      {!citizen ? (
        <ul className="chart-legend" aria-label={t('development.legend')}>
          <li>
            <svg className="legend-icon" width="28" height="14" aria-hidden="true" focusable="false">
              <rect x="0" y="1" width="28" height="12" className="chart-band" />
            </svg>
            {t('development.legendBand', { rc: inst.reliableChange })}
          </li>
          {inst.cutoffs.length > 0 ? (
            <li>
              <svg className="legend-icon" width="28" height="14" aria-hidden="true" focusable="false">
                <line x1="0" x2="28" y1="7" y2="7" className="chart-cutoff" />
              </svg>
              {t('development.legendCutoff')}
            </li>
          ) : null}
          {(['citizen', 'verbal', 'paper'] as const).map((m) => (
            <li key={m}>
              <svg className="legend-icon series-total" width="28" height="14" aria-hidden="true" focusable="false">
                <Marker x={14} y={7} kind={MARKERS[m]} />
              </svg>
              {modeLabel(m)}
            </li>
          ))}
        </ul>
      ) : null}
      {!citizen ? (
        <CheckboxField id={`${uid}-items`} label={t('development.showItems')} checked={showItems} onChange={setShowItems} />
      ) : null}
      {itemSeries.length > 0 ? (
        <div className="development-items">
          <h4>{t('development.itemsTitle')}</h4>
          <LineChart range={itemRange} series={itemSeries} label={t('development.itemsChartLabel', { name, count: itemSeries.length })} height={220} />
          <ul className="chart-legend" aria-label={t('development.legend')}>
            {items.map((item, i) => (
              <li key={item.id}>
                <svg className={`legend-icon series-item-${i % ITEM_STYLES}`} width="28" height="10" aria-hidden="true" focusable="false">
                  <line x1="0" x2="28" y1="5" y2="5" className="chart-line" strokeDasharray={DASHES[i % DASHES.length]} />
                </svg>
                {local(item.text)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {inst.credit ? <p className="instrument-credit">{inst.credit}</p> : null}
      <details className="development-table">
        <summary>{t('development.asTable')}</summary>
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('development.tableCaption', { name })}>
          <table className="data-table">
            <caption>{t('development.tableCaption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('development.col.date')}</th>
                <th scope="col">{t('development.col.total')}</th>
                {items.map((item) => (
                  <th scope="col" key={item.id}>
                    {local(item.text)}
                  </th>
                ))}
                {!citizen ? <th scope="col">{t('development.col.mode')}</th> : null}
                {!citizen ? <th scope="col">{t('development.col.flags')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {s.points.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{citizen ? formatDate(p.at) : formatDateTime(p.at)}</th>
                  <td className="num">{p.total}</td>
                  {items.map((item) => (
                    <td className="num" key={item.id}>
                      {p.items[item.id] ?? '–'}
                    </td>
                  ))}
                  {!citizen ? <td>{modeLabel(p.mode)}</td> : null}
                  {!citizen ? <td>{p.flags.map(flagLabel).join(', ') || t('common.none')}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </article>
  );
}
