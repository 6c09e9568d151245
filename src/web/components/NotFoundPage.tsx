import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from './PageHeading';

/** The same page whether a record does not exist or is not visible to the user. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="not-found">
      <PageHeading title={t('notFound.title')}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
