import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { MatchList, NotificationsPage, Opportunity } from '@serumpun/shared';
import { MATCH_NEW_MIN_SCORE, MatchAnnouncer } from '../src/modules/matching/match-announcer.js';
import { createOpportunity } from './factories/opportunity.factory.js';
import { createBusiness, createInvestor } from './factories/profile.factory.js';
import { connectClient, outboxDrained, type RealtimeClient } from './support/realtime-client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

interface Party {
  session: { user: { id: string } };
  token: string;
}

let t: TestApp;
let owner: Party;
let strong: Party;
let weak: Party;
let dismissed: Party;
let hidden: Party;
let live: RealtimeClient;

/** The `match.new` rows stored for an opportunity, per recipient. */
async function announced(opportunityId: string): Promise<Map<string, Array<Record<string, unknown>>>> {
  const rows = await t.sql<{ userId: string; payload: Record<string, unknown> }>(
    `SELECT user_id AS "userId", payload FROM notifications WHERE type = 'match.new' AND payload->>'opportunityId' = $1`,
    [opportunityId],
  );
  const byUser = new Map<string, Array<Record<string, unknown>>>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.payload]);
  return byUser;
}

/** The owner's view of an opportunity's investors: user id → score. */
async function scores(opportunityId: string): Promise<Map<string, number>> {
  const response = await t.http.get<MatchList>(`/api/opportunities/${opportunityId}/matches?limit=100`, { token: owner.token });
  expect(response.status).toBe(200);
  return new Map(response.body.items.flatMap((match) => (match.kind === 'investor' ? [[match.investor.userId, match.score] as const] : [])));
}

async function publishDraft(draft: Opportunity, patch: Record<string, unknown> = {}): Promise<Opportunity> {
  const response = await t.http.patch<Opportunity>(`/api/opportunities/${draft.id}`, { ...patch, status: 'published' }, { token: owner.token });
  expect(response.status).toBe(200);
  return response.body;
}

beforeAll(async () => {
  t = await createTestApp();
  owner = await createBusiness(t.http);
  // The factories' investor wants exactly what the factories' opportunity offers (C10 in West Kalimantan, equity, growth).
  strong = await createInvestor(t.http);
  // Same sector, nothing else: a match, but a weak one.
  weak = await createInvestor(t.http, {
    organisation: 'Dana Logistik Jakarta',
    sectors: ['C10'],
    regions: ['ID-JK'],
    ticketMin: { amount: '50000000.00', currency: 'USD' },
    ticketMax: { amount: '90000000.00', currency: 'USD' },
    instruments: ['debt'],
    stages: ['mature'],
    languages: ['en'],
  });
  dismissed = await createInvestor(t.http, { organisation: 'Modal Yang Ditolak' });
  hidden = await createInvestor(t.http, { organisation: 'Tersembunyi Capital', visible: false });
  // The business hid this investor: none of its opportunities are shown to them, or announced.
  const dismissal = await t.http.post('/api/matches/dismiss', { targetId: dismissed.session.user.id }, { token: owner.token });
  expect(dismissal.status).toBe(204);
  live = await connectClient(t.baseUrl, { token: strong.token });
});
afterAll(async () => {
  live?.close();
  await t.close();
});

describe('match.new when an opportunity is published', () => {
  it('tells a strongly matching investor once, live over socket.io, with the score of the owner’s matches; not weak, dismissed or hidden investors', async () => {
    const opportunity = await createOpportunity(t.http, owner.token, { title: 'Pabrik kopi liberika Kayong' });
    const byUser = await announced(opportunity.id);
    const ranked = await scores(opportunity.id);
    const strongScore = ranked.get(strong.session.user.id);
    expect(strongScore).toBeGreaterThanOrEqual(MATCH_NEW_MIN_SCORE);
    expect(byUser.get(strong.session.user.id)).toEqual([{ opportunityId: opportunity.id, title: 'Pabrik kopi liberika Kayong', score: strongScore }]);
    // The weak investor is a match (so the threshold, not the candidate query, left them out).
    expect(ranked.get(weak.session.user.id)).toBeGreaterThan(0);
    expect(ranked.get(weak.session.user.id)).toBeLessThan(MATCH_NEW_MIN_SCORE);
    expect(byUser.has(weak.session.user.id)).toBe(false);
    expect(byUser.has(dismissed.session.user.id)).toBe(false);
    expect(byUser.has(hidden.session.user.id)).toBe(false);
    expect(byUser.has(owner.session.user.id)).toBe(false);
    expect([...byUser.keys()]).toEqual([strong.session.user.id]);

    const [pushed] = await live.waitForNotifications(1);
    expect(pushed).toMatchObject({ type: 'match.new', payload: { opportunityId: opportunity.id, title: 'Pabrik kopi liberika Kayong', score: strongScore } });
    const inbox = await t.http.get<NotificationsPage>('/api/notifications', { token: strong.token });
    expect(inbox.body.items.filter((item) => item.type === 'match.new').map((item) => item.id)).toEqual([pushed.id]);

    // Editing the published opportunity, or closing it, announces nothing again.
    const edit = await t.http.patch(`/api/opportunities/${opportunity.id}`, { title: 'Pabrik kopi liberika Kayong Utara' }, { token: owner.token });
    expect(edit.status).toBe(200);
    const republish = await t.http.patch(`/api/opportunities/${opportunity.id}`, { status: 'published' }, { token: owner.token });
    expect(republish.status).toBe(200);
    const close = await t.http.patch(`/api/opportunities/${opportunity.id}`, { status: 'closed', closeReason: 'funded' }, { token: owner.token });
    expect(close.status).toBe(200);
    expect((await announced(opportunity.id)).get(strong.session.user.id)).toHaveLength(1);
    await outboxDrained(t);
    await live.settle(t.app, strong.session.user.id);
    expect(live.notifications.filter((n) => n.type === 'match.new')).toHaveLength(1);
  });

  it('says nothing for a draft, and announces it once when the draft is published (with its title then)', async () => {
    const draft = await createOpportunity(t.http, owner.token, { title: 'Draf kopi', status: 'draft' });
    const edited = await t.http.patch(`/api/opportunities/${draft.id}`, { summary: 'Masih draf, tetapi lebih jelas.' }, { token: owner.token });
    expect(edited.status).toBe(200);
    expect((await announced(draft.id)).size).toBe(0);

    await publishDraft(draft, { title: 'Gudang kopi Sukadana' });
    const byUser = await announced(draft.id);
    expect([...byUser.keys()]).toEqual([strong.session.user.id]);
    expect(byUser.get(strong.session.user.id)).toEqual([{ opportunityId: draft.id, title: 'Gudang kopi Sukadana', score: (await scores(draft.id)).get(strong.session.user.id) }]);

    // Publishing again is a no-op for the lifecycle and for the announcements.
    const again = await t.http.patch(`/api/opportunities/${draft.id}`, { status: 'published' }, { token: owner.token });
    expect(again.status).toBe(200);
    expect((await announced(draft.id)).get(strong.session.user.id)).toHaveLength(1);
  });

  it('never tells anyone twice about one opportunity, even if announced again (the table’s primary key)', async () => {
    const opportunity = await createOpportunity(t.http, owner.token, { title: 'Kilang kopi Ketapang' });
    const dataSource = t.app.get<DataSource>(getDataSourceToken());
    const announcer = t.app.get(MatchAnnouncer);
    await dataSource.transaction((manager) => announcer.announce({ id: opportunity.id, ownerId: owner.session.user.id, title: opportunity.title }, manager));
    expect((await announced(opportunity.id)).get(strong.session.user.id)).toHaveLength(1);
    const rows = await t.sql<{ investorId: string }>(`SELECT investor_id AS "investorId" FROM match_announcements WHERE opportunity_id = $1`, [opportunity.id]);
    expect(rows.map((row) => row.investorId)).toEqual([strong.session.user.id]);
  });
});
