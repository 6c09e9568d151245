import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { AlertItems } from '../fit/AlertItems';
import { useMyAlerts } from '../fit/queries';

/** The worker's points of attention (FIT): no improvement, low or falling session feedback, goals due for review. */
export function AlertsSection() {
  const { t } = useTranslation();
  const alerts = useMyAlerts();
  return (
    <section aria-labelledby="alerts-heading" className="section alerts-section">
      <h2 id="alerts-heading">{t('alerts.title')}</h2>
      {alerts.isPending ? <Loading /> : null}
      <ErrorAlert error={alerts.error} />
      {alerts.data?.length === 0 ? <p className="muted">{t('alerts.none')}</p> : null}
      {alerts.data && alerts.data.length > 0 ? <AlertItems alerts={alerts.data} withCitizen /> : null}
    </section>
  );
}
