import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { SavedCopyNotice } from '../features/offline/components/SavedCopyNotice';
import { ConnectionBanner, RealtimeToasts, useRealtimeStatus } from '../features/realtime';
import { Header } from './Header';

/** Moves focus to the new page's heading after client-side navigation (not on first load). */
function useFocusHeadingOnNavigation() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname]);
}

export function Layout() {
  const { t } = useTranslation();
  const realtime = useRealtimeStatus();
  useFocusHeadingOnNavigation();
  return (
    // The connection state, for styles and for browser journeys that must wait for live updates.
    <div className="shell" data-realtime={realtime}>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <Header />
      <ConnectionBanner />
      <SavedCopyNotice />
      <main id="main" className="main">
        <Outlet />
      </main>
      <footer className="footer">
        <p>{t('footer.about')}</p>
      </footer>
      <RealtimeToasts />
    </div>
  );
}
