import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source.js';
import { DEMO_PASSWORD } from '../src/database/seed/demo-accounts.js';
import { DEMO_PARTICIPANT_COUNT } from '../src/database/seed/demo-meetings.js';
import { seedDemoData } from '../src/database/seed/seed-demo-data.js';
import { invariantViolations, NO_VIOLATIONS } from './factories/meeting-invariants.js';
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

const editionId = async (slug: string) => (await t.sql<{ id: string }>('SELECT id FROM editions WHERE slug = $1', [slug]))[0].id;
const countBy = async (sql: string, values: unknown[]) =>
  Object.fromEntries((await t.sql<{ key: string; count: number }>(sql, values)).map((row) => [row.key, row.count]));

describe('demo data', () => {
  it('gives the Pontianak 2025 edition two meeting windows, 20 tables and about 80 registered participants', async () => {
    const pontianak = (await t.http.get(`/api/editions/${await editionId('pontianak-2025')}`)).body;
    expect(pontianak).toEqual(expect.objectContaining({ startDate: '2025-10-30', timeZone: 'Asia/Pontianak', venue: 'Pendopo Gubernur Kalimantan Barat', tableCount: 20 }));
    expect(pontianak.meetingWindows).toHaveLength(2);
    const slots = (await t.http.get(`/api/editions/${pontianak.id}/slots`)).body;
    expect(slots[0].startsAt).toBe('2025-10-30T09:00:00+07:00');
    expect(slots).toHaveLength(14);
    expect((await t.http.get(`/api/editions/${pontianak.id}/tables`)).body).toHaveLength(20);
    const [{ count }] = await t.sql<{ count: number }>(`SELECT count(*)::int AS count FROM registrations WHERE edition_id = $1 AND status = 'approved'`, [pontianak.id]);
    expect(count).toBeGreaterThanOrEqual(DEMO_PARTICIPANT_COUNT);
  });

  it('has requests and meetings in every state across the series', async () => {
    const ids = await Promise.all(['pontianak-2025', 'semarang-2026', 'palembang-2026'].map(editionId));
    const requests = await countBy(`SELECT status AS key, count(*)::int AS count FROM meeting_requests WHERE edition_id = ANY($1::uuid[]) GROUP BY status`, [ids]);
    expect(Object.keys(requests).sort()).toEqual(['accepted', 'cancelled', 'declined', 'expired', 'pending']);
    const meetings = await countBy(
      `SELECT CASE WHEN status = 'scheduled' AND slot_id IS NULL THEN 'unplaced' ELSE status END AS key, count(*)::int AS count FROM meetings WHERE edition_id = ANY($1::uuid[]) GROUP BY 1`,
      [ids],
    );
    expect(Object.keys(meetings).sort()).toEqual(['cancelled', 'held', 'no_show', 'scheduled', 'unplaced']);
    const outcomes = await countBy(`SELECT result AS key, count(*)::int AS count FROM meeting_outcomes GROUP BY result`, []);
    expect(Object.keys(outcomes).sort()).toEqual(['deal', 'follow_up', 'no_interest', 'term_sheet']);
    for (const id of ids) expect(await invariantViolations(t, id)).toEqual(NO_VIOLATIONS);
  });

  it('adds Java and Sumatra editions in 2026 that share participants with Pontianak', async () => {
    const editions = (await t.http.get('/api/editions')).body.items;
    expect(editions.map((edition: { slug: string }) => edition.slug)).toEqual(['palembang-2026', 'semarang-2026', 'pontianak-2025']);
    const [{ shared }] = await t.sql<{ shared: number }>(
      `SELECT count(DISTINCT a.user_id)::int AS shared FROM registrations a JOIN registrations b ON b.user_id = a.user_id AND b.edition_id <> a.edition_id`,
    );
    expect(shared).toBeGreaterThan(20);
  });

  it('lets a demo participant sign in and see their Pontianak agenda', async () => {
    const login = await t.http.post('/api/auth/login', { email: 'peserta-01@demo.serumpun.id', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const agenda = await t.http.get(`/api/me/agenda?edition=${await editionId('pontianak-2025')}`, { token: login.body.accessToken });
    expect(agenda.status).toBe(200);
    expect(agenda.body.edition.timeZone).toBe('Asia/Pontianak');
  });

  it('gives the organisers a Pontianak 2025 report worth showing: check-ins, held meetings, outcomes, dollar values, sectors', async () => {
    const login = await t.http.post('/api/auth/login', { email: 'organiser@demo.serumpun.id', password: DEMO_PASSWORD });
    const report = (await t.http.get(`/api/editions/${await editionId('pontianak-2025')}/report`, { token: login.body.accessToken })).body;
    expect(report.registrations.checkedIn).toBeGreaterThan(0);
    expect(report.meetings.held).toBeGreaterThan(0);
    expect(report.meetings.noShow).toBeGreaterThan(0);
    expect(report.showUpRate).toBeGreaterThan(0.5);
    expect(report.progress.deal + report.progress.term_sheet).toBeGreaterThan(0);
    expect(Number(report.value.totalsUsd.deal) + Number(report.value.totalsUsd.term_sheet)).toBeGreaterThan(0);
    expect(report.value.asOf).not.toBeNull();
    expect(report.sectors.filter((row: { section: string | null }) => row.section !== null).length).toBeGreaterThan(1);
  });

  it('changes nothing when loaded again', async () => {
    const snapshot = async () =>
      t.sql(`SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM registrations)::int AS registrations,
                    (SELECT count(*) FROM meeting_requests)::int AS requests, (SELECT count(*) FROM meetings)::int AS meetings,
                    (SELECT count(*) FROM slots)::int AS slots, (SELECT count(*) FROM meeting_tables)::int AS tables`);
    const before = await snapshot();
    expect(await seedDemoData(dataSource)).toEqual({ usersCreated: 0, editionsCreated: 0 });
    expect(await snapshot()).toEqual(before);
  });
});
