import type { SqlParams } from '../../database/sql-params.js';

/**
 * Candidate levels. A pair's sector and region points come in tiers (division > section > none; region of
 * interest > same island > same country > none; or "not stated"). Each (sector tier, region tier) combination
 * is one indexable condition with known points. Level 1 holds the combinations worth at least 85% of the
 * best one, then 70%, 55% and 40%, and the last level the rest. The candidate query reads level 1 first and
 * the next levels only while the pool is not full, so a typical list reads a few thousand index entries,
 * not the table. The weights decide the points, so a change of weights changes the levels too.
 */
export interface Tier {
  /** Points this tier earns (credit × the criterion's point factor). */
  points: number;
  /** Renders the SQL condition selecting the rows of this tier, binding its values (only when used). */
  condition: (params: SqlParams) => string;
}

export type Combination = Tier;

const LEVEL_SHARES = [0.85, 0.7, 0.55, 0.4] as const;

export function candidateLevels(sectorTiers: readonly Tier[], regionTiers: readonly Tier[]): Combination[][] {
  const combinations = sectorTiers.flatMap((sector) =>
    regionTiers.map((region) => ({
      points: sector.points + region.points,
      condition: (params: SqlParams) => `${sector.condition(params)} AND ${region.condition(params)}`,
    })),
  );
  const best = Math.max(0, ...combinations.map((combination) => combination.points));
  const levels: Combination[][] = [];
  let rest = combinations;
  for (const share of LEVEL_SHARES) {
    const inLevel = (combination: Combination) => best > 0 && combination.points >= share * best;
    levels.push(rest.filter(inLevel));
    rest = rest.filter((combination) => !inLevel(combination));
  }
  levels.push(rest);
  return levels.filter((level) => level.length > 0);
}

