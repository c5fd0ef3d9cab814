import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CreateOpportunityRequest, Opportunity } from '@serumpun/shared';
import { createOpportunity } from './factories/opportunity.factory.js';
import { createBusiness } from './factories/profile.factory.js';
import { createOrganiser, registerUser } from './factories/user.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let kalbar: Awaited<ReturnType<typeof createBusiness>>;
let sarawak: Awaited<ReturnType<typeof createBusiness>>;
let investorToken: string;
let organiserToken: string;
const posted: Record<string, Opportunity> = {};

// A small marketplace whose every answer is known: the keys name each opportunity in the assertions.
const KALBAR: Record<string, Partial<CreateOpportunityRequest>> = {
  sawit: {
    title: 'Hilirisasi kelapa sawit di Ketapang',
    summary: 'Pabrik minyak goreng dan oleokimia dari tandan buah segar petani plasma.',
    description: 'Pengolahan minyak sawit mentah menjadi produk bernilai tambah untuk pasar domestik dan ekspor.',
    sectorCode: 'C10',
    regionCode: 'ID-KB',
    amount: { amount: '30000000000.00', currency: 'IDR' },
    instruments: ['equity', 'debt'],
    stage: 'growth',
    sustainability: { tags: ['no_deforestation'] },
  },
  alumina: {
    title: 'Smelter grade alumina refinery in Mempawah',
    summary: 'Bauxite from West Kalimantan refined near the Kijing port instead of shipped raw.',
    description: 'A greenfield refinery next to the new deep-sea port; offtake talks with aluminium smelters are under way.',
    sectorCode: 'C24',
    regionCode: 'ID-KB',
    amount: { amount: '250000000.00', currency: 'USD' },
    instruments: ['joint_venture'],
    stage: 'greenfield',
  },
  mangrove: {
    title: 'Ekowisata hutan mangrove Kubu Raya',
    summary: 'Dermaga, jalur susur mangrove dan homestay yang dikelola desa.',
    description: 'Kunjungan wisatawan dari Kuching dan Jakarta meningkat; masyarakat desa memegang saham usaha wisata ini.',
    sectorCode: 'N79',
    regionCode: 'ID-KB',
    amount: { amount: '3000000000.00', currency: 'IDR' },
    instruments: ['equity', 'grant'],
    stage: 'pre_revenue',
    sustainability: { tags: ['community_benefit', 'biodiversity'] },
  },
  coldchain: {
    title: 'Cold storage perikanan di Surabaya',
    summary: 'Gudang berpendingin untuk ikan tuna dan udang dari Jawa Timur.',
    description: 'Rantai dingin mengurangi susut hasil tangkapan nelayan; kami mencari pinjaman modal kerja.',
    sectorCode: 'H52',
    regionCode: 'ID-JI',
    amount: { amount: '8000000000.00', currency: 'IDR' },
    instruments: ['debt'],
    stage: 'growth',
  },
  halal: {
    title: 'Pusat pengolahan makanan halal di Medan',
    summary: 'Rendang dan sambal kemasan bersertifikat halal untuk ekspor ke Brunei dan Malaysia.',
    description: 'Pabrik bersertifikat MUI dengan pembeli tetap; dana untuk lini pengemasan retort kedua.',
    sectorCode: 'C10',
    regionCode: 'ID-SU',
    amount: { amount: '900000.00', currency: 'USD' },
    instruments: ['equity'],
    stage: 'mature',
    sustainability: { tags: ['halal'] },
  },
  cafe: {
    title: 'Café kopi susu jaringan waralaba di Pontianak',
    summary: 'Dua puluh gerai kedai kopi di sepanjang Jalan Gajah Mada.',
    description: 'Gerai waralaba dengan biji kopi lokal Kalimantan; ekspansi ke Singkawang dan Kuching.',
    sectorCode: 'I56',
    regionCode: 'ID-KB',
    amount: { amount: '1500000000.00', currency: 'IDR' },
    instruments: ['equity'],
    stage: 'early_revenue',
  },
};
const SARAWAK: Record<string, Partial<CreateOpportunityRequest>> = {
  kopi: {
    title: 'Ladang kopi liberika di Sarawak',
    summary: 'Pengembangan ladang kopi liberika bersama pekebun kecil di Betong.',
    description: 'Projek ini membantu pekebun kecil memproses biji kopi sendiri dan menjual terus kepada pembeli di Kuching.',
    sectorCode: 'A01',
    regionCode: 'MY-13',
    amount: { amount: '2000000.00', currency: 'MYR' },
    instruments: ['equity'],
    stage: 'early_revenue',
    sustainability: { tags: ['halal', 'community_benefit'] },
  },
  solar: {
    title: 'Solar farm in Brunei-Muara',
    summary: 'A 30 MW solar farm selling power to the national grid under a 25-year agreement.',
    description: 'Greenfield photovoltaic project on degraded land; public–private partnership with the district.',
    sectorCode: 'D35',
    regionCode: 'BN-BM',
    amount: { amount: '20000000.00', currency: 'BND' },
    instruments: ['ppp'],
    stage: 'greenfield',
    sustainability: { environmental: 'Replaces diesel generation; no forest clearing.', tags: ['renewable_energy', 'low_carbon'] },
  },
  payments: {
    title: 'Digital payments for Sabah SMEs',
    summary: 'QR payments and bookkeeping for market traders in Kota Kinabalu.',
    description: 'Pemprosesan pembayaran digital untuk peniaga kecil; mencari pelaburan boleh tukar.',
    sectorCode: 'J62',
    regionCode: 'MY-12',
    amount: { amount: '1200000.00', currency: 'USD' },
    instruments: ['convertible'],
    stage: 'early_revenue',
  },
};
const PUBLISHED_COUNT = Object.keys(KALBAR).length + Object.keys(SARAWAK).length;

beforeAll(async () => {
  t = await createTestApp();
  kalbar = await createBusiness(t.http);
  sarawak = await createBusiness(t.http, { companyName: 'Betong Agro Sdn. Bhd.', legalForm: 'my_sdn_bhd', countryCode: 'MY', regionCode: 'MY-13' });
  investorToken = (await registerUser(t.http, { role: 'investor' })).accessToken;
  organiserToken = (await createOrganiser(t)).accessToken;
  // One by one, so that `newest` has a known order: the last posted comes first.
  for (const [key, overrides] of Object.entries(KALBAR)) posted[key] = await createOpportunity(t.http, kalbar.token, { status: 'published', ...overrides });
  for (const [key, overrides] of Object.entries(SARAWAK)) posted[key] = await createOpportunity(t.http, sarawak.token, { status: 'published', ...overrides });
  posted.draft = await createOpportunity(t.http, kalbar.token, { status: 'draft', title: 'Draf rahasia pabrik pakan ikan', sectorCode: 'C10', regionCode: 'ID-KB' });
  posted.closed = await createOpportunity(t.http, sarawak.token, { status: 'published', title: 'Kilang sagu di Mukah', regionCode: 'MY-13', sectorCode: 'C10' });
  await t.http.patch(`/api/opportunities/${posted.closed.id}`, { status: 'closed', closeReason: 'funded' }, { token: sarawak.token });
});
afterAll(async () => {
  await t.close();
});

async function search(query: string, token = investorToken) {
  const response = await t.http.get(`/api/opportunities${query ? `?${query}` : ''}`, { token });
  if (response.status !== 200) throw new Error(`${query}: ${response.status} ${response.text}`);
  return response.body;
}

function keysOf(items: Array<{ id: string }>): string[] {
  const byId = new Map(Object.entries(posted).map(([key, o]) => [o.id, key]));
  return items.map((item) => byId.get(item.id) ?? item.id);
}

const sorted = (keys: string[]) => [...keys].sort();

describe('what the list holds', () => {
  it('lists published opportunities, newest first, without drafts of others or closed ones', async () => {
    const page = await search('');
    expect(keysOf(page.items)).toEqual(['payments', 'solar', 'kopi', 'cafe', 'halal', 'coldchain', 'mangrove', 'alumina', 'sawit']);
    expect(page.total).toBe(PUBLISHED_COUNT);
    expect(page.nextCursor).toBeNull();
  });

  it('adds the caller’s own drafts', async () => {
    const page = await search('', kalbar.token);
    expect(keysOf(page.items)).toContain('draft');
    expect(page.total).toBe(PUBLISHED_COUNT + 1);
  });

  it('shows organisers every draft', async () => {
    expect(keysOf((await search('status=draft', organiserToken)).items)).toEqual(['draft']);
  });

  it('shows nobody else’s drafts even when asked for drafts', async () => {
    expect((await search('status=draft', sarawak.token)).items).toEqual([]);
  });

  it('lists closed opportunities on request', async () => {
    expect(keysOf((await search('status=closed')).items)).toEqual(['closed']);
  });

  it('keeps only the caller’s own with mine=true', async () => {
    expect(sorted(keysOf((await search('mine=true', sarawak.token)).items))).toEqual(['kopi', 'payments', 'solar']);
  });

  it('carries the amount, its dollar value and the rate date on each item', async () => {
    const [item] = (await search('q=Sarawak&sort=newest')).items.filter((i: Opportunity) => i.id === posted.kopi.id);
    expect(item).toEqual(expect.objectContaining({ amount: { amount: '2000000.00', currency: 'MYR' }, amountUsd: '474495.85', fxRateDate: '2025-10-30' }));
  });
});

describe('filters', () => {
  it('takes a sector section and finds all its divisions', async () => {
    expect(sorted(keysOf((await search('sector=C')).items))).toEqual(['alumina', 'halal', 'sawit']);
  });

  it('takes a sector division', async () => {
    expect(sorted(keysOf((await search('sector=C10')).items))).toEqual(['halal', 'sawit']);
  });

  it('filters by region', async () => {
    expect(sorted(keysOf((await search('region=ID-KB')).items))).toEqual(['alumina', 'cafe', 'mangrove', 'sawit']);
  });

  it('expands a country to its regions', async () => {
    expect(sorted(keysOf((await search('country=MY')).items))).toEqual(['kopi', 'payments']);
    expect(sorted(keysOf((await search('country=BN')).items))).toEqual(['solar']);
  });

  it('expands an island to its regions across the three countries', async () => {
    expect(sorted(keysOf((await search('island=borneo')).items))).toEqual(['alumina', 'cafe', 'kopi', 'mangrove', 'payments', 'sawit', 'solar']);
    expect(sorted(keysOf((await search('island=java')).items))).toEqual(['coldchain']);
    expect(sorted(keysOf((await search('island=sumatra')).items))).toEqual(['halal']);
  });

  it('filters by instrument, stage and sustainability tag', async () => {
    expect(sorted(keysOf((await search('instrument=equity')).items))).toEqual(['cafe', 'halal', 'kopi', 'mangrove', 'sawit']);
    expect(sorted(keysOf((await search('stage=greenfield')).items))).toEqual(['alumina', 'solar']);
    expect(sorted(keysOf((await search('tag=halal')).items))).toEqual(['halal', 'kopi']);
  });

  it('compares amounts in US dollars whatever the currency they were posted in', async () => {
    // kopi MYR 2m ≈ US$474k, coldchain IDR 8bn ≈ US$481k, halal US$900k, cafe IDR 1.5bn ≈ US$90k.
    expect(sorted(keysOf((await search('minAmountUsd=400000&maxAmountUsd=1000000')).items))).toEqual(['coldchain', 'halal', 'kopi']);
    expect(sorted(keysOf((await search('maxAmountUsd=200000')).items))).toEqual(['cafe', 'mangrove']);
  });

  it('combines filters', async () => {
    expect(keysOf((await search('island=borneo&instrument=equity&sector=C10')).items)).toEqual(['sawit']);
  });

  it.each([
    ['an unknown sector', 'sector=Z9', 'sector'],
    ['an unknown region', 'region=MY-99', 'region'],
    ['an unknown country', 'country=TH', 'country'],
    ['an unknown island', 'island=Borneo', 'island'],
    ['an unknown instrument', 'instrument=bitcoin', 'instrument'],
    ['an unknown stage', 'stage=unicorn', 'stage'],
    ['a malformed amount', 'minAmountUsd=1e6', 'minAmountUsd'],
    ['a negative amount', 'minAmountUsd=-5', 'minAmountUsd'],
    ['a minimum above the maximum', 'minAmountUsd=5000&maxAmountUsd=100', 'maxAmountUsd'],
    ['an unknown sort', 'sort=popularity', 'sort'],
    ['an SQL fragment as sort', 'sort=amount_usd%20DESC%3B%20DROP%20TABLE%20opportunities', 'sort'],
    ['a limit above 100', 'limit=101', 'limit'],
    ['an unknown parameter', 'colour=green', 'colour'],
    ['a garbage cursor', 'cursor=not-a-cursor', 'cursor'],
  ])('refuses %s with a 400 naming it', async (_name, query, path) => {
    const response = await t.http.get(`/api/opportunities?${query}`, { token: investorToken });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });
});

describe('full-text search in Indonesian, Malay and English', () => {
  it('finds an Indonesian word', async () => {
    expect(keysOf((await search('q=sawit')).items)).toEqual(['sawit']);
  });

  it('finds a Malay word', async () => {
    expect(keysOf((await search('q=pekebun')).items)).toEqual(['kopi']);
  });

  it('finds English words, all of them required', async () => {
    expect(keysOf((await search('q=solar%20farm')).items)).toEqual(['solar']);
    expect((await search('q=solar%20rendang')).items).toEqual([]);
  });

  it('matches the beginning of a word', async () => {
    expect(keysOf((await search('q=hiliris')).items)).toEqual(['sawit']);
  });

  it('ignores accents in both the text and the query', async () => {
    expect(keysOf((await search('q=cafe')).items)).toEqual(['cafe']);
    expect(keysOf((await search(`q=${encodeURIComponent('Cafè')}`)).items)).toEqual(['cafe']);
  });

  it('forgives a typo in a title word', async () => {
    expect(keysOf((await search('q=liberka')).items)).toEqual(['kopi']);
    expect(keysOf((await search('q=mangrov')).items)).toEqual(['mangrove']);
  });

  it('forgives a typo beside a correctly spelt word', async () => {
    expect(keysOf((await search('q=kopi%20liberka')).items)).toEqual(['kopi']);
  });

  it('finds the words an edit brings, whole and as a beginning', async () => {
    const edited = await t.http.patch(`/api/opportunities/${posted.draft.id}`, { description: 'Pakan dari limbah cempedak dan nangka.' }, { token: kalbar.token });
    expect(edited.status).toBe(200);
    for (const q of ['cempedak', 'cemped']) {
      const response = await t.http.get(`/api/opportunities?q=${q}`, { token: kalbar.token });
      expect(response.body.items.map((item: Opportunity) => item.id)).toEqual([posted.draft.id]);
    }
  });

  it('searches summaries, descriptions and sustainability notes too, ranking title matches first', async () => {
    // "kopi" is in the titles of kopi and cafe, and only in the description of nothing else here.
    const page = await search('q=kopi');
    expect(sorted(keysOf(page.items))).toEqual(['cafe', 'kopi']);
    expect(keysOf((await search('q=diesel')).items)).toEqual(['solar']);
    // "Kijing" is only in the alumina summary; "pekebun" in the kopi summary and description.
    expect(keysOf((await search('q=kijing')).items)).toEqual(['alumina']);
  });

  it('ranks a title match above a mention in the description', async () => {
    // "pembayaran" is in the description of payments only, "digital" in its title; "pemprosesan" in a description.
    const page = await search('q=kuching');
    expect(sorted(keysOf(page.items))).toEqual(['cafe', 'kopi', 'mangrove']);
    expect(page.items.every((item: { score: number }) => typeof item.score === 'number')).toBe(true);
    const scores = page.items.map((item: { score: number }) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('treats operators and quotes in the query as plain characters', async () => {
    for (const q of ["sawit' OR 1=1 --", 'sawit & !kopi', '(sawit) | :* <->', '\\', "'''", '%_%']) {
      const response = await t.http.get(`/api/opportunities?q=${encodeURIComponent(q)}`, { token: investorToken });
      expect(response.status).toBe(200);
    }
    expect(keysOf((await search(`q=${encodeURIComponent("sawit' OR 1=1 --")}`)).items)).toEqual([]);
  });

  it('respects the other filters while searching', async () => {
    expect((await search('q=kopi&country=ID')).items.map((i: Opportunity) => i.id)).toEqual([posted.cafe.id]);
  });
});

describe('sorting and cursor pagination', () => {
  it('sorts by amount in US dollars, largest first', async () => {
    const keys = keysOf((await search('sort=amount')).items);
    expect(keys.slice(0, 4)).toEqual(['alumina', 'solar', 'sawit', 'payments']);
    expect(keys.at(-1)).toBe('cafe');
  });

  it('sorts by relevance by default when searching, and by newest without a query', async () => {
    const relevance = await search('q=kopi');
    expect(relevance.items[0].score).toBeGreaterThanOrEqual(relevance.items[1].score);
    expect((await search('sort=relevance')).items[0].id).toBe(posted.payments.id);
  });

  it.each(['newest', 'amount'])('walks every page of sort=%s with a cursor, without repeats or gaps', async (sort) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await search(`sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...page.items.map((item: Opportunity) => item.id));
      if (pages > 0) expect(page.facets).toBeNull();
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(Math.ceil(PUBLISHED_COUNT / 2));
    expect(new Set(seen).size).toBe(PUBLISHED_COUNT);
    expect(seen).toEqual(keysOf((await search(`sort=${sort}&limit=100`)).items).map((key) => posted[key].id));
  });

  it('walks the pages of a relevance search', async () => {
    const all = (await search('q=di&limit=100')).items.map((item: Opportunity) => item.id);
    expect(all.length).toBeGreaterThan(3);
    const first = await search('q=di&limit=2');
    const second = await search(`q=di&limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((item: Opportunity) => item.id)).toEqual(all.slice(0, 4));
  });

  it('refuses a cursor from another sort order', async () => {
    const first = await search('sort=amount&limit=2');
    const response = await t.http.get(`/api/opportunities?sort=newest&cursor=${first.nextCursor}`, { token: investorToken });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'cursor' })]);
  });
});

describe('facets for the filter sidebar', () => {
  it('counts by sector section, country and island', async () => {
    const { facets } = await search('');
    expect(facets.sector).toEqual(
      expect.arrayContaining([
        { code: 'C', count: 3 },
        { code: 'A', count: 1 },
        { code: 'D', count: 1 },
        { code: 'H', count: 1 },
        { code: 'I', count: 1 },
        { code: 'J', count: 1 },
        { code: 'N', count: 1 },
      ]),
    );
    expect(facets.sector[0]).toEqual({ code: 'C', count: 3 });
    expect(facets.country).toEqual([
      { code: 'ID', count: 6 },
      { code: 'MY', count: 2 },
      { code: 'BN', count: 1 },
    ]);
    expect(facets.island).toEqual([
      { code: 'borneo', count: 7 },
      { code: 'java', count: 1 },
      { code: 'sumatra', count: 1 },
    ]);
  });

  it('leaves out each facet’s own filter, so the other choices keep their counts', async () => {
    const page = await search('country=MY');
    expect(page.total).toBe(2);
    expect(page.facets.country).toEqual([
      { code: 'ID', count: 6 },
      { code: 'MY', count: 2 },
      { code: 'BN', count: 1 },
    ]);
    // The other facets are narrowed to Malaysia.
    expect(page.facets.island).toEqual([{ code: 'borneo', count: 2 }]);
    expect(sorted(page.facets.sector.map((f: { code: string }) => f.code))).toEqual(['A', 'J']);
  });

  it('applies the other filters to every facet', async () => {
    const page = await search('sector=C&island=borneo');
    expect(page.total).toBe(2);
    expect(page.facets.sector).toEqual(
      expect.arrayContaining([
        { code: 'C', count: 2 },
        { code: 'A', count: 1 },
        { code: 'D', count: 1 },
      ]),
    );
    expect(page.facets.island).toEqual([
      { code: 'borneo', count: 2 },
      { code: 'sumatra', count: 1 },
    ]);
    expect(page.facets.country).toEqual([{ code: 'ID', count: 2 }]);
  });

  it('gives the same counts from the counters as from a scan of the rows', async () => {
    // With stage=… the counts come from scanning the rows; without, from the trigger-kept counters.
    const everyStage = ['idea', 'pre_revenue', 'early_revenue', 'growth', 'mature', 'greenfield', 'brownfield'];
    const perStage = await Promise.all(everyStage.map((stage) => search(`country=MY&stage=${stage}`)));
    const summed = (facet: 'sector' | 'country' | 'island') => {
      const totals = new Map<string, number>();
      for (const page of perStage) for (const { code, count } of page.facets[facet]) totals.set(code, (totals.get(code) ?? 0) + count);
      return [...totals].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    };
    const fromCounters = (await search('country=MY')).facets;
    expect(summed('sector')).toEqual(fromCounters.sector);
    expect(summed('country')).toEqual(fromCounters.country);
    expect(summed('island')).toEqual(fromCounters.island);
  });

  it('counts the caller’s own drafts, and every draft for organisers', async () => {
    const own = await search('status=draft', kalbar.token);
    expect(own.total).toBe(1);
    expect(own.facets.sector).toEqual([{ code: 'C', count: 1 }]);
    expect((await search('status=draft', sarawak.token)).total).toBe(0);
    expect((await search('status=draft', organiserToken)).total).toBe(1);
  });

  it('counts within a text search', async () => {
    const page = await search('q=kopi');
    expect(page.total).toBe(2);
    expect(page.facets.country).toEqual([
      { code: 'ID', count: 1 },
      { code: 'MY', count: 1 },
    ]);
  });
});
