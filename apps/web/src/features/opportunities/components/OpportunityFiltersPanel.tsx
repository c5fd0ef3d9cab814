import {
  COUNTRIES,
  divisionsOf,
  findSection,
  formatMoney,
  INSTRUMENTS,
  isDivisionCode,
  label,
  regionsOfCountry,
  sectionOf,
  STAGES,
  type OpportunityFacets,
} from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { formatCalendarDate } from '../../money/format-date';
import { SelectField } from '../../../components/SelectField';
import { countryName, islandName, regionName, sectorName } from '../../profiles/taxonomy';
import { activeFilterCount, withoutNarrowing, type OpportunityFilters } from '../opportunity-filters';
import { AmountRangeForm } from './AmountRangeForm';
import { FacetGroup, type FacetOption } from './FacetGroup';

/** Facet values with their counts (biggest first, as the API sends them), keeping the chosen one. */
function withCounts(counts: readonly { code: string; count: number }[] | undefined, chosen: string | undefined, name: (code: string) => string): FacetOption[] {
  const options: FacetOption[] = (counts ?? []).filter((c) => c.count > 0).map((c) => ({ code: c.code, label: name(c.code), count: c.count }));
  if (chosen && !options.some((option) => option.code === chosen)) options.push({ code: chosen, label: name(chosen), count: counts ? 0 : null });
  return options;
}

export function OpportunityFiltersPanel({
  id,
  open,
  filters,
  facets,
  rateDate,
  onChange,
}: {
  id: string;
  /** On a phone the panel folds away; on a wide screen it is always shown beside the results. */
  open: boolean;
  filters: OpportunityFilters;
  facets: OpportunityFacets | null;
  rateDate: string | null;
  onChange: (change: Partial<OpportunityFilters> | null) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const section = filters.sector ? sectionOf(filters.sector) : undefined;
  const countryCounts = new Map(facets?.country.map((c) => [c.code, c.count]));
  // Only countries with regions hold opportunities (an opportunity is always somewhere).
  const countries: FacetOption[] = COUNTRIES.filter((country) => regionsOfCountry(country.code).length > 0).map((country) => ({
    code: country.code,
    label: label(country, locale),
    count: facets ? (countryCounts.get(country.code) ?? 0) : null,
  }));

  return (
    <aside id={id} className={['filters', open ? 'filters--open' : null].filter(Boolean).join(' ')} aria-labelledby={`${id}-title`}>
      <div className="filters__head">
        <h2 id={`${id}-title`} className="filters__title">
          {t('marketplace.filters.title')}
        </h2>
        {activeFilterCount(filters) > 0 ? (
          <button type="button" className="link-button" onClick={() => onChange(withoutNarrowing(filters))}>
            {t('marketplace.filters.clear')}
          </button>
        ) : null}
      </div>

      <FacetGroup
        name="sector"
        legend={t('marketplace.filters.sector')}
        allLabel={t('marketplace.filters.allSectors')}
        options={withCounts(facets?.sector, section, (code) => sectorName(code, locale))}
        value={section}
        onChange={(code) => onChange({ sector: code as OpportunityFilters['sector'] })}
      />
      {section ? (
        <SelectField
          id="filter-division"
          label={t('marketplace.filters.division')}
          placeholder={t('marketplace.filters.allDivisions', { section: findSection(section) ? label(findSection(section)!, locale) : section })}
          options={divisionsOf(section).map((division) => ({ value: division.code, label: `${division.code} · ${label(division, locale)}` }))}
          value={filters.sector && isDivisionCode(filters.sector) ? filters.sector : ''}
          onChange={(event) => onChange({ sector: (event.target.value || section) as OpportunityFilters['sector'] })}
        />
      ) : null}

      <FacetGroup
        name="country"
        legend={t('marketplace.filters.country')}
        allLabel={t('marketplace.filters.allCountries')}
        options={countries}
        value={filters.country}
        onChange={(code) => onChange({ country: code as OpportunityFilters['country'] })}
      />
      <FacetGroup
        name="island"
        legend={t('marketplace.filters.island')}
        allLabel={t('marketplace.filters.allIslands')}
        options={withCounts(facets?.island, filters.island, (code) => islandName(code, locale))}
        value={filters.island}
        onChange={(code) => onChange({ island: code as OpportunityFilters['island'] })}
      />

      <SelectField
        id="filter-instrument"
        label={t('marketplace.filters.instrument')}
        placeholder={t('marketplace.filters.allInstruments')}
        options={INSTRUMENTS.map((entry) => ({ value: entry.code, label: label(entry, locale) }))}
        value={filters.instrument ?? ''}
        onChange={(event) => onChange({ instrument: (event.target.value || undefined) as OpportunityFilters['instrument'] })}
      />
      <SelectField
        id="filter-stage"
        label={t('marketplace.filters.stage')}
        placeholder={t('marketplace.filters.allStages')}
        options={STAGES.map((entry) => ({ value: entry.code, label: label(entry, locale) }))}
        value={filters.stage ?? ''}
        onChange={(event) => onChange({ stage: (event.target.value || undefined) as OpportunityFilters['stage'] })}
      />

      <AmountRangeForm
        key={`${filters.minAmountUsd ?? ''}-${filters.maxAmountUsd ?? ''}-${locale}`}
        min={filters.minAmountUsd}
        max={filters.maxAmountUsd}
        rateDate={rateDate ? formatCalendarDate(rateDate, locale) : null}
        onApply={onChange}
      />
    </aside>
  );
}

/** The filters in force, each removable: on a phone they stay visible while the panel is folded. */
export function ActiveFilters({ filters, onChange }: { filters: OpportunityFilters; onChange: (change: Partial<OpportunityFilters>) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const usd = (amount: string | undefined) => (amount ? formatMoney({ amount, currency: 'USD' }, locale) : '…');
  const chips: { key: string; text: string; clear: Partial<OpportunityFilters> }[] = [];
  if (filters.q) chips.push({ key: 'q', text: `“${filters.q}”`, clear: { q: undefined, sort: filters.sort === 'relevance' ? undefined : filters.sort } });
  if (filters.sector) chips.push({ key: 'sector', text: `${filters.sector} · ${sectorName(filters.sector, locale)}`, clear: { sector: undefined } });
  if (filters.region) chips.push({ key: 'region', text: regionName(filters.region, locale), clear: { region: undefined } });
  if (filters.country) chips.push({ key: 'country', text: countryName(filters.country, locale), clear: { country: undefined } });
  if (filters.island) chips.push({ key: 'island', text: islandName(filters.island, locale), clear: { island: undefined } });
  if (filters.instrument) chips.push({ key: 'instrument', text: label(INSTRUMENTS.find((i) => i.code === filters.instrument)!, locale), clear: { instrument: undefined } });
  if (filters.stage) chips.push({ key: 'stage', text: label(STAGES.find((s) => s.code === filters.stage)!, locale), clear: { stage: undefined } });
  if (filters.minAmountUsd || filters.maxAmountUsd) {
    chips.push({
      key: 'amount',
      text: t('marketplace.filters.amountChip', { min: usd(filters.minAmountUsd), max: usd(filters.maxAmountUsd) }),
      clear: { minAmountUsd: undefined, maxAmountUsd: undefined },
    });
  }
  if (chips.length === 0) return null;
  return (
    <ul className="chips chips--filters" aria-label={t('marketplace.filters.active')}>
      {chips.map((chip) => (
        <li key={chip.key} className="chip">
          <span className="chip__text">{chip.text}</span>
          <button type="button" className="chip__remove" aria-label={t('marketplace.filters.remove', { filter: chip.text })} onClick={() => onChange(chip.clear)}>
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
