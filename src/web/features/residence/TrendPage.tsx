import { useState } from 'react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { SelectField } from '../../components/Fields';
import { todayLocal } from '../../format';
import { BarChart } from './BarChart';
import { addMonths, lastDayOf, monthLabel } from './dates';
import { useTrend } from './queries';
import { ResidenceFrame, type ResidenceContext } from './ResidenceFrame';
import { StaffWellbeingSection } from './StaffWellbeingSection';
import { episodeTypes, type TrendT, type WellbeingPointT } from './types';

/** Core element 4, over time: episodes month by month beside the residents' and the staff's wellbeing. */
export function TrendPage() {
  const { unitId } = useParams({ from: '/residence/$unitId/trend' });
  return <ResidenceFrame unitId={unitId} page="trend">{(ctx) => <Trend ctx={ctx} />}</ResidenceFrame>;
}

const measures = ['total', ...episodeTypes, 'hurt', 'debriefed'] as const;
type Measure = (typeof measures)[number];
const valueOf = (m: TrendT['months'][number], key: Measure) => (key === 'total' || key === 'hurt' || key === 'debriefed' ? m[key] : m.byType[key]);

function Trend({ ctx }: { ctx: ResidenceContext }) {
  const { t } = useTranslation();
  const current = todayLocal().slice(0, 7);
  const [fromMonth, setFromMonth] = useState(addMonths(current, -11));
  const [toMonth, setToMonth] = useState(current);
  const [measure, setMeasure] = useState<Measure>('total');
  const valid = fromMonth <= toMonth;
  const trend = useTrend(ctx.unit.id, `${fromMonth}-01`, lastDayOf(toMonth), valid);
  const monthOptions = Array.from({ length: 36 }, (_, i) => addMonths(current, -i)).map((m) => ({ value: m, label: monthLabel(t, m) }));
  const measureLabel = (m: Measure) => (m === 'total' || m === 'hurt' || m === 'debriefed' ? t(`residence.trend.measures.${m}`) : t(`residence.episodeTypes.${m}`));
  const data = trend.data;

  return (
    <>
      <p className="muted">{t('residence.trend.intro')}</p>
      <form className="residence-period" aria-label={t('residence.trend.period')} onSubmit={(e) => e.preventDefault()}>
        <SelectField id="trend-from" label={t('residence.trend.from')} value={fromMonth} onChange={setFromMonth} options={monthOptions} />
        <SelectField id="trend-to" label={t('residence.trend.to')} value={toMonth} onChange={setToMonth} options={monthOptions} error={valid ? undefined : 'before_start'} />
      </form>
      {trend.isPending && valid ? <Loading /> : null}
      <ErrorAlert error={trend.error} />
      {data && valid ? (
        <>
          <section aria-labelledby="months-heading" className="section">
            <h2 id="months-heading">{t('residence.trend.monthsTitle')}</h2>
            <div className="residence-measure">
              <SelectField id="trend-measure" label={t('residence.trend.chartShows')} value={measure} onChange={(v) => setMeasure(v as Measure)} options={measures.map((m) => ({ value: m, label: measureLabel(m) }))} />
            </div>
            <BarChart
              label={t('residence.trend.chartLabel', { measure: measureLabel(measure), from: monthLabel(t, data.months[0].month), to: monthLabel(t, data.months[data.months.length - 1].month) })}
              bars={data.months.map((m, i) => ({
                key: m.month,
                label: t(`months.${Number(m.month.slice(5, 7))}`),
                sublabel: i === 0 || m.month.endsWith('-01') ? m.month.slice(0, 4) : undefined,
                value: valueOf(m, measure),
              }))}
            />
            <div className="table-wrap" tabIndex={0} role="group" aria-labelledby="months-caption">
              <table className="data-table residence-table">
                <caption id="months-caption" className="visually-hidden">
                  {t('residence.trend.monthsTitle')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('residence.trend.month')}</th>
                    {measures.map((m) => (
                      <th key={m} scope="col">
                        {measureLabel(m)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.months.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{monthLabel(t, m.month)}</th>
                      {measures.map((k) => (
                        <td key={k}>{valueOf(m, k)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <LocationsSection data={data} />
          <WellbeingSection data={data} />
        </>
      ) : null}
      <StaffWellbeingSection ctx={ctx} />
    </>
  );
}

function LocationsSection({ data }: { data: TrendT }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="locations-heading" className="section">
      <h2 id="locations-heading">{t('residence.trend.locationsTitle')}</h2>
      {data.locations.length === 0 ? (
        <p className="muted">{t('residence.trend.noEpisodes')}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="group" aria-labelledby="locations-caption">
          <table className="data-table residence-table">
            <caption id="locations-caption" className="visually-hidden">
              {t('residence.trend.locationsTitle')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('residence.trend.location')}</th>
                {data.months.map((m) => (
                  <th key={m.month} scope="col">
                    {monthLabel(t, m.month)}
                  </th>
                ))}
                <th scope="col">{t('residence.trend.measures.total')}</th>
              </tr>
            </thead>
            <tbody>
              {data.locations.map((l) => (
                <tr key={l.location}>
                  <th scope="row">{l.location}</th>
                  {data.months.map((m) => (
                    <td key={m.month}>{l.byMonth[m.month] ?? 0}</td>
                  ))}
                  <td>{l.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function WellbeingSection({ data }: { data: TrendT }) {
  const { t } = useTranslation();
  const cell = (p: WellbeingPointT | undefined) =>
    !p || p.n === 0 ? (
      <span className="muted">{t('residence.trend.noAnswers')}</span>
    ) : p.median === null ? (
      <span className="muted">{t('residence.trend.tooFew', { n: p.n })}</span>
    ) : (
      t('residence.trend.median', { median: p.median, n: p.n })
    );
  return (
    <section aria-labelledby="wellbeing-heading" className="section">
      <h2 id="wellbeing-heading">{t('residence.trend.wellbeingTitle')}</h2>
      <p className="muted">{t('residence.trend.wellbeingIntro')}</p>
      <div className="table-wrap" tabIndex={0} role="group" aria-labelledby="wellbeing-caption">
        <table className="data-table residence-table">
          <caption id="wellbeing-caption" className="visually-hidden">
            {t('residence.trend.wellbeingTitle')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('residence.trend.month')}</th>
              <th scope="col">{t('residence.trend.residents')}</th>
              <th scope="col">{t('residence.trend.staff')}</th>
            </tr>
          </thead>
          <tbody>
            {data.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(t, m.month)}</th>
                <td>{cell(data.wellbeing.residents.find((p) => p.month === m.month))}</td>
                <td>{cell(data.wellbeing.staff.find((p) => p.month === m.month))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
