import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../components/PageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page page--narrow">
      <p className="eyebrow">404</p>
      <PageTitle title={t('notFound.title')}>{t('notFound.title')}</PageTitle>
      <p className="lead">{t('notFound.body')}</p>
      <Link to="/" className="button button--primary">
        {t('notFound.home')}
      </Link>
    </section>
  );
}
