import type { Edition } from '@serumpun/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { LoadingState } from '../../../components/LoadingState';
import { PageTitle } from '../../../components/PageTitle';
import { ApiRequestError } from '../../../lib/api-client';
import { useEdition } from '../hooks/useEdition';

interface EditionFrameProps {
  /** The page's own name ("Agenda"); the edition's name heads the edition page itself. */
  section?: string;
  /** Tabs under the title: the participant's pages or the organiser's console. */
  nav?: ReactNode;
  className?: string;
  children: (edition: Edition) => ReactNode;
}

/** Loads the edition of the address and frames one of its pages: trail, title, tabs. */
export function EditionFrame({ section, nav, className, children }: EditionFrameProps) {
  const { t } = useTranslation();
  const { editionId = '' } = useParams();
  const { data: edition, isPending, error, refetch } = useEdition(editionId);

  if (isPending) return <LoadingState />;
  if (error instanceof ApiRequestError && (error.status === 404 || error.status === 400)) return <NotFoundPage />;
  // Offline with the saved copy (or an earlier answer), a failed refresh still shows the edition.
  if (!edition) {
    return (
      <section className="page page--narrow">
        <PageTitle title={t('editions.title')}>{t('editions.title')}</PageTitle>
        <p className="lead">{t('editions.loadError')}</p>
        <button type="button" className="button button--primary" onClick={() => void refetch()}>
          {t('common.tryAgain')}
        </button>
      </section>
    );
  }

  return (
    <section className={['page', className].filter(Boolean).join(' ')}>
      <p className="eyebrow no-print">
        <Link to="/">{t('nav.home')}</Link> /{' '}
        {section ? <Link to={`/editions/${edition.id}`}>{edition.name}</Link> : t('editions.title')}
      </p>
      <PageTitle title={section ? `${section} · ${edition.name}` : edition.name}>{section ?? edition.name}</PageTitle>
      {nav}
      {children(edition)}
    </section>
  );
}
