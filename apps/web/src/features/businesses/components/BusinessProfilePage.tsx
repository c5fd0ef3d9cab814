import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { LoadingState } from '../../../components/LoadingState';
import { PageTitle } from '../../../components/PageTitle';
import { currentLocale } from '../../../i18n/i18n';
import { ApiRequestError } from '../../../lib/api-client';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { WebsiteLink } from '../../profiles/components/WebsiteLink';
import {
  businessKindName,
  countryName,
  languageName,
  legalFormName,
  regionName,
  revenueBandName,
  sectorWithCode,
} from '../../profiles/taxonomy';
import { useBusiness } from '../hooks/useBusiness';

/** A business's public profile: who is behind an opportunity. */
export function BusinessProfilePage() {
  const { t } = useTranslation();
  const { businessId = '' } = useParams();
  const user = useCurrentUser();
  const { data: business, isPending, error, refetch } = useBusiness(businessId);
  const locale = currentLocale();

  if (isPending) return <LoadingState />;
  if (error instanceof ApiRequestError && [400, 403, 404].includes(error.status)) return <NotFoundPage />;
  if (error || !business) {
    return (
      <section className="page page--narrow">
        <PageTitle title={t('marketplace.businesses.title')}>{t('marketplace.businesses.title')}</PageTitle>
        <p className="lead">{t('marketplace.businesses.loadError')}</p>
        <button type="button" className="button button--primary" onClick={() => void refetch()}>
          {t('common.tryAgain')}
        </button>
      </section>
    );
  }

  return (
    <article className="page profile-view">
      <p className="eyebrow">{t('marketplace.businesses.title')}</p>
      <PageTitle title={business.companyName}>{business.companyName}</PageTitle>
      <p className="opportunity__byline">
        <span className="badge">{businessKindName(business.businessKind, locale)}</span>
        <span className="muted">
          {regionName(business.regionCode, locale)}, {countryName(business.countryCode, locale)}
        </span>
      </p>
      {business.userId === user.id ? (
        <p className="notice notice--inline">
          {t('marketplace.businesses.own')} <Link to="/profile">{t('marketplace.investors.editOwn')}</Link>
        </p>
      ) : null}
      <div className="opportunity__layout">
        <div className="opportunity__main">
          <div className="prose lead">{business.description}</div>
          <section className="opportunity__section" aria-labelledby="business-sectors-title">
            <h2 id="business-sectors-title" className="section__title">
              {t('marketplace.businesses.sectors')}
            </h2>
            <ul className="tags">
              {business.sectors.map((code) => (
                <li key={code} className="tag">
                  {sectorWithCode(code, locale)}
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside className="opportunity__aside" aria-label={t('marketplace.opportunity.facts')}>
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('marketplace.profile.legalForm')}</dt>
              <dd>{legalFormName(business.legalForm, locale)}</dd>
            </div>
            {business.registrationNumber ? (
              <div>
                <dt>{t('marketplace.profile.registrationNumber')}</dt>
                <dd>{business.registrationNumber}</dd>
              </div>
            ) : null}
            {business.foundedYear ? (
              <div>
                <dt>{t('marketplace.profile.foundedYear')}</dt>
                <dd>{business.foundedYear}</dd>
              </div>
            ) : null}
            {business.employees ? (
              <div>
                <dt>{t('marketplace.profile.employees')}</dt>
                <dd>{business.employees.toLocaleString(locale)}</dd>
              </div>
            ) : null}
            {business.revenueBand ? (
              <div>
                <dt>{t('marketplace.profile.revenueBand')}</dt>
                <dd>{revenueBandName(business.revenueBand, locale)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('marketplace.profile.languages')}</dt>
              <dd>{business.languages.map((code) => languageName(code, locale)).join(', ')}</dd>
            </div>
            {business.website ? (
              <div>
                <dt>{t('marketplace.profile.website')}</dt>
                <dd>
                  <WebsiteLink url={business.website} />
                </dd>
              </div>
            ) : null}
          </dl>
        </aside>
      </div>
    </article>
  );
}
