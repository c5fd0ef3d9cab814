import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildBusinessProfile, buildInvestorProfile, createBusiness, createInvestor } from './factories/profile.factory.js';
import { createOrganiser, registerUser } from './factories/user.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let organiserToken: string;

beforeAll(async () => {
  t = await createTestApp();
  organiserToken = (await createOrganiser(t)).accessToken;
});
afterAll(async () => {
  await t.close();
});

async function countProfiles(): Promise<number> {
  const [{ count }] = await t.sql<{ count: number }>('SELECT (SELECT count(*) FROM investor_profiles) + (SELECT count(*) FROM business_profiles) AS count');
  return Number(count);
}

describe('the caller’s own profile', () => {
  it('answers 404 before the profile is filled in', async () => {
    const investor = await registerUser(t.http, { role: 'investor' });
    expect((await t.http.get('/api/me/profile', { token: investor.accessToken })).status).toBe(404);
  });

  it('creates an investor profile with the owning userId and the ticket in US dollars', async () => {
    const investor = await registerUser(t.http, { role: 'investor' });
    const body = buildInvestorProfile({ ticketMin: { amount: '1000000000', currency: 'IDR' }, ticketMax: { amount: '16630000000.00', currency: 'IDR' } });
    const response = await t.http.put('/api/me/profile', body, { token: investor.accessToken });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(
      expect.objectContaining({
        kind: 'investor',
        id: expect.any(String),
        userId: investor.user.id,
        fullName: investor.user.fullName,
        organisation: body.organisation,
        ticketMin: { amount: '1000000000.00', currency: 'IDR' },
        ticketMax: { amount: '16630000000.00', currency: 'IDR' },
        ticketMinUsd: '60132.29',
        ticketMaxUsd: '1000000.00',
        sustainabilityTags: [],
        visible: true,
      }),
    );
    expect((await t.http.get('/api/me/profile', { token: investor.accessToken })).body).toEqual(response.body);
  });

  it('creates a business profile with the owning userId', async () => {
    const business = await registerUser(t.http, { role: 'business' });
    const response = await t.http.put('/api/me/profile', buildBusinessProfile(), { token: business.accessToken });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(
      expect.objectContaining({ kind: 'business', userId: business.user.id, companyName: 'PT Kopi Liberika Kayong', businessKind: 'sme', legalForm: 'id_pt', regionCode: 'ID-KB' }),
    );
  });

  it('replaces the profile on a second PUT, keeping one profile per user', async () => {
    const { session, profile } = await createInvestor(t.http);
    const response = await t.http.put('/api/me/profile', buildInvestorProfile({ organisation: 'Dana Borneo Lestari', visible: false }), { token: session.accessToken });
    expect(response.body).toEqual(expect.objectContaining({ id: profile.id, organisation: 'Dana Borneo Lestari', visible: false }));
    const [{ count }] = await t.sql<{ count: number }>('SELECT count(*)::int AS count FROM investor_profiles WHERE user_id = $1', [session.user.id]);
    expect(count).toBe(1);
  });

  it('gives each of many simultaneous first PUTs the same single profile', async () => {
    const business = await registerUser(t.http, { role: 'business' });
    const responses = await Promise.all(Array.from({ length: 5 }, () => t.http.put('/api/me/profile', buildBusinessProfile(), { token: business.accessToken })));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
  });

  it('lets a Singapore investor leave the home region empty', async () => {
    const investor = await registerUser(t.http, { role: 'investor' });
    const response = await t.http.put('/api/me/profile', buildInvestorProfile({ countryCode: 'SG', regionCode: null }), { token: investor.accessToken });
    expect(response.status).toBe(200);
    expect(response.body.regionCode).toBeNull();
  });

  it('refuses organisers with 403: they have no profile', async () => {
    expect((await t.http.get('/api/me/profile', { token: organiserToken })).status).toBe(403);
    expect((await t.http.put('/api/me/profile', buildInvestorProfile(), { token: organiserToken })).status).toBe(403);
  });

  it('validates by role: a business cannot send the investor shape, nor an investor the business one', async () => {
    const business = await registerUser(t.http, { role: 'business' });
    const asBusiness = await t.http.put('/api/me/profile', buildInvestorProfile(), { token: business.accessToken });
    expect(asBusiness.status).toBe(400);
    expect(asBusiness.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'organisation', code: 'unrecognized_keys' }), expect.objectContaining({ path: 'companyName' })]));
    const investor = await registerUser(t.http, { role: 'investor' });
    const asInvestor = await t.http.put('/api/me/profile', buildBusinessProfile(), { token: investor.accessToken });
    expect(asInvestor.status).toBe(400);
    expect(asInvestor.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'companyName', code: 'unrecognized_keys' })]));
  });

  it('keeps HTML in a bio as plain text', async () => {
    const { profile } = await createInvestor(t.http, { bio: '<script>document.cookie</script> & <i>angel</i>' });
    expect(profile.bio).toBe('<script>document.cookie</script> & <i>angel</i>');
  });
});

describe('bad profile input is refused with a 400 naming the field, and nothing is written', () => {
  const investorCases: Array<[string, Record<string, unknown>, string]> = [
    ['an unknown sector', { sectors: ['C10', 'X1'] }, 'sectors.1'],
    ['an unknown region of interest', { regions: ['ID-ZZ'] }, 'regions.0'],
    ['a home region outside the home country', { countryCode: 'MY', regionCode: 'ID-KB' }, 'regionCode'],
    ['an unknown currency', { ticketMin: { amount: '100', currency: 'XAU' } }, 'ticketMin.currency'],
    ['a negative ticket', { ticketMin: { amount: '-100', currency: 'USD' } }, 'ticketMin.amount'],
    ['a malformed ticket', { ticketMax: { amount: '2,000,000', currency: 'USD' } }, 'ticketMax.amount'],
    ['ticketMin above ticketMax', { ticketMin: { amount: '5000000', currency: 'USD' }, ticketMax: { amount: '100000', currency: 'USD' } }, 'ticketMax.amount'],
    ['ticketMin and ticketMax in different currencies', { ticketMin: { amount: '100000', currency: 'USD' }, ticketMax: { amount: '9000000000', currency: 'IDR' } }, 'ticketMax.currency'],
    ['an absurd ticket', { ticketMax: { amount: '900000000000000', currency: 'USD' } }, 'ticketMax.amount'],
    ['an unknown instrument', { instruments: ['lottery'] }, 'instruments.0'],
    ['an unknown stage', { stages: ['dream'] }, 'stages.0'],
    ['an unknown investor type', { investorType: 'uncle' }, 'investorType'],
    ['a javascript: website', { website: 'javascript:alert(1)' }, 'website'],
    ['an organisation name over 160 characters', { organisation: 'Dana '.repeat(40) }, 'organisation'],
  ];

  it.each(investorCases)('refuses an investor profile with %s', async (_name, overrides, path) => {
    const investor = await registerUser(t.http, { role: 'investor' });
    const before = await countProfiles();
    const response = await t.http.put('/api/me/profile', { ...buildInvestorProfile(), ...overrides }, { token: investor.accessToken, headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(await countProfiles()).toBe(before);
  });

  it('explains that both ticket bounds must share one currency', async () => {
    const investor = await registerUser(t.http, { role: 'investor' });
    const response = await t.http.put(
      '/api/me/profile',
      buildInvestorProfile({ ticketMin: { amount: '100000', currency: 'USD' }, ticketMax: { amount: '900000', currency: 'SGD' } }),
      { token: investor.accessToken, headers: { 'accept-language': 'en' } },
    );
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'ticketMax.currency', message: 'Use the same currency as the minimum ticket (USD)' })]);
  });

  const businessCases: Array<[string, Record<string, unknown>, string]> = [
    ['a legal form of another country', { legalForm: 'my_sdn_bhd' }, 'legalForm'],
    ['an unknown legal form', { legalForm: 'llc' }, 'legalForm'],
    ['an unknown region', { regionCode: 'BN-XX' }, 'regionCode'],
    ['a founding year in the future', { foundedYear: 2999 }, 'foundedYear'],
    ['a negative number of employees', { employees: -3 }, 'employees'],
    ['a description that is too short', { description: 'Kopi.' }, 'description'],
    ['an unknown revenue band', { revenueBand: 'billions' }, 'revenueBand'],
  ];

  it.each(businessCases)('refuses a business profile with %s', async (_name, overrides, path) => {
    const business = await registerUser(t.http, { role: 'business' });
    const before = await countProfiles();
    const response = await t.http.put('/api/me/profile', { ...buildBusinessProfile(), ...overrides }, { token: business.accessToken });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(await countProfiles()).toBe(before);
  });
});

describe('the investor directory', () => {
  let business: Awaited<ReturnType<typeof createBusiness>>;
  let food: Awaited<ReturnType<typeof createInvestor>>;
  let mining: Awaited<ReturnType<typeof createInvestor>>;
  let manufacturing: Awaited<ReturnType<typeof createInvestor>>;
  let hidden: Awaited<ReturnType<typeof createInvestor>>;

  beforeAll(async () => {
    // Each directory test looks only at these four, found by their distinctive organisation names.
    business = await createBusiness(t.http);
    food = await createInvestor(t.http, { organisation: 'Pangan Nusantara Ventures', sectors: ['C10'], regions: ['ID-KB'], bio: 'Kami mendanai pengolahan pangan.' });
    mining = await createInvestor(t.http, { organisation: 'Bauksit Capital', sectors: ['B07'], regions: ['ID-KB', 'MY-13'], instruments: ['debt'], investorType: 'bank', bio: 'Pembiayaan tambang dan smelter.' });
    manufacturing = await createInvestor(t.http, { organisation: 'Industri Hulu Hilir Fund', sectors: ['C'], regions: ['MY-13'], bio: 'Semua jenis manufaktur di Sarawak; kami suka café.' });
    hidden = await createInvestor(t.http, { organisation: 'Silent Family Office', sectors: ['C10'], regions: ['ID-KB'], visible: false });
  });

  async function directory(query: string, token = business.token): Promise<string[]> {
    const response = await t.http.get(`/api/investors?${query}`, { token });
    expect(response.status).toBe(200);
    const ours = new Set([food.profile.id, mining.profile.id, manufacturing.profile.id, hidden.profile.id]);
    return response.body.items.filter((item: { id: string }) => ours.has(item.id)).map((item: { organisation: string }) => item.organisation).sort();
  }

  it('lists visible investors to a business, each with its userId', async () => {
    const response = await t.http.get('/api/investors?limit=100', { token: business.token });
    expect(response.status).toBe(200);
    expect(response.body.items.every((item: { userId: string; visible: boolean }) => typeof item.userId === 'string' && item.visible)).toBe(true);
    expect(await directory('limit=100')).toEqual(['Bauksit Capital', 'Industri Hulu Hilir Fund', 'Pangan Nusantara Ventures']);
  });

  it('shows organisers hidden investors too', async () => {
    expect(await directory('limit=100', organiserToken)).toContain('Silent Family Office');
  });

  it('refuses investors with 403', async () => {
    expect((await t.http.get('/api/investors', { token: food.token })).status).toBe(403);
  });

  it('finds investors interested in a division, or in its whole section', async () => {
    expect(await directory('sector=C10&limit=100')).toEqual(['Industri Hulu Hilir Fund', 'Pangan Nusantara Ventures']);
    expect(await directory('sector=C&limit=100')).toEqual(['Industri Hulu Hilir Fund', 'Pangan Nusantara Ventures']);
    expect(await directory('sector=B&limit=100')).toEqual(['Bauksit Capital']);
  });

  it('filters by region of interest, type and instrument', async () => {
    expect(await directory('region=MY-13&limit=100')).toEqual(['Bauksit Capital', 'Industri Hulu Hilir Fund']);
    expect(await directory('investorType=bank&limit=100')).toEqual(['Bauksit Capital']);
    expect(await directory('instrument=debt&limit=100')).toEqual(['Bauksit Capital']);
  });

  it('searches organisation and bio, ignoring case and accents', async () => {
    expect(await directory('q=SMELTER&limit=100')).toEqual(['Bauksit Capital']);
    expect(await directory('q=cafe&limit=100')).toEqual(['Industri Hulu Hilir Fund']);
    expect(await directory(`q=${encodeURIComponent('100% _')}&limit=100`)).toEqual([]);
  });

  it('pages with a cursor', async () => {
    const first = await t.http.get('/api/investors?limit=2', { token: business.token });
    expect(first.body.items).toHaveLength(2);
    const second = await t.http.get(`/api/investors?limit=2&cursor=${first.body.nextCursor}`, { token: business.token });
    const ids = [...first.body.items, ...second.body.items].map((item: { id: string }) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses unknown filter values with 400', async () => {
    for (const [query, path] of [['sector=ZZ', 'sector'], ['region=ID-00', 'region'], ['limit=0', 'limit'], ['cursor=%%%', 'cursor'], ['hobby=golf', 'hobby']]) {
      const response = await t.http.get(`/api/investors?${query}`, { token: business.token });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    }
  });

  it('shows one visible investor to a business, and hides a hidden one (404)', async () => {
    const visible = await t.http.get(`/api/investors/${food.profile.id}`, { token: business.token });
    expect(visible.status).toBe(200);
    expect(visible.body).toEqual(expect.objectContaining({ id: food.profile.id, userId: food.session.user.id }));
    expect((await t.http.get(`/api/investors/${hidden.profile.id}`, { token: business.token })).status).toBe(404);
    expect((await t.http.get(`/api/investors/${hidden.profile.id}`, { token: organiserToken })).status).toBe(200);
    expect((await t.http.get('/api/investors/not-a-uuid', { token: business.token })).status).toBe(404);
  });

  it('lets an investor read their own profile by id, but not another investor’s (403)', async () => {
    expect((await t.http.get(`/api/investors/${hidden.profile.id}`, { token: hidden.token })).status).toBe(200);
    expect((await t.http.get(`/api/investors/${food.profile.id}`, { token: hidden.token })).status).toBe(403);
  });
});

describe('business profiles', () => {
  it('shows a business profile, with its owning userId, to any signed-in user', async () => {
    const business = await createBusiness(t.http);
    const investor = await registerUser(t.http, { role: 'investor' });
    const response = await t.http.get(`/api/businesses/${business.profile.id}`, { token: investor.accessToken });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(expect.objectContaining({ id: business.profile.id, userId: business.session.user.id, companyName: 'PT Kopi Liberika Kayong' }));
    expect((await t.http.get(`/api/businesses/${business.profile.id}`)).status).toBe(401);
  });

  it('answers 404 for an unknown business', async () => {
    const investor = await registerUser(t.http, { role: 'investor' });
    expect((await t.http.get('/api/businesses/00000000-0000-4000-8000-000000000000', { token: investor.accessToken })).status).toBe(404);
  });
});
