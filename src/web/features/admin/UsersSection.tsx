import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import type { AdminUnitT, OrganisationT } from '../../types';
import { useAdminUsers, useAdminWrite } from './admin-queries';
import { UserCard } from './UserCard';

type Props = { organisations: OrganisationT[]; units: AdminUnitT[] };

export function UsersSection({ organisations, units }: Props) {
  const { t } = useTranslation();
  const users = useAdminUsers();
  const [status, setStatus] = useState<string | null>(null);
  return (
    <section aria-labelledby="users-heading" className="section">
      <h2 id="users-heading">{t('admin.users')}</h2>
      <StatusMessage message={status} />
      <CreateUser onCreated={() => setStatus(t('admin.userCreated'))} />
      {users.isPending ? <Loading /> : null}
      <ErrorAlert error={users.error} />
      <ul className="card-list">
        {users.data?.map((u) => (
          <li key={u.id}>
            <UserCard user={u} organisations={organisations} units={units} onStatus={setStatus} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function CreateUser({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const write = useAdminWrite();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!username.trim()) errors.username = 'required';
    else if (!/^[a-z0-9._-]{2,60}$/.test(username.trim())) errors.username = 'invalid_format';
    if (!displayName.trim()) errors.displayName = 'required';
    if (!password) errors.password = 'required';
    else if (password.length < 12) errors.password = 'too_short';
    setClient(errors);
    if (Object.keys(errors).length > 0) return;
    write.mutate(
      { method: 'post', path: '/admin/users', body: { username: username.trim(), displayName: displayName.trim(), password } },
      {
        onSuccess: () => {
          setUsername('');
          setDisplayName('');
          setPassword('');
          onCreated();
        },
      },
    );
  };
  const errorOf = (path: string) => fieldCode(path, client, write.error);
  return (
    <form onSubmit={submit} noValidate className="form card" aria-labelledby="create-user-heading">
      <h3 id="create-user-heading">{t('admin.createUser')}</h3>
      <ErrorAlert error={write.error} />
      <div className="field-grid">
        <TextField id="new-username" label={t('admin.username')} hint={t('admin.usernameHint')} required value={username} onChange={setUsername} error={errorOf('username')} />
        <TextField id="new-displayName" label={t('admin.displayName')} required value={displayName} onChange={setDisplayName} error={errorOf('displayName')} />
        <TextField id="new-password" type="password" autoComplete="new-password" label={t('admin.password')} hint={t('admin.passwordHint')} required value={password} onChange={setPassword} error={errorOf('password')} />
      </div>
      <button type="submit" className="button-primary" disabled={write.isPending}>
        {t('admin.createUser')}
      </button>
    </form>
  );
}
