import { OPPORTUNITY_SORTS, type OpportunitySort } from '@serumpun/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { PreferredCurrencySelect } from '../../money/components/PreferredCurrencySelect';
import { useFxRates } from '../../money/hooks/useFxRates';
import { useOpportunityFilters } from '../hooks/useOpportunityFilters';
import { useOpportunitySearch } from '../hooks/useOpportunitySearch';
import { activeFilterCount, withoutNarrowing } from '../opportunity-filters';
import { OpportunityCard } from './OpportunityCard';
import { ActiveFilters, OpportunityFiltersPanel } from './OpportunityFiltersPanel';
import { OpportunityListSkeleton } from './OpportunityListSkeleton';
import { SearchBox } from './SearchBox';
import { LoadMoreButton } from '../../../components/LoadMoreButton';

const FILTERS_ID = 'opportunity-filters';

/** Browse: full-text search, facets with counts, sorting and "load more", all kept in the URL. */
export function OpportunitiesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [filters, setFilters] = useOpportunityFilters();
  const search = useOpportunitySearch(filters);
  const { data: rates } = useFxRates();
  const [panelOpen, setPanelOpen] = useState(false);

  const firstPage = search.data?.pages[0];
  const items = search.data?.pages.flatMap((page) => page.items) ?? [];
  const narrowing = activeFilterCount(filters);
  const defaultSort: OpportunitySort = filters.q ? 'relevance' : 'newest';
  const sort = filters.sort === 'relevance' && !filters.q ? 'newest' : (filters.sort ?? defaultSort);
  const sorts = OPPORTUNITY_SORTS.filter((option) => option !== 'relevance' || filters.q);

  let results;
  if (search.isPending) {
    results = <OpportunityListSkeleton />;
  } else if (search.isError && items.length === 0) {
    results = (
      <div className="empty" role="alert">
        <p>{t('marketplace.browse.loadError')}</p>
        <button type="button" className="button button--ghost button--small" onClick={() => void search.refetch()}>
          {t('common.tryAgain')}
        </button>
      </div>
    );
  } else if (items.length === 0) {
    results = (
      <div className="empty empty--large">
        <p className="empty__title">{t('marketplace.browse.emptyTitle')}</p>
        <p>{narrowing > 0 || filters.q ? t('marketplace.browse.emptyFiltered') : t('marketplace.browse.emptyNone')}</p>
        {narrowing > 0 ? (
          <button type="button" className="button button--ghost button--small" onClick={() => setFilters(withoutNarrowing(filters))}>
            {t('marketplace.filters.clear')}
          </button>
        ) : null}
      </div>
    );
  } else {
    results = (
      <>
        <ul className={['opp-list', search.isPlaceholderData ? 'opp-list--stale' : null].filter(Boolean).join(' ')}>
          {items.map((opportunity) => (
            <OpportunityCard key={opportunity.id} opportunity={opportunity} />
          ))}
        </ul>
        {search.isFetchNextPageError ? (
          <p className="field__error" role="alert">
            {t('marketplace.browse.loadMoreError')}
          </p>
        ) : null}
        <LoadMoreButton query={search} />
      </>
    );
  }

  return (
    <div className="page marketplace">
      <div className="page-head">
        <div className="page-head__text">
          <PageTitle title={t('marketplace.browse.title')}>{t('marketplace.browse.title')}</PageTitle>
          <p className="lead">{t('marketplace.browse.lead')}</p>
        </div>
        {user.role === 'business' ? (
          <div className="page-head__actions">
            <Link to="/my/opportunities" className="button button--ghost">
              {t('marketplace.mine.title')}
            </Link>
            <Link to="/opportunities/new" className="button button--accent">
              {t('marketplace.mine.create')}
            </Link>
          </div>
        ) : null}
      </div>

      <SearchBox
        key={filters.q ?? ''}
        id="opportunity-search"
        label={t('marketplace.browse.searchLabel')}
        placeholder={t('marketplace.browse.searchPlaceholder')}
        maxLength={200}
        value={filters.q}
        onSearch={(q) => setFilters({ q, sort: filters.sort === 'relevance' ? undefined : filters.sort })}
      />

      <div className="browse">
        <button
          type="button"
          className="button button--ghost browse__toggle"
          aria-expanded={panelOpen}
          aria-controls={FILTERS_ID}
          onClick={() => setPanelOpen((open) => !open)}
        >
          {narrowing > 0 ? t('marketplace.filters.toggleCount', { count: narrowing }) : t('marketplace.filters.toggle')}
        </button>
        <OpportunityFiltersPanel
          id={FILTERS_ID}
          open={panelOpen}
          filters={filters}
          facets={firstPage?.facets ?? null}
          rateDate={rates?.asOf ?? null}
          onChange={setFilters}
        />

        <section className="browse__results" aria-labelledby="results-title" aria-busy={search.isFetching}>
          <div className="results-bar">
            <h2 id="results-title" className="results-bar__count" aria-live="polite">
              {typeof firstPage?.total === 'number' ? t('marketplace.browse.count', { count: firstPage.total }) : t('marketplace.browse.results')}
            </h2>
            <div className="results-bar__controls">
              <div className="currency-select">
                <label htmlFor="opportunity-sort" className="currency-select__label">
                  {t('marketplace.browse.sort')}
                </label>
                <select
                  id="opportunity-sort"
                  className="select select--small"
                  value={sort}
                  onChange={(event) => {
                    const chosen = event.target.value as OpportunitySort;
                    setFilters({ sort: chosen === defaultSort ? undefined : chosen });
                  }}
                >
                  {sorts.map((option) => (
                    <option key={option} value={option}>
                      {t(`marketplace.browse.sorts.${option}`)}
                    </option>
                  ))}
                </select>
              </div>
              <PreferredCurrencySelect id="browse-currency" />
            </div>
          </div>
          <ActiveFilters filters={filters} onChange={setFilters} />
          {results}
        </section>
      </div>
    </div>
  );
}
