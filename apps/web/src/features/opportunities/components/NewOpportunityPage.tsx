import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { OpportunityForm } from './OpportunityForm';

export function NewOpportunityPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--form">
      <p className="eyebrow">
        <Link to="/my/opportunities">{t('marketplace.mine.title')}</Link>
      </p>
      <PageTitle title={t('marketplace.form.newTitle')}>{t('marketplace.form.newTitle')}</PageTitle>
      <p className="lead">{t('marketplace.form.newLead')}</p>
      <OpportunityForm />
    </div>
  );
}
