import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { CheckboxField, TextField } from '../../components/Fields';
import type { AdminUnitT, AdminUserT, OrganisationT } from '../../types';
import { useAdminWrite } from './admin-queries';
import { AddMembership } from './AddMembership';

type Props = { user: AdminUserT; organisations: OrganisationT[]; units: AdminUnitT[]; onStatus: (message: string) => void };

export function UserCard({ user, organisations, units, onStatus }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const remove = useAdminWrite();
  const headingId = `user-${user.id}`;
  return (
    <article className="card user-card" aria-labelledby={headingId}>
      <div className="user-card-head">
        <h3 id={headingId}>
          {user.displayName} <span className="muted">({user.username})</span>
        </h3>
        <span className={`badge ${user.disabled ? 'badge-disabled' : 'badge-active'}`}>{user.disabled ? t('admin.disabled') : t('admin.active')}</span>
      </div>
      <h4 className="small-heading">{t('admin.memberships')}</h4>
      <ErrorAlert error={remove.error} />
      {user.memberships.length === 0 ? <p className="muted">{t('admin.noMemberships')}</p> : null}
      <ul className="membership-list">
        {user.memberships.map((m) => {
          const place = m.unitName ? `${m.unitName} (${m.organisationName})` : m.organisationName;
          return (
            <li key={m.id}>
              <span>
                {t(`roles.${m.role}`)} · {place}
              </span>
              <button
                type="button"
                className="button-link"
                disabled={remove.isPending}
                onClick={() => remove.mutate({ method: 'delete', path: `/admin/memberships/${m.id}` }, { onSuccess: () => onStatus(t('admin.membershipRemoved')) })}
              >
                {t('common.remove')}
                <span className="visually-hidden"> {t('admin.removeMembership', { role: t(`roles.${m.role}`), place })}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button-secondary button-small" aria-expanded={editing} onClick={() => setEditing(!editing)}>
        {t('admin.editUser', { name: user.displayName })}
      </button>
      {editing ? <AddMembership user={user} organisations={organisations} units={units} onAdded={() => onStatus(t('admin.membershipAdded'))} /> : null}
      {editing ? (
        <EditUser
          user={user}
          onDone={() => {
            setEditing(false);
            onStatus(t('admin.userSaved'));
          }}
        />
      ) : null}
    </article>
  );
}

function EditUser({ user, onDone }: { user: AdminUserT; onDone: () => void }) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [password, setPassword] = useState('');
  const [disabled, setDisabled] = useState(user.disabled);
  const [client, setClient] = useState<ClientErrors>({});
  const write = useAdminWrite();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: Record<string, unknown> = {};
    if (displayName.trim() !== user.displayName) body.displayName = displayName.trim();
    if (password) body.password = password;
    if (disabled !== user.disabled) body.disabled = disabled;
    const errors: ClientErrors = {};
    if (!displayName.trim()) errors.displayName = 'required';
    if (password && password.length < 12) errors.password = 'too_short';
    setClient(errors);
    if (Object.keys(errors).length > 0) return;
    if (Object.keys(body).length === 0) return onDone();
    write.mutate({ method: 'patch', path: `/admin/users/${user.id}`, body }, { onSuccess: onDone });
  };
  const p = `edit-user-${user.id}`;
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorAlert error={write.error} />
      <TextField id={`${p}-name`} label={t('admin.displayName')} required value={displayName} onChange={setDisplayName} error={fieldCode('displayName', client, write.error)} />
      <TextField
        id={`${p}-password`}
        type="password"
        autoComplete="new-password"
        label={t('admin.newPassword')}
        hint={t('admin.passwordHint')}
        value={password}
        onChange={setPassword}
        error={fieldCode('password', client, write.error)}
      />
      <CheckboxField id={`${p}-disabled`} label={t('admin.disabled')} checked={disabled} onChange={setDisabled} />
      <button type="submit" className="button-primary" disabled={write.isPending}>
        {t('common.save')}
      </button>
    </form>
  );
}
