import { useTranslation } from 'react-i18next';

export function UnidentifiedBadge() {
  const { t } = useTranslation();
  return <span className="badge badge-unidentified">{t('citizens.unidentified')}</span>;
}
