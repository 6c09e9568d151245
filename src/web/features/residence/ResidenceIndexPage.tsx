import './residence.css';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { PageHeading } from '../../components/PageHeading';
import { useMe } from '../auth/me';
import { canOpen, residencePages, residencePaths, unitRoles, useResidentialUnits } from './access';
import type { ResidenceUnitT } from './types';

/**
 * Botilbud: the user's residences. With one, its overview shows at once; with several, each is
 * listed with its pages. Each page is introduced by the core element of the method it serves.
 */
export function ResidenceIndexPage() {
  const { t } = useTranslation();
  const { units, isPending, error } = useResidentialUnits();
  return (
    <div className="residence">
      <PageHeading title={t('residence.index.title')}>{units.length === 1 ? t('residence.index.titleOne', { name: units[0].name }) : t('residence.index.title')}</PageHeading>
      <p className="muted">{t('residence.index.intro')}</p>
      {isPending ? <Loading /> : null}
      <ErrorAlert error={error} />
      {!isPending && units.length === 0 ? <p>{t('residence.index.none')}</p> : null}
      {units.length === 1 ? <Overview unit={units[0]} headingLevel={2} /> : null}
      {units.length > 1
        ? units.map((u) => (
            <section key={u.id} aria-labelledby={`unit-${u.id}`} className="section">
              <h2 id={`unit-${u.id}`}>
                {u.name} <span className="residence-name">· {u.organisationName}</span>
              </h2>
              <Overview unit={u} headingLevel={3} />
            </section>
          ))
        : null}
    </div>
  );
}

/** The pages of one residence the user can use, each with what it is for. */
function Overview({ unit, headingLevel }: { unit: ResidenceUnitT; headingLevel: 2 | 3 }) {
  const { t } = useTranslation();
  const me = useMe();
  const roles = unitRoles(me, unit.id, unit.organisationId);
  const pages = residencePages.filter((p) => canOpen(p, roles));
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="card-list residence-overview" aria-label={t('residence.nav.label', { name: unit.name })}>
      {pages.map((p) => (
        <li key={p}>
          <div className="card">
            <H className="residence-overview-title">
              <Link to={residencePaths[p]} params={{ unitId: unit.id }}>
                {t(`residence.nav.${p}`)}
              </Link>
            </H>
            <p>{t(`residence.index.about.${p}`)}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
