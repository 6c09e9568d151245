import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from '../shared/i18n/da.json';
import en from '../shared/i18n/en.json';

export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'brobygger.language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

/** Switches the UI language, remembers it (only the language code is stored) and sets <html lang>. */
export async function setLanguage(lang: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // storage may be unavailable (private mode): the choice lasts for this page only
  }
  await i18n.changeLanguage(lang);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'da',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export { i18n };
