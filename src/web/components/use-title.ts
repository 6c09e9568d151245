import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the page <title>. Titles never hold citizen data (they end up in the browser history). */
export function useTitle(title: string): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.titleSuffix')}`;
  }, [title, t]);
}
