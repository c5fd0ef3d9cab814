import { isRegionCode, isSectorCode } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle';
import { PreferredCurrencySelect } from '../../money/components/PreferredCurrencySelect';
import { OpportunityListSkeleton } from '../../opportunities/components/OpportunityListSkeleton';
import { SearchBox } from '../../opportunities/components/SearchBox';
import { RegionPicker } from '../../profiles/components/RegionPicker';
import { SectorPicker } from '../../profiles/components/SectorPicker';
import { useInvestors } from '../hooks/useInvestors';
import { InvestorCard } from './InvestorCard';
import { LoadMoreButton } from '../../../components/LoadMoreButton';

/** The investor directory (businesses and organisers): who invests in what, and where. */
export function InvestorsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const sector = params.get('sector') ?? '';
  const region = params.get('region') ?? '';
  const q = params.get('q')?.trim() ?? '';
  const filters = { sector: isSectorCode(sector) ? sector : undefined, region: isRegionCode(region) ? region : undefined, q: q || undefined };
  const list = useInvestors(filters);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const apply = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams();
    const merged = { ...filters, ...change };
    for (const name of ['q', 'sector', 'region'] as const) if (merged[name]) next.set(name, merged[name]!);
    setParams(next);
  };

  let content;
  if (list.isPending) content = <OpportunityListSkeleton count={2} />;
  else if (list.isError && items.length === 0) {
    content = (
      <div className="empty" role="alert">
        <p>{t('marketplace.investors.loadError')}</p>
        <button type="button" className="button button--ghost button--small" onClick={() => void list.refetch()}>
          {t('common.tryAgain')}
        </button>
      </div>
    );
  } else if (items.length === 0) {
    content = <p className="empty empty--large">{t('marketplace.investors.empty')}</p>;
  } else {
    content = (
      <>
        <ul className={['opp-list', list.isPlaceholderData ? 'opp-list--stale' : null].filter(Boolean).join(' ')}>
          {items.map((investor) => (
            <InvestorCard key={investor.id} investor={investor} />
          ))}
        </ul>
        <LoadMoreButton query={list} />
      </>
    );
  }

  return (
    <div className="page marketplace">
      <PageTitle title={t('marketplace.investors.title')}>{t('marketplace.investors.title')}</PageTitle>
      <p className="lead">{t('marketplace.investors.lead')}</p>
      <SearchBox
        key={q}
        id="investor-search"
        label={t('marketplace.investors.searchLabel')}
        placeholder={t('marketplace.investors.searchPlaceholder')}
        maxLength={100}
        value={q}
        onSearch={(text) => apply({ q: text })}
      />
      <div className="directory-filters">
        <SectorPicker
          id="investors-sector"
          label={t('marketplace.investors.sectorFilter')}
          value={filters.sector ? [filters.sector] : []}
          onChange={(codes) => apply({ sector: codes[0] })}
        />
        <RegionPicker
          id="investors-region"
          label={t('marketplace.investors.regionFilter')}
          value={filters.region ? [filters.region] : []}
          onChange={(codes) => apply({ region: codes[0] })}
        />
      </div>
      <div className="results-bar">
        <h2 className="results-bar__count">{t('marketplace.investors.results')}</h2>
        <div className="results-bar__controls">
          <PreferredCurrencySelect id="investors-currency" />
        </div>
      </div>
      {content}
    </div>
  );
}
