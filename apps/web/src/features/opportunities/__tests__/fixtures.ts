import type { BusinessProfile, FxRates, InvestorProfile, Opportunity, OpportunityFacets, OpportunitySearchResult } from '@serumpun/shared';

let counter = 0;
const nextId = (prefix: string) => {
  counter += 1;
  return `${prefix}-0000-4000-8000-${String(counter).padStart(12, '0')}`;
};

/** The rates the API seeds: 30 October 2025, the first edition's day. */
export const FX_RATES: FxRates = {
  base: 'USD',
  asOf: '2025-10-30',
  rates: [
    { currency: 'USD', unitsPerUsd: '1', asOf: '2025-10-30' },
    { currency: 'IDR', unitsPerUsd: '16630', asOf: '2025-10-30' },
    { currency: 'MYR', unitsPerUsd: '4.215', asOf: '2025-10-30' },
    { currency: 'SGD', unitsPerUsd: '1.299', asOf: '2025-10-30' },
    { currency: 'BND', unitsPerUsd: '1.299', asOf: '2025-10-30' },
  ],
};

export function buildOpportunity(overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    id: nextId('aaaaaaaa'),
    userId: nextId('bbbbbbbb'),
    business: { id: nextId('cccccccc'), companyName: 'PT Sawit Lestari Kapuas', countryCode: 'ID', regionCode: 'ID-KB' },
    title: 'Pabrik minyak sawit mini di Sanggau',
    summary: 'Pabrik pengolahan tandan buah segar berkapasitas 10 ton per jam untuk petani plasma.',
    description: 'Kami mencari mitra untuk membangun pabrik kelapa sawit mini.\nDana dipakai untuk mesin dan gudang.',
    sectorCode: 'C10',
    sectorSection: 'C',
    regionCode: 'ID-KB',
    countryCode: 'ID',
    islandGroup: 'borneo',
    amount: { amount: '16630000000', currency: 'IDR' },
    amountUsd: '1000000.00',
    fxRateDate: '2025-10-30',
    instruments: ['equity', 'debt'],
    stage: 'growth',
    sustainability: { environmental: 'Limbah cair diolah menjadi biogas.', social: null, tags: [] },
    status: 'published',
    closeReason: null,
    createdAt: '2025-10-01T03:00:00.000Z',
    updatedAt: '2025-10-02T03:00:00.000Z',
    publishedAt: '2025-10-02T03:00:00.000Z',
    closedAt: null,
    ...overrides,
  };
}

export const FACETS: OpportunityFacets = {
  sector: [
    { code: 'C', count: 12 },
    { code: 'A', count: 7 },
    { code: 'D', count: 2 },
  ],
  country: [
    { code: 'ID', count: 15 },
    { code: 'MY', count: 5 },
    { code: 'BN', count: 1 },
  ],
  island: [
    { code: 'borneo', count: 18 },
    { code: 'java', count: 3 },
  ],
};

export function searchResult(items: Opportunity[], page: Partial<Omit<OpportunitySearchResult, 'items'>> = {}): OpportunitySearchResult {
  return {
    items: items.map((item) => ({ ...item, score: null })),
    nextCursor: null,
    total: items.length,
    facets: FACETS,
    ...page,
  };
}

export function buildInvestorProfile(overrides: Partial<InvestorProfile> = {}): InvestorProfile {
  return {
    kind: 'investor',
    id: nextId('dddddddd'),
    userId: nextId('eeeeeeee'),
    fullName: 'Lim Wei Ming',
    organisation: 'Borneo Growth Partners',
    investorType: 'venture_fund',
    countryCode: 'MY',
    regionCode: 'MY-13',
    sectors: ['C10', 'A'],
    regions: ['ID-KB', 'MY-13'],
    ticketMin: { amount: '500000', currency: 'MYR' },
    ticketMax: { amount: '5000000', currency: 'MYR' },
    ticketMinUsd: '118623.96',
    ticketMaxUsd: '1186239.62',
    instruments: ['equity'],
    stages: ['growth'],
    languages: ['ms', 'en'],
    sustainabilityTags: [],
    bio: 'Kami melabur dalam perniagaan agro di Borneo.',
    website: 'https://bgp.example.my',
    visible: true,
    createdAt: '2025-09-01T00:00:00.000Z',
    updatedAt: '2025-09-01T00:00:00.000Z',
    ...overrides,
  };
}

export function buildBusinessProfile(overrides: Partial<BusinessProfile> = {}): BusinessProfile {
  return {
    kind: 'business',
    id: nextId('ffffffff'),
    userId: nextId('99999999'),
    fullName: 'Dayang Nurfaizah',
    companyName: 'PT Sawit Lestari Kapuas',
    businessKind: 'sme',
    legalForm: 'id_pt',
    registrationNumber: null,
    countryCode: 'ID',
    regionCode: 'ID-KB',
    sectors: ['C10'],
    foundedYear: 2015,
    employees: 40,
    revenueBand: '100k_1m_usd',
    description: 'Pengolahan kelapa sawit skala kecil bersama petani plasma di Sanggau.',
    website: null,
    languages: ['id'],
    createdAt: '2025-09-01T00:00:00.000Z',
    updatedAt: '2025-09-01T00:00:00.000Z',
    ...overrides,
  };
}

/**
 * Records the full URL of every request (the fake API keeps only the path), so tests can read the
 * query string the app sent; `lastQuery()` inside a route handler is the query of that request.
 */
export function recordQueries() {
  const inner = globalThis.fetch;
  const urls: string[] = [];
  let current = new URLSearchParams();
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    urls.push(url);
    current = new URLSearchParams(url.split('?')[1] ?? '');
    return inner(input, init);
  }) as typeof fetch;
  return {
    urls,
    lastQuery: () => current,
    /** The query strings sent to one path, e.g. `queriesTo('/api/opportunities')`. */
    queriesTo: (path: string) => urls.filter((url) => url.split('?')[0] === path).map((url) => new URLSearchParams(url.split('?')[1] ?? '')),
  };
}
