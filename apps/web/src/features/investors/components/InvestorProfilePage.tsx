import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { LoadingState } from '../../../components/LoadingState';
import { PageTitle } from '../../../components/PageTitle';
import { currentLocale } from '../../../i18n/i18n';
import { ApiRequestError } from '../../../lib/api-client';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { MoneyRange } from '../../money/components/MoneyAmount';
import { PreferredCurrencySelect } from '../../money/components/PreferredCurrencySelect';
import { WebsiteLink } from '../../profiles/components/WebsiteLink';
import {
  countryName,
  instrumentName,
  investorTypeName,
  languageName,
  regionName,
  sectorWithCode,
  stageName,
  sustainabilityTagName,
} from '../../profiles/taxonomy';
import { useInvestor } from '../hooks/useInvestor';

/** An investor's public profile, as businesses and organisers see it (and the investor themself). */
export function InvestorProfilePage() {
  const { t } = useTranslation();
  const { investorId = '' } = useParams();
  const user = useCurrentUser();
  const { data: investor, isPending, error, refetch } = useInvestor(investorId);
  const locale = currentLocale();

  if (isPending) return <LoadingState />;
  if (error instanceof ApiRequestError && [400, 403, 404].includes(error.status)) return <NotFoundPage />;
  if (error || !investor) {
    return (
      <section className="page page--narrow">
        <PageTitle title={t('marketplace.investors.profileTitle')}>{t('marketplace.investors.profileTitle')}</PageTitle>
        <p className="lead">{t('marketplace.investors.profileLoadError')}</p>
        <button type="button" className="button button--primary" onClick={() => void refetch()}>
          {t('common.tryAgain')}
        </button>
      </section>
    );
  }

  const own = investor.userId === user.id;
  return (
    <article className="page profile-view">
      <p className="eyebrow">
        {user.role === 'investor' ? <span>{t('marketplace.investors.profileTitle')}</span> : <Link to="/investors">{t('marketplace.investors.title')}</Link>}
      </p>
      <PageTitle title={investor.organisation}>{investor.organisation}</PageTitle>
      <p className="opportunity__byline">
        <span className="badge">{investorTypeName(investor.investorType, locale)}</span>
        <span className="muted">
          {investor.fullName} · {investor.regionCode ? `${regionName(investor.regionCode, locale)}, ` : ''}
          {countryName(investor.countryCode, locale)}
        </span>
      </p>
      {own ? (
        <p className="notice notice--inline">
          {investor.visible ? t('marketplace.investors.ownVisible') : t('marketplace.investors.ownHidden')}{' '}
          <Link to="/profile">{t('marketplace.investors.editOwn')}</Link>
        </p>
      ) : null}

      <div className="opportunity__layout">
        <div className="opportunity__main">
          {investor.bio ? <div className="prose lead">{investor.bio}</div> : null}
          <section className="opportunity__section" aria-labelledby="investor-sectors-title">
            <h2 id="investor-sectors-title" className="section__title">
              {t('marketplace.investors.sectors')}
            </h2>
            <ul className="tags">
              {investor.sectors.map((code) => (
                <li key={code} className="tag">
                  {sectorWithCode(code, locale)}
                </li>
              ))}
            </ul>
          </section>
          <section className="opportunity__section" aria-labelledby="investor-regions-title">
            <h2 id="investor-regions-title" className="section__title">
              {t('marketplace.investors.regions')}
            </h2>
            {investor.regions.length > 0 ? (
              <ul className="tags">
                {investor.regions.map((code) => (
                  <li key={code} className="tag">
                    {regionName(code, locale)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('marketplace.investors.anyRegion')}</p>
            )}
          </section>
          {investor.sustainabilityTags.length > 0 ? (
            <section className="opportunity__section" aria-labelledby="investor-tags-title">
              <h2 id="investor-tags-title" className="section__title">
                {t('marketplace.profile.sustainabilityTags')}
              </h2>
              <ul className="tags">
                {investor.sustainabilityTags.map((code) => (
                  <li key={code} className="tag tag--green">
                    {sustainabilityTagName(code, locale)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
        <aside className="opportunity__aside" aria-label={t('marketplace.opportunity.facts')}>
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('marketplace.investors.ticket')}</dt>
              <dd>
                <MoneyRange min={investor.ticketMin} max={investor.ticketMax} />
              </dd>
            </div>
            <div>
              <dt>{t('marketplace.investors.instruments')}</dt>
              <dd>
                <ul className="plain-list">
                  {investor.instruments.map((code) => (
                    <li key={code}>{instrumentName(code, locale)}</li>
                  ))}
                </ul>
              </dd>
            </div>
            <div>
              <dt>{t('marketplace.investors.stages')}</dt>
              <dd>
                <ul className="plain-list">
                  {investor.stages.map((code) => (
                    <li key={code}>{stageName(code, locale)}</li>
                  ))}
                </ul>
              </dd>
            </div>
            <div>
              <dt>{t('marketplace.profile.languages')}</dt>
              <dd>{investor.languages.map((code) => languageName(code, locale)).join(', ')}</dd>
            </div>
            {investor.website ? (
              <div>
                <dt>{t('marketplace.profile.website')}</dt>
                <dd>
                  <WebsiteLink url={investor.website} />
                </dd>
              </div>
            ) : null}
          </dl>
          <PreferredCurrencySelect id="investor-currency" />
        </aside>
      </div>
    </article>
  );
}
