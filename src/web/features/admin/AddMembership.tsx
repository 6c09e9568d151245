import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationRoles, unitRoles } from '../../../shared/access/roles';
import { ErrorAlert } from '../../components/Alerts';
import { SelectField } from '../../components/Fields';
import type { AdminUnitT, AdminUserT, OrganisationT } from '../../types';
import { useAdminWrite } from './admin-queries';

type Props = { user: AdminUserT; organisations: OrganisationT[]; units: AdminUnitT[]; onAdded: () => void };

/** A role in a unit (leader, worker, …) or in an organisation (admin, auditor). Scope values are "unit:<id>" or "org:<id>". */
export function AddMembership({ user, organisations, units, onAdded }: Props) {
  const { t } = useTranslation();
  const [scope, setScope] = useState(units[0] ? `unit:${units[0].id}` : `org:${organisations[0]?.id ?? ''}`);
  const isUnit = scope.startsWith('unit:');
  const roleOptions = isUnit ? unitRoles : organisationRoles;
  const [role, setRole] = useState<string>(roleOptions[0]);
  const write = useAdminWrite();
  const changeScope = (value: string) => {
    setScope(value);
    setRole(value.startsWith('unit:') ? unitRoles[1] : organisationRoles[0]);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = scope.slice(scope.indexOf(':') + 1);
    const body = isUnit ? { unitId: id, role } : { organisationId: id, role };
    write.mutate({ method: 'post', path: `/admin/users/${user.id}/memberships`, body }, { onSuccess: onAdded });
  };
  const p = `membership-${user.id}`;
  const scopeOptions = [
    ...units.map((u) => ({ value: `unit:${u.id}`, label: `${u.name} (${u.organisationName})` })),
    ...organisations.map((o) => ({ value: `org:${o.id}`, label: o.name })),
  ];
  return (
    <form onSubmit={submit} noValidate className="form membership-form">
      <fieldset className="fieldset-inner">
        <legend>
          {t('admin.addMembership')}
          <span className="visually-hidden"> – {user.displayName}</span>
        </legend>
        <ErrorAlert error={write.error} />
        <div className="field-grid">
          <SelectField id={`${p}-scope`} label={t('admin.scope')} value={scope} onChange={changeScope} options={scopeOptions} />
          <SelectField id={`${p}-role`} label={t('admin.role')} value={role} onChange={setRole} options={roleOptions.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </div>
        <button type="submit" className="button-secondary button-small" disabled={write.isPending}>
          {t('admin.addMembership')}
        </button>
      </fieldset>
    </form>
  );
}
