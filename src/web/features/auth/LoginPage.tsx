import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { TextField } from '../../components/Fields';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PageHeading } from '../../components/PageHeading';
import { SkipLink } from '../../components/SkipLink';
import type { MeT } from '../../types';
import { ME_KEY, useMeQuery } from './me';

export function LoginPage() {
  const { t } = useTranslation();
  const me = useMeQuery();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const login = useMutation({
    mutationFn: (body: { username: string; password: string }) => api.post<MeT>('/auth/login', body),
    onSuccess: async (data) => {
      queryClient.setQueryData(ME_KEY, data);
      await navigate({ to: '/' });
    },
  });

  if (me.data) return <Navigate to="/" />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!username.trim()) next.username = 'required';
    if (!password) next.password = 'required';
    setMissing(next);
    if (Object.keys(next).length > 0) return;
    login.mutate({ username: username.trim(), password });
  };

  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="header-inner">
          <p className="brand">{t('app.name')}</p>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main main-narrow">
        <div className="card">
          <PageHeading title={t('auth.title')}>{t('auth.title')}</PageHeading>
          <p>{t('auth.intro')}</p>
          <ErrorAlert error={login.error} />
          <form onSubmit={submit} noValidate className="form">
            <TextField id="username" label={t('auth.username')} value={username} onChange={setUsername} autoComplete="username" required error={missing.username} />
            <TextField id="password" type="password" label={t('auth.password')} value={password} onChange={setPassword} autoComplete="current-password" required error={missing.password} />
            <button type="submit" className="button-primary" disabled={login.isPending}>
              {login.isPending ? t('auth.submitting') : t('auth.submit')}
            </button>
          </form>
        </div>
      </main>
    </>
  );
}
