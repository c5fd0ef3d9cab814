import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@serumpun/shared';
import { translations } from './translations';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Indonesian is the source language: a key missing there is a type error everywhere.
    resources: { translation: typeof translations.id };
  }
}

export const LOCALE_STORAGE_KEY = 'serumpun.locale';

/** BCP 47 tags for Intl formatting: Malaysian Malay, and British English for day-month dates. */
export const INTL_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB', ms: 'ms-MY' };

/** Each language named in itself, so a visitor can find theirs whatever is on screen. */
export const LOCALE_NAMES: Record<Locale, string> = {
  id: 'Bahasa Indonesia',
  en: 'English',
  ms: 'Bahasa Melayu',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language this device chose explicitly, if any (storage can be unavailable in private modes). */
export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export const i18n = i18next.createInstance();

// No browser-language detection on purpose: the event's working language is Indonesian, and a
// visitor whose phone is set to English still lands in Indonesian until they choose otherwise.
void i18n.use(initReactI18next).init({
  resources: { id: { translation: translations.id }, en: { translation: translations.en }, ms: { translation: translations.ms } },
  lng: storedLocale() ?? DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  initAsync: false,
});

function applyDocumentLanguage(locale: string): void {
  document.documentElement.lang = locale;
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Switches the interface language and remembers the choice on this device. */
export async function chooseLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage can be full or disabled; the switch itself still works for this visit.
  }
  await i18n.changeLanguage(locale);
}
