import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createOpportunity } from './factories/opportunity.factory.js';
import { createBusiness, createInvestor } from './factories/profile.factory.js';
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

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe('reading the rates', () => {
  it('gives any signed-in user the current rate of each currency with its date', async () => {
    const investor = await registerUser(t.http, { role: 'investor' });
    const response = await t.http.get('/api/fx-rates', { token: investor.accessToken });
    expect(response.status).toBe(200);
    expect(response.body.base).toBe('USD');
    expect(response.body.rates.map((r: { currency: string }) => r.currency).sort()).toEqual(['BND', 'IDR', 'MYR', 'SGD', 'USD']);
    expect(response.body.rates).toEqual(expect.arrayContaining([{ currency: 'USD', unitsPerUsd: '1.000000', asOf: expect.any(String) }]));
  });

  it('refuses strangers with 401', async () => {
    expect((await t.http.get('/api/fx-rates')).status).toBe(401);
  });
});

describe('setting the rates', () => {
  it('refuses investors and businesses with 403', async () => {
    const body = { asOf: yesterday(), rates: [{ currency: 'IDR', unitsPerUsd: '16000' }] };
    for (const role of ['investor', 'business'] as const) {
      const user = await registerUser(t.http, { role });
      expect((await t.http.put('/api/fx-rates', body, { token: user.accessToken })).status).toBe(403);
    }
  });

  it('lets an organiser set a rate, and every stored dollar amount follows at once', async () => {
    const business = await createBusiness(t.http);
    const rupiah = await createOpportunity(t.http, business.token, { amount: { amount: '16000000000.00', currency: 'IDR' } });
    const dollars = await createOpportunity(t.http, business.token, { amount: { amount: '500000.00', currency: 'USD' } });
    const investor = await createInvestor(t.http, { ticketMin: { amount: '1600000000', currency: 'IDR' }, ticketMax: { amount: '8000000000', currency: 'IDR' } });
    const asOf = yesterday();

    const response = await t.http.put('/api/fx-rates', { asOf, rates: [{ currency: 'IDR', unitsPerUsd: '16000' }] }, { token: organiserToken });
    expect(response.status).toBe(200);
    expect(response.body.asOf).toBe(asOf);
    expect(response.body.rates).toEqual(expect.arrayContaining([{ currency: 'IDR', unitsPerUsd: '16000.000000', asOf }]));

    const after = (await t.http.get(`/api/opportunities/${rupiah.id}`, { token: business.token })).body;
    expect(after).toEqual(expect.objectContaining({ amount: { amount: '16000000000.00', currency: 'IDR' }, amountUsd: '1000000.00', fxRateDate: asOf }));
    const usd = (await t.http.get(`/api/opportunities/${dollars.id}`, { token: business.token })).body;
    expect(usd.amountUsd).toBe('500000.00');
    const profile = (await t.http.get('/api/me/profile', { token: investor.token })).body;
    expect(profile).toEqual(expect.objectContaining({ ticketMinUsd: '100000.00', ticketMaxUsd: '500000.00' }));
    // Amounts filter on the new rate straight away.
    const found = await t.http.get('/api/opportunities?minAmountUsd=1000000&maxAmountUsd=1000000', { token: business.token });
    expect(found.body.items.map((item: { id: string }) => item.id)).toContain(rupiah.id);
  });

  it('keeps the newer rate in force when an older date is filled in', async () => {
    await t.http.put('/api/fx-rates', { asOf: yesterday(), rates: [{ currency: 'MYR', unitsPerUsd: '4.2' }] }, { token: organiserToken });
    const response = await t.http.put('/api/fx-rates', { asOf: '2025-01-02', rates: [{ currency: 'MYR', unitsPerUsd: '4.5' }] }, { token: organiserToken });
    expect(response.status).toBe(200);
    expect(response.body.rates).toEqual(expect.arrayContaining([{ currency: 'MYR', unitsPerUsd: '4.200000', asOf: yesterday() }]));
  });

  it.each([
    ['an unknown currency', { rates: [{ currency: 'EUR', unitsPerUsd: '0.9' }] }, 'rates.0.currency'],
    ['a zero rate', { rates: [{ currency: 'IDR', unitsPerUsd: '0' }] }, 'rates.0.unitsPerUsd'],
    ['a negative rate', { rates: [{ currency: 'IDR', unitsPerUsd: '-16000' }] }, 'rates.0.unitsPerUsd'],
    ['a malformed rate', { rates: [{ currency: 'IDR', unitsPerUsd: '16.000,50' }] }, 'rates.0.unitsPerUsd'],
    ['a rate as a JSON number', { rates: [{ currency: 'IDR', unitsPerUsd: 16000 }] }, 'rates.0.unitsPerUsd'],
    ['a dollar that is not worth one dollar', { rates: [{ currency: 'USD', unitsPerUsd: '1.1' }] }, 'rates.0.unitsPerUsd'],
    ['the same currency twice', { rates: [{ currency: 'SGD', unitsPerUsd: '1.3' }, { currency: 'SGD', unitsPerUsd: '1.4' }] }, 'rates.1.currency'],
    ['no rates', { rates: [] }, 'rates'],
    ['a malformed date', { asOf: '30/10/2025' }, 'asOf'],
    ['a date far in the future', { asOf: '2999-01-01' }, 'asOf'],
  ])('refuses %s with a 400 naming it, changing nothing', async (_name, overrides, path) => {
    const before = await t.sql('SELECT currency, as_of::text, units_per_usd::text FROM fx_rates ORDER BY 1, 2');
    const response = await t.http.put('/api/fx-rates', { asOf: yesterday(), rates: [{ currency: 'IDR', unitsPerUsd: '16100' }], ...overrides }, { token: organiserToken });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(await t.sql('SELECT currency, as_of::text, units_per_usd::text FROM fx_rates ORDER BY 1, 2')).toEqual(before);
  });
});
