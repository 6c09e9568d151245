import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { memberName } from './labels';
import { useAdminUserList, useResidenceWrite } from './queries';
import type { ResidenceContext } from './ResidenceFrame';
import type { TeamT, UnitMemberT } from './types';

type Props = {
  ctx: ResidenceContext;
  /** Editing an existing member's competences; without it, adding a member. */
  member?: TeamT['members'][number];
  onTeam?: string[];
  onCancel?: () => void;
  onSaved: (name: string) => void;
};

/** The unit's members; an administrator without a role in the unit reads them from the user list. */
function useUnitMembers(ctx: ResidenceContext): { members: UnitMemberT[]; pending: boolean } {
  const needAdmin = ctx.unit.members.length === 0 && ctx.roles.admin;
  const users = useAdminUserList(needAdmin);
  if (!needAdmin) return { members: ctx.unit.members, pending: false };
  const members = (users.data ?? []).flatMap((u) => {
    const roles = u.memberships.filter((m) => m.unitId === ctx.unit.id).map((m) => m.role as string);
    return roles.length && !u.disabled ? [{ id: u.id, displayName: u.displayName, roles }] : [];
  });
  return { members, pending: users.isPending };
}

const split = (s: string) => [...new Set(s.split(',').map((c) => c.trim()).filter(Boolean))];

/** Puts a member of the unit on the specialised team with their competences, or changes a member's competences. */
export function TeamMemberForm({ ctx, member, onTeam = [], onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const uid = useId();
  const { members, pending } = useUnitMembers(ctx);
  const [userId, setUserId] = useState(member?.user.id ?? '');
  const [competences, setCompetences] = useState(member?.competences.join(', ') ?? '');
  const [client, setClient] = useState<ClientErrors>({});
  const write = useResidenceWrite<TeamT>(ctx.unit.id);
  const candidates = members.filter((m) => !onTeam.includes(m.id));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!userId) errors.userId = 'required';
    const list = split(competences);
    if (list.length === 0) errors.competences = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    const name = member?.user.displayName ?? members.find((m) => m.id === userId)?.displayName ?? '';
    write.mutate(
      { method: 'post', path: `/units/${encodeURIComponent(ctx.unit.id)}/specialist-team`, body: { userId, competences: list } },
      {
        onSuccess: () => {
          setUserId('');
          setCompetences('');
          onSaved(name);
        },
        onError: () => focusFirstInvalid(),
      },
    );
  };
  const err = (p: string) => fieldCode(p, client, write.error) ?? (p === 'competences' ? fieldCode('competences.0', {}, write.error) : undefined);
  const headingId = `${uid}-heading`;
  if (!member && !pending && candidates.length === 0) return null;
  return (
    <form onSubmit={submit} noValidate className={member ? 'form residence-subform' : 'form card'} aria-labelledby={headingId}>
      <h3 id={headingId} className={member ? 'visually-hidden' : undefined}>
        {member ? t('residence.team.editCompetences', { name: member.user.displayName }) : t('residence.team.add')}
      </h3>
      <ErrorAlert error={write.error} />
      {pending ? <Loading /> : null}
      {!member ? (
        <SelectField
          id={`${uid}-user`}
          label={t('residence.team.member')}
          required
          value={userId}
          onChange={setUserId}
          options={[{ value: '', label: t('residence.team.chooseMember') }, ...candidates.map((m) => ({ value: m.id, label: memberName(t, m) }))]}
          error={err('userId')}
        />
      ) : null}
      <TextField id={`${uid}-competences`} label={t('residence.team.competences')} hint={t('residence.team.competencesHint')} required value={competences} onChange={setCompetences} error={err('competences')} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={write.isPending}>
          {write.isPending ? t('common.saving') : member ? t('common.save') : t('residence.team.addSubmit')}
        </button>
        {onCancel ? (
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
