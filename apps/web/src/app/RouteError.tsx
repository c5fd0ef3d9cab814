import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';

/** Shown when rendering a route throws; a reload is the most useful thing to offer. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <main className="main">
      <section className="page page--narrow">
        <PageTitle title={t('errors.pageTitle')}>{t('errors.pageTitle')}</PageTitle>
        <p className="lead">{t('errors.generic')}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
      </section>
    </main>
  );
}
