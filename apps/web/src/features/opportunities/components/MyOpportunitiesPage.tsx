import type { OpportunityStatus } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { currentLocale } from '../../../i18n/i18n';
import { MoneyAmount } from '../../money/components/MoneyAmount';
import { formatInstantDate } from '../../money/format-date';
import { placeName, sectorWithCode } from '../../profiles/taxonomy';
import { useOpportunitySearch } from '../hooks/useOpportunitySearch';
import { OpportunityListSkeleton } from './OpportunityListSkeleton';
import { OpportunityOwnerActions } from './OpportunityOwnerActions';
import { OpportunityStatusBadge } from './OpportunityStatusBadge';
import { LoadMoreButton } from '../../../components/LoadMoreButton';

// "Active" is what the API lists by default for its owner: drafts and published ones. Closed ones
// are asked for on their own.
const TABS = ['active', 'draft', 'published', 'closed'] as const;
type Tab = (typeof TABS)[number];

function tabOf(value: string | null): Tab {
  return TABS.find((tab) => tab === value) ?? 'active';
}

/** A business's own opportunities, by status, with what can be done to each. */
export function MyOpportunitiesPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [params] = useSearchParams();
  const tab = tabOf(params.get('status'));
  const status: OpportunityStatus | undefined = tab === 'active' ? undefined : tab;
  const search = useOpportunitySearch({ mine: 'true', sort: 'newest', status });
  const items = search.data?.pages.flatMap((page) => page.items) ?? [];

  let content;
  if (search.isPending) content = <OpportunityListSkeleton count={2} />;
  else if (search.isError && items.length === 0) {
    content = (
      <div className="empty" role="alert">
        <p>{t('marketplace.mine.loadError')}</p>
        <button type="button" className="button button--ghost button--small" onClick={() => void search.refetch()}>
          {t('common.tryAgain')}
        </button>
      </div>
    );
  } else if (items.length === 0) {
    content = (
      <div className="empty empty--large">
        <p>{t(`marketplace.mine.empty.${tab}`)}</p>
        {tab === 'active' || tab === 'draft' ? (
          <Link to="/opportunities/new" className="button button--accent button--small">
            {t('marketplace.mine.create')}
          </Link>
        ) : null}
      </div>
    );
  } else {
    content = (
      <>
        <ul className="mine-list">
          {items.map((opportunity) => (
            <li key={opportunity.id} className="mine-item">
              <div className="mine-item__head">
                <OpportunityStatusBadge status={opportunity.status} />
                <span className="muted mine-item__date">
                  {t('marketplace.mine.updated', { date: formatInstantDate(opportunity.updatedAt, locale) })}
                </span>
              </div>
              <h2 className="mine-item__title">
                <Link to={`/opportunities/${opportunity.id}`}>{opportunity.title}</Link>
              </h2>
              <p className="mine-item__meta">
                {sectorWithCode(opportunity.sectorCode, locale)} · {placeName(opportunity.regionCode, locale)}
              </p>
              <p className="mine-item__amount">
                <MoneyAmount money={opportunity.amount} />
              </p>
              {opportunity.status === 'closed' && opportunity.closeReason ? (
                <p className="muted">{t('marketplace.opportunity.closedBecause', { reason: t(`marketplace.closeReasons.${opportunity.closeReason}`) })}</p>
              ) : null}
              <OpportunityOwnerActions opportunity={opportunity} />
            </li>
          ))}
        </ul>
        <LoadMoreButton query={search} />
      </>
    );
  }

  return (
    <div className="page marketplace">
      <div className="page-head">
        <div className="page-head__text">
          <PageTitle title={t('marketplace.mine.title')}>{t('marketplace.mine.title')}</PageTitle>
          <p className="lead">{t('marketplace.mine.lead')}</p>
        </div>
        <div className="page-head__actions">
          <Link to="/investors" className="button button--ghost">
            {t('marketplace.investors.title')}
          </Link>
          <Link to="/opportunities" className="button button--ghost">
            {t('marketplace.mine.browse')}
          </Link>
          <Link to="/opportunities/new" className="button button--accent">
            {t('marketplace.mine.create')}
          </Link>
        </div>
      </div>
      <nav className="tabs" aria-label={t('marketplace.mine.tabsLabel')}>
        {TABS.map((option) => (
          <Link
            key={option}
            to={option === 'active' ? '/my/opportunities' : `/my/opportunities?status=${option}`}
            className={['tabs__tab', option === tab ? 'tabs__tab--current' : null].filter(Boolean).join(' ')}
            aria-current={option === tab ? 'page' : undefined}
          >
            {t(`marketplace.mine.tabs.${option}`)}
          </Link>
        ))}
      </nav>
      {content}
    </div>
  );
}
