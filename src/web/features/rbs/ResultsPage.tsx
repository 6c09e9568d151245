import './rbs.css';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { PageHeading } from '../../components/PageHeading';
import { formatDateTime } from '../../format';
import { useResultUnits, useUnitTheories, type ResultUnit } from './queries';
import type { TheoryT } from './theory/draft';

/**
 * Resultater (results-based management, domain §8): the units the user leads or administers, each
 * with its dashboard (indicators over time) and its theories of change.
 */
export function ResultsPage() {
  const { t } = useTranslation();
  const { units, isPending, error } = useResultUnits();
  const theories = useUnitTheories(units.map((u) => u.id));
  return (
    <div className="rbs">
      <PageHeading title={t('rbs.results.title')}>{t('rbs.results.title')}</PageHeading>
      <p className="muted">{t('rbs.results.intro')}</p>
      {isPending ? <Loading /> : null}
      <ErrorAlert error={error} />
      {!isPending && units.length === 0 ? <p>{t('rbs.results.noUnits')}</p> : null}
      {units.map((u, i) => (
        <UnitSection key={u.id} unit={u} theories={theories[i]?.data} pending={theories[i]?.isPending ?? true} error={theories[i]?.error} />
      ))}
    </div>
  );
}

type SectionProps = { unit: ResultUnit; theories: TheoryT[] | undefined; pending: boolean; error: unknown };

/** One unit: its heading, the link to its dashboard, then its theories of change. */
function UnitSection({ unit, theories, pending, error }: SectionProps) {
  const { t } = useTranslation();
  const headingId = `unit-${unit.id}`;
  return (
    <section aria-labelledby={headingId} className="section rbs-unit">
      <h2 id={headingId}>
        {unit.name} <span className="rbs-org">· {unit.organisationName}</span>
      </h2>
      <p>
        <Link to="/results/$unitId/dashboard" params={{ unitId: unit.id }}>
          {t('dashboard.link')}
        </Link>
      </p>
      <h3 id={`${headingId}-theories`}>{t('rbs.results.theories')}</h3>
      {pending ? <Loading /> : null}
      <ErrorAlert error={error} />
      {theories && theories.length === 0 ? <p>{t('rbs.results.noTheories')}</p> : null}
      {theories && theories.length > 0 ? (
        <ul className="plain-list rbs-theory-links" aria-labelledby={`${headingId}-theories`}>
          {theories.map((th) => (
            <li key={th.method}>
              <Link to="/results/$unitId/theory/$method" params={{ unitId: unit.id, method: th.method }}>
                {t(`methods.${th.method}`)}
              </Link>
              <span className="muted"> · {th.isDefault ? t('rbs.status.default') : t('rbs.status.saved', { version: th.version, at: formatDateTime(th.updatedAt), by: th.updatedBy?.displayName ?? '' })}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
