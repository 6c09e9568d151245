import { useTranslation } from 'react-i18next';
import { errorMessage } from './errors';

/** A translated error, announced at once by screen readers. Renders the live region even when empty. */
export function ErrorAlert({ error, id }: { error: unknown; id?: string }) {
  const { t } = useTranslation();
  return (
    <div role="alert" id={id} className={error ? 'alert alert-error' : 'visually-hidden'}>
      {error ? errorMessage(t, error) : null}
    </div>
  );
}

/** A polite status message (saved, loading finished, …). */
export function StatusMessage({ message }: { message: string | null | undefined }) {
  return (
    <div role="status" aria-live="polite" className={message ? 'alert alert-success' : 'visually-hidden'}>
      {message ?? null}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('common.loading')}
    </p>
  );
}
