import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { EditionsSection } from './EditionsSection';

/** The organisers' console entry: every edition of the series; editing arrives later. */
export function EditionsPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageTitle title={t('editions.consoleTitle')}>{t('editions.consoleTitle')}</PageTitle>
      <p className="lead">{t('editions.consoleLead')}</p>
      <div className="notice">
        <h2 className="notice__title">{t('editions.consoleComingTitle')}</h2>
        <p>{t('editions.consoleComing')}</p>
      </div>
      <EditionsSection />
    </div>
  );
}
