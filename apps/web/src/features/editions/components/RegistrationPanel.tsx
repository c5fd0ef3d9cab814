import type { Edition, Role } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../components/LoadingState';
import { editionTiming } from '../edition-dates';
import { useMyRegistration } from '../hooks/useMyRegistration';
import { RegistrationForm } from './RegistrationForm';

/** Where a participant stands with this edition: not registered, waiting for approval, or in. */
export function RegistrationPanel({ edition, role }: { edition: Edition; role: Role }) {
  const { t } = useTranslation();
  const { data: registration, isPending, isError, refetch } = useMyRegistration(edition.id);
  const base = `/editions/${edition.id}`;

  let body;
  if (isPending) body = <LoadingState />;
  else if (isError && registration === undefined) {
    body = (
      <>
        <p>{t('meetings.common.loadError')}</p>
        <button type="button" className="button button--ghost button--small" onClick={() => void refetch()}>
          {t('common.tryAgain')}
        </button>
      </>
    );
  } else if (registration?.status === 'approved') {
    body = (
      <>
        <p className="registration__state">
          <span className="badge badge--success">{t('meetings.registration.registered')}</span>{' '}
          {role === 'investor' ? t('meetings.registration.registeredInvestor') : t('meetings.registration.registeredBusiness')}
        </p>
        <p className="muted">{t('meetings.registration.nextSteps')}</p>
        <div className="button-row">
          <Link to={`${base}/participants`} className="button button--primary">
            {t('meetings.registration.findPeople')}
          </Link>
          <Link to={`${base}/requests`} className="button button--ghost">
            {t('meetings.nav.requests')}
          </Link>
          <Link to={`${base}/availability`} className="button button--ghost">
            {t('meetings.nav.availability')}
          </Link>
          <Link to={`${base}/agenda`} className="button button--ghost">
            {t('meetings.nav.agenda')}
          </Link>
        </div>
      </>
    );
  } else if (registration?.status === 'pending') {
    body = (
      <>
        <p className="registration__state">
          <span className="badge badge--accent">{t('meetings.registration.pending')}</span>
        </p>
        <p>{t('meetings.registration.pendingBody')}</p>
      </>
    );
  } else if (editionTiming(edition) === 'past') {
    body = <p>{t('meetings.registration.over')}</p>;
  } else {
    body = (
      <>
        <p>{role === 'investor' ? t('meetings.registration.inviteInvestor') : t('meetings.registration.inviteBusiness')}</p>
        {edition.registrationApproval ? <p className="muted">{t('meetings.registration.approvalNote')}</p> : null}
        <RegistrationForm editionId={edition.id} role={role} />
      </>
    );
  }

  return (
    <section className="section card registration" aria-labelledby="registration-title">
      <h2 id="registration-title" className="section__title">
        {t('meetings.registration.title')}
      </h2>
      {body}
    </section>
  );
}
