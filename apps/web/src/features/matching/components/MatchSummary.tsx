import type { InvestorMatch, OpportunityMatch } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../i18n/i18n';
import { MoneyAmount, MoneyRange } from '../../money/components/MoneyAmount';
import { countryName, investorTypeName, regionName, sectorWithCode } from '../../profiles/taxonomy';

type Heading = 'h2' | 'h3';

/** An opportunity as a match shows it: sector, title (to its page), business and place, amount. */
export function OpportunitySummary({ match, titleId, heading: Heading }: { match: OpportunityMatch; titleId: string; heading: Heading }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { opportunity } = match;
  return (
    <>
      <p className="opp-card__eyebrow">{sectorWithCode(opportunity.sectorCode, locale)}</p>
      <Heading id={titleId} className="opp-card__title">
        <Link to={`/opportunities/${opportunity.id}`}>{opportunity.title}</Link>
      </Heading>
      <p className="opp-card__place">
        {opportunity.business ? <span className="opp-card__business">{opportunity.business.companyName} · </span> : null}
        {regionName(opportunity.regionCode, locale)}, {countryName(opportunity.countryCode, locale)}
      </p>
      <dl className="match-card__facts">
        <dt>{t('matching.card.amount')}</dt>
        <dd>
          <MoneyAmount money={opportunity.amount} />
        </dd>
      </dl>
    </>
  );
}

/** An investor as a match shows them: type and country, organisation (to their profile), name, ticket. */
export function InvestorSummary({ match, titleId, heading: Heading }: { match: InvestorMatch; titleId: string; heading: Heading }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { investor } = match;
  return (
    <>
      <p className="opp-card__eyebrow">
        {investorTypeName(investor.investorType, locale)} · {countryName(investor.countryCode, locale)}
      </p>
      <Heading id={titleId} className="opp-card__title">
        <Link to={`/investors/${investor.id}`}>{investor.organisation || investor.fullName}</Link>
      </Heading>
      <p className="opp-card__place">{investor.fullName}</p>
      <dl className="match-card__facts">
        <dt>{t('matching.card.ticket')}</dt>
        <dd>
          <MoneyRange min={investor.ticketMin} max={investor.ticketMax} />
        </dd>
      </dl>
    </>
  );
}
