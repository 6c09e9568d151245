import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';

/** One button that switches between Danish and English; its label is in the other language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'da' : 'en';
  return (
    <button type="button" className="button-link lang-switch" lang={other} aria-label={t('language.switchLabel')} onClick={() => void setLanguage(other)}>
      {t('language.switchTo')}
    </button>
  );
}
