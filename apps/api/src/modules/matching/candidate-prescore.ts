import { MATCH_CREDITS, MATCH_CRITERIA, type MatchCriterion, type MatchWeights } from '@serumpun/matching';
import { regionCodesOf, sectorCodesOf } from './candidate-codes.js';
import type { Tier } from './candidate-levels.js';
import type { SqlParams } from '../../database/sql-params.js';

/**
 * A cheap estimate, in SQL, of the score a pair would get, with the tiers and weights of @serumpun/matching:
 * sector and region as tiers (candidate-levels.ts), ticket, instrument and stage as float expressions. It only
 * orders candidates so that the pool handed to the exact scorer holds those that can rank high; the score
 * shown is always the package's. Language and sustainability are left out (they need joins and array
 * intersections): together they weigh 10 of 100 points with the default weights.
 */
type Factors = Record<MatchCriterion, number>;

export function pointFactors(weights: MatchWeights): Factors {
  const total = MATCH_CRITERIA.reduce((sum, criterion) => sum + weights[criterion], 0);
  return Object.fromEntries(MATCH_CRITERIA.map((criterion) => [criterion, (100 * weights[criterion]) / total])) as Factors;
}

const NOT_STATED = MATCH_CREDITS.notStated;
const num = (value: number) => `${value.toFixed(6)}::float8`;
const minus = (all: readonly string[], taken: readonly string[]) => all.filter((code) => !taken.includes(code));
const TRUE: Tier['condition'] = () => 'TRUE';

/** What an investor states, as the estimate needs it. */
export interface InvestorWishes {
  sectors: readonly string[];
  regions: readonly string[];
  ticketMinUsd: string | null;
  ticketMaxUsd: string | null;
  instruments: readonly string[];
  stages: readonly string[];
}

/** Sector and region tiers of opportunity rows (alias `o`) against one investor's wishes. */
export function opportunityTiers(investor: InvestorWishes, weights: MatchWeights): { sector: Tier[]; region: Tier[] } {
  const f = pointFactors(weights);
  const sector = sectorCodesOf(investor.sectors);
  const region = regionCodesOf(investor.regions);
  const anyOf = (column: string, codes: readonly string[]) => (params: SqlParams) => `${column} = ANY(${params.add(codes)}::text[])`;
  const noneOf = (column: string, codes: readonly string[]) => (params: SqlParams) => `NOT (${column} = ANY(${params.add(codes)}::text[]))`;
  const sectionOnly = minus(sector.sectionWide, sector.divisions);
  const islandOnly = minus(region.islandRegions, region.regions);
  const countryOnly = minus(region.countryRegions, region.islandRegions);
  const sectorTiers: Tier[] =
    sector.sections.length === 0
      ? [{ points: f.sector * NOT_STATED, condition: TRUE }]
      : [
          ...(sector.divisions.length > 0 ? [{ points: f.sector, condition: anyOf('o.sector_code', sector.divisions) }] : []),
          ...(sectionOnly.length > 0 ? [{ points: f.sector * MATCH_CREDITS.sameSection, condition: anyOf('o.sector_code', sectionOnly) }] : []),
          { points: 0, condition: noneOf('o.sector_code', sector.sectionWide) },
        ];
  const regionTiers: Tier[] =
    region.regions.length === 0
      ? [{ points: f.region * NOT_STATED, condition: TRUE }]
      : [
          { points: f.region, condition: anyOf('o.region_code', region.regions) },
          ...(islandOnly.length > 0 ? [{ points: f.region * MATCH_CREDITS.sameIsland, condition: anyOf('o.region_code', islandOnly) }] : []),
          ...(countryOnly.length > 0 ? [{ points: f.region * MATCH_CREDITS.sameCountry, condition: anyOf('o.region_code', countryOnly) }] : []),
          { points: 0, condition: noneOf('o.region_code', region.countryRegions) },
        ];
  return { sector: sectorTiers, region: regionTiers };
}

/** Ticket, instrument and stage points of opportunity rows (alias `o`) for one investor, as a float8 expression. */
export function opportunityRestEstimate(params: SqlParams, investor: InvestorWishes, weights: MatchWeights): string {
  const f = pointFactors(weights);
  return [
    ticketTerm(params, 'o.amount_usd', 'o.amount_usd', investor.ticketMinUsd, investor.ticketMaxUsd, f.ticket),
    investor.instruments.length === 0
      ? num(f.instrument * NOT_STATED)
      : `CASE WHEN o.instruments && ${params.add(investor.instruments)}::text[] THEN ${num(f.instrument)} ELSE 0::float8 END`,
    investor.stages.length === 0
      ? num(f.stage * NOT_STATED)
      : `CASE WHEN o.stage = ANY(${params.add(investor.stages)}::text[]) THEN ${num(f.stage)} ELSE 0::float8 END`,
  ]
    .map((term) => `(${term})`)
    .join(' + ');
}

/** What a business offers through its published opportunities (or its profile), as the estimate needs it. */
export interface BusinessOffer {
  sectors: readonly string[];
  regions: readonly string[];
  /** The smallest and largest amount asked, in USD; null when nothing is published. */
  minAmountUsd: string | null;
  maxAmountUsd: string | null;
  instruments: readonly string[];
  stages: readonly string[];
}

/**
 * Sector and region tiers of investor rows (alias `p`) against what a business offers: the best tier any of
 * its opportunities reaches (GIN indexes serve the array overlaps).
 */
export function investorTiers(offer: BusinessOffer, weights: MatchWeights): { sector: Tier[]; region: Tier[] } {
  const f = pointFactors(weights);
  const sector = sectorCodesOf(offer.sectors);
  const region = regionCodesOf(offer.regions);
  const overlaps = (column: string, codes: readonly string[]) => (params: SqlParams) => `${column} && ${params.add(codes)}::text[]`;
  const blank = (column: string) => () => `cardinality(${column}) = 0`;
  const stated = (column: string) => `cardinality(${column}) > 0`;
  const sectorTiers: Tier[] =
    sector.sections.length === 0
      ? [{ points: f.sector * NOT_STATED, condition: TRUE }]
      : [
          ...(sector.divisions.length > 0 ? [{ points: f.sector, condition: overlaps('p.sectors', sector.divisions) }] : []),
          {
            points: f.sector * MATCH_CREDITS.sameSection,
            condition: (params) =>
              `${sector.divisions.length > 0 ? `NOT (p.sectors && ${params.add(sector.divisions)}::text[]) AND ` : ''}p.sectors && ${params.add(sector.sectionWide)}::text[]`,
          },
          { points: f.sector * NOT_STATED, condition: blank('p.sectors') },
          { points: 0, condition: (params) => `${stated('p.sectors')} AND NOT (p.sectors && ${params.add(sector.sectionWide)}::text[])` },
        ];
  const regionTiers: Tier[] =
    region.regions.length === 0
      ? [{ points: f.region * NOT_STATED, condition: TRUE }]
      : [
          { points: f.region, condition: overlaps('p.regions', region.regions) },
          {
            points: f.region * MATCH_CREDITS.sameIsland,
            condition: (params) => `NOT (p.regions && ${params.add(region.regions)}::text[]) AND p.regions && ${params.add(region.islandRegions)}::text[]`,
          },
          {
            points: f.region * MATCH_CREDITS.sameCountry,
            condition: (params) => `NOT (p.regions && ${params.add(region.islandRegions)}::text[]) AND p.regions && ${params.add(region.countryRegions)}::text[]`,
          },
          { points: f.region * NOT_STATED, condition: blank('p.regions') },
          { points: 0, condition: (params) => `${stated('p.regions')} AND NOT (p.regions && ${params.add(region.countryRegions)}::text[])` },
        ];
  return { sector: sectorTiers, region: regionTiers };
}

/** Ticket, instrument and stage points of investor rows (alias `p`) for a business's offer, as a float8 expression. */
export function investorRestEstimate(params: SqlParams, offer: BusinessOffer, weights: MatchWeights): string {
  const f = pointFactors(weights);
  const overlap = (column: string, codes: readonly string[], factor: number) =>
    codes.length === 0
      ? num(factor * NOT_STATED)
      : `CASE WHEN cardinality(${column}) = 0 THEN ${num(factor * NOT_STATED)} WHEN ${column} && ${params.add(codes)}::text[] THEN ${num(factor)} ELSE 0::float8 END`;
  return [
    offer.minAmountUsd === null || offer.maxAmountUsd === null
      ? num(f.ticket * NOT_STATED)
      : // The investor's range against the span of amounts asked: the credit of the nearest end.
        ticketTerm(params, offer.maxAmountUsd, offer.minAmountUsd, 'p.ticket_min_usd', 'p.ticket_max_usd', f.ticket),
    overlap('p.instruments', offer.instruments, f.instrument),
    overlap('p.stages', offer.stages, f.stage),
  ]
    .map((term) => `(${term})`)
    .join(' + ');
}

/**
 * Ticket credit: full inside [min, max], falling with the log10 distance outside (gone at one decade).
 * `high` is compared with `min` and `low` with `max`, so a span of amounts gets the credit of its nearest end.
 * Arguments are column names or decimal strings (bound).
 */
function ticketTerm(params: SqlParams, high: string, low: string, min: string | null, max: string | null, factor: number): string {
  if (min === null || max === null) return num(factor * NOT_STATED);
  const sql = (value: string) => (/^[a-z_.]+$/.test(value) ? `${value}::float8` : `${params.add(value)}::float8`);
  const [h, l, lo, hi] = [sql(high), sql(low), sql(min), sql(max)];
  const decades = MATCH_CREDITS.ticketDecadesToZero;
  return `CASE WHEN ${h} < ${lo} THEN ${num(factor)} * greatest(0::float8, 1 - log(${lo} / greatest(${h}, 0.01::float8)) / ${decades})
               WHEN ${l} > ${hi} THEN ${num(factor)} * greatest(0::float8, 1 - log(${l} / greatest(${hi}, 0.01::float8)) / ${decades})
               ELSE ${num(factor)} END`;
}
