// Candidate pruning for the organiser's list of suggested meetings. Businesses are indexed by the ISIC
// sections and the island groups of their opportunities (or profile). For one investor the index sorts
// businesses into levels:
//   0. a shared section AND a shared island (or a blank on either side, which earns credit with anyone);
//   1. a shared section only;
//   2. a shared island only (islands of the regions of interest and of the home region);
//   3. neither: every other business, never listed.
// Pairs are scored level by level. A pair below the levels scored so far has a known ceiling: without a
// shared section it earns no sector credit, and without a shared island at most the same-country region
// credit, in both views. As soon as the list is full of pairs that beat the ceiling of what is left, the
// answer is provably the exhaustive one and the remaining levels are never scored.

import type { CompiledInvestor } from '../compile/compile-investor.js';
import type { CompiledTarget } from '../compile/compile-target.js';
import { REGION, SECTOR } from '../criteria/evaluate-pair.js';
import { MATCH_CREDITS } from '../weights.js';

export interface IndexedBusiness {
  readonly targets: readonly CompiledTarget[];
}

/** The levels scored before everything else; level 3 is "all the rest". */
export const LISTED_LEVELS = 3;

function bitsOf(mask: number): number[] {
  const bits: number[] = [];
  for (let bit = 0; bit < 32; bit++) if ((mask & (1 << bit)) !== 0) bits.push(bit);
  return bits;
}

export class CandidateIndex {
  private readonly bySection = new Map<number, number[]>();
  private readonly byIsland = new Map<number, number[]>();
  /** Businesses with a target lacking a sector or a region: they earn "not stated" credit with everyone. */
  private readonly everywhere: number[] = [];
  private readonly sectionStamps: Int32Array;
  private readonly islandStamps: Int32Array;
  private stamp = 0;

  constructor(private readonly businesses: readonly IndexedBusiness[]) {
    this.sectionStamps = new Int32Array(businesses.length);
    this.islandStamps = new Int32Array(businesses.length);
    businesses.forEach((business, index) => {
      let sections = 0;
      let islands = 0;
      let incomplete = false;
      for (const target of business.targets) {
        sections |= target.sectionMask;
        islands |= target.islandMask;
        incomplete ||= target.sectors.length === 0 || target.region < 0;
      }
      if (incomplete) this.everywhere.push(index);
      for (const bit of bitsOf(sections)) this.listOf(this.bySection, bit).push(index);
      for (const bit of bitsOf(islands)) this.listOf(this.byIsland, bit).push(index);
    });
  }

  /** True when the investor left sectors or regions blank, so every business is at level 0. */
  static pairsWithEveryone(investor: CompiledInvestor): boolean {
    return !investor.sectorStated || !investor.regionStated;
  }

  /**
   * The investor's businesses at levels 0, 1 and 2, each once. Afterwards `isListed` answers for this
   * investor until the next call.
   */
  levelsOf(investor: CompiledInvestor): [number[], number[], number[]] {
    this.stamp++;
    const stamp = this.stamp;
    if (CandidateIndex.pairsWithEveryone(investor)) {
      this.sectionStamps.fill(stamp);
      return [this.businesses.map((_, index) => index), [], []];
    }
    const levels: [number[], number[], number[]] = [[], [], []];
    // First: a business with a blank sector or region earns "not stated" credit with anyone, so it is at
    // level 0 even when it also shares only an island or only a section with this investor.
    for (const index of this.everywhere) {
      this.sectionStamps[index] = stamp;
      this.islandStamps[index] = stamp;
      levels[0].push(index);
    }
    const sectionShared: number[] = [];
    for (const bit of bitsOf(investor.sectionMask)) {
      for (const index of this.bySection.get(bit) ?? []) {
        if (this.sectionStamps[index] !== stamp) {
          this.sectionStamps[index] = stamp;
          sectionShared.push(index);
        }
      }
    }
    for (const bit of bitsOf(investor.interestIslandMask | investor.homeIslandMask)) {
      for (const index of this.byIsland.get(bit) ?? []) {
        if (this.islandStamps[index] === stamp) continue;
        this.islandStamps[index] = stamp;
        levels[this.sectionStamps[index] === stamp ? 0 : 2].push(index);
      }
    }
    for (const index of sectionShared) if (this.islandStamps[index] !== stamp) levels[1].push(index);
    return levels;
  }

  /** Whether the business is at level 0, 1 or 2 for the investor of the last `levelsOf` call. */
  isListed(business: number): boolean {
    return this.sectionStamps[business] === this.stamp || this.islandStamps[business] === this.stamp;
  }

  private listOf(map: Map<number, number[]>, key: number): number[] {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  }
}

/**
 * The highest mutual score of a pair not yet scored once levels 0..`level` are done. Each view's integer
 * score is at most this, and so is their harmonic mean.
 */
export function ceilingAfterLevel(level: number, factors: Float64Array): number {
  const full = factors.reduce((sum, factor) => sum + factor, 0);
  const noSector = full - factors[SECTOR];
  const noIsland = full - factors[REGION] * (1 - MATCH_CREDITS.sameCountry);
  const raw = level === 0 ? Math.max(noSector, noIsland) : level === 1 ? noSector : noSector - factors[REGION] * (1 - MATCH_CREDITS.sameCountry);
  return Math.min(100, Math.round(raw + 1e-9));
}
