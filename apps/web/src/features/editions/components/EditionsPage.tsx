import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { EditionsSection } from './EditionsSection';

/** The organisers' console entry: every edition of the series, and the way to announce the next one. */
export function EditionsPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <div className="page-head">
        <div className="page-head__text">
          <PageTitle title={t('editions.consoleTitle')}>{t('editions.consoleTitle')}</PageTitle>
          <p className="lead">{t('editions.consoleLead')}</p>
        </div>
        <div className="page-head__actions">
          <Link to="/editions/new" className="button button--primary">
            {t('editions.create.newButton')}
          </Link>
        </div>
      </div>
      <EditionsSection />
    </div>
  );
}
