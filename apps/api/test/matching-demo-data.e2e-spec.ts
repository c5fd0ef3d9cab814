import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { Match } from '@serumpun/shared';
import { createDataSource } from '../src/database/data-source.js';
import { DEMO_PASSWORD } from '../src/database/seed/demo-accounts.js';
import { seedDemoData } from '../src/database/seed/seed-demo-data.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let dataSource: DataSource;

beforeAll(async () => {
  t = await createTestApp();
  dataSource = createDataSource({ url: t.databaseUrl, poolSize: 2 });
  await dataSource.initialize();
  await seedDemoData(dataSource);
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

describe('matches on the demo data', () => {
  it('give the demo investor Kalimantan food and agriculture opportunities first, explained in Indonesian', async () => {
    const token = await signIn('investor@demo.serumpun.id');
    const response = await t.http.get('/api/matches?limit=10', { token, headers: { 'accept-language': 'id' } });
    expect(response.status).toBe(200);
    const items: Match[] = response.body.items;
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items[0].score).toBeGreaterThanOrEqual(80);
    const top = items.slice(0, 5).flatMap((item) => (item.kind === 'opportunity' ? [item.opportunity] : []));
    expect(top.every((opportunity) => ['C10', 'A01', 'I55'].includes(opportunity.sectorCode) || opportunity.islandGroup === 'borneo')).toBe(true);
    expect(items[0].reasons.map((reason) => reason.label)).toEqual(expect.arrayContaining([expect.stringMatching(/^Sektor sama: /)]));
    for (const item of items) expect(item.reasons.reduce((sum, reason) => sum + reason.points, 0)).toBe(item.score);
  });

  it('give the demo business investors, and the organiser suggested meetings for the demo edition', async () => {
    const business = await signIn('business@demo.serumpun.id');
    const matches = await t.http.get('/api/matches?limit=5', { token: business });
    expect(matches.status).toBe(200);
    expect(matches.body.items.length).toBeGreaterThan(0);
    const organiser = await signIn('organiser@demo.serumpun.id');
    const [edition] = await t.sql<{ id: string }>(`SELECT e.id FROM editions e JOIN registrations r ON r.edition_id = e.id GROUP BY e.id ORDER BY count(*) DESC LIMIT 1`);
    const suggestions = await t.http.get(`/api/editions/${edition.id}/suggested-meetings?limit=10`, { token: organiser });
    expect(suggestions.status).toBe(200);
    expect(suggestions.body.items.length).toBeGreaterThan(0);
  });
});
