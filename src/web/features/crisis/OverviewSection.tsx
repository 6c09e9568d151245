import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { formatDate } from '../../format';
import type { PathwayEntryT } from '../../types';
import { useOverview } from './queries';

const steps = ['spotted', 'screened', 'requested', 'admitted', 'picked_up', 'stay', 'homecoming', 'declined'] as const;

/** The pathway at a glance: the citizens by step, with what is due and what is overdue. */
export function OverviewSection() {
  const { t } = useTranslation();
  const overview = useOverview();
  const items = overview.data ?? [];
  const overdue = items.reduce((n, e) => n + e.alerts.filter((a) => a.overdue).length, 0);
  return (
    <section aria-labelledby="overview-heading" className="section">
      <h2 id="overview-heading">{t('crisis.overview.title')}</h2>
      {overview.isPending ? <Loading /> : null}
      <ErrorAlert error={overview.error} />
      {overdue > 0 ? (
        <p className="alert alert-error" role="note">
          <strong>{t('crisis.overview.overdue', { count: overdue })}</strong>
        </p>
      ) : null}
      {overview.data && items.length === 0 ? <p className="muted">{t('crisis.overview.none')}</p> : null}
      {overview.data && items.length > 0 ? (
        <ol className="status-path" aria-label={t('crisis.overview.counts')}>
          {steps.map((s) => (
            <li key={s} className="step">
              {t(`crisis.steps.${s}`)}: {items.filter((e) => e.step === s).length}
            </li>
          ))}
        </ol>
      ) : null}
      {steps.map((step) => {
        const entries = items.filter((e) => e.step === step);
        if (entries.length === 0) return null;
        const headingId = `overview-${step}`;
        return (
          <section key={step} aria-labelledby={headingId} className="overview-step">
            <h3 id={headingId}>
              {t(`crisis.steps.${step}`)} <span className="muted">({entries.length})</span>
            </h3>
            <ul className="due-list plain-list">
              {entries.map((e) => (
                <OverviewEntry key={`${e.courseId}-${e.requestId ?? e.spottingId ?? ''}`} entry={e} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function OverviewEntry({ entry: e }: { entry: PathwayEntryT }) {
  const { t } = useTranslation();
  const overdue = e.alerts.some((a) => a.overdue);
  return (
    <li className={`due-item ${overdue ? 'due-overdue' : e.alerts.length > 0 ? '' : 'due-calm'}`}>
      <Link to="/citizens/$citizenId" params={{ citizenId: e.citizen.id }} className="due-name">
        {e.citizen.displayName}
      </Link>
      <span className="due-meta">
        {t('crisis.overview.since', { time: formatDate(e.since) })}
        {e.arrivalDate ? ` · ${t('crisis.overview.arrived', { date: formatDate(e.arrivalDate) })}` : ''}
        {e.plannedEndDate ? ` · ${t('crisis.overview.plannedEnd', { date: formatDate(e.plannedEndDate) })}` : ''}
      </span>
      {e.alerts.length > 0 ? (
        <ul className="alert-list" aria-label={t('crisis.overview.alerts')}>
          {e.alerts.map((a) => (
            <li key={a.kind} className={a.overdue ? 'alert-overdue' : undefined}>
              {a.overdue ? <span className="badge badge-overdue">{t('crisis.overview.isOverdue')}</span> : <span className="badge badge-today">{t('crisis.overview.isDue')}</span>}{' '}
              {t(`crisis.alerts.${a.kind}`)}
              {a.dueOn ? ` · ${t('crisis.overview.dueOn', { date: formatDate(a.dueOn) })}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
