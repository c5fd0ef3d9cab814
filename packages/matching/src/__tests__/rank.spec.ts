import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  PairSet,
  exclusionOf,
  rankInvestorsForBusiness,
  rankInvestorsForOpportunity,
  rankOpportunitiesForInvestor,
  scoreInvestorBusiness,
  scoreInvestorOpportunity,
  type IdPair,
} from '../index.js';
import * as arbitrary from './arbitraries.js';
import { aBusiness, anInvestor, anOpportunity } from './factories.js';

const opportunities = fc
  .array(arbitrary.opportunityWith(fc.constant(''), arbitrary.anyStatus), { maxLength: 30 })
  .map((list) => list.map((item, index) => ({ ...item, id: `o${String(index).padStart(2, '0')}`, businessId: `b${index % 4}` })));

const investors = fc
  .array(arbitrary.investorWith(fc.constant('')), { maxLength: 30 })
  .map((list) => list.map((item, index) => ({ ...item, id: `i${String(index).padStart(2, '0')}` })));

function expectOrdered(items: readonly { score: number; id: string }[]): void {
  for (let index = 1; index < items.length; index++) {
    const [previous, current] = [items[index - 1], items[index]];
    expect(previous.score > current.score || (previous.score === current.score && previous.id < current.id)).toBe(true);
  }
}

describe('ranking opportunities for an investor', () => {
  it('never returns a draft, closed or dismissed opportunity, nor one of a dismissed business', () => {
    fc.assert(
      fc.property(arbitrary.investor, opportunities, fc.func(fc.boolean()), (investor, list, dismiss) => {
        const dismissed: IdPair[] = list.filter((_, index) => dismiss(index)).map((o) => [investor.id, o.id]);
        dismissed.push(['b3', investor.id]);
        const ranked = rankOpportunitiesForInvestor(investor, list, { dismissed, limit: Infinity, minScore: 0 });
        const dismissedIds = new Set(dismissed.map(([, id]) => id));
        for (const { opportunity } of ranked) {
          expect(opportunity.status).toBe('published');
          expect(dismissedIds.has(opportunity.id)).toBe(false);
          expect(opportunity.businessId).not.toBe('b3');
          expect(scoreInvestorOpportunity(investor, opportunity, { dismissed })).not.toBeNull();
        }
        const eligible = list.filter((o) => o.status === 'published' && !dismissedIds.has(o.id) && o.businessId !== 'b3');
        expect(ranked).toHaveLength(eligible.length);
      }),
    );
  });

  it('orders by score, ties by opportunity id, whatever the input order', () => {
    fc.assert(
      fc.property(arbitrary.investor, opportunities, fc.integer({ min: 1, max: 10 }), (investor, list, limit) => {
        const ranked = rankOpportunitiesForInvestor(investor, list, { limit });
        const reversed = rankOpportunitiesForInvestor(investor, [...list].reverse(), { limit });
        expectOrdered(ranked.map((item) => ({ score: item.score, id: item.opportunity.id })));
        expect(reversed).toEqual(ranked);
        expect(ranked.length).toBeLessThanOrEqual(limit);
      }),
    );
  });

  it('returns the same score and reasons as scoring the pair alone', () => {
    const investor = anInvestor();
    const list = [anOpportunity({ sectorCode: 'C11' }), anOpportunity({ regionCode: 'MY-13', amount: 3_000_000 })];
    for (const item of rankOpportunitiesForInvestor(investor, list, { locale: 'ms' })) {
      expect({ score: item.score, reasons: item.reasons }).toEqual(scoreInvestorOpportunity(investor, item.opportunity, { locale: 'ms' }));
    }
  });

  it('breaks a tie by id and honours the limit and the minimum score', () => {
    const investor = anInvestor();
    const same = { sectorCode: 'C10', regionCode: 'ID-KB' };
    const list = [anOpportunity({ ...same, id: 'c' }), anOpportunity({ ...same, id: 'a' }), anOpportunity({ ...same, id: 'b' })];
    expect(rankOpportunitiesForInvestor(investor, list).map((item) => item.opportunity.id)).toEqual(['a', 'b', 'c']);
    expect(rankOpportunitiesForInvestor(investor, list, { limit: 2 }).map((item) => item.opportunity.id)).toEqual(['a', 'b']);
    expect(rankOpportunitiesForInvestor(investor, list, { minScore: 101 })).toEqual([]);
    expect(() => rankOpportunitiesForInvestor(investor, list, { limit: -1 })).toThrow(RangeError);
  });

  it('still lists matches for a hidden investor looking at their own', () => {
    expect(rankOpportunitiesForInvestor(anInvestor({ visible: false }), [anOpportunity()])).toHaveLength(1);
  });
});

describe('ranking investors for an opportunity', () => {
  it('never returns a hidden or dismissed investor, and nothing for a draft or closed opportunity', () => {
    fc.assert(
      fc.property(arbitrary.opportunity, investors, fc.func(fc.boolean()), arbitrary.anyStatus, (opportunity, list, dismiss, status) => {
        const target = { ...opportunity, id: 'o', businessId: 'b', status };
        const dismissed = new PairSet();
        list.forEach((investor, index) => {
          if (dismiss(index)) dismissed.add(index % 2 ? 'o' : 'b', investor.id);
        });
        const ranked = rankInvestorsForOpportunity(target, list, { dismissed, limit: Infinity, minScore: 0 });
        if (status !== 'published') expect(ranked).toEqual([]);
        for (const { investor } of ranked) {
          expect(investor.visible).not.toBe(false);
          expect(dismissed.has(investor.id, 'o') || dismissed.has(investor.id, 'b')).toBe(false);
          expect(exclusionOf(investor, target, { dismissed, viewer: 'business' })).toBeNull();
        }
        expectOrdered(ranked.map((item) => ({ score: item.score, id: item.investor.id })));
      }),
    );
  });

  it('says why a pair is filtered', () => {
    const investor = anInvestor({ visible: false });
    expect(exclusionOf(investor, anOpportunity({ status: 'draft' }))).toBe('opportunity_not_published');
    expect(exclusionOf(investor, anOpportunity({ status: 'closed' }))).toBe('opportunity_not_published');
    expect(exclusionOf(investor, anOpportunity(), { viewer: 'business' })).toBe('investor_hidden');
    expect(exclusionOf(investor, anOpportunity())).toBeNull();
    const opportunity = anOpportunity();
    expect(exclusionOf(investor, opportunity, { dismissed: [[opportunity.id, investor.id]] })).toBe('dismissed');
  });
});

describe('ranking investors for a business', () => {
  it('matches through the best published opportunity and names it', () => {
    const investor = anInvestor({ sectors: ['A01'] });
    const business = aBusiness({
      opportunities: [
        anOpportunity({ id: 'x-food', sectorCode: 'C10' }),
        anOpportunity({ id: 'y-farm', sectorCode: 'A01' }),
        anOpportunity({ id: 'z-draft', sectorCode: 'A01', status: 'draft', amount: 1 }),
      ],
    });
    const [ranked] = rankInvestorsForBusiness(business, [investor, anInvestor({ visible: false })]);
    expect(ranked).toMatchObject({ investor, opportunityId: 'y-farm', score: 100 });
    expect(scoreInvestorBusiness(investor, business)).toMatchObject({ opportunityId: 'y-farm', score: 100 });
    // Dismissing the best opportunity falls back to the next; dismissing the business drops the pair.
    expect(scoreInvestorBusiness(investor, business, { dismissed: [[investor.id, 'y-farm']] })).toMatchObject({ opportunityId: 'x-food', score: 70 });
    expect(scoreInvestorBusiness(investor, business, { dismissed: [[investor.id, business.id]] })).toBeNull();
  });

  it('matches a business without a published opportunity through its profile', () => {
    const business = aBusiness({ sectors: ['C11', 'C10'], regionCode: 'MY-13', opportunities: [anOpportunity({ status: 'closed' })] });
    const result = scoreInvestorBusiness(anInvestor(), business, { locale: 'en' })!;
    expect(result.opportunityId).toBeNull();
    expect(result.reasons.map((reason) => reason.code)).toEqual([
      'sector.same',
      'region.same_island',
      'ticket.unknown',
      'instrument.unknown',
      'stage.unknown',
      'language.shared',
    ]);
    expect(result.score).toBe(30 + 12 + 10 + 5 + 5 + 5);
  });
});
