import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Fields';
import type { AdminUserT } from '../../types';
import { disciplineName } from '../teams/labels';
import { disciplines, type Discipline } from '../teams/types';

export type MemberDraft = { userId: string; discipline: Discipline };

type Props = {
  idPrefix: string;
  users: AdminUserT[];
  value: MemberDraft[];
  onChange: (members: MemberDraft[]) => void;
  /** Issue code for a path below `members` (e.g. "members", "members.0.userId"). */
  errorOf: (path: string) => string | undefined;
};

/** A team's members, each a user with a discipline; rows can be added and removed. */
export function TeamMembersEditor({ idPrefix, users, value, onChange, errorOf }: Props) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<MemberDraft>) => onChange(value.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  const userOptions = [{ value: '', label: t('teams.admin.chooseUser') }, ...users.map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))];
  const groupError = errorOf('members');
  return (
    <fieldset className={`fieldset-inner ${groupError ? 'field-invalid' : ''}`} aria-describedby={groupError ? `${idPrefix}-members-error` : undefined}>
      <legend>{t('teams.admin.members')}</legend>
      {value.map((m, i) => (
        <div key={i} className="team-member-row">
          <SelectField id={`${idPrefix}-user-${i}`} label={t('teams.admin.memberN', { n: i + 1 })} value={m.userId} onChange={(userId) => set(i, { userId })} options={userOptions} required error={errorOf(`members.${i}.userId`)} />
          <SelectField
            id={`${idPrefix}-discipline-${i}`}
            label={t('teams.admin.disciplineN', { n: i + 1 })}
            value={m.discipline}
            onChange={(d) => set(i, { discipline: d as Discipline })}
            options={disciplines.map((d) => ({ value: d, label: disciplineName(t, d) }))}
            error={errorOf(`members.${i}.discipline`)}
          />
          <button type="button" className="button-secondary button-small" onClick={() => onChange(value.filter((_, j) => j !== i))} disabled={value.length <= 1}>
            {t('teams.admin.removeMember', { n: i + 1 })}
          </button>
        </div>
      ))}
      {groupError ? (
        <p id={`${idPrefix}-members-error`} className="field-error">
          {t(`fieldErrors.${groupError}`, { defaultValue: t('fieldErrors.invalid') })}
        </p>
      ) : null}
      <button type="button" className="button-secondary button-small" onClick={() => onChange([...value, { userId: '', discipline: 'support_worker' }])}>
        {t('teams.admin.addMember')}
      </button>
    </fieldset>
  );
}

/** Client checks of the member rows: every row names a user, and each user once. */
export function memberErrors(members: MemberDraft[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (members.length === 0) errors.members = 'required';
  members.forEach((m, i) => {
    if (!m.userId) errors[`members.${i}.userId`] = 'required';
    else if (members.findIndex((o) => o.userId === m.userId) !== i) errors[`members.${i}.userId`] = 'invalid_value';
  });
  return errors;
}

/** The users an admin can put on a team of the organisation: active, and in it (or in no organisation yet). */
export function candidates(users: AdminUserT[], organisationId: string): AdminUserT[] {
  return users.filter((u) => !u.disabled && (u.memberships.length === 0 || u.memberships.some((m) => m.organisationId === organisationId)));
}

/** The organisation a team or method form starts with: that of the first team, else the first municipality. */
export function defaultOrganisation(organisations: { id: string; kind: string }[], teams: { organisationId: string }[] | undefined): string {
  const withTeam = organisations.find((o) => teams?.some((t) => t.organisationId === o.id));
  return (withTeam ?? organisations.find((o) => o.kind === 'municipality') ?? organisations[0])?.id ?? '';
}
