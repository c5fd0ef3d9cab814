import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';

/** The organiser's console of one edition: the grid, the people, the requests, the settings. */
export function ConsoleNav({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const base = `/editions/${editionId}/console`;
  const links = [
    { to: base, label: t('meetings.console.nav.grid'), end: true },
    { to: `${base}/participants`, label: t('meetings.console.nav.participants') },
    { to: `${base}/requests`, label: t('meetings.console.nav.requests') },
    { to: `${base}/settings`, label: t('meetings.console.nav.settings') },
  ];
  const nav = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a phone the tabs scroll sideways: bring the current one into view.
  useEffect(() => {
    nav.current?.querySelector<HTMLElement>('.active')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);
  return (
    <nav ref={nav} className="edition-tabs no-print" aria-label={t('meetings.console.nav.label')}>
      {links.map((link) => (
        <NavLink key={link.to} to={link.to} end={link.end} className="edition-tabs__link">
          {link.label}
        </NavLink>
      ))}
    </nav>
  );
}
