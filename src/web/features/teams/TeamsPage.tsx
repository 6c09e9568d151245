import './teams.css';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { PageHeading } from '../../components/PageHeading';
import { methodName } from './labels';
import { useTeams } from './queries';

/** The user's teams (ACT, ICM, CTI): method, members and caseload, each leading to its daily board. */
export function TeamsPage() {
  const { t } = useTranslation();
  const teams = useTeams();
  return (
    <>
      <PageHeading title={t('teams.title')}>{t('teams.title')}</PageHeading>
      <p>{t('teams.intro')}</p>
      {teams.isPending ? <Loading /> : null}
      <ErrorAlert error={teams.error} />
      {teams.data && teams.data.length === 0 ? <p className="muted">{t('teams.none')}</p> : null}
      {teams.data && teams.data.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table stack-on-phone">
            <caption className="visually-hidden">{t('teams.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('teams.name')}</th>
                <th scope="col">{t('teams.method')}</th>
                <th scope="col">{t('teams.memberCount')}</th>
                <th scope="col">{t('teams.caseload')}</th>
              </tr>
            </thead>
            <tbody>
              {teams.data.map((team) => (
                <tr key={team.id}>
                  <th scope="row" data-label={t('teams.name')}>
                    {team.isMember ? (
                      <Link to="/teams/$teamId" params={{ teamId: team.id }}>
                        {team.name}
                      </Link>
                    ) : (
                      team.name
                    )}
                  </th>
                  <td data-label={t('teams.method')}>{methodName(t, team.method)}</td>
                  <td data-label={t('teams.memberCount')}>{team.members.length}</td>
                  <td data-label={t('teams.caseload')}>{team.activeCourses === null ? t('common.none') : t('teams.citizens', { count: team.activeCourses })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
