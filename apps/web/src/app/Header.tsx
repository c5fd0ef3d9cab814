import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { UserMenu } from '../features/auth/components/UserMenu';
import { useSession } from '../features/auth/hooks/useSession';
import { LanguageSwitcher } from '../features/locale/components/LanguageSwitcher';
import { NotificationBell } from '../features/notifications/components/NotificationBell';

export function Header() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.status === 'authenticated' ? session.user : null;
  return (
    <header className="header">
      <div className="header__inner">
        <Link to="/" className="brand">
          <svg className="brand__mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path d="M16 6c-4 5-6 9-6 13a6 6 0 0 0 12 0c0-4-2-8-6-13z" fill="#d9a441" />
            <path d="M16 12v14" stroke="#0f4c45" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        <LanguageSwitcher />
        {user ? <NotificationBell /> : null}
        {user ? <UserMenu user={user} /> : null}
        {session.status === 'anonymous' ? (
          <nav className="header__auth" aria-label={t('header.accountNav')}>
            <NavLink to="/login" className="button button--ghost button--small">
              {t('header.signIn')}
            </NavLink>
            <NavLink to="/register" className="button button--accent button--small">
              {t('header.register')}
            </NavLink>
          </nav>
        ) : null}
      </div>
      {user ? (
        <nav className="subnav" aria-label={t('header.mainNav')}>
          <div className="subnav__inner">
            <NavLink to="/" end className="subnav__link">
              {t('nav.home')}
            </NavLink>
            {user.role === 'organiser' ? (
              <>
                <NavLink to="/editions" className="subnav__link">
                  {t('nav.editions')}
                </NavLink>
                <NavLink to="/reports" className="subnav__link">
                  {t('nav.reports')}
                </NavLink>
              </>
            ) : (
              <>
                <NavLink to="/opportunities" end className="subnav__link">
                  {t('nav.opportunities')}
                </NavLink>
                {user.role === 'business' ? (
                  <>
                    <NavLink to="/my/opportunities" className="subnav__link">
                      {t('nav.myOpportunities')}
                    </NavLink>
                    <NavLink to="/investors" className="subnav__link">
                      {t('nav.investors')}
                    </NavLink>
                  </>
                ) : null}
                <NavLink to="/matches" className="subnav__link">
                  {t('nav.matches')}
                </NavLink>
                <NavLink to="/meetings" className="subnav__link">
                  {t('nav.meetings')}
                </NavLink>
              </>
            )}
          </div>
        </nav>
      ) : null}
    </header>
  );
}
