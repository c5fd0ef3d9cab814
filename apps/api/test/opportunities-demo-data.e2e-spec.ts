import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source.js';
import { DEMO_PASSWORD } from '../src/database/seed/demo-accounts.js';
import { seedDemoMarketplace, type MarketplaceSeedReport } from '../src/database/seed/demo-marketplace.js';
import { hashPassword } from '../src/modules/auth/password-hasher.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let dataSource: DataSource;
let first: MarketplaceSeedReport;
let second: MarketplaceSeedReport;
let snapshotBefore: unknown[];
let snapshotAfter: unknown[];

const snapshot = () =>
  t.sql(`SELECT 'o' AS kind, id::text, updated_at::text, amount_usd::text AS extra FROM opportunities
         UNION ALL SELECT 'i', id::text, updated_at::text, ticket_max_usd::text FROM investor_profiles
         UNION ALL SELECT 'b', id::text, updated_at::text, company_name FROM business_profiles
         UNION ALL SELECT 'u', id::text, updated_at::text, email FROM users ORDER BY 1, 2`);

beforeAll(async () => {
  t = await createTestApp();
  dataSource = createDataSource({ url: t.databaseUrl, poolSize: 2 });
  await dataSource.initialize();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  first = await dataSource.transaction((manager) => seedDemoMarketplace(manager, passwordHash));
  snapshotBefore = await snapshot();
  second = await dataSource.transaction((manager) => seedDemoMarketplace(manager, passwordHash));
  snapshotAfter = await snapshot();
});
afterAll(async () => {
  await dataSource.destroy();
  await t.close();
});

async function signIn(email: string): Promise<string> {
  const response = await t.http.post('/api/auth/login', { email, password: DEMO_PASSWORD });
  if (response.status !== 200) throw new Error(`${email}: ${response.status} ${response.text}`);
  return response.body.accessToken;
}

describe('demo marketplace', () => {
  it('loads at least 60 opportunities and 20 investors with full profiles', async () => {
    expect(first.opportunitiesCreated).toBeGreaterThanOrEqual(60);
    const [{ investors }] = await t.sql<{ investors: number }>('SELECT count(*)::int AS investors FROM investor_profiles');
    expect(investors).toBeGreaterThanOrEqual(20);
  });

  it('changes nothing when seeded a second time', () => {
    expect(second).toEqual({ usersCreated: 0, profilesCreated: 0, opportunitiesCreated: 0 });
    expect(snapshotAfter).toEqual(snapshotBefore);
  });

  it('spreads opportunities over Borneo, Java and Sumatra, in the three countries of Borneo', async () => {
    const token = await signIn('investor@demo.serumpun.id');
    const { facets, total } = (await t.http.get('/api/opportunities', { token })).body;
    expect(total).toBeGreaterThanOrEqual(60);
    const islands = Object.fromEntries(facets.island.map((f: { code: string; count: number }) => [f.code, f.count]));
    expect(islands.borneo).toBeGreaterThanOrEqual(40);
    expect(islands.java).toBeGreaterThanOrEqual(2);
    expect(islands.sumatra).toBeGreaterThanOrEqual(2);
    expect(facets.country.map((f: { code: string }) => f.code).sort()).toEqual(['BN', 'ID', 'MY']);
  });

  it('is written in Indonesian, Malay and English, and the search finds each', async () => {
    const token = await signIn('investor@demo.serumpun.id');
    for (const q of ['hilirisasi', 'pekebun', 'penternakan', 'refinery', 'kijing', 'halal']) {
      const page = (await t.http.get(`/api/opportunities?q=${q}`, { token })).body;
      expect(page.items.length).toBeGreaterThan(0);
    }
  });

  it('covers the sectors of the region: palm oil, bauxite, coffee, fisheries, eco-tourism, ports, energy, digital, halal food', async () => {
    const token = await signIn('investor@demo.serumpun.id');
    for (const query of ['q=sawit', 'q=bauksit', 'q=liberika', 'sector=A03', 'sector=N79', 'q=pelabuhan', 'sector=D35', 'sector=J62', 'tag=halal']) {
      const page = (await t.http.get(`/api/opportunities?${query}`, { token })).body;
      expect(page.items.length).toBeGreaterThan(0);
    }
  });

  it('gives the demo business a full profile and several opportunities, one of them a draft', async () => {
    const token = await signIn('business@demo.serumpun.id');
    const profile = (await t.http.get('/api/me/profile', { token })).body;
    expect(profile).toEqual(expect.objectContaining({ kind: 'business', companyName: expect.any(String), sectors: expect.arrayContaining(['C10']) }));
    const mine = (await t.http.get('/api/opportunities?mine=true', { token })).body;
    expect(mine.items.length).toBeGreaterThanOrEqual(3);
    expect(mine.items.some((item: { status: string }) => item.status === 'draft')).toBe(true);
    // Nobody else sees that draft.
    const investorToken = await signIn('investor@demo.serumpun.id');
    const visible = (await t.http.get('/api/opportunities?limit=100', { token: investorToken })).body.items;
    expect(visible.every((item: { status: string }) => item.status === 'published')).toBe(true);
  });

  it('gives the demo investor a full profile', async () => {
    const token = await signIn('investor@demo.serumpun.id');
    const profile = (await t.http.get('/api/me/profile', { token })).body;
    expect(profile).toEqual(expect.objectContaining({ kind: 'investor', visible: true, ticketMin: expect.objectContaining({ currency: 'IDR' }) }));
  });

  it('has investors of every kind from Indonesia, Malaysia, Brunei and Singapore', async () => {
    const token = await signIn('business@demo.serumpun.id');
    const investors = (await t.http.get('/api/investors?limit=100', { token })).body.items as Array<{ countryCode: string; investorType: string }>;
    expect(investors.length).toBeGreaterThanOrEqual(20);
    expect(new Set(investors.map((i) => i.countryCode))).toEqual(new Set(['ID', 'MY', 'BN', 'SG']));
    expect([...new Set(investors.map((i) => i.investorType))]).toEqual(
      expect.arrayContaining(['angel', 'venture_fund', 'bank', 'state_fund', 'development_finance', 'corporate']),
    );
  });

  it('shows the whole lifecycle: a closed opportunity with its reason', async () => {
    const [row] = await t.sql<{ count: number }>(`SELECT count(*)::int AS count FROM opportunities WHERE status = 'closed' AND close_reason = 'funded'`);
    expect(row.count).toBeGreaterThanOrEqual(1);
  });
});
