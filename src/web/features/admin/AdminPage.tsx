import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { PageHeading } from '../../components/PageHeading';
import { useCan } from '../auth/me';
import { InstrumentsSection } from '../instruments/InstrumentsSection';
import { useAdminUnits, useOrganisations } from './admin-queries';
import { MethodSettingsSection } from './MethodSettingsSection';
import { TeamsAdminSection } from './TeamsAdminSection';
import { UnitsSection } from './UnitsSection';
import { UsersSection } from './UsersSection';

export function AdminPage() {
  const { t } = useTranslation();
  const allowed = useCan('admin.manage');
  const orgs = useOrganisations();
  const units = useAdminUnits();
  if (!allowed) {
    return (
      <>
        <PageHeading title={t('admin.title')}>{t('admin.title')}</PageHeading>
        <p className="alert alert-info">{t('errors.forbidden')}</p>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t('admin.title')}>{t('admin.title')}</PageHeading>
      {orgs.isPending || units.isPending ? <Loading /> : null}
      <ErrorAlert error={orgs.error ?? units.error} />
      {orgs.data ? (
        <section aria-labelledby="orgs-heading" className="section">
          <h2 id="orgs-heading">{t('admin.organisations')}</h2>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('admin.organisations')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.unitName')}</th>
                  <th scope="col">{t('admin.orgKind')}</th>
                </tr>
              </thead>
              <tbody>
                {orgs.data.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.name}</th>
                    <td>{t(`admin.orgKinds.${o.kind}`, { defaultValue: o.kind })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {orgs.data && units.data ? (
        <>
          <UnitsSection organisations={orgs.data} units={units.data} />
          <UsersSection organisations={orgs.data} units={units.data} />
          <TeamsAdminSection organisations={orgs.data} />
          <MethodSettingsSection organisations={orgs.data} />
          <InstrumentsSection organisations={orgs.data} />
        </>
      ) : null}
    </>
  );
}
