import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { focusFirstInvalid } from '../../components/focus';
import type { AdminUserT } from '../../types';
import { useTeamAdminWrite } from '../teams/queries';
import type { TeamT } from '../teams/types';
import { ErrorAlert } from '../../components/Alerts';
import { memberErrors, TeamMembersEditor, type MemberDraft } from './TeamMembersEditor';

type Props = { team: TeamT; users: AdminUserT[]; onDone: (saved: boolean) => void };

/** Replaces a team's members (each with a discipline). */
export function TeamMembersForm({ team, users, onDone }: Props) {
  const { t } = useTranslation();
  const [members, setMembers] = useState<MemberDraft[]>(team.members.map((m) => ({ userId: m.id, discipline: m.discipline })));
  const [client, setClient] = useState<ClientErrors>({});
  const write = useTeamAdminWrite();
  // Members not in the admin's user list (should not happen) still show by name.
  const known = [...users, ...team.members.filter((m) => !users.some((u) => u.id === m.id)).map((m) => ({ id: m.id, username: m.displayName, displayName: m.displayName, disabled: false, memberships: [] }))];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = memberErrors(members);
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    write.mutate({ method: 'put', path: `/teams/${encodeURIComponent(team.id)}/members`, body: { members } }, { onSuccess: () => onDone(true), onError: () => focusFirstInvalid() });
  };
  return (
    <form onSubmit={submit} noValidate className="form form-inset" aria-label={t('teams.admin.editMembers', { name: team.name })}>
      <ErrorAlert error={write.error} />
      <TeamMembersEditor idPrefix={`team-${team.id}`} users={known} value={members} onChange={setMembers} errorOf={(p) => fieldCode(p, client, write.error)} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={write.isPending}>
          {write.isPending ? t('common.saving') : t('teams.admin.saveMembers')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
