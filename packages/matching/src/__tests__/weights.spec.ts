import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_MATCH_WEIGHTS,
  MATCH_CRITERIA,
  matchWeightsSchema,
  matchWeightsUpdateSchema,
  resolveMatchWeights,
  scoreInvestorOpportunity,
} from '../index.js';
import { anInvestor, anOpportunity } from './factories.js';

describe('match weights', () => {
  it('has a default for every criterion, adding up to 100 points', () => {
    expect(Object.keys(DEFAULT_MATCH_WEIGHTS).sort()).toEqual([...MATCH_CRITERIA].sort());
    expect(Object.values(DEFAULT_MATCH_WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBe(100);
    expect(Object.isFrozen(DEFAULT_MATCH_WEIGHTS)).toBe(true);
  });

  it('accepts the defaults and any set of integers 0..100 with a positive total', () => {
    expect(matchWeightsSchema.safeParse(DEFAULT_MATCH_WEIGHTS).success).toBe(true);
    expect(matchWeightsSchema.safeParse({ ...DEFAULT_MATCH_WEIGHTS, sector: 0, region: 100 }).success).toBe(true);
  });

  it.each([
    ['a negative weight', { ...DEFAULT_MATCH_WEIGHTS, ticket: -1 }, ['ticket']],
    ['a weight above 100', { ...DEFAULT_MATCH_WEIGHTS, sector: 101 }, ['sector']],
    ['a fractional weight', { ...DEFAULT_MATCH_WEIGHTS, stage: 2.5 }, ['stage']],
    ['a weight given as a string', { ...DEFAULT_MATCH_WEIGHTS, language: '5' }, ['language']],
  ])('refuses %s, naming the field', (_, weights, path) => {
    const result = matchWeightsSchema.safeParse(weights);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });

  it('refuses an unknown criterion and a missing one', () => {
    expect(matchWeightsSchema.safeParse({ ...DEFAULT_MATCH_WEIGHTS, popularity: 10 }).success).toBe(false);
    const { sector: _sector, ...missing } = DEFAULT_MATCH_WEIGHTS;
    expect(matchWeightsSchema.safeParse(missing).success).toBe(false);
  });

  it('refuses weights that are all zero', () => {
    const zero = Object.fromEntries(MATCH_CRITERIA.map((criterion) => [criterion, 0]));
    const result = matchWeightsSchema.safeParse(zero);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/at least one weight/);
  });

  it('lets organisers change some weights and completes the rest from the defaults', () => {
    const update = matchWeightsUpdateSchema.parse({ sustainability: 25 });
    expect(resolveMatchWeights(update)).toEqual({ ...DEFAULT_MATCH_WEIGHTS, sustainability: 25 });
    expect(matchWeightsUpdateSchema.safeParse({ sustainability: 250 }).success).toBe(false);
    expect(matchWeightsUpdateSchema.safeParse({ colour: 1 }).success).toBe(false);
  });

  it('refuses, when resolving, a negative or non-finite weight and an all-zero total', () => {
    expect(() => resolveMatchWeights({ region: -5 })).toThrow(RangeError);
    expect(() => resolveMatchWeights({ region: Number.NaN })).toThrow(RangeError);
    const zero = Object.fromEntries(MATCH_CRITERIA.map((criterion) => [criterion, 0]));
    expect(() => resolveMatchWeights(zero)).toThrow(/at least one weight/);
  });

  it('changes scores when organisers change the weights', () => {
    const investor = anInvestor({ sectors: ['A01'] });
    const opportunity = anOpportunity();
    const byDefault = scoreInvestorOpportunity(investor, opportunity)!;
    const sectorHeavy = scoreInvestorOpportunity(investor, opportunity, { weights: { sector: 100 } })!;
    expect(byDefault.score).toBe(70);
    expect(sectorHeavy.score).toBeLessThan(byDefault.score);
  });
});
