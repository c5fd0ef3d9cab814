import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { NewEditionForm } from './NewEditionForm';

/** An organiser announces the next stop of the dialogue: its place, days, sessions and tables. */
export function NewEditionPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--form">
      <p className="eyebrow">
        <Link to="/editions">{t('editions.consoleTitle')}</Link>
      </p>
      <PageTitle title={t('editions.create.title')}>{t('editions.create.title')}</PageTitle>
      <p className="lead">{t('editions.create.lead')}</p>
      <NewEditionForm />
    </div>
  );
}
