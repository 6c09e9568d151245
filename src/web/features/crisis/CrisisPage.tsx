import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { OverviewSection } from './OverviewSection';
import { RequestsSection } from './RequestsSection';

/** The acute crisis-center pathway: at a glance, and the requests between municipality and center. */
export function CrisisPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('crisis.title')}>{t('crisis.title')}</PageHeading>
      <p>{t('crisis.intro')}</p>
      <OverviewSection />
      <RequestsSection />
    </>
  );
}
