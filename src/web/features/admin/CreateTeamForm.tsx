import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { AdminUserT, OrganisationT } from '../../types';
import { methodName } from '../teams/labels';
import { useTeamAdminWrite } from '../teams/queries';
import { teamMethods, type TeamT } from '../teams/types';
import { ErrorAlert } from '../../components/Alerts';
import { candidates, defaultOrganisation, memberErrors, TeamMembersEditor, type MemberDraft } from './TeamMembersEditor';

type Props = { organisations: OrganisationT[]; users: AdminUserT[]; teams: TeamT[] | undefined; onCreated: (name: string) => void };

const firstRow = (): MemberDraft[] => [{ userId: '', discipline: 'team_leader' }];

/** Creates a team (a unit of the organisation) with its method and members. */
export function CreateTeamForm({ organisations, users, teams, onCreated }: Props) {
  const { t } = useTranslation();
  const [chosenOrg, setOrganisationId] = useState('');
  const organisationId = chosenOrg || defaultOrganisation(organisations, teams);
  const [name, setName] = useState('');
  const [method, setMethod] = useState<string>('act');
  const [members, setMembers] = useState<MemberDraft[]>(firstRow);
  const [client, setClient] = useState<ClientErrors>({});
  const write = useTeamAdminWrite();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = memberErrors(members);
    if (!name.trim()) errors.name = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    write.mutate(
      { method: 'post', path: '/teams', body: { organisationId, name: name.trim(), method, members } },
      {
        onSuccess: (team) => {
          setName('');
          setMembers(firstRow());
          onCreated((team as TeamT).name);
        },
        onError: () => focusFirstInvalid(),
      },
    );
  };
  const err = (p: string) => fieldCode(p, client, write.error);
  return (
    <form onSubmit={submit} noValidate className="form card" aria-labelledby="create-team-heading">
      <h3 id="create-team-heading">{t('teams.admin.create')}</h3>
      <ErrorAlert error={write.error} />
      <div className="field-grid">
        <SelectField
          id="team-org"
          label={t('admin.organisation')}
          value={organisationId}
          onChange={(v) => {
            setOrganisationId(v);
            setMembers(firstRow());
          }}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <TextField id="team-name" label={t('teams.name')} required value={name} onChange={setName} error={err('name')} />
        <SelectField id="team-method" label={t('teams.method')} value={method} onChange={setMethod} options={teamMethods.map((m) => ({ value: m, label: methodName(t, m) }))} error={err('method')} />
      </div>
      <TeamMembersEditor idPrefix="new-team" users={candidates(users, organisationId)} value={members} onChange={setMembers} errorOf={err} />
      <button type="submit" className="button-primary" disabled={write.isPending}>
        {write.isPending ? t('common.saving') : t('teams.admin.create')}
      </button>
    </form>
  );
}
