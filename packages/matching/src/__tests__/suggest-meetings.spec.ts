import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  mutualScore,
  scoreBusinessInvestor,
  scoreInvestorBusiness,
  suggestMeetings,
  suggestMeetingsWithStats,
  type IdPair,
  type MatchParticipant,
} from '../index.js';
import * as arbitrary from './arbitraries.js';
import { aBusiness, anInvestor, anOpportunity } from './factories.js';

const investor = (id: string, overrides = {}): MatchParticipant => ({ ...anInvestor({ id, ...overrides }), role: 'investor' });
const business = (id: string, overrides = {}): MatchParticipant => ({ ...aBusiness({ id, ...overrides }), role: 'business' });

describe('mutual score', () => {
  it('is the harmonic mean of the two views', () => {
    expect(mutualScore(60, 60)).toBe(60);
    expect(mutualScore(90, 30)).toBe(45);
    expect(mutualScore(100, 0)).toBe(0);
    expect(mutualScore({ score: 80, reasons: [] }, 40)).toBe(53);
    expect(() => mutualScore(101, 50)).toThrow(RangeError);
  });

  it('is symmetric and lies between the two scores', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        expect(mutualScore(a, b)).toBe(mutualScore(b, a));
        expect(mutualScore(a, b)).toBeGreaterThanOrEqual(Math.min(a, b));
        expect(mutualScore(a, b)).toBeLessThanOrEqual(Math.max(a, b));
      }),
    );
  });
});

describe('suggested meetings', () => {
  const edition = (): MatchParticipant[] => [
    investor('i-kalbar', { sectors: ['C10'], regions: ['ID-KB'] }),
    investor('i-sarawak', { sectors: ['C10'], regions: ['MY-13'], regionCode: 'MY-13', languages: ['ms', 'en'] }),
    investor('i-energy', { sectors: ['D35'], regions: ['BN-BM'], regionCode: 'BN-BM', languages: ['en'] }),
    business('b-food', { opportunities: [anOpportunity({ id: 'o-food', businessId: 'b-food' })] }),
    business('b-solar', {
      sectors: ['D35'],
      regionCode: 'ID-KB',
      opportunities: [anOpportunity({ id: 'o-solar', businessId: 'b-solar', sectorCode: 'D35', regionCode: 'ID-KB', languages: ['id', 'en'] })],
    }),
  ];

  it('pairs investors with businesses only, best first, with both views explained', () => {
    const suggestions = suggestMeetings(edition(), { locale: 'en' });
    expect(suggestions[0]).toMatchObject({ investorId: 'i-kalbar', businessId: 'b-food', opportunityId: 'o-food', score: 100 });
    expect(suggestions[0].investorView.reasons[0].label).toBe('Same sector: C10 Manufacture of food products');
    for (const suggestion of suggestions) {
      expect(suggestion.investorId.startsWith('i-')).toBe(true);
      expect(suggestion.businessId.startsWith('b-')).toBe(true);
      expect(suggestion.score).toBe(mutualScore(suggestion.investorView, suggestion.businessView));
    }
  });

  it('gives the same views as scoring each direction alone', () => {
    const participants = edition();
    const [top] = suggestMeetings(participants, { limit: 1, locale: 'ms' });
    const investorRow = participants.find((p) => p.id === top.investorId)!;
    const businessRow = participants.find((p) => p.id === top.businessId)!;
    const { opportunityId, ...investorView } = scoreInvestorBusiness(investorRow, businessRow, { locale: 'ms' })!;
    const { opportunityId: _same, ...businessView } = scoreBusinessInvestor(businessRow, investorRow, { locale: 'ms' })!;
    expect(top).toMatchObject({ opportunityId, investorView, businessView });
  });

  it('leaves out pairs already requested, in either order, and dismissed opportunities', () => {
    const excludePairs: IdPair[] = [
      ['i-kalbar', 'b-food'],
      ['b-solar', 'i-energy'],
    ];
    const pairs = suggestMeetings(edition(), { excludePairs, limit: 100, minScore: 0 }).map((s) => `${s.investorId}|${s.businessId}`);
    expect(pairs).not.toContain('i-kalbar|b-food');
    expect(pairs).not.toContain('i-energy|b-solar');
    expect(pairs).toHaveLength(4);
    const withoutOpportunity = suggestMeetings(edition(), { excludePairs: [['i-kalbar', 'o-food']], limit: 100 });
    expect(withoutOpportunity.map((s) => `${s.investorId}|${s.businessId}`)).not.toContain('i-kalbar|b-food');
  });

  it("lists one participant's best counterparts, from either side", () => {
    const forInvestor = suggestMeetings(edition(), { participantId: 'i-energy' });
    expect(forInvestor.map((s) => s.businessId)).toEqual(['b-solar', 'b-food']);
    expect(forInvestor.every((s) => s.investorId === 'i-energy')).toBe(true);
    const forBusiness = suggestMeetings(edition(), { participantId: 'b-solar', limit: 2 });
    expect(forBusiness.map((s) => s.businessId)).toEqual(['b-solar', 'b-solar']);
    expect(suggestMeetings(edition(), { participantId: 'organiser-1' })).toEqual([]);
  });

  it('suggests hidden investors to nobody, but shows them their own suggestions', () => {
    const participants = [...edition(), investor('i-hidden', { visible: false })];
    expect(suggestMeetings(participants, { limit: 100, minScore: 0 }).some((s) => s.investorId === 'i-hidden')).toBe(false);
    expect(suggestMeetings(participants, { participantId: 'b-food', limit: 100 }).some((s) => s.investorId === 'i-hidden')).toBe(false);
    expect(suggestMeetings(participants, { participantId: 'i-hidden' }).length).toBeGreaterThan(0);
  });

  it('refuses a participant listed twice', () => {
    expect(() => suggestMeetings([...edition(), investor('i-kalbar')])).toThrow(/listed twice/);
  });

  describe('candidate pruning', () => {
    // Food investors and businesses in Borneo, energy ones in Java: no food–energy pair shares a section or an island.
    function twoClusters(withOpportunities: boolean): MatchParticipant[] {
      const participants: MatchParticipant[] = [];
      for (let n = 0; n < 20; n++) {
        const [sector, investorRegion, businessRegion] = n % 2 === 0 ? ['C10', 'ID-KB', 'MY-13'] : ['D35', 'ID-JB', 'ID-JT'];
        const opportunities = withOpportunities ? [anOpportunity({ id: `o${n}`, businessId: `b${n}`, sectorCode: sector, regionCode: investorRegion })] : [];
        participants.push(
          investor(`i${n}`, { sectors: [sector], regions: [investorRegion], regionCode: investorRegion }),
          business(`b${n}`, { sectors: [sector], regionCode: businessRegion, opportunities }),
        );
      }
      return participants;
    }

    it('stops after the first level when the list is full of pairs above what the rest could reach', () => {
      const pruned = suggestMeetingsWithStats(twoClusters(true), { limit: 30 });
      const full = suggestMeetingsWithStats(twoClusters(true), { limit: 30, pruning: false });
      expect(pruned.suggestions).toEqual(full.suggestions);
      expect(pruned.suggestions[29].score).toBe(100);
      expect(pruned.stats).toMatchObject({ totalPairs: 400, candidatePairs: 200, scoredPairs: 200, levelsScored: 1 });
      expect(full.stats.scoredPairs).toBe(400);
    });

    it('scores further levels while their ceiling could still beat the list, and never the pairs ruled out', () => {
      // Profiles only: unknown tickets keep the best pairs in the 60s, under the ceilings of levels 0 and 1.
      const pruned = suggestMeetingsWithStats(twoClusters(false), { limit: 30 });
      expect(pruned.suggestions).toEqual(suggestMeetings(twoClusters(false), { limit: 30, pruning: false }));
      expect(pruned.stats).toMatchObject({ candidatePairs: 200, scoredPairs: 200, levelsScored: 3 });
    });

    it('falls back to every pair when even the last ceiling leaves room', () => {
      const pruned = suggestMeetingsWithStats(twoClusters(false), { limit: 400, minScore: 0 });
      expect(pruned.suggestions).toEqual(suggestMeetings(twoClusters(false), { limit: 400, minScore: 0, pruning: false }));
      expect(pruned.suggestions).toHaveLength(400);
      expect(pruned.stats).toMatchObject({ scoredPairs: 400, levelsScored: 4 });
    });
  });

  it('keeps a business whose opportunity leaves the sector blank at the first level, even when it shares an island', () => {
    // Found by the property below: the blank sector earns half credit with anyone, so this pair ties the
    // best ones and must not wait behind the "shared island only" level that the ceiling cuts off.
    const blankBusiness = (id: string) => ({ id, role: 'business' as const, sectors: [], regionCode: null, languages: [], opportunities: [] });
    const participants = [
      blankBusiness('b2'),
      {
        ...blankBusiness('b5'),
        opportunities: [
          { id: 'b5-o0', businessId: 'b5', status: 'published' as const, sectorCode: null, regionCode: 'ID-AC', amount: null, instruments: [], stage: null, languages: [], sustainabilityTags: [] },
        ],
      },
      blankBusiness('b6'),
      blankBusiness('b4'),
      { id: 'i0', role: 'investor' as const, visible: true, regionCode: null, sectors: ['A'], regions: ['ID-AC'], instruments: [], stages: [], languages: [], sustainabilityTags: [] },
    ];
    const options = { weights: { sector: 1, region: 0, ticket: 0, instrument: 0, stage: 0, language: 0, sustainability: 0 }, limit: 3, minScore: 0 };
    const pruned = suggestMeetings(participants, options).map((s) => s.businessId);
    expect(pruned).toEqual(suggestMeetings(participants, { ...options, pruning: false }).map((s) => s.businessId));
    expect(pruned).toContain('b5');
  });

  it('finds exactly what scoring every pair finds, for any edition, exclusions, weights and limit', () => {
    fc.assert(
      fc.property(
        arbitrary.participants,
        arbitrary.weights,
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 80 }),
        fc.func(fc.boolean()),
        (participants, weights, limit, minScore, exclude) => {
          const investors = participants.filter((p) => p.role === 'investor');
          const businesses = participants.filter((p) => p.role === 'business');
          const excludePairs: IdPair[] = [];
          investors.forEach((i, a) => businesses.forEach((b, c) => exclude(a, c) && excludePairs.push([b.id, i.id])));
          const options = { weights, limit, minScore, excludePairs };
          const pruned = suggestMeetings(participants, options);
          expect(pruned).toEqual(suggestMeetings(participants, { ...options, pruning: false }));
          const roles = new Map(participants.map((p) => [p.id, p.role]));
          const excluded = new Set(excludePairs.map(([b, i]) => `${i}|${b}`));
          for (const suggestion of pruned) {
            expect(roles.get(suggestion.investorId)).toBe('investor');
            expect(roles.get(suggestion.businessId)).toBe('business');
            expect(excluded.has(`${suggestion.investorId}|${suggestion.businessId}`)).toBe(false);
            expect(suggestion.score).toBeGreaterThanOrEqual(minScore);
          }
          expect(pruned.length).toBeLessThanOrEqual(limit);
        },
      ),
      { numRuns: 300 },
    );
  });
});
