import './fit.css';
import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { TextField } from '../../components/Fields';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { PageHeading } from '../../components/PageHeading';
import { ME_KEY } from '../auth/me';
import type { MeT } from '../../types';
import { clearDeviceLock, keptWhileLocked, type DeviceLock } from './device-lock';

/**
 * The device after the citizen view: whatever the address, only this screen shows (no menu, no
 * data is fetched) until the worker confirms their password. Then the worker is back on the
 * citizen's page.
 */
export function DeviceLockScreen({ lock }: { lock: DeviceLock }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<string | undefined>();

  useEffect(() => {
    queryClient.removeQueries({ predicate: (q) => !keptWhileLocked.has(String(q.queryKey[0])) });
  }, [queryClient]);

  const unlock = useMutation({
    mutationFn: (body: { password: string }) => api.post<{ ok: true }>('/auth/confirm', body),
    onSuccess: async () => {
      setPassword('');
      // Move while still locked, then unlock: the worker's pages render only at the citizen's page.
      if (lock.citizenId) await navigate({ to: '/citizens/$citizenId', params: { citizenId: lock.citizenId }, replace: true });
      else await navigate({ to: '/', replace: true });
      // The server lifted the session's lock: refresh "me" (it carries the lock) before showing the worker's pages.
      queryClient.setQueryData(ME_KEY, (old: MeT | null | undefined) => (old ? { ...old, lockedCourseId: null } : old));
      clearDeviceLock();
    },
    onError: () => setPassword(''),
  });
  const logout = useMutation({
    mutationFn: () => api.post('/auth/logout'),
    onSettled: async () => {
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
      clearDeviceLock();
      await navigate({ to: '/login' });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!password) {
      setMissing('required');
      return;
    }
    setMissing(undefined);
    unlock.mutate({ password });
  };
  const wrong = unlock.error instanceof ApiError && unlock.error.code === 'invalid_credentials';

  return (
    <div className="citizen-view device-lock">
      <main id="main" tabIndex={-1} className="cv-main">
        <div className="cv-top">
          <LanguageSwitch />
        </div>
        <PageHeading title={t('citizenView.lock.docTitle')}>{t('citizenView.lock.title')}</PageHeading>
        <p className="cv-lead">{t('citizenView.lock.text')}</p>
        <form onSubmit={submit} noValidate className="form" aria-label={t('citizenView.lock.formLabel')}>
          {wrong ? (
            <div role="alert" className="alert alert-error">
              {t('citizenView.lock.wrongPassword')}
            </div>
          ) : (
            <ErrorAlert error={unlock.error} />
          )}
          <TextField
            id="unlock-password"
            type="password"
            label={t('citizenView.lock.password')}
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            required
            error={missing}
          />
          <button type="submit" className="button-primary cv-button" disabled={unlock.isPending}>
            {unlock.isPending ? t('citizenView.lock.unlocking') : t('citizenView.lock.unlock')}
          </button>
        </form>
        <p className="cv-stop">
          <button type="button" className="button-link" onClick={() => logout.mutate()} disabled={logout.isPending}>
            {t('nav.logout')}
          </button>
        </p>
      </main>
    </div>
  );
}
