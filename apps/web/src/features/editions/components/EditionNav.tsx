import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';

/** The participant's pages of one edition; the current one is marked for screen readers too. */
export function EditionNav({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const base = `/editions/${editionId}`;
  const links = [
    { to: base, label: t('meetings.nav.overview'), end: true },
    { to: `${base}/participants`, label: t('meetings.nav.participants') },
    { to: `${base}/requests`, label: t('meetings.nav.requests') },
    { to: `${base}/availability`, label: t('meetings.nav.availability') },
    { to: `${base}/agenda`, label: t('meetings.nav.agenda') },
  ];
  const nav = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a phone the tabs scroll sideways: bring the current one into view.
  useEffect(() => {
    nav.current?.querySelector<HTMLElement>('.active')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);
  return (
    <nav ref={nav} className="edition-tabs no-print" aria-label={t('meetings.nav.label')}>
      {links.map((link) => (
        <NavLink key={link.to} to={link.to} end={link.end} className="edition-tabs__link">
          {link.label}
        </NavLink>
      ))}
    </nav>
  );
}
