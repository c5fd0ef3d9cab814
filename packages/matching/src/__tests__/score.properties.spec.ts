import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  scoreBusinessInvestor,
  scoreInvestorBusiness,
  scoreInvestorOpportunity,
  type MatchInvestor,
  type MatchOpportunity,
  type MatchResult,
} from '../index.js';
import * as arbitrary from './arbitraries.js';

function expectWellFormed(result: MatchResult): void {
  expect(Number.isInteger(result.score)).toBe(true);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(100);
  expect(result.reasons.reduce((sum, reason) => sum + reason.points, 0)).toBe(result.score);
  for (const reason of result.reasons) {
    expect(Number.isInteger(reason.points)).toBe(true);
    expect(reason.points).toBeGreaterThan(0);
  }
  // One reason per criterion at most, listed by points.
  expect(new Set(result.reasons.map((reason) => reason.code.split('.')[0])).size).toBe(result.reasons.length);
  expect(result.reasons.map((reason) => reason.points)).toEqual([...result.reasons.map((reason) => reason.points)].sort((a, b) => b - a));
}

/** Ways to make one more criterion fully satisfied, from the pair's own data. */
const satisfy: Record<string, (investor: MatchInvestor, opportunity: MatchOpportunity) => [MatchInvestor, MatchOpportunity]> = {
  sector: (i, o) => [o.sectorCode ? { ...i, sectors: [...(i.sectors ?? []), o.sectorCode] } : i, o],
  region: (i, o) => [o.regionCode ? { ...i, regions: [...(i.regions ?? []), o.regionCode] } : i, o],
  ticket: (i, o) => {
    if (o.amount === null || o.amount === undefined) return [i, o];
    const amount = Number(o.amount);
    const min = i.ticketMin ? Number(i.ticketMin) : 0;
    const max = i.ticketMax ? Number(i.ticketMax) : 0;
    if (min === 0 && max === 0) return [{ ...i, ticketMin: amount, ticketMax: amount }, o];
    return [{ ...i, ticketMin: min > 0 ? Math.min(min, amount) : i.ticketMin, ticketMax: max > 0 ? Math.max(max, amount) : i.ticketMax }, o];
  },
  instrument: (i, o) => [o.instruments?.length ? { ...i, instruments: [...(i.instruments ?? []), o.instruments[0]] } : i, o],
  stage: (i, o) => [o.stage ? { ...i, stages: [...(i.stages ?? []), o.stage] } : i, o],
  language: (i, o) => [o.languages?.length ? { ...i, languages: [...(i.languages ?? []), o.languages[0]] } : i, o],
  'wanted sustainability tag': (i, o) => [
    o.sustainabilityTags?.length ? { ...i, sustainabilityTags: [...new Set([...(i.sustainabilityTags ?? []), o.sustainabilityTags[0]])] } : i,
    o,
  ],
  'offered sustainability tag': (i, o) => [
    i,
    i.sustainabilityTags?.length ? { ...o, sustainabilityTags: [...new Set([...(o.sustainabilityTags ?? []), i.sustainabilityTags[0]])] } : o,
  ],
};

describe('scores, for any pair and any weights', () => {
  it('stay within 0..100, with integer reasons that add up exactly to the score', () => {
    fc.assert(
      fc.property(arbitrary.investor, arbitrary.opportunity, arbitrary.weights, (investor, opportunity, weights) => {
        const visible = { ...investor, visible: true };
        const business = { id: 'business', opportunities: [opportunity] };
        expectWellFormed(scoreInvestorOpportunity(investor, opportunity, { weights })!);
        expectWellFormed(scoreInvestorBusiness(investor, business, { weights })!);
        expectWellFormed(scoreBusinessInvestor(business, visible, { weights })!);
        expectWellFormed(scoreInvestorBusiness(investor, { id: 'profile-only', sectors: [opportunity.sectorCode ?? 'A'] }, { weights })!);
      }),
      { numRuns: 500 },
    );
  });

  it('never go down when one more criterion is satisfied, in either view', () => {
    fc.assert(
      fc.property(
        arbitrary.investor,
        arbitrary.opportunity,
        arbitrary.weights,
        fc.constantFrom(...Object.keys(satisfy)),
        (investor, opportunity, weights, criterion) => {
          const visible = { ...investor, visible: true };
          const [betterInvestor, betterOpportunity] = satisfy[criterion](visible, opportunity);
          const before = scoreInvestorOpportunity(visible, opportunity, { weights })!.score;
          const after = scoreInvestorOpportunity(betterInvestor, betterOpportunity, { weights })!.score;
          expect(after).toBeGreaterThanOrEqual(before);
          const asBusiness = (o: MatchOpportunity) => ({ id: 'business', opportunities: [o] });
          const businessBefore = scoreBusinessInvestor(asBusiness(opportunity), visible, { weights })!.score;
          const businessAfter = scoreBusinessInvestor(asBusiness(betterOpportunity), betterInvestor, { weights })!.score;
          expect(businessAfter).toBeGreaterThanOrEqual(businessBefore);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reach 100 when every criterion is satisfied', () => {
    fc.assert(
      fc.property(arbitrary.opportunity, arbitrary.weights, (opportunity, weights) => {
        const complete = {
          ...opportunity,
          sectorCode: opportunity.sectorCode ?? 'C10',
          regionCode: opportunity.regionCode ?? 'ID-KB',
          amount: opportunity.amount ?? 1000,
          instruments: opportunity.instruments?.length ? opportunity.instruments : ['equity'],
          stage: opportunity.stage ?? 'growth',
          languages: opportunity.languages?.length ? opportunity.languages : ['id'],
          sustainabilityTags: opportunity.sustainabilityTags?.length ? opportunity.sustainabilityTags : ['halal'],
        };
        let pair: [MatchInvestor, MatchOpportunity] = [{ id: 'investor', sectors: ['U99'], regions: ['MY-01'], ticketMin: 1e12 }, complete];
        for (const make of Object.values(satisfy)) pair = make(...pair);
        expect(scoreInvestorOpportunity(...pair, { weights })!.score).toBe(100);
      }),
    );
  });
});
