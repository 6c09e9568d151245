import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { formatDateTime } from '../../format';
import type { GrantT, Items } from '../../types';

export function useGrants() {
  return useQuery({ queryKey: ['break-glass', 'grants'], queryFn: async () => (await api.get<Items<GrantT>>('/break-glass')).items });
}

/** "Brud på glasset": who took break-the-glass access, when and why (leaders and auditors). */
export function GrantsSection({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const grants = useGrants();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="grants-heading" className="section">
      <Heading id="grants-heading">{t('breakGlass.log')}</Heading>
      {grants.isPending ? <Loading /> : null}
      <ErrorAlert error={grants.error} />
      {grants.data && grants.data.length === 0 ? <p>{t('breakGlass.logEmpty')}</p> : null}
      {grants.data && grants.data.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table stack-on-phone">
            <caption className="visually-hidden">{t('breakGlass.log')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('breakGlass.user')}</th>
                <th scope="col">{t('breakGlass.createdAt')}</th>
                <th scope="col">{t('breakGlass.reasonColumn')}</th>
                <th scope="col">{t('breakGlass.expiresAt')}</th>
                <th scope="col">{t('breakGlass.citizen')}</th>
              </tr>
            </thead>
            <tbody>
              {grants.data.map((g) => (
                <tr key={g.id}>
                  <th scope="row" data-label={t('breakGlass.user')}>
                    {g.userName}
                  </th>
                  <td data-label={t('breakGlass.createdAt')}>
                    <time dateTime={g.createdAt}>{formatDateTime(g.createdAt)}</time>
                  </td>
                  <td data-label={t('breakGlass.reasonColumn')} className="pre-wrap">
                    {g.reason}
                  </td>
                  <td data-label={t('breakGlass.expiresAt')}>
                    <time dateTime={g.expiresAt}>{formatDateTime(g.expiresAt)}</time>
                  </td>
                  <td data-label={t('breakGlass.citizen')}>
                    <Link to="/citizens/$citizenId" params={{ citizenId: g.citizenId }}>
                      {t('breakGlass.openCitizen')}
                      <span className="visually-hidden"> ({g.citizenId})</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
