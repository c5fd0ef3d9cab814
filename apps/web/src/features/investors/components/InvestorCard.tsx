import type { InvestorProfile } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../i18n/i18n';
import { MoneyRange } from '../../money/components/MoneyAmount';
import { countryName, instrumentName, investorTypeName, listOf, sectorName } from '../../profiles/taxonomy';

const SECTORS_SHOWN = 4;

export function InvestorCard({ investor }: { investor: InvestorProfile }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const titleId = `investor-${investor.id}-title`;
  const more = investor.sectors.length - SECTORS_SHOWN;
  return (
    <li className="opp-card investor-card">
      <article aria-labelledby={titleId}>
        <p className="opp-card__eyebrow">
          <span className="badge">{investorTypeName(investor.investorType, locale)}</span>
          <span className="muted">{countryName(investor.countryCode, locale)}</span>
        </p>
        <h2 id={titleId} className="opp-card__title">
          <Link to={`/investors/${investor.id}`}>{investor.organisation}</Link>
        </h2>
        <p className="opp-card__place">{investor.fullName}</p>
        <dl className="opp-card__facts">
          <div className="opp-card__amount">
            <dt>{t('marketplace.investors.ticket')}</dt>
            <dd>
              <MoneyRange min={investor.ticketMin} max={investor.ticketMax} />
            </dd>
          </div>
          <div>
            <dt>{t('marketplace.investors.instruments')}</dt>
            <dd>{listOf(investor.instruments.map((code) => instrumentName(code, locale)), locale)}</dd>
          </div>
        </dl>
        <ul className="tags" aria-label={t('marketplace.investors.sectors')}>
          {investor.sectors.slice(0, SECTORS_SHOWN).map((code) => (
            <li key={code} className="tag">
              <span className="code">{code}</span> {sectorName(code, locale)}
            </li>
          ))}
          {more > 0 ? <li className="tag tag--more">{t('marketplace.investors.moreSectors', { count: more })}</li> : null}
        </ul>
      </article>
    </li>
  );
}
