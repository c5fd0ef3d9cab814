import type { Opportunity } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../i18n/i18n';
import { MoneyAmount } from '../../money/components/MoneyAmount';
import { instrumentName, listOf, placeName, sectorName, stageName, sustainabilityTagName } from '../../profiles/taxonomy';
import { OpportunityStatusBadge } from './OpportunityStatusBadge';

/** One result of the browse list: enough to decide whether to open it. */
export function OpportunityCard({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const titleId = `opportunity-${opportunity.id}-title`;
  return (
    <li className="opp-card">
      <article aria-labelledby={titleId}>
        <p className="opp-card__eyebrow">
          <span className="opp-card__sector">
            <span className="code">{opportunity.sectorCode}</span> {sectorName(opportunity.sectorCode, locale)}
          </span>
          {opportunity.status !== 'published' ? <OpportunityStatusBadge status={opportunity.status} /> : null}
        </p>
        <h3 id={titleId} className="opp-card__title">
          <Link to={`/opportunities/${opportunity.id}`}>{opportunity.title}</Link>
        </h3>
        <p className="opp-card__place">
          {opportunity.business ? <span className="opp-card__business">{opportunity.business.companyName} · </span> : null}
          {placeName(opportunity.regionCode, locale)}
        </p>
        <p className="opp-card__summary">{opportunity.summary}</p>
        <dl className="opp-card__facts">
          <div className="opp-card__amount">
            <dt>{t('marketplace.opportunity.amount')}</dt>
            <dd>
              <MoneyAmount money={opportunity.amount} />
            </dd>
          </div>
          <div>
            <dt>{t('marketplace.opportunity.instruments')}</dt>
            <dd>{listOf(opportunity.instruments.map((code) => instrumentName(code, locale)), locale)}</dd>
          </div>
          <div>
            <dt>{t('marketplace.opportunity.stage')}</dt>
            <dd>{stageName(opportunity.stage, locale)}</dd>
          </div>
        </dl>
        {opportunity.sustainability.tags.length > 0 ? (
          <ul className="tags" aria-label={t('marketplace.opportunity.sustainabilityTags')}>
            {opportunity.sustainability.tags.map((tag) => (
              <li key={tag} className="tag tag--green">
                {sustainabilityTagName(tag, locale)}
              </li>
            ))}
          </ul>
        ) : null}
      </article>
    </li>
  );
}
