import type { FxTable } from '../amounts/to-usd.js';
import { toUsd } from '../amounts/to-usd.js';
import type { MatchBusiness, MatchOpportunity } from '../types.js';
import { compareIds } from './compare-ids.js';
import {
  COUNTRY_BIT_OF_REGION,
  INSTRUMENT_MASK,
  ISLAND_BIT_OF_REGION,
  LANGUAGE_MASK,
  SECTION_BIT_OF_SECTOR,
  SECTOR_COUNT,
  STAGE_MASK,
  SUSTAINABILITY_MASK,
  regionIndex,
  sectorIndex,
} from './taxonomy-index.js';

/**
 * What an investor is matched against: an opportunity, or a business profile without a published one.
 * A zero mask, an empty sector list, region -1 or a NaN amount means "not given".
 */
export interface CompiledTarget {
  /** The opportunity, or null for a business matched through its profile. */
  readonly opportunityId: string | null;
  readonly sectors: readonly number[];
  readonly sectionMask: number;
  readonly region: number;
  readonly islandMask: number;
  readonly countryMask: number;
  /** log10 of the amount in US dollars; NaN when not given. */
  readonly logAmount: number;
  readonly instruments: number;
  readonly stages: number;
  readonly languages: number;
  readonly sustainabilityTags: number;
}

function compileSectors(codes: readonly string[]): { sectors: number[]; sectionMask: number } {
  const sectors: number[] = [];
  let sectionMask = 0;
  for (const code of codes) {
    const index = sectorIndex(code);
    if (index < 0 || sectors.includes(index)) continue;
    sectors.push(index);
    sectionMask |= SECTION_BIT_OF_SECTOR[index];
  }
  return { sectors, sectionMask };
}

const NO_SECTORS: readonly number[] = Object.freeze([]);
/** One shared frozen list per sector: an opportunity has a single sector, and ranking compiles 10^5 of them. */
const SINGLE_SECTOR: readonly (readonly number[])[] = Array.from({ length: SECTOR_COUNT }, (_, index) => Object.freeze([index]));

// Built field by field, in one order, so that every compiled target shares one hidden class.
export function compileOpportunity(
  opportunity: MatchOpportunity,
  fx: FxTable,
  fallbackLanguages?: readonly string[],
): CompiledTarget {
  const amount = toUsd(opportunity.amount, fx, `amount of opportunity ${opportunity.id}`);
  const languages = opportunity.languages?.length ? opportunity.languages : fallbackLanguages;
  const sector = sectorIndex(opportunity.sectorCode);
  const region = regionIndex(opportunity.regionCode);
  return {
    opportunityId: opportunity.id,
    sectors: sector >= 0 ? SINGLE_SECTOR[sector] : NO_SECTORS,
    sectionMask: sector >= 0 ? SECTION_BIT_OF_SECTOR[sector] : 0,
    region,
    islandMask: region >= 0 ? ISLAND_BIT_OF_REGION[region] : 0,
    countryMask: region >= 0 ? COUNTRY_BIT_OF_REGION[region] : 0,
    logAmount: amount !== undefined && amount > 0 ? Math.log10(amount) : Number.NaN,
    instruments: INSTRUMENT_MASK.maskOf(opportunity.instruments),
    stages: opportunity.stage ? STAGE_MASK.maskOf([opportunity.stage]) : 0,
    languages: LANGUAGE_MASK.maskOf(languages),
    sustainabilityTags: SUSTAINABILITY_MASK.maskOf(opportunity.sustainabilityTags),
  };
}

export function isPublished(opportunity: MatchOpportunity): boolean {
  return opportunity.status === 'published';
}

/** The business's published opportunities (in id order, so that ties go to the lowest id), or its profile. */
export function compileBusinessTargets(business: MatchBusiness, fx: FxTable): CompiledTarget[] {
  const published = (business.opportunities ?? []).filter(isPublished);
  if (published.length > 0) {
    return published
      .map((opportunity) => compileOpportunity(opportunity, fx, business.languages))
      .sort((a, b) => compareIds(a.opportunityId!, b.opportunityId!));
  }
  const { sectors, sectionMask } = compileSectors(business.sectors ?? []);
  const region = regionIndex(business.regionCode);
  return [
    {
      opportunityId: null,
      sectors,
      sectionMask,
      region,
      islandMask: region >= 0 ? ISLAND_BIT_OF_REGION[region] : 0,
      countryMask: region >= 0 ? COUNTRY_BIT_OF_REGION[region] : 0,
      logAmount: Number.NaN,
      instruments: 0,
      stages: 0,
      languages: LANGUAGE_MASK.maskOf(business.languages),
      sustainabilityTags: 0,
    },
  ];
}
