import type { FxTable } from '../amounts/to-usd.js';
import { toUsd } from '../amounts/to-usd.js';
import type { MatchInvestor } from '../types.js';
import {
  COUNTRY_BIT_OF_REGION,
  INSTRUMENT_MASK,
  ISLAND_BIT_OF_REGION,
  LANGUAGE_MASK,
  REGION_COUNT,
  SECTION_BIT_OF_SECTOR,
  SECTOR_COUNT,
  STAGE_MASK,
  SUSTAINABILITY_MASK,
  bitCount,
  regionIndex,
  sectorIndex,
} from './taxonomy-index.js';

/** An investor's preferences as indices and masks. Unknown codes are ignored, as if left blank. */
export interface CompiledInvestor {
  readonly source: MatchInvestor;
  readonly id: string;
  readonly visible: boolean;
  /** Membership by sector index: the exact codes stated. */
  readonly sectors: Uint8Array;
  readonly sectorStated: boolean;
  readonly sectionMask: number;
  /** Membership by region index: the regions of interest. */
  readonly regions: Uint8Array;
  readonly regionStated: boolean;
  readonly interestIslandMask: number;
  readonly interestCountryMask: number;
  /** Home region index, or -1. */
  readonly homeRegion: number;
  readonly homeIslandMask: number;
  readonly homeCountryMask: number;
  /** log10 of the ticket bounds in US dollars; -Infinity / Infinity when a bound is absent. */
  readonly logMin: number;
  readonly logMax: number;
  readonly ticketStated: boolean;
  readonly instruments: number;
  readonly stages: number;
  readonly languages: number;
  readonly sustainabilityTags: number;
  readonly sustainabilityTagCount: number;
}

export function compileInvestor(investor: MatchInvestor, fx: FxTable): CompiledInvestor {
  const sectors = new Uint8Array(SECTOR_COUNT);
  let sectionMask = 0;
  let sectorStated = false;
  for (const code of investor.sectors ?? []) {
    const index = sectorIndex(code);
    if (index < 0) continue;
    sectors[index] = 1;
    sectionMask |= SECTION_BIT_OF_SECTOR[index];
    sectorStated = true;
  }

  const regions = new Uint8Array(REGION_COUNT);
  let interestIslandMask = 0;
  let interestCountryMask = 0;
  let regionStated = false;
  for (const code of investor.regions ?? []) {
    const index = regionIndex(code);
    if (index < 0) continue;
    regions[index] = 1;
    interestIslandMask |= ISLAND_BIT_OF_REGION[index];
    interestCountryMask |= COUNTRY_BIT_OF_REGION[index];
    regionStated = true;
  }
  const homeRegion = regionIndex(investor.regionCode);

  const min = toUsd(investor.ticketMin, fx, `ticketMin of investor ${investor.id}`);
  const max = toUsd(investor.ticketMax, fx, `ticketMax of investor ${investor.id}`);
  // A zero bound states nothing: "from 0" has no lower bound, and "up to 0" is a blank form field.
  let logMin = min !== undefined && min > 0 ? Math.log10(min) : -Infinity;
  let logMax = max !== undefined && max > 0 ? Math.log10(max) : Infinity;
  // Bounds typed the wrong way round still describe one range.
  if (logMin > logMax) [logMin, logMax] = [logMax, logMin];

  const sustainabilityTags = SUSTAINABILITY_MASK.maskOf(investor.sustainabilityTags);
  return {
    source: investor,
    id: investor.id,
    visible: investor.visible !== false,
    sectors,
    sectorStated,
    sectionMask,
    regions,
    regionStated,
    interestIslandMask,
    interestCountryMask,
    homeRegion,
    homeIslandMask: homeRegion >= 0 ? ISLAND_BIT_OF_REGION[homeRegion] : 0,
    homeCountryMask: homeRegion >= 0 ? COUNTRY_BIT_OF_REGION[homeRegion] : 0,
    logMin,
    logMax,
    ticketStated: logMin !== -Infinity || logMax !== Infinity,
    instruments: INSTRUMENT_MASK.maskOf(investor.instruments),
    stages: STAGE_MASK.maskOf(investor.stages),
    languages: LANGUAGE_MASK.maskOf(investor.languages),
    sustainabilityTags,
    sustainabilityTagCount: bitCount(sustainabilityTags),
  };
}
