import {
  countryCodeSchema,
  instrumentCodeSchema,
  islandGroupCodeSchema,
  moneyAmountSchema,
  OPPORTUNITY_SORTS,
  regionCodeSchema,
  sectorCodeSchema,
  stageCodeSchema,
  sustainabilityTagCodeSchema,
  type SearchOpportunitiesQuery,
} from '@serumpun/shared';
import { z } from 'zod';

/** The filters of the browse page, as they live in its URL (shareable; back and forward work). */
export type OpportunityFilters = Pick<
  SearchOpportunitiesQuery,
  'q' | 'sector' | 'region' | 'country' | 'island' | 'instrument' | 'stage' | 'tag' | 'minAmountUsd' | 'maxAmountUsd' | 'sort'
>;
export type FilterName = keyof OpportunityFilters;

const FILTER_SCHEMAS: { [Name in FilterName]-?: z.ZodType<NonNullable<OpportunityFilters[Name]>> } = {
  q: z.string().trim().min(1).max(200),
  sector: sectorCodeSchema,
  region: regionCodeSchema,
  country: countryCodeSchema,
  island: islandGroupCodeSchema,
  instrument: instrumentCodeSchema,
  stage: stageCodeSchema,
  tag: sustainabilityTagCodeSchema,
  minAmountUsd: moneyAmountSchema,
  maxAmountUsd: moneyAmountSchema,
  sort: z.enum(OPPORTUNITY_SORTS),
};

export const FILTER_NAMES = Object.keys(FILTER_SCHEMAS) as FilterName[];

/**
 * The filters a URL asks for. A value the API would refuse (an old or hand-edited link) is dropped
 * rather than turning the whole page into an error.
 */
export function filtersFromParams(params: URLSearchParams): OpportunityFilters {
  const filters: Record<string, string> = {};
  for (const name of FILTER_NAMES) {
    const raw = params.get(name);
    if (raw === null) continue;
    const parsed = FILTER_SCHEMAS[name].safeParse(raw);
    if (parsed.success) filters[name] = parsed.data as string;
  }
  return filters as OpportunityFilters;
}

/** The URL of these filters; the order is fixed so equal filters make equal URLs. */
export function paramsFromFilters(filters: OpportunityFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) {
    const value = filters[name];
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  return params;
}

/** How many filters narrow the list (the text and the order do not count). */
export function activeFilterCount(filters: OpportunityFilters): number {
  return FILTER_NAMES.filter((name) => name !== 'q' && name !== 'sort' && filters[name] !== undefined).length;
}

/** The same search with every narrowing filter removed (the text and the order stay). */
export function withoutNarrowing(filters: OpportunityFilters): OpportunityFilters {
  return Object.fromEntries(FILTER_NAMES.map((name) => [name, name === 'q' || name === 'sort' ? filters[name] : undefined])) as OpportunityFilters;
}
