import { LOCALES } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { isLocale, LOCALE_NAMES } from '../../../i18n/i18n';
import { useChangeLanguage } from '../hooks/useChangeLanguage';

/** A native select: on phones it opens the system picker, which is easier than a custom menu. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  return (
    <div className="language-switcher">
      <label htmlFor="language-switcher" className="visually-hidden">
        {t('header.language')}
      </label>
      <span className="language-switcher__icon" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.7 3.8 5.7 3.8 9s-1.3 6.3-3.8 9c-2.5-2.7-3.8-5.7-3.8-9S9.5 5.7 12 3z" />
        </svg>
      </span>
      <select
        id="language-switcher"
        className="language-switcher__select"
        value={i18n.language}
        onChange={(event) => {
          if (isLocale(event.target.value)) void changeLanguage(event.target.value);
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
