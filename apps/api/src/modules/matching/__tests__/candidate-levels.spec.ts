import { describe, expect, it } from '@jest/globals';
import { DEFAULT_MATCH_WEIGHTS } from '@serumpun/matching';
import { candidateLevels } from '../candidate-levels.js';
import { investorTiers, opportunityTiers, type InvestorWishes } from '../candidate-prescore.js';
import { SqlParams } from '../../../database/sql-params.js';

const wishes: InvestorWishes = {
  sectors: ['C10', 'A01'],
  regions: ['ID-KB', 'MY-13'],
  ticketMinUsd: '250000.00',
  ticketMaxUsd: '2000000.00',
  instruments: ['equity'],
  stages: ['growth'],
};

const render = (tier: { condition: (params: SqlParams) => string }) => tier.condition(new SqlParams());

describe('candidate levels', () => {
  it('cover every (sector tier, region tier) combination once, best points first', () => {
    const { sector, region } = opportunityTiers(wishes, { ...DEFAULT_MATCH_WEIGHTS });
    const levels = candidateLevels(sector, region);
    expect(levels.flat()).toHaveLength(sector.length * region.length);
    const lowest = levels.map((level) => Math.min(...level.map((combination) => combination.points)));
    const highest = levels.map((level) => Math.max(...level.map((combination) => combination.points)));
    for (let index = 1; index < levels.length; index++) expect(highest[index]).toBeLessThan(lowest[index - 1]);
    // With the default weights the first level is a division of interest in a region of interest: 30 + 20 points.
    expect(levels[0]).toHaveLength(1);
    expect(levels[0][0].points).toBeCloseTo(50);
    expect(render(levels[0][0])).toBe(`o.sector_code = ANY($1::text[]) AND o.region_code = ANY($2::text[])`);
  });

  it('follow the weights: with only the region counting, every sector tier joins the first level', () => {
    const onlyRegion = { sector: 0, region: 100, ticket: 0, instrument: 0, stage: 0, language: 0, sustainability: 0 };
    const { sector, region } = opportunityTiers(wishes, onlyRegion);
    const [first] = candidateLevels(sector, region);
    expect(first).toHaveLength(sector.length);
    expect(first.every((combination) => combination.points === 100)).toBe(true);
  });

  it('treat blank wishes as one "not stated" tier', () => {
    const { sector, region } = opportunityTiers({ ...wishes, regions: [] }, { ...DEFAULT_MATCH_WEIGHTS });
    expect(region).toHaveLength(1);
    expect(region[0].points).toBeCloseTo(10);
    expect(candidateLevels(sector, region).flat()).toHaveLength(sector.length);
  });

  it('bind a value only when its condition is rendered', () => {
    const { sector, region } = investorTiers(
      { sectors: ['C10'], regions: ['ID-KB'], minAmountUsd: '100000', maxAmountUsd: '500000', instruments: ['equity'], stages: ['growth'] },
      { ...DEFAULT_MATCH_WEIGHTS },
    );
    const params = new SqlParams();
    const sql = candidateLevels(sector, region)[0][0].condition(params);
    expect(sql).toBe('p.sectors && $1::text[] AND p.regions && $2::text[]');
    expect(params.values).toEqual([['C10'], ['ID-KB']]);
  });
});
