import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageTitle } from '../../../components/PageTitle';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { PreferredCurrencySelect } from '../../money/components/PreferredCurrencySelect';
import { useMyProfile } from '../hooks/useMyProfile';
import { BusinessProfileForm } from './BusinessProfileForm';
import { InvestorProfileForm } from './InvestorProfileForm';

/** The profile editor: an investor's or a business's, by the person's role. */
export function ProfilePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { data: profile, isPending, isError, refetch } = useMyProfile();
  const [saved, setSaved] = useState(0);
  const savedRef = useRef<HTMLDivElement>(null);
  // The form is long: after saving, the confirmation at its top comes into view.
  useEffect(() => {
    if (saved > 0) savedRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [saved]);
  const isInvestor = user.role === 'investor';
  const title = isInvestor ? t('marketplace.profile.investorTitle') : t('marketplace.profile.businessTitle');

  let content;
  if (isPending) content = <LoadingState />;
  else if (isError) {
    content = (
      <div className="empty" role="alert">
        <p>{t('marketplace.profile.loadError')}</p>
        <button type="button" className="button button--ghost button--small" onClick={() => void refetch()}>
          {t('common.tryAgain')}
        </button>
      </div>
    );
  } else {
    const onSaved = () => setSaved((count) => count + 1);
    content = isInvestor ? (
      <InvestorProfileForm profile={profile?.kind === 'investor' ? profile : null} onSaved={onSaved} />
    ) : (
      <BusinessProfileForm profile={profile?.kind === 'business' ? profile : null} onSaved={onSaved} />
    );
  }

  const publicPath = profile ? (profile.kind === 'investor' ? `/investors/${profile.id}` : `/businesses/${profile.id}`) : null;

  return (
    <div className="page page--form">
      <PageTitle title={title}>{title}</PageTitle>
      <p className="lead">{isInvestor ? t('marketplace.profile.investorLead') : t('marketplace.profile.businessLead')}</p>
      {saved > 0 ? (
        <div ref={savedRef}>
          <FormAlert key={saved} tone="info">
            {t('marketplace.profile.saved')}{' '}
            {publicPath ? <Link to={publicPath}>{t('marketplace.profile.viewPublic')}</Link> : null}
          </FormAlert>
        </div>
      ) : profile === null ? (
        <FormAlert tone="info">{t('marketplace.profile.firstTime')}</FormAlert>
      ) : publicPath ? (
        <p>
          <Link to={publicPath}>{t('marketplace.profile.viewPublic')}</Link>
        </p>
      ) : null}
      {content}
      <section className="section card card--quiet" aria-labelledby="display-preferences">
        <h2 id="display-preferences" className="section__title">
          {t('marketplace.money.preferenceTitle')}
        </h2>
        <p className="muted">{t('marketplace.money.preferenceBody')}</p>
        <PreferredCurrencySelect id="profile-currency" />
      </section>
    </div>
  );
}
