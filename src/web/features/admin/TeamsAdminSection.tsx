import '../teams/teams.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import type { AdminUserT, OrganisationT } from '../../types';
import { disciplineName, methodName } from '../teams/labels';
import { useTeams } from '../teams/queries';
import type { TeamT } from '../teams/types';
import { useAdminUsers } from './admin-queries';
import { CreateTeamForm } from './CreateTeamForm';
import { candidates } from './TeamMembersEditor';
import { TeamMembersForm } from './TeamMembersForm';

/** Teams (ACT, ICM, CTI): create a team with its members and disciplines, and change the members. */
export function TeamsAdminSection({ organisations }: { organisations: OrganisationT[] }) {
  const { t } = useTranslation();
  const teams = useTeams();
  const users = useAdminUsers();
  const [status, setStatus] = useState<string | null>(null);
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? '';
  return (
    <section aria-labelledby="admin-teams-heading" className="section">
      <h2 id="admin-teams-heading">{t('teams.admin.title')}</h2>
      <p className="muted">{t('teams.admin.intro')}</p>
      <StatusMessage message={status} />
      {teams.isPending || users.isPending ? <Loading /> : null}
      <ErrorAlert error={teams.error ?? users.error} />
      {teams.data && teams.data.length === 0 ? <p className="muted">{t('teams.admin.none')}</p> : null}
      {teams.data && users.data ? (
        <ul className="card-list">
          {teams.data.map((team) => (
            <li key={team.id}>
              <TeamCard team={team} organisationName={orgName(team.organisationId)} users={candidates(users.data, team.organisationId)} onStatus={setStatus} />
            </li>
          ))}
        </ul>
      ) : null}
      {users.data && !teams.isPending ? <CreateTeamForm organisations={organisations} users={users.data} teams={teams.data} onCreated={(name) => setStatus(t('teams.admin.created', { name }))} /> : null}
    </section>
  );
}

function TeamCard({ team, organisationName, users, onStatus }: { team: TeamT; organisationName: string; users: AdminUserT[]; onStatus: (m: string | null) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const headingId = `admin-team-${team.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title">
        {team.name}
      </h3>
      <p className="muted">
        {methodName(t, team.method)} · {organisationName}
      </p>
      <ul className="plain-list team-members" aria-label={t('teams.admin.membersOf', { name: team.name })}>
        {team.members.map((m) => (
          <li key={m.id}>
            {m.displayName} <span className="badge">{disciplineName(t, m.discipline)}</span>
          </li>
        ))}
      </ul>
      {editing ? (
        <TeamMembersForm
          team={team}
          users={users}
          onDone={(saved) => {
            setEditing(false);
            onStatus(saved ? t('teams.admin.membersSaved', { name: team.name }) : null);
          }}
        />
      ) : (
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => {
            onStatus(null);
            setEditing(true);
          }}
        >
          {t('teams.admin.editMembers', { name: team.name })}
        </button>
      )}
    </article>
  );
}
