import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { INSTRUMENT_CODES, SUSTAINABILITY_TAG_CODES, type CreateOpportunityRequest, type Opportunity } from '@serumpun/shared';
import { createOpportunity } from './factories/opportunity.factory.js';
import { createBusiness } from './factories/profile.factory.js';
import { createOrganiser, registerUser } from './factories/user.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// The facet counts take other paths than the pages (code bit sets in narrow indexes, one branch per
// visibility, page and counts of a ranked text search in one statement): here they are checked against
// the items the same searches list, for every instrument and tag and a spread of filters and callers.

let t: TestApp;
let owner: Awaited<ReturnType<typeof createBusiness>>;
let investorToken: string;
let organiserToken: string;
let everything: Opportunity;

const SECTORS = ['A01', 'C10', 'C24', 'D35', 'I55', 'J62'] as const;
const REGIONS = ['ID-KB', 'ID-KI', 'MY-13', 'MY-12', 'BN-BM', 'ID-JI', 'ID-SU'] as const;
const STAGES = ['idea', 'growth', 'greenfield'] as const;
const WORDS = ['sawit lestari', 'kopi liberika', 'tenaga suria', 'pelabuhan Kijing'];

beforeAll(async () => {
  t = await createTestApp();
  owner = await createBusiness(t.http);
  const other = await createBusiness(t.http, { companyName: 'Betong Agro Sdn. Bhd.', legalForm: 'my_sdn_bhd', countryCode: 'MY', regionCode: 'MY-13' });
  investorToken = (await registerUser(t.http, { role: 'investor' })).accessToken;
  organiserToken = (await createOrganiser(t)).accessToken;
  // Every instrument and every tag on one opportunity: each bit of both sets.
  everything = await createOpportunity(t.http, owner.token, {
    title: 'Kawasan industri terpadu sawit dan kopi',
    instruments: [...INSTRUMENT_CODES],
    sustainability: { tags: [...SUSTAINABILITY_TAG_CODES] },
  });
  for (let i = 0; i < 24; i++) {
    const overrides: Partial<CreateOpportunityRequest> = {
      title: `Proyek ${WORDS[i % WORDS.length]} nomor ${i}`,
      sectorCode: SECTORS[i % SECTORS.length],
      regionCode: REGIONS[(i * 3) % REGIONS.length],
      instruments: [INSTRUMENT_CODES[i % INSTRUMENT_CODES.length], INSTRUMENT_CODES[(i * 5) % INSTRUMENT_CODES.length]].filter((c, k, all) => all.indexOf(c) === k),
      sustainability: { tags: i % 3 === 0 ? [] : [SUSTAINABILITY_TAG_CODES[i % SUSTAINABILITY_TAG_CODES.length], SUSTAINABILITY_TAG_CODES[(i * 7) % SUSTAINABILITY_TAG_CODES.length]].filter((c, k, all) => all.indexOf(c) === k) },
      stage: STAGES[i % STAGES.length],
      amount: { amount: `${(i + 1) * 50_000}.00`, currency: 'USD' },
      status: i % 6 === 5 ? 'draft' : 'published',
    };
    await createOpportunity(t.http, i % 2 === 0 ? owner.token : other.token, overrides);
  }
});
afterAll(async () => {
  await t.close();
});

async function search(query: string, token: string) {
  const response = await t.http.get(`/api/opportunities${query ? `?${query}` : ''}`, { token });
  if (response.status !== 200) throw new Error(`${query}: ${response.status} ${response.text}`);
  return response.body;
}

/** Every item a search lists, page after page. */
async function listAll(query: string, token: string): Promise<Opportunity[]> {
  const items: Opportunity[] = [];
  let cursor: string | null = null;
  do {
    const page = await search([query, 'limit=7', cursor ? `cursor=${cursor}` : ''].filter(Boolean).join('&'), token);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const without = (query: string, name: string) => query.split('&').filter((part) => part && !part.startsWith(`${name}=`)).join('&');

function countBy(items: Opportunity[], key: (item: Opportunity) => string) {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/** The facets a search must show, from the items of the same search with that facet's own filter left out. */
async function expectedFacets(query: string, token: string) {
  return {
    total: (await listAll(query, token)).length,
    facets: {
      sector: countBy(await listAll(without(query, 'sector'), token), (item) => item.sectorSection),
      country: countBy(await listAll(without(query, 'country'), token), (item) => item.countryCode),
      island: countBy(await listAll(without(query, 'island'), token), (item) => item.islandGroup),
    },
  };
}

describe('facet counts agree with the items listed', () => {
  it('stores every instrument and every tag as its bit', async () => {
    const [row] = await t.sql<{ instrument_bits: number; sustainability_tag_bits: number }>(
      'SELECT instrument_bits, sustainability_tag_bits FROM opportunities WHERE id = $1',
      [everything.id],
    );
    expect(row).toEqual({ instrument_bits: 2 ** INSTRUMENT_CODES.length - 1, sustainability_tag_bits: 2 ** SUSTAINABILITY_TAG_CODES.length - 1 });
  });

  it.each([...INSTRUMENT_CODES.map((code) => `instrument=${code}`), ...SUSTAINABILITY_TAG_CODES.map((code) => `tag=${code}`)])('for %s', async (query) => {
    const page = await search(query, investorToken);
    expect(page.items.map((item: Opportunity) => item.id)).toContain(everything.id);
    expect({ total: page.total, facets: page.facets }).toEqual(await expectedFacets(query, investorToken));
  });

  it.each([
    'instrument=equity&island=borneo',
    'instrument=debt&sector=C&country=ID',
    'tag=halal&country=MY&island=borneo',
    'stage=growth&sector=C10&island=borneo',
    'minAmountUsd=200000&maxAmountUsd=900000',
    'minAmountUsd=200000&maxAmountUsd=900000&sort=amount&country=ID&instrument=grant',
    'q=sawit',
    'q=kopi&island=borneo&sector=C',
    'q=proyek&country=MY&sector=J',
    'q=proyek&stage=idea&tag=halal',
    'q=liberka',
    'q=liberka&country=ID',
    'q=sawit&sort=newest&instrument=equity',
    'minAmountUsd=100000&maxAmountUsd=1000000',
    'minAmountUsd=150000&sort=amount',
    'maxAmountUsd=500000&sector=C&island=borneo',
    'minAmountUsd=0&maxAmountUsd=250000&region=ID-KB&country=ID',
    'minAmountUsd=120000&maxAmountUsd=130000',
    'minAmountUsd=50000&maxAmountUsd=1000000&status=draft',
    'minAmountUsd=100000&maxAmountUsd=600000&sector=C10',
    'q=liberik&country=ID',
    'q=kopi%20liberka',
  ])('for %s, as an investor, the owner and an organiser', async (query) => {
    for (const token of [investorToken, owner.token, organiserToken]) {
      const page = await search(query, token);
      expect({ total: page.total, facets: page.facets }).toEqual(await expectedFacets(query, token));
    }
  });

  it('keeps the per-instrument counters equal to a recount through edits, publishing, closing and deleting', async () => {
    const draft = await createOpportunity(t.http, owner.token, { status: 'draft', instruments: ['grant'], regionCode: 'MY-12' });
    const edited = await createOpportunity(t.http, owner.token, { instruments: ['equity', 'debt'], regionCode: 'BN-BM' });
    const closed = await createOpportunity(t.http, owner.token, { instruments: ['offtake'] });
    const deleted = await createOpportunity(t.http, owner.token, { instruments: ['ppp', 'grant'] });
    const patch = (id: string, body: object) => t.http.patch(`/api/opportunities/${id}`, body, { token: owner.token });
    expect((await patch(draft.id, { status: 'published', instruments: ['ppp', 'grant'] })).status).toBe(200);
    expect((await patch(edited.id, { instruments: ['convertible'], sectorCode: 'J62' })).status).toBe(200);
    expect((await patch(closed.id, { status: 'closed', closeReason: 'withdrawn' })).status).toBe(200);
    expect((await t.http.delete(`/api/opportunities/${deleted.id}`, { token: owner.token })).status).toBe(204);
    const differences = await t.sql(
      `WITH recount AS (
         SELECT o.status, i.instrument, o.sector_code, o.region_code, count(*)::int AS n
           FROM opportunities o CROSS JOIN LATERAL (SELECT DISTINCT unnest(o.instruments)) i(instrument) GROUP BY 1, 2, 3, 4
       ), kept AS (SELECT status, instrument, sector_code, region_code, n FROM opportunity_instrument_facet_counts WHERE n <> 0)
       (SELECT * FROM recount EXCEPT SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT SELECT * FROM recount)`,
    );
    expect(differences).toEqual([]);
    for (const query of ['instrument=grant', 'instrument=ppp&island=borneo', 'instrument=convertible&sector=J', 'instrument=offtake&status=closed']) {
      for (const token of [investorToken, owner.token, organiserToken]) {
        const page = await search(query, token);
        expect({ total: page.total, facets: page.facets }).toEqual(await expectedFacets(query, token));
      }
    }
  });

  it('keeps the amount-bucket counters equal to a recount through edits, closing, deleting and new FX rates', async () => {
    const myr = await createOpportunity(t.http, owner.token, { amount: { amount: '2100000.00', currency: 'MYR' }, regionCode: 'MY-13' });
    const edited = await createOpportunity(t.http, owner.token, { amount: { amount: '450000.00', currency: 'USD' } });
    const closed = await createOpportunity(t.http, owner.token, { amount: { amount: '99999.99', currency: 'USD' } });
    const deleted = await createOpportunity(t.http, owner.token, { amount: { amount: '5000000.00', currency: 'USD' } });
    const patch = (id: string, body: object) => t.http.patch(`/api/opportunities/${id}`, body, { token: owner.token });
    expect((await patch(edited.id, { amount: { amount: '510000.00', currency: 'USD' }, sectorCode: 'J62' })).status).toBe(200);
    expect((await patch(closed.id, { status: 'closed', closeReason: 'funded' })).status).toBe(200);
    expect((await t.http.delete(`/api/opportunities/${deleted.id}`, { token: owner.token })).status).toBe(204);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await t.http.put('/api/fx-rates', { asOf: yesterday, rates: [{ currency: 'MYR', unitsPerUsd: '4.1' }] }, { token: organiserToken })).status).toBe(200);
    expect((await t.http.get(`/api/opportunities/${myr.id}`, { token: owner.token })).body.amountUsd).toBe('512195.12');
    const differences = await t.sql(
      `WITH recount AS (
         SELECT status, serumpun_amount_bucket(amount_usd) AS amount_bucket, sector_section, region_code, count(*)::int AS n FROM opportunities GROUP BY 1, 2, 3, 4
       ), kept AS (SELECT status, amount_bucket, sector_section, region_code, n FROM opportunity_amount_facet_counts WHERE n <> 0)
       (SELECT * FROM recount EXCEPT SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT SELECT * FROM recount)`,
    );
    expect(differences).toEqual([]);
    for (const query of ['minAmountUsd=500000&maxAmountUsd=1000000', 'minAmountUsd=99999.99&maxAmountUsd=100000&status=closed', 'minAmountUsd=200000&island=borneo']) {
      for (const token of [investorToken, owner.token, organiserToken]) {
        const page = await search(query, token);
        expect({ total: page.total, facets: page.facets }).toEqual(await expectedFacets(query, token));
      }
    }
  });

  it('keeps the per-lexeme counters equal to a recount through edits, publishing, closing and deleting', async () => {
    const draft = await createOpportunity(t.http, owner.token, { status: 'draft', title: 'Kilang gula aren organik', regionCode: 'MY-12' });
    const retitled = await createOpportunity(t.http, owner.token, { title: 'Kilang gula kelapa di Sambas', regionCode: 'ID-KB' });
    const moved = await createOpportunity(t.http, owner.token, { title: 'Gudang gula aren Kuching', regionCode: 'MY-13' });
    const closed = await createOpportunity(t.http, owner.token, { title: 'Pabrik gula aren Ketapang' });
    const deleted = await createOpportunity(t.http, owner.token, { title: 'Kebun aren Sintang' });
    const patch = (id: string, body: object) => t.http.patch(`/api/opportunities/${id}`, body, { token: owner.token });
    expect((await patch(draft.id, { status: 'published', summary: 'Gula aren dari petani koperasi.' })).status).toBe(200);
    expect((await patch(retitled.id, { title: 'Kilang minyak kelapa di Sambas' })).status).toBe(200);
    expect((await patch(moved.id, { sectorCode: 'J62', regionCode: 'BN-BM' })).status).toBe(200);
    expect((await patch(closed.id, { status: 'closed', closeReason: 'expired' })).status).toBe(200);
    expect((await t.http.delete(`/api/opportunities/${deleted.id}`, { token: owner.token })).status).toBe(204);
    // New FX rates rewrite every row's dollar amount but no text, status, sector or region: the counters stay.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await t.http.put('/api/fx-rates', { asOf: yesterday, rates: [{ currency: 'IDR', unitsPerUsd: '16500' }] }, { token: organiserToken })).status).toBe(200);
    const differences = await t.sql(
      `WITH recount AS (
         SELECT w.word, o.status, o.sector_section, o.region_code, count(*)::int AS n
           FROM opportunities o CROSS JOIN LATERAL unnest(tsvector_to_array(o.search_vector)) w(word) GROUP BY 1, 2, 3, 4
       ), kept AS (SELECT word, status, sector_section, region_code, n FROM opportunity_word_facet_counts WHERE n <> 0)
       (SELECT * FROM recount EXCEPT SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT SELECT * FROM recount)`,
    );
    expect(differences).toEqual([]);
    for (const query of ['q=aren', 'q=aren&status=closed', 'q=aren&island=borneo&sector=C', 'q=aren&region=BN-BM', 'q=gula&country=MY', 'q=kelapa', 'q=aren&sort=newest', 'q=sintang']) {
      for (const token of [investorToken, owner.token, organiserToken]) {
        const page = await search(query, token);
        expect({ total: page.total, facets: page.facets }).toEqual(await expectedFacets(query, token));
      }
    }
  });

  it('counts the owner’s drafts only for the owner', async () => {
    const forOwner = await search('instrument=equity&status=draft', owner.token);
    const forInvestor = await search('instrument=equity&status=draft', investorToken);
    expect(forOwner.total).toBe((await listAll('instrument=equity&status=draft', owner.token)).length);
    expect(forInvestor.total).toBe(0);
  });
});
