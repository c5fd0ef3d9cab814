import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page's one h1 and the document title. The h1 is focusable so the layout can move focus to
 * it after navigation, which tells screen-reader users that the page changed.
 */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${title} · ${t('app.name')}`}</title>
      <h1 className="page-title" tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}
