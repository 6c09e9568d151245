import './dashboard.css';
import { useState } from 'react';
import { Link, useParams } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../../components/Alerts';
import { fieldCode, isNotFound } from '../../../components/errors';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { formatDateTime, todayLocal } from '../../../format';
import { ExportLinks } from './ExportLinks';
import { IndicatorSection } from './IndicatorSection';
import { presetPeriod } from './periods';
import { PeriodForm } from './PeriodForm';
import { useCatalogue, useDashboard } from './queries';
import type { PeriodT } from './types';

/**
 * A unit's dashboard (issue 8, domain §8): every indicator relevant to the unit's methods over a
 * chosen period, each with its exact definition, its figure with the number of citizens behind it,
 * medians and distributions where given, and its trend over the periods. A period with nothing to
 * compute from reads "no data", never 0. Outside the unit, small numbers are hidden.
 */
/** When the figures were computed: the oldest stored time among them, or "just now" when computed for this request. */
function asOfText(t: TFunction, indicators: { asOf: string | null }[]): string {
  const times = indicators.map((i) => i.asOf).filter((a): a is string => a !== null).sort();
  return times.length ? t('dashboard.asOf', { time: formatDateTime(times[0]) }) : t('dashboard.computedNow');
}

export function DashboardPage() {
  const { unitId } = useParams({ from: '/results/$unitId/dashboard' });
  const { t } = useTranslation();
  const currentMonth = todayLocal().slice(0, 7);
  const [period, setPeriod] = useState<PeriodT>({ ...presetPeriod('last12', currentMonth), interval: 'month' });
  const dashboard = useDashboard(unitId, period);
  const catalogue = useCatalogue();
  const data = dashboard.isError ? undefined : dashboard.data;
  const toError = fieldCode('to', {}, dashboard.error);

  if (isNotFound(dashboard.error)) return <NotFoundPage />;
  const unitName = data?.unit.name;
  const title = unitName ? t('dashboard.title', { unit: unitName }) : t('dashboard.titlePlain');
  return (
    <div className="rbs dashboard">
      <p className="rbs-back">
        <Link to="/results">{t('dashboard.back')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="muted">{t('dashboard.intro')}</p>
      <PeriodForm period={period} onChange={setPeriod} currentMonth={currentMonth} toError={toError} />
      {dashboard.isPending ? <Loading /> : null}
      <ErrorAlert error={toError ? null : dashboard.error} />
      <div role="alert" className={toError ? 'alert alert-error' : 'visually-hidden'}>
        {toError ? t('dashboard.periodError', { message: t(`fieldErrors.${toError}`, { defaultValue: t('fieldErrors.invalid') }) }) : null}
      </div>
      {data ? (
        <>
          <p>
            {t('dashboard.methods')}: {data.methods.length ? data.methods.map((m) => t(`methods.${m}`, { defaultValue: m })).join(', ') : t('dashboard.noMethods')}
          </p>
          <p className="muted" data-testid="dashboard-as-of">{asOfText(t, data.indicators)}</p>
          {data.view === 'outside' ? <p className="alert alert-info">{t('dashboard.outside', { n: data.smallNumberThreshold })}</p> : null}
          <ExportLinks unitId={data.unit.id} from={data.from} to={data.to} interval={data.interval} />
          <nav aria-label={t('dashboard.contents')} className="dashboard-toc">
            <ul>
              {data.indicators.map((r) => (
                <li key={r.key}>
                  <a href={`#ind-${r.key}`}>{t(`indicators.${r.key}.title`)}</a>
                </li>
              ))}
            </ul>
          </nav>
          {data.indicators.length === 0 ? <p>{t('dashboard.noIndicators')}</p> : null}
          {data.indicators.map((r) => (
            <IndicatorSection key={r.key} result={r} def={catalogue.data?.items.find((i) => i.key === r.key)} dashboard={data} />
          ))}
        </>
      ) : null}
    </div>
  );
}
