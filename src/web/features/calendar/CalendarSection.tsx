import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';

/** The secret iCal address with planned attempts; shown once after creating it, never stored. */
export function CalendarSection() {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => api.post<{ url: string }>('/me/calendar-token'),
    onSuccess: (r) => {
      setUrl(r.url);
      setStatus(t('calendar.created'));
    },
  });
  const revoke = useMutation({
    mutationFn: () => api.delete<{ ok: true }>('/me/calendar-token'),
    onSuccess: () => {
      setUrl(null);
      setStatus(t('calendar.revoked'));
    },
  });
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t('calendar.copied'));
    } catch {
      setStatus(t('calendar.copyFailed'));
    }
  };
  return (
    <section aria-labelledby="calendar-heading" className="section">
      <h2 id="calendar-heading">{t('calendar.title')}</h2>
      <p>{t('calendar.intro')}</p>
      <StatusMessage message={status} />
      <ErrorAlert error={create.error ?? revoke.error} />
      {url ? (
        <div className="calendar-url card">
          <label htmlFor="calendar-url">{t('calendar.url')}</label>
          <input id="calendar-url" type="text" readOnly value={url} aria-describedby="calendar-secret" onFocus={(e) => e.target.select()} />
          <p id="calendar-secret" className="alert alert-warning">
            {t('calendar.secret')}
          </p>
          <button type="button" className="button-primary" onClick={() => void copy()}>
            {t('calendar.copy')}
          </button>
        </div>
      ) : null}
      <div className="action-row">
        <button type="button" className="button-secondary" onClick={() => { setStatus(null); create.mutate(); }} disabled={create.isPending}>
          {url ? t('calendar.renew') : t('calendar.create')}
        </button>
        <button type="button" className="button-secondary" onClick={() => { setStatus(null); revoke.mutate(); }} disabled={revoke.isPending}>
          {t('calendar.revoke')}
        </button>
      </div>
    </section>
  );
}
