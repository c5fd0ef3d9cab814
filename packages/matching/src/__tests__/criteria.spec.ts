import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { scoreBusinessInvestor, scoreInvestorOpportunity, type MatchInvestor, type MatchOpportunity } from '../index.js';
import type { MatchCriterion } from '../weights.js';
import { aBusiness, anInvestor, anOpportunity, only } from './factories.js';

/** The score of a pair counting one criterion only: that criterion's credit as a percentage. */
function creditOf(criterion: MatchCriterion, investor: Partial<MatchInvestor>, opportunity: Partial<MatchOpportunity>) {
  const result = scoreInvestorOpportunity(anInvestor(investor), anOpportunity(opportunity), { weights: only(criterion), locale: 'en' })!;
  return { score: result.score, codes: result.reasons.map((reason) => reason.code), labels: result.reasons.map((reason) => reason.label) };
}

describe('a perfect pair', () => {
  it('scores 100 with a reason for every criterion', () => {
    const result = scoreInvestorOpportunity(anInvestor(), anOpportunity())!;
    expect(result.score).toBe(100);
    expect(result.reasons.map((reason) => reason.code)).toEqual([
      'sector.same',
      'region.interest',
      'ticket.fit',
      'instrument.shared',
      'stage.fit',
      'language.shared',
      'sustainability.wanted',
    ]);
  });
});

describe('sector', () => {
  it('ranks the same division above the same section above none', () => {
    const division = creditOf('sector', { sectors: ['C10'] }, { sectorCode: 'C10' });
    const section = creditOf('sector', { sectors: ['C11'] }, { sectorCode: 'C10' });
    const none = creditOf('sector', { sectors: ['A01'] }, { sectorCode: 'C10' });
    expect([division.score, section.score, none.score]).toEqual([100, 50, 0]);
    expect(division.labels).toEqual(['Same sector: C10 Manufacture of food products']);
    expect(section.labels).toEqual(['Same sector section: C Manufacturing']);
    expect(none.codes).toEqual([]);
  });

  it('treats an interest stated as a whole section as a same-section match for its divisions', () => {
    expect(creditOf('sector', { sectors: ['C'] }, { sectorCode: 'C10' }).codes).toEqual(['sector.same_section']);
    expect(creditOf('sector', { sectors: ['C'] }, { sectorCode: 'C' }).codes).toEqual(['sector.same']);
  });

  it('takes the best of several sectors of interest', () => {
    expect(creditOf('sector', { sectors: ['A01', 'C11', 'C10'] }, { sectorCode: 'C10' }).score).toBe(100);
  });

  it('gives half credit when a side leaves the sector blank, and ignores unknown codes', () => {
    expect(creditOf('sector', { sectors: [] }, {})).toMatchObject({ score: 50, codes: ['sector.open'] });
    expect(creditOf('sector', { sectors: ['Z99'] }, {})).toMatchObject({ score: 50, codes: ['sector.open'] });
    expect(creditOf('sector', {}, { sectorCode: null })).toMatchObject({ score: 50, codes: ['sector.unknown'] });
  });
});

describe('region', () => {
  it('ranks a region of interest above the same island above the same country above none', () => {
    const own = creditOf('region', { regions: ['ID-KB'] }, { regionCode: 'ID-KB' });
    const island = creditOf('region', { regions: ['ID-KB'] }, { regionCode: 'ID-KT' });
    const country = creditOf('region', { regions: ['ID-KB'] }, { regionCode: 'ID-JK' });
    const none = creditOf('region', { regions: ['ID-KB'] }, { regionCode: 'MY-01' });
    expect([own.score, island.score, country.score, none.score]).toEqual([100, 60, 30, 0]);
    expect(own.labels).toEqual(['Region of interest: West Kalimantan']);
    expect(country.labels).toEqual(['Same country: Indonesia']);
  });

  it('counts Borneo as one island across three countries', () => {
    const sarawak = creditOf('region', { regions: ['ID-KB'] }, { regionCode: 'MY-13' });
    expect(sarawak).toMatchObject({ score: 60, codes: ['region.same_island'], labels: ['Same island: Borneo'] });
    expect(creditOf('region', { regions: ['MY-13'] }, { regionCode: 'BN-BM' }).score).toBe(60);
    expect(creditOf('region', { regions: ['BN-TU'] }, { regionCode: 'ID-KU' }).score).toBe(60);
  });

  it('does not call two Malaysian states on different islands the same island', () => {
    expect(creditOf('region', { regions: ['MY-13'] }, { regionCode: 'MY-01' })).toMatchObject({ score: 30, codes: ['region.same_country'] });
  });

  it('gives half credit when regions are not stated', () => {
    expect(creditOf('region', { regions: [] }, {}).codes).toEqual(['region.open']);
    expect(creditOf('region', {}, { regionCode: null }).codes).toEqual(['region.unknown']);
  });

  it("counts the investor's home region in the business's view only", () => {
    const investor = anInvestor({ regionCode: 'ID-KB', regions: ['ID-JK'] });
    const opportunity = anOpportunity({ regionCode: 'ID-KB' });
    const business = aBusiness({ opportunities: [opportunity] });
    const investorView = scoreInvestorOpportunity(investor, opportunity, { weights: only('region'), locale: 'en' })!;
    const businessView = scoreBusinessInvestor(business, investor, { weights: only('region'), locale: 'en' })!;
    expect(investorView.score).toBe(30);
    expect(businessView).toMatchObject({ score: 100, reasons: [{ code: 'region.home', label: 'Based in West Kalimantan' }] });
  });
});

describe('ticket', () => {
  const ticket = (amount: number | string) => creditOf('ticket', { ticketMin: 100_000, ticketMax: 1_000_000 }, { amount });

  it('gives full credit inside the range, bounds included', () => {
    for (const amount of [100_000, '100000.00', 500_000, 1_000_000]) expect(ticket(amount).codes).toEqual(['ticket.fit']);
    expect(ticket(500_000).score).toBe(100);
  });

  it('loses credit with the log distance outside the range, the same above and below', () => {
    expect(ticket(2_000_000)).toMatchObject({ score: 70, codes: ['ticket.above_range'] });
    expect(ticket(50_000)).toMatchObject({ score: 70, codes: ['ticket.below_range'] });
    expect(ticket(5_000_000).score).toBe(30);
    expect(ticket(10_000_000)).toMatchObject({ score: 0, codes: [] });
    expect(ticket(1_000).score).toBe(0);
  });

  it('never gains credit as the amount moves further outside the range', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e4, noNaN: true }), fc.double({ min: 1, max: 1e4, noNaN: true }), (a, b) => {
        const [near, far] = a <= b ? [a, b] : [b, a];
        expect(ticket(1_000_000 * near).score).toBeGreaterThanOrEqual(ticket(1_000_000 * far).score);
        expect(ticket(100_000 / near).score).toBeGreaterThanOrEqual(ticket(100_000 / far).score);
      }),
    );
  });

  it('reads a one-sided range as open on the other side', () => {
    expect(creditOf('ticket', { ticketMin: 100_000, ticketMax: null }, { amount: 1e9 }).codes).toEqual(['ticket.fit']);
    expect(creditOf('ticket', { ticketMin: null, ticketMax: 1_000_000 }, { amount: 1 }).codes).toEqual(['ticket.fit']);
  });

  it('gives half credit when the range or the amount is not given', () => {
    expect(creditOf('ticket', { ticketMin: null, ticketMax: null }, {})).toMatchObject({ score: 50, codes: ['ticket.open'] });
    expect(creditOf('ticket', {}, { amount: null })).toMatchObject({ score: 50, codes: ['ticket.unknown'] });
  });
});

describe('instruments, stages and languages', () => {
  it('give full credit for any overlap and none without', () => {
    expect(creditOf('instrument', { instruments: ['equity', 'debt'] }, { instruments: ['debt', 'grant'] })).toMatchObject({
      score: 100,
      labels: ['Shared instrument: Debt / loan'],
    });
    expect(creditOf('instrument', { instruments: ['equity'] }, { instruments: ['grant'] }).score).toBe(0);
    expect(creditOf('stage', { stages: ['growth', 'mature'] }, { stage: 'mature' })).toMatchObject({ score: 100, labels: ['Stage fits: Mature / expansion'] });
    expect(creditOf('stage', { stages: ['idea'] }, { stage: 'mature' }).score).toBe(0);
    expect(creditOf('language', { languages: ['ms', 'en'] }, { languages: ['en'] })).toMatchObject({ score: 100, labels: ['Shared meeting language: English'] });
    expect(creditOf('language', { languages: ['zh'] }, { languages: ['id'] }).score).toBe(0);
  });

  it('give half credit when either side states nothing', () => {
    expect(creditOf('instrument', { instruments: [] }, {}).codes).toEqual(['instrument.open']);
    expect(creditOf('stage', {}, { stage: null }).codes).toEqual(['stage.unknown']);
    expect(creditOf('language', { languages: [] }, {}).codes).toEqual(['language.unknown']);
  });
});

describe('sustainability', () => {
  it('credits the share of the tags the investor asked for that the opportunity offers', () => {
    expect(creditOf('sustainability', { sustainabilityTags: ['halal', 'low_carbon'] }, { sustainabilityTags: ['halal'] })).toMatchObject({
      score: 50,
      labels: ['Sustainability asked for: Halal'],
    });
    expect(creditOf('sustainability', { sustainabilityTags: ['halal'] }, { sustainabilityTags: [] }).score).toBe(0);
    expect(creditOf('sustainability', { sustainabilityTags: [] }, { sustainabilityTags: ['halal'] }).codes).toEqual(['sustainability.open']);
  });

  it("reads, in the business's view, whether the investor values what the business offers", () => {
    const business = aBusiness({ opportunities: [anOpportunity({ sustainabilityTags: ['halal', 'biodiversity'] })] });
    const result = scoreBusinessInvestor(business, anInvestor({ sustainabilityTags: ['biodiversity', 'low_carbon'] }), {
      weights: only('sustainability'),
      locale: 'en',
    })!;
    expect(result).toMatchObject({ score: 100, reasons: [{ code: 'sustainability.valued', label: 'Investor looks for: Biodiversity' }] });
  });
});
