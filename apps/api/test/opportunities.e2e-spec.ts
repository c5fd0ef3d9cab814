import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildOpportunity, createOpportunity } from './factories/opportunity.factory.js';
import { createBusiness } from './factories/profile.factory.js';
import { createOrganiser, registerUser } from './factories/user.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let owner: Awaited<ReturnType<typeof createBusiness>>;
let otherBusiness: Awaited<ReturnType<typeof createBusiness>>;
let investorToken: string;
let organiserToken: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await createBusiness(t.http);
  otherBusiness = await createBusiness(t.http, { companyName: 'Sarawak Agro Sdn. Bhd.', legalForm: 'my_sdn_bhd', countryCode: 'MY', regionCode: 'MY-13' });
  investorToken = (await registerUser(t.http, { role: 'investor' })).accessToken;
  organiserToken = (await createOrganiser(t)).accessToken;
});
afterAll(async () => {
  await t.close();
});

async function countOpportunities(): Promise<number> {
  const [{ count }] = await t.sql<{ count: number }>('SELECT count(*)::int AS count FROM opportunities');
  return count;
}

describe('posting an opportunity', () => {
  it('creates it for a business, with the owner, its company and the amount in US dollars', async () => {
    const response = await t.http.post('/api/opportunities', buildOpportunity({ status: 'published' }), { token: owner.token });
    expect(response.status).toBe(201);
    expect(response.body).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        userId: owner.session.user.id,
        business: { id: owner.profile.id, companyName: 'PT Kopi Liberika Kayong', countryCode: 'ID', regionCode: 'ID-KB' },
        sectorCode: 'C10',
        sectorSection: 'C',
        regionCode: 'ID-KB',
        countryCode: 'ID',
        islandGroup: 'borneo',
        amount: { amount: '7500000000.00', currency: 'IDR' },
        // 7,500,000,000 / 16,630 rupiah per dollar (the migration's rate of 2025-10-30).
        amountUsd: '450992.18',
        fxRateDate: '2025-10-30',
        status: 'published',
        closeReason: null,
        publishedAt: expect.any(String),
      }),
    );
  });

  it('starts as a draft when no status is given', async () => {
    const { status: _omitted, ...body } = buildOpportunity();
    const response = await t.http.post('/api/opportunities', body, { token: owner.token });
    expect(response.status).toBe(201);
    expect(response.body.status).toBe('draft');
    expect(response.body.publishedAt).toBeNull();
  });

  it('stores the amount exactly, to the last rupiah cent', async () => {
    const created = await createOpportunity(t.http, owner.token, { amount: { amount: '1234567890123.45', currency: 'IDR' } });
    const [row] = await t.sql<{ amount: string }>('SELECT amount::text AS amount FROM opportunities WHERE id = $1', [created.id]);
    expect(row.amount).toBe('1234567890123.45');
    expect(created.amount).toEqual({ amount: '1234567890123.45', currency: 'IDR' });
  });

  it('keeps a sustainability section: environmental and social notes plus tags', async () => {
    const sustainability = {
      environmental: 'Tanpa pembukaan lahan gambut baru; limbah cair diolah menjadi biogas.',
      social: 'Bermitra dengan 300 petani plasma.',
      tags: ['no_deforestation', 'community_benefit', 'halal'],
    };
    const created = await createOpportunity(t.http, owner.token, { sustainability });
    expect(created.sustainability).toEqual(sustainability);
  });

  it('lets a business post without a business profile (the company is then null)', async () => {
    const newcomer = await registerUser(t.http, { role: 'business' });
    const created = await createOpportunity(t.http, newcomer.accessToken);
    expect(created.business).toBeNull();
    expect(created.userId).toBe(newcomer.user.id);
  });

  it('refuses investors and organisers with 403 and strangers with 401', async () => {
    expect((await t.http.post('/api/opportunities', buildOpportunity(), { token: investorToken })).status).toBe(403);
    expect((await t.http.post('/api/opportunities', buildOpportunity(), { token: organiserToken })).status).toBe(403);
    expect((await t.http.post('/api/opportunities', buildOpportunity())).status).toBe(401);
  });
});

describe('bad input is refused with a 400 that names the field, and nothing is written', () => {
  const cases: Array<[string, Record<string, unknown>, string]> = [
    ['an unknown sector code', { sectorCode: 'C99' }, 'sectorCode'],
    ['an unknown region code', { regionCode: 'ID-XX' }, 'regionCode'],
    ['an unknown currency', { amount: { amount: '1000.00', currency: 'EUR' } }, 'amount.currency'],
    ['an unknown instrument', { instruments: ['equity', 'crowdfunding'] }, 'instruments.1'],
    ['an unknown stage', { stage: 'unicorn' }, 'stage'],
    ['an unknown sustainability tag', { sustainability: { tags: ['greenwashing'] } }, 'sustainability.tags.0'],
    ['a negative amount', { amount: { amount: '-5000.00', currency: 'USD' } }, 'amount.amount'],
    ['a zero amount', { amount: { amount: '0', currency: 'USD' } }, 'amount.amount'],
    ['an amount with an exponent', { amount: { amount: '1e9', currency: 'USD' } }, 'amount.amount'],
    ['an amount with thousands separators', { amount: { amount: '1.500.000', currency: 'IDR' } }, 'amount.amount'],
    ['an amount as a JSON number', { amount: { amount: 1500, currency: 'USD' } }, 'amount.amount'],
    ['an amount with three decimals', { amount: { amount: '10.125', currency: 'USD' } }, 'amount.amount'],
    ['an amount past 18 integer digits', { amount: { amount: '1234567890123456789', currency: 'IDR' } }, 'amount.amount'],
    ['an absurd amount (about US$60 trillion in rupiah)', { amount: { amount: '999999999999999999', currency: 'IDR' } }, 'amount.amount'],
    ['a title over 140 characters', { title: 'Kebun '.repeat(30) }, 'title'],
    ['an empty title', { title: '   ' }, 'title'],
    ['no instruments', { instruments: [] }, 'instruments'],
    ['status closed at creation', { status: 'closed' }, 'status'],
    ['an unknown field', { valuation: '5000000' }, 'valuation'],
  ];

  it.each(cases)('refuses %s', async (_name, overrides, path) => {
    const before = await countOpportunities();
    const response = await t.http.post('/api/opportunities', { ...buildOpportunity(), ...overrides }, { token: owner.token, headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(await countOpportunities()).toBe(before);
  });

  it('explains an absurd amount in the caller’s language', async () => {
    const response = await t.http.post(
      '/api/opportunities',
      buildOpportunity({ amount: { amount: '500000000000', currency: 'USD' } }),
      { token: owner.token, headers: { 'accept-language': 'ms' } },
    );
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/tidak munasabah/);
  });

  it('refuses a malformed PATCH the same way, leaving the opportunity unchanged', async () => {
    const created = await createOpportunity(t.http, owner.token);
    const response = await t.http.patch(`/api/opportunities/${created.id}`, { title: 'Judul baru', amount: { amount: '-1', currency: 'IDR' } }, { token: owner.token });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'amount.amount' })]);
    expect((await t.http.get(`/api/opportunities/${created.id}`, { token: owner.token })).body.title).toBe(created.title);
  });

  it('refuses an empty PATCH', async () => {
    const created = await createOpportunity(t.http, owner.token);
    expect((await t.http.patch(`/api/opportunities/${created.id}`, {}, { token: owner.token })).status).toBe(400);
  });
});

describe('HTML in text fields', () => {
  it('stores <script> as typed and returns it as an inert JSON string, never as markup', async () => {
    const title = '<script>alert("x")</script> Kebun <b>lada</b>';
    const description = '<img src=x onerror=alert(1)> Lada putih Muntok dari Bangka & "Sarawak" <a href="javascript:alert(1)">klik</a>';
    const created = await createOpportunity(t.http, owner.token, { title, description });
    const response = await t.http.get(`/api/opportunities/${created.id}`, { token: investorToken });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.body.title).toBe(title);
    expect(response.body.description).toBe(description);
    const [row] = await t.sql<{ title: string }>('SELECT title FROM opportunities WHERE id = $1', [created.id]);
    expect(row.title).toBe(title);
  });
});

describe('who sees what', () => {
  it('hides a draft from everyone but its owner and organisers (404, as if it did not exist)', async () => {
    const draft = await createOpportunity(t.http, owner.token, { status: 'draft' });
    expect((await t.http.get(`/api/opportunities/${draft.id}`, { token: investorToken })).status).toBe(404);
    expect((await t.http.get(`/api/opportunities/${draft.id}`, { token: otherBusiness.token })).status).toBe(404);
    expect((await t.http.get(`/api/opportunities/${draft.id}`, { token: owner.token })).status).toBe(200);
    expect((await t.http.get(`/api/opportunities/${draft.id}`, { token: organiserToken })).status).toBe(200);
  });

  it('shows a published opportunity to any signed-in user, but not to strangers', async () => {
    const published = await createOpportunity(t.http, owner.token);
    expect((await t.http.get(`/api/opportunities/${published.id}`, { token: investorToken })).status).toBe(200);
    expect((await t.http.get(`/api/opportunities/${published.id}`)).status).toBe(401);
  });

  it('answers 404 for an unknown id and for a malformed one', async () => {
    expect((await t.http.get('/api/opportunities/00000000-0000-4000-8000-000000000000', { token: investorToken })).status).toBe(404);
    expect((await t.http.get('/api/opportunities/not-a-uuid', { token: investorToken })).status).toBe(404);
  });
});

describe('editing and deleting', () => {
  it('lets the owner edit fields and recomputes the dollar amount when the amount changes', async () => {
    const created = await createOpportunity(t.http, owner.token);
    const response = await t.http.patch(
      `/api/opportunities/${created.id}`,
      { title: 'Perluasan pabrik kopi liberika tahap II', amount: { amount: '2000000.00', currency: 'MYR' } },
      { token: owner.token },
    );
    expect(response.status).toBe(200);
    expect(response.body.title).toBe('Perluasan pabrik kopi liberika tahap II');
    expect(response.body.amount).toEqual({ amount: '2000000.00', currency: 'MYR' });
    expect(response.body.amountUsd).toBe('474495.85');
  });

  it('lets an organiser edit someone else’s opportunity', async () => {
    const created = await createOpportunity(t.http, owner.token);
    const response = await t.http.patch(`/api/opportunities/${created.id}`, { stage: 'mature' }, { token: organiserToken });
    expect(response.status).toBe(200);
    expect(response.body.stage).toBe('mature');
  });

  it('answers 403 to another user editing or deleting a published opportunity', async () => {
    const created = await createOpportunity(t.http, owner.token);
    expect((await t.http.patch(`/api/opportunities/${created.id}`, { title: 'Diambil alih' }, { token: otherBusiness.token })).status).toBe(403);
    expect((await t.http.patch(`/api/opportunities/${created.id}`, { title: 'Diambil alih' }, { token: investorToken })).status).toBe(403);
    expect((await t.http.delete(`/api/opportunities/${created.id}`, { token: otherBusiness.token })).status).toBe(403);
    expect((await t.http.get(`/api/opportunities/${created.id}`, { token: owner.token })).body.title).toBe(created.title);
  });

  it('answers 404 to another user editing or deleting a draft they cannot see', async () => {
    const draft = await createOpportunity(t.http, owner.token, { status: 'draft' });
    expect((await t.http.patch(`/api/opportunities/${draft.id}`, { title: 'Diambil alih' }, { token: otherBusiness.token })).status).toBe(404);
    expect((await t.http.delete(`/api/opportunities/${draft.id}`, { token: investorToken })).status).toBe(404);
  });

  it('deletes for the owner: afterwards it is gone', async () => {
    const created = await createOpportunity(t.http, owner.token);
    expect((await t.http.delete(`/api/opportunities/${created.id}`, { token: owner.token })).status).toBe(204);
    expect((await t.http.get(`/api/opportunities/${created.id}`, { token: owner.token })).status).toBe(404);
  });

  it('deletes for an organiser', async () => {
    const created = await createOpportunity(t.http, owner.token);
    expect((await t.http.delete(`/api/opportunities/${created.id}`, { token: organiserToken })).status).toBe(204);
  });
});

describe('lifecycle: draft → published → closed', () => {
  it('publishes a draft and stamps publishedAt', async () => {
    const draft = await createOpportunity(t.http, owner.token, { status: 'draft' });
    const response = await t.http.patch(`/api/opportunities/${draft.id}`, { status: 'published' }, { token: owner.token });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('published');
    expect(response.body.publishedAt).toEqual(expect.any(String));
    expect((await t.http.get(`/api/opportunities/${draft.id}`, { token: investorToken })).status).toBe(200);
  });

  it('refuses to turn a published opportunity back into a draft (409)', async () => {
    const published = await createOpportunity(t.http, owner.token);
    const response = await t.http.patch(`/api/opportunities/${published.id}`, { status: 'draft' }, { token: owner.token, headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(409);
    expect(response.body.message).toMatch(/close it instead/);
  });

  it('asks why when closing: without closeReason it is a 400 naming closeReason', async () => {
    const published = await createOpportunity(t.http, owner.token);
    const response = await t.http.patch(`/api/opportunities/${published.id}`, { status: 'closed' }, { token: owner.token });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'closeReason' })]);
  });

  it('refuses an unknown close reason, and a reason without closing', async () => {
    const published = await createOpportunity(t.http, owner.token);
    const unknown = await t.http.patch(`/api/opportunities/${published.id}`, { status: 'closed', closeReason: 'bored' }, { token: owner.token });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([expect.objectContaining({ path: 'closeReason' })]);
    expect((await t.http.patch(`/api/opportunities/${published.id}`, { closeReason: 'funded' }, { token: owner.token })).status).toBe(400);
  });

  it.each(['funded', 'withdrawn', 'expired'])('closes with the reason "%s", after which it can no longer change', async (closeReason) => {
    const published = await createOpportunity(t.http, owner.token);
    const closed = await t.http.patch(`/api/opportunities/${published.id}`, { status: 'closed', closeReason }, { token: owner.token });
    expect(closed.status).toBe(200);
    expect(closed.body).toEqual(expect.objectContaining({ status: 'closed', closeReason, closedAt: expect.any(String) }));
    expect((await t.http.patch(`/api/opportunities/${published.id}`, { title: 'Dibuka lagi?' }, { token: owner.token })).status).toBe(409);
    expect((await t.http.patch(`/api/opportunities/${published.id}`, { status: 'published' }, { token: owner.token })).status).toBe(409);
    // A closed opportunity stays readable: the record of what was raised.
    expect((await t.http.get(`/api/opportunities/${published.id}`, { token: investorToken })).body.status).toBe('closed');
  });

  it('lets exactly one of two simultaneous closings through', async () => {
    const published = await createOpportunity(t.http, owner.token);
    const responses = await Promise.all(
      ['funded', 'withdrawn'].map((closeReason) => t.http.patch(`/api/opportunities/${published.id}`, { status: 'closed', closeReason }, { token: owner.token })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});

describe('facet counters', () => {
  it('stay equal to a count of the table after every create, edit, publish, close and delete above', async () => {
    const business = await createBusiness(t.http);
    const moved = await createOpportunity(t.http, business.token, { status: 'draft' });
    await t.http.patch(`/api/opportunities/${moved.id}`, { sectorCode: 'A01', regionCode: 'MY-13', status: 'published' }, { token: business.token });
    await t.http.patch(`/api/opportunities/${moved.id}`, { status: 'closed', closeReason: 'expired' }, { token: business.token });
    const counters = await t.sql(`SELECT status, sector_code, region_code, n FROM opportunity_facet_counts WHERE n <> 0 ORDER BY 1, 2, 3`);
    const actual = await t.sql(`SELECT status, sector_code, region_code, count(*)::int AS n FROM opportunities GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`);
    expect(counters).toEqual(actual);
    expect(actual.length).toBeGreaterThan(2);
  });
});
