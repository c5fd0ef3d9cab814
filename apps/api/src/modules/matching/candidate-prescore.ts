import { MATCH_CREDITS, MATCH_CRITERIA, type MatchCriterion, type MatchWeights } from '@serumpun/matching';
import { regionCodesOf, sectorCodesOf } from './candidate-codes.js';
import type { SqlParams } from './sql-params.js';

/**
 * A cheap estimate, in SQL, of the score a pair would get: the sector, region, ticket, instrument and stage
 * criteria with the tiers and weights of @serumpun/matching. It only orders candidates so that the pool
 * handed to the exact scorer holds the ones that can rank high; the score shown is always the package's.
 * Language and sustainability are left out (they need joins and array intersections): together they weigh
 * 10 of 100 points with the default weights.
 */
type Factors = Record<MatchCriterion, number>;

export function pointFactors(weights: MatchWeights): Factors {
  const total = MATCH_CRITERIA.reduce((sum, criterion) => sum + weights[criterion], 0);
  return Object.fromEntries(MATCH_CRITERIA.map((criterion) => [criterion, (100 * weights[criterion]) / total])) as Factors;
}

const NOT_STATED = MATCH_CREDITS.notStated;
const num = (value: number) => value.toFixed(6);

/** What an investor states, as the pre-score needs it. */
export interface InvestorWishes {
  sectors: readonly string[];
  regions: readonly string[];
  ticketMinUsd: string | null;
  ticketMaxUsd: string | null;
  instruments: readonly string[];
  stages: readonly string[];
}

/** The estimate for opportunity rows (alias `o`) against one investor's wishes. */
export function opportunityPreScore(params: SqlParams, investor: InvestorWishes, weights: MatchWeights): string {
  const f = pointFactors(weights);
  const sector = sectorCodesOf(investor.sectors);
  const region = regionCodesOf(investor.regions);
  const terms: string[] = [];
  terms.push(
    sector.sections.length === 0
      ? num(f.sector * NOT_STATED)
      : `CASE WHEN o.sector_code = ANY(${params.add(sector.divisions)}::text[]) THEN ${num(f.sector)}
              WHEN o.sector_section = ANY(${params.add(sector.sections)}::text[]) THEN ${num(f.sector * MATCH_CREDITS.sameSection)} ELSE 0 END`,
  );
  terms.push(
    region.regions.length === 0
      ? num(f.region * NOT_STATED)
      : `CASE WHEN o.region_code = ANY(${params.add(region.regions)}::text[]) THEN ${num(f.region)}
              WHEN o.region_code = ANY(${params.add(region.islandRegions)}::text[]) THEN ${num(f.region * MATCH_CREDITS.sameIsland)}
              WHEN o.region_code = ANY(${params.add(region.countryRegions)}::text[]) THEN ${num(f.region * MATCH_CREDITS.sameCountry)} ELSE 0 END`,
  );
  terms.push(ticketTerm(params, 'o.amount_usd', 'o.amount_usd', investor.ticketMinUsd, investor.ticketMaxUsd, f.ticket));
  terms.push(
    investor.instruments.length === 0
      ? num(f.instrument * NOT_STATED)
      : `CASE WHEN o.instruments && ${params.add(investor.instruments)}::text[] THEN ${num(f.instrument)} ELSE 0 END`,
  );
  terms.push(
    investor.stages.length === 0 ? num(f.stage * NOT_STATED) : `CASE WHEN o.stage = ANY(${params.add(investor.stages)}::text[]) THEN ${num(f.stage)} ELSE 0 END`,
  );
  return terms.map((term) => `(${term})`).join(' + ');
}

/** What a business offers through its published opportunities (or its profile), as the pre-score needs it. */
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
 * The estimate for investor rows (alias `p`) against what a business offers: the best tier any of its
 * opportunities could reach on each criterion (an upper estimate when it has several).
 */
export function investorPreScore(params: SqlParams, offer: BusinessOffer, weights: MatchWeights): string {
  const f = pointFactors(weights);
  const sector = sectorCodesOf(offer.sectors);
  const region = regionCodesOf(offer.regions);
  const blank = (column: string) => `cardinality(${column}) = 0`;
  const terms: string[] = [];
  terms.push(
    `CASE WHEN ${blank('p.sectors')} THEN ${num(f.sector * NOT_STATED)}
          WHEN p.sectors && ${params.add(sector.divisions)}::text[] THEN ${num(f.sector)}
          WHEN p.sectors && ${params.add(sector.sectionWide)}::text[] THEN ${num(f.sector * MATCH_CREDITS.sameSection)} ELSE 0 END`,
  );
  terms.push(
    `CASE WHEN ${blank('p.regions')} THEN ${num(f.region * NOT_STATED)}
          WHEN p.regions && ${params.add(region.regions)}::text[] THEN ${num(f.region)}
          WHEN p.regions && ${params.add(region.islandRegions)}::text[] THEN ${num(f.region * MATCH_CREDITS.sameIsland)}
          WHEN p.regions && ${params.add(region.countryRegions)}::text[] THEN ${num(f.region * MATCH_CREDITS.sameCountry)} ELSE 0 END`,
  );
  terms.push(
    offer.minAmountUsd === null || offer.maxAmountUsd === null
      ? num(f.ticket * NOT_STATED)
      : // The investor's range against the span of amounts asked: credit for the nearest amount.
        ticketTerm(params, offer.maxAmountUsd, offer.minAmountUsd, 'p.ticket_min_usd', 'p.ticket_max_usd', f.ticket),
  );
  terms.push(
    offer.instruments.length === 0
      ? num(f.instrument * NOT_STATED)
      : `CASE WHEN ${blank('p.instruments')} THEN ${num(f.instrument * NOT_STATED)} WHEN p.instruments && ${params.add(offer.instruments)}::text[] THEN ${num(f.instrument)} ELSE 0 END`,
  );
  terms.push(
    offer.stages.length === 0
      ? num(f.stage * NOT_STATED)
      : `CASE WHEN ${blank('p.stages')} THEN ${num(f.stage * NOT_STATED)} WHEN p.stages && ${params.add(offer.stages)}::text[] THEN ${num(f.stage)} ELSE 0 END`,
  );
  return terms.map((term) => `(${term})`).join(' + ');
}

/**
 * Ticket credit: full inside [min, max], falling with the log10 distance outside (gone at one decade).
 * `high` is compared with `min` and `low` with `max`, so a span of amounts gets the credit of its nearest end.
 * Columns or values may be given; values are bound.
 */
function ticketTerm(params: SqlParams, high: string, low: string, min: string | null, max: string | null, factor: number): string {
  if (min === null || max === null) return num(factor * NOT_STATED);
  const sql = (value: string) => (/^[a-z_.]+$/.test(value) ? `${value}::float8` : `${params.add(value)}::float8`);
  const [h, l, lo, hi] = [sql(high), sql(low), sql(min), sql(max)];
  const decades = MATCH_CREDITS.ticketDecadesToZero;
  return `CASE WHEN ${h} < ${lo} THEN ${num(factor)} * greatest(0, 1 - log(${lo} / greatest(${h}, 0.01)) / ${decades})
               WHEN ${l} > ${hi} THEN ${num(factor)} * greatest(0, 1 - log(${l} / greatest(${hi}, 0.01)) / ${decades})
               ELSE ${num(factor)} END`;
}
