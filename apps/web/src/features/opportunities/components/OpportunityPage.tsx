import { findSection, label, sectionOf } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { FormAlert } from '../../../components/FormAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageTitle } from '../../../components/PageTitle';
import { currentLocale } from '../../../i18n/i18n';
import { ApiRequestError } from '../../../lib/api-client';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { MoneyAmount } from '../../money/components/MoneyAmount';
import { PreferredCurrencySelect } from '../../money/components/PreferredCurrencySelect';
import { formatInstantDate } from '../../money/format-date';
import { countryName, instrumentName, islandName, regionName, sectorWithCode, stageName, sustainabilityTagName } from '../../profiles/taxonomy';
import { OpportunityInvestorsSection } from '../../matching/components/OpportunityInvestorsSection';
import { useOpportunity } from '../hooks/useOpportunity';
import { OpportunityOwnerActions } from './OpportunityOwnerActions';
import { OpportunityStatusBadge } from './OpportunityStatusBadge';

/** How the form tells this page what just happened, to confirm it. */
export interface OpportunitySavedState {
  saved?: 'draft' | 'published' | 'updated';
}

/**
 * One opportunity in full. Everything a person typed is rendered as text (React escapes it), so
 * markup in a title or description shows as the characters typed and never runs.
 */
export function OpportunityPage() {
  const { t } = useTranslation();
  const { opportunityId = '' } = useParams();
  const user = useCurrentUser();
  const location = useLocation();
  const saved = (location.state as OpportunitySavedState | null)?.saved;
  const { data: opportunity, isPending, error, refetch } = useOpportunity(opportunityId);
  const locale = currentLocale();

  if (isPending) return <LoadingState />;
  if (error instanceof ApiRequestError && (error.status === 404 || error.status === 400)) return <NotFoundPage />;
  if (error || !opportunity) {
    return (
      <section className="page page--narrow">
        <PageTitle title={t('marketplace.opportunity.title')}>{t('marketplace.opportunity.title')}</PageTitle>
        <p className="lead">{t('marketplace.opportunity.loadError')}</p>
        <button type="button" className="button button--primary" onClick={() => void refetch()}>
          {t('common.tryAgain')}
        </button>
      </section>
    );
  }

  const canManage = opportunity.userId === user.id || user.role === 'organiser';
  const section = findSection(sectionOf(opportunity.sectorCode));
  const { environmental, social, tags } = opportunity.sustainability;

  return (
    <article className="page opportunity">
      <p className="eyebrow">
        <Link to="/opportunities">{t('marketplace.browse.title')}</Link>
        <span aria-hidden="true">/</span>
        <span>{section ? label(section, locale) : opportunity.sectorSection}</span>
      </p>
      <PageTitle title={opportunity.title}>{opportunity.title}</PageTitle>
      <p className="opportunity__byline">
        <OpportunityStatusBadge status={opportunity.status} />
        {opportunity.business ? (
          <Link to={`/businesses/${opportunity.business.id}`} className="opportunity__business">
            {opportunity.business.companyName}
          </Link>
        ) : null}
        <span className="muted">
          {regionName(opportunity.regionCode, locale)}, {countryName(opportunity.countryCode, locale)}
        </span>
      </p>

      {saved ? <FormAlert tone="info">{t(`marketplace.form.saved.${saved}`)}</FormAlert> : null}
      {opportunity.status === 'closed' ? (
        <div className="notice">
          <p>
            {opportunity.closeReason
              ? t('marketplace.opportunity.closedBecause', { reason: t(`marketplace.closeReasons.${opportunity.closeReason}`) })
              : t('marketplace.status.closed')}
          </p>
        </div>
      ) : null}
      {opportunity.status === 'draft' && canManage ? <p className="muted">{t('marketplace.opportunity.draftNote')}</p> : null}
      {canManage ? <OpportunityOwnerActions opportunity={opportunity} /> : null}

      <p className="lead opportunity__summary">{opportunity.summary}</p>
      <div className="opportunity__layout">
        <div className="opportunity__main">
          <section className="opportunity__section" aria-labelledby="opportunity-description">
            <h2 id="opportunity-description" className="section__title">
              {t('marketplace.opportunity.description')}
            </h2>
            <div className="prose">{opportunity.description}</div>
          </section>
          <section className="opportunity__section" aria-labelledby="opportunity-sustainability">
            <h2 id="opportunity-sustainability" className="section__title">
              {t('marketplace.opportunity.sustainability')}
            </h2>
            {tags.length > 0 ? (
              <ul className="tags" aria-label={t('marketplace.opportunity.sustainabilityTags')}>
                {tags.map((tag) => (
                  <li key={tag} className="tag tag--green">
                    {sustainabilityTagName(tag, locale)}
                  </li>
                ))}
              </ul>
            ) : null}
            {environmental ? (
              <>
                <h3 className="opportunity__subtitle">{t('marketplace.opportunity.environmental')}</h3>
                <div className="prose">{environmental}</div>
              </>
            ) : null}
            {social ? (
              <>
                <h3 className="opportunity__subtitle">{t('marketplace.opportunity.social')}</h3>
                <div className="prose">{social}</div>
              </>
            ) : null}
            {!environmental && !social && tags.length === 0 ? <p className="muted">{t('marketplace.opportunity.noSustainability')}</p> : null}
          </section>
        </div>

        <aside className="opportunity__aside" aria-label={t('marketplace.opportunity.facts')}>
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('marketplace.opportunity.amount')}</dt>
              <dd>
                <MoneyAmount money={opportunity.amount} />
              </dd>
            </div>
            <div>
              <dt>{t('marketplace.opportunity.sector')}</dt>
              <dd>{sectorWithCode(opportunity.sectorCode, locale)}</dd>
            </div>
            <div>
              <dt>{t('marketplace.opportunity.location')}</dt>
              <dd>
                {regionName(opportunity.regionCode, locale)}, {countryName(opportunity.countryCode, locale)}
                <span className="facts__sub">{islandName(opportunity.islandGroup, locale)}</span>
              </dd>
            </div>
            <div>
              <dt>{t('marketplace.opportunity.instruments')}</dt>
              <dd>
                <ul className="plain-list">
                  {opportunity.instruments.map((code) => (
                    <li key={code}>{instrumentName(code, locale)}</li>
                  ))}
                </ul>
              </dd>
            </div>
            <div>
              <dt>{t('marketplace.opportunity.stage')}</dt>
              <dd>{stageName(opportunity.stage, locale)}</dd>
            </div>
            <div>
              <dt>{t('marketplace.opportunity.business')}</dt>
              <dd>
                {opportunity.business ? (
                  <Link to={`/businesses/${opportunity.business.id}`}>{opportunity.business.companyName}</Link>
                ) : (
                  <span className="muted">{t('marketplace.opportunity.noBusinessProfile')}</span>
                )}
              </dd>
            </div>
            <div>
              <dt>{opportunity.publishedAt ? t('marketplace.opportunity.published') : t('marketplace.opportunity.created')}</dt>
              <dd>{formatInstantDate(opportunity.publishedAt ?? opportunity.createdAt, locale)}</dd>
            </div>
          </dl>
          <PreferredCurrencySelect id="opportunity-currency" />
        </aside>
      </div>
      {canManage && opportunity.status === 'published' ? <OpportunityInvestorsSection opportunity={opportunity} /> : null}
    </article>
  );
}
