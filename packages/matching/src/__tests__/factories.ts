// Test data builders: a default investor and opportunity that match on every criterion, so each test
// changes only what it is about.
import type { MatchBusiness, MatchInvestor, MatchOpportunity, MatchWeights } from '../index.js';
import { MATCH_CRITERIA, type MatchCriterion } from '../weights.js';

let sequence = 0;
const nextId = (prefix: string): string => `${prefix}-${String(++sequence).padStart(5, '0')}`;

export function anInvestor(overrides: Partial<MatchInvestor> = {}): MatchInvestor {
  return {
    id: nextId('investor'),
    visible: true,
    regionCode: 'ID-KB',
    sectors: ['C10'],
    regions: ['ID-KB'],
    ticketMin: 100_000,
    ticketMax: 1_000_000,
    instruments: ['equity'],
    stages: ['growth'],
    languages: ['id'],
    sustainabilityTags: ['halal'],
    ...overrides,
  };
}

export function anOpportunity(overrides: Partial<MatchOpportunity> = {}): MatchOpportunity {
  return {
    id: nextId('opportunity'),
    businessId: null,
    status: 'published',
    sectorCode: 'C10',
    regionCode: 'ID-KB',
    amount: 500_000,
    instruments: ['equity'],
    stage: 'growth',
    languages: ['id'],
    sustainabilityTags: ['halal'],
    ...overrides,
  };
}

export function aBusiness(overrides: Partial<MatchBusiness> = {}): MatchBusiness {
  return {
    id: nextId('business'),
    sectors: ['C10'],
    regionCode: 'ID-KB',
    languages: ['id'],
    opportunities: [],
    ...overrides,
  };
}

/** Weights that count one criterion only, so a score is that criterion's credit × 100. */
export function only(criterion: MatchCriterion): MatchWeights {
  return Object.fromEntries(MATCH_CRITERIA.map((name) => [name, name === criterion ? 1 : 0])) as MatchWeights;
}
