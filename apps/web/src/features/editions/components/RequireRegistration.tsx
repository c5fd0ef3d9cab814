import type { Registration } from '@serumpun/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../components/LoadingState';
import { useMyRegistration } from '../hooks/useMyRegistration';
import { LoadErrorState } from '../../../components/LoadErrorState';

/**
 * A participant's meeting pages need an approved registration; until then they say what is
 * missing and where to go, rather than showing the API's refusal.
 */
export function RequireRegistration({ editionId, children }: { editionId: string; children: (registration: Registration) => ReactNode }) {
  const { t } = useTranslation();
  const { data: registration, isPending, isError, refetch } = useMyRegistration(editionId);
  if (isPending) return <LoadingState />;
  // `undefined`: never loaded (null means "not registered"); a saved copy or an earlier answer still counts.
  if (isError && registration === undefined) {
    return <LoadErrorState onRetry={refetch} />;
  }
  if (!registration || registration.status !== 'approved') {
    return (
      <div className="notice">
        <h2 className="notice__title">{registration ? t('meetings.registration.pendingTitle') : t('meetings.registration.requiredTitle')}</h2>
        <p>{registration ? t('meetings.registration.pendingBody') : t('meetings.registration.requiredBody')}</p>
        <p className="notice__action">
          <Link to={`/editions/${editionId}`}>{t('meetings.registration.toEdition')}</Link>
        </p>
      </div>
    );
  }
  return <>{children(registration)}</>;
}
