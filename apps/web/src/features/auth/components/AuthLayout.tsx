import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Login and registration: the form beside a short word on what Serumpun is for. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth">
      <aside className="auth__intro" aria-labelledby="auth-intro-title">
        <p className="eyebrow">{t('app.event')}</p>
        <h2 id="auth-intro-title" className="auth__tagline">
          {t('auth.intro.title')}
        </h2>
        {/* On a phone the form comes first; the longer pitch shows from tablet width up. */}
        <div className="auth__intro-more">
          <p>{t('auth.intro.body')}</p>
          <ul className="auth__regions" aria-label={t('auth.intro.regionsLabel')}>
            <li>Kalimantan</li>
            <li>Sarawak</li>
            <li>Sabah</li>
            <li>Brunei</li>
          </ul>
        </div>
      </aside>
      <div className="auth__panel">{children}</div>
    </div>
  );
}
