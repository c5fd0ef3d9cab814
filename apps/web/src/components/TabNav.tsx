import { useEffect, useRef } from 'react';
import { NavLink, useLocation } from 'react-router';

export interface TabLink {
  to: string;
  label: string;
  /** Only the exact address marks this tab current (the section's first page). */
  end?: boolean;
}

/** A row of page tabs; the current one is marked for screen readers too (NavLink's aria-current). */
export function TabNav({ label, links }: { label: string; links: readonly TabLink[] }) {
  const nav = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  // On a phone the tabs scroll sideways: bring the current one into view.
  useEffect(() => {
    nav.current?.querySelector<HTMLElement>('.active')?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [pathname]);
  return (
    <nav ref={nav} className="edition-tabs no-print" aria-label={label}>
      {links.map((link) => (
        <NavLink key={link.to} to={link.to} end={link.end} className="edition-tabs__link">
          {link.label}
        </NavLink>
      ))}
    </nav>
  );
}
