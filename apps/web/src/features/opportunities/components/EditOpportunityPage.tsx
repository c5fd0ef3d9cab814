import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { LoadingState } from '../../../components/LoadingState';
import { PageTitle } from '../../../components/PageTitle';
import { ApiRequestError } from '../../../lib/api-client';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useOpportunity } from '../hooks/useOpportunity';
import { OpportunityForm } from './OpportunityForm';

/** Editing is for the owner and organisers; anyone else finds nothing here (as the API answers). */
export function EditOpportunityPage() {
  const { t } = useTranslation();
  const { opportunityId = '' } = useParams();
  const user = useCurrentUser();
  const { data: opportunity, isPending, error, refetch } = useOpportunity(opportunityId);

  if (isPending) return <LoadingState />;
  if (error instanceof ApiRequestError && (error.status === 404 || error.status === 400)) return <NotFoundPage />;
  if (error || !opportunity) {
    return (
      <section className="page page--narrow">
        <PageTitle title={t('marketplace.form.editTitle')}>{t('marketplace.form.editTitle')}</PageTitle>
        <p className="lead">{t('marketplace.opportunity.loadError')}</p>
        <button type="button" className="button button--primary" onClick={() => void refetch()}>
          {t('common.tryAgain')}
        </button>
      </section>
    );
  }
  if (opportunity.userId !== user.id && user.role !== 'organiser') return <NotFoundPage />;

  return (
    <div className="page page--form">
      <p className="eyebrow">
        <Link to={`/opportunities/${opportunity.id}`}>{opportunity.title}</Link>
      </p>
      <PageTitle title={t('marketplace.form.editTitle')}>{t('marketplace.form.editTitle')}</PageTitle>
      {opportunity.status === 'closed' ? (
        <div className="notice">
          <p>{t('marketplace.form.closedNoEdit')}</p>
        </div>
      ) : (
        <OpportunityForm key={opportunity.id} opportunity={opportunity} />
      )}
    </div>
  );
}
