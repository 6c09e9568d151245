import './fit.css';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { isForbidden, isNotFound } from '../../components/errors';
import { useCourses } from '../citizens/queries';
import { AlertItems } from './AlertItems';
import { useDevelopment } from './queries';
import { SeriesView } from './SeriesView';

/**
 * The citizen's development (FIT): per instrument the total over time against its cutoffs and the
 * reliable-change band, the change since the first measurement, and the alerts. Needs note access
 * (a leader sees the citizen but not this).
 */
export function DevelopmentSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  const courses = useCourses(citizenId, true);
  const canRead = courses.data?.some((c) => c.canReadNotes) ?? false;
  const development = useDevelopment(citizenId, canRead);
  if (!canRead || isForbidden(development.error) || isNotFound(development.error)) return null;
  const data = development.data;
  return (
    <section aria-labelledby="development-heading" className="section development-section">
      <h2 id="development-heading">{t('development.title')}</h2>
      <p className="muted">{t('development.intro')}</p>
      {development.isPending ? <Loading /> : null}
      <ErrorAlert error={development.error} />
      {data && data.alerts.length > 0 ? (
        <div className="development-alerts">
          <h3>{t('alerts.title')}</h3>
          <AlertItems alerts={data.alerts} />
        </div>
      ) : null}
      {data && data.series.length === 0 ? <p>{t('development.none')}</p> : null}
      {data?.series.map((s) => <SeriesView key={s.instrument.key} series={s} />)}
    </section>
  );
}
