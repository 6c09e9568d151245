import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import da from '../shared/i18n/da.json';

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
  await loadLanguage(lang);
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

/**
 * Danish, the default, ships with the first page; English is fetched when chosen (or remembered),
 * which keeps the first load small (issue 9).
 */
async function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    i18n.addResourceBundle('en', 'translation', (await import('../shared/i18n/en.json')).default);
  }
}

const initial = storedLanguage();
void i18n.use(initReactI18next).init({
  resources: { da: { translation: da } },
  lng: 'da',
  fallbackLng: 'da',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

/** Resolves once the remembered language is ready; the app renders after it (no flash of Danish). */
export const i18nReady: Promise<void> = initial === 'da' ? Promise.resolve() : loadLanguage(initial).then(() => i18n.changeLanguage(initial)).then(() => undefined);

export { i18n };
