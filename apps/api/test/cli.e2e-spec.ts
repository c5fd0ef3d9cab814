import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { CliUsageError, createOrganiserCommand } from '../src/cli/create-organiser-command.js';
import { createDataSource } from '../src/database/data-source.js';
import { seedDemoData } from '../src/database/seed/seed-demo-data.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../src/database/seed/demo-accounts.js';
import { DEMO_EDITIONS } from '../src/database/seed/demo-editions.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let dataSource: DataSource;

beforeAll(async () => {
  t = await createTestApp();
  dataSource = createDataSource({ url: t.databaseUrl, poolSize: 2 });
  await dataSource.initialize();
});
afterAll(async () => {
  await dataSource.destroy();
  await t.close();
});

describe('organiser:create', () => {
  it('creates an organiser who can sign in and create other organisers', async () => {
    const result = await createOrganiserCommand(['--email', 'Ketua@Panitia.id', '--name', 'Ketua Panitia', '--password', 'panitia-2026-kalbar'], dataSource);
    expect(result).toEqual({ email: 'ketua@panitia.id', generatedPassword: undefined });
    const login = await t.http.post('/api/auth/login', { email: 'ketua@panitia.id', password: 'panitia-2026-kalbar' });
    expect(login.body.user.role).toBe('organiser');
  });

  it('generates a strong password when none is given, and it works once', async () => {
    const result = await createOrganiserCommand(['--email', 'wakil@panitia.id', '--name', 'Wakil Panitia'], dataSource);
    expect(result.generatedPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect((await t.http.post('/api/auth/login', { email: 'wakil@panitia.id', password: result.generatedPassword })).status).toBe(200);
  });

  it('names a missing or bad option and writes nothing', async () => {
    await expect(createOrganiserCommand(['--email', 'not-an-email', '--name', 'X'], dataSource)).rejects.toThrow(/--email: Not a valid email address[\s\S]*--name: At least 2 characters/);
    await expect(createOrganiserCommand(['--nmae', 'typo'], dataSource)).rejects.toBeInstanceOf(CliUsageError);
    const [{ count }] = await t.sql<{ count: number }>(`SELECT count(*)::int AS count FROM users WHERE email = 'not-an-email'`);
    expect(count).toBe(0);
  });

  it('refuses an email that already has an account', async () => {
    await expect(createOrganiserCommand(['--email', 'ketua@panitia.id', '--name', 'Again'], dataSource)).rejects.toThrow('already exists');
  });
});

describe('seed:demo', () => {
  it('loads the demo accounts and the editions, and running it again changes nothing', async () => {
    const first = await seedDemoData(dataSource);
    expect(first).toEqual({ usersCreated: DEMO_ACCOUNTS.length, editionsCreated: DEMO_EDITIONS.length });
    const second = await seedDemoData(dataSource);
    expect(second).toEqual({ usersCreated: 0, editionsCreated: 0 });
    for (const account of DEMO_ACCOUNTS) {
      expect((await t.http.post('/api/auth/login', { email: account.email, password: DEMO_PASSWORD })).status).toBe(200);
    }
  });
});

describe('editions', () => {
  it('lists editions newest first with cursor pagination', async () => {
    await t.sql(`INSERT INTO editions (slug, name, city, venue, region_code, time_zone, start_date, end_date) VALUES
      ('surabaya-2026', 'BIRD 2026 — Surabaya', 'Surabaya', 'Grand City', 'ID-JI', 'Asia/Jakarta', '2026-03-12', '2026-03-13'),
      ('medan-2026', 'BIRD 2026 — Medan', 'Medan', 'Santika', 'ID-SU', 'Asia/Jakarta', '2026-06-18', '2026-06-18')`);
    const slugs: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ slug: string }>; nextCursor: string | null } } = await t.http.get(`/api/editions?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      slugs.push(...page.body.items.map((e) => e.slug));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(slugs).toEqual(['palembang-2026', 'medan-2026', 'semarang-2026', 'surabaya-2026', 'pontianak-2025']);
  });

  it('shows one edition, and a 404 for an unknown id', async () => {
    const list = await t.http.get('/api/editions');
    const pontianak = list.body.items.find((e: { slug: string }) => e.slug === 'pontianak-2025');
    const one = await t.http.get(`/api/editions/${pontianak.id}`);
    expect(one.body).toEqual(expect.objectContaining({ city: 'Pontianak', venue: 'Pendopo Gubernur Kalimantan Barat', regionCode: 'ID-KB' }));
    expect((await t.http.get('/api/editions/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
