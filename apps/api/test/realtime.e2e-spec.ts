import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { decodeJwt } from 'jose';
import { RealtimeBroadcaster } from '../src/modules/realtime/realtime-broadcaster.js';
import { createEdition, createParticipants, organiserToken } from './factories/edition.factory.js';
import { sendRequest } from './factories/meeting.factory.js';
import { connectClient, mintToken, outboxDrained, refusalOf, type RealtimeClient } from './support/realtime-client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let organiser: string;
const open: RealtimeClient[] = [];

async function connect(auth: { token: string; lastNotificationId?: string }, headers: Record<string, string> = {}): Promise<RealtimeClient> {
  const client = await connectClient(t.baseUrl, auth, headers);
  open.push(client);
  return client;
}

beforeAll(async () => {
  t = await createTestApp({ corsOrigins: ['https://app.serumpun.example'] });
  organiser = await organiserToken(t);
});
afterAll(async () => {
  for (const client of open) client.close();
  await t.close();
});

describe('socket.io handshake', () => {
  it('refuses a socket with no, a forged or an expired token, before it connects', async () => {
    const [a] = await createParticipants(t, 1);
    expect((await refusalOf(t.baseUrl, {}))?.data?.code).toBe('auth.unauthenticated');
    expect((await refusalOf(t.baseUrl, { token: 'not-a-token' }))?.data?.code).toBe('auth.unauthenticated');
    const forged = await mintToken({ ...t.config, jwtAccessSecret: 'x'.repeat(64) }, { id: a.id, role: 'organiser' }, 600);
    expect((await refusalOf(t.baseUrl, { token: forged }))?.data?.code).toBe('auth.unauthenticated');
    const expired = await mintToken(t.config, { id: a.id, role: a.role }, -5);
    expect((await refusalOf(t.baseUrl, { token: expired }))?.data?.code).toBe('auth.unauthenticated');
    // Also on the polling transport (the first request of a browser's default handshake).
    expect((await refusalOf(t.baseUrl, { token: forged }, {}, 'polling'))?.data?.code).toBe('auth.unauthenticated');
    expect(await refusalOf(t.baseUrl, { token: a.token })).toBeNull();
  });

  it('checks the Origin: allowlisted, same-origin and non-browser clients connect, others are refused', async () => {
    const [a] = await createParticipants(t, 1);
    expect(await refusalOf(t.baseUrl, { token: a.token }, { origin: 'https://evil.example' })).not.toBeNull();
    expect(await refusalOf(t.baseUrl, { token: a.token }, { origin: 'https://evil.example' }, 'polling')).not.toBeNull();
    expect(await refusalOf(t.baseUrl, { token: a.token }, { origin: 'https://app.serumpun.example' })).toBeNull();
    expect(await refusalOf(t.baseUrl, { token: a.token }, { origin: t.baseUrl })).toBeNull();
    expect(await refusalOf(t.baseUrl, { token: a.token })).toBeNull();
  });

  it('disconnects a socket when its token expires', async () => {
    const [a] = await createParticipants(t, 1);
    const client = await connect({ token: await mintToken(t.config, { id: a.id, role: a.role }, 2) });
    const reason = await new Promise<string>((resolve) => client.socket.once('disconnect', resolve));
    expect(reason).toBe('io server disconnect');
  });
});

describe('live notifications', () => {
  it('pushes a stored notification to its owner only, once', async () => {
    const edition = await createEdition(t, organiser);
    const [a, b, c] = await createParticipants(t, 3, { editionId: edition.id });
    const recipient = await connect({ token: b.token });
    const bystander = await connect({ token: c.token });
    const request = await sendRequest(t, edition.id, a, b);
    const [received] = await recipient.waitForNotifications(1);
    expect(received).toEqual(expect.objectContaining({ type: 'meeting_request.received', readAt: null, payload: expect.objectContaining({ requestId: request.id, fromUserId: a.id }) }));
    const stored = (await t.http.get('/api/notifications', { token: b.token })).body.items[0];
    expect(received.id).toBe(stored.id);
    await outboxDrained(t);
    await recipient.settle(t.app, b.id);
    await bystander.settle(t.app, c.id);
    expect(recipient.notifications).toHaveLength(1);
    expect(bystander.notifications).toHaveLength(0);
  });

  it('stores the notification in the transaction of the change: a refused request leaves none', async () => {
    const edition = await createEdition(t, organiser);
    const [a, b] = await createParticipants(t, 2, { editionId: edition.id });
    await sendRequest(t, edition.id, a, b);
    const duplicate = await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: b.id }, { token: a.token });
    expect(duplicate.status).toBe(409);
    const rows = await t.sql('SELECT 1 FROM notifications WHERE user_id = $1', [b.id]);
    expect(rows).toHaveLength(1);
  });
});

describe('rooms', () => {
  it('lets organisers follow an edition, and nobody else', async () => {
    const edition = await createEdition(t, organiser);
    const [a] = await createParticipants(t, 1, { editionId: edition.id });
    const organiserId = decodeJwt(organiser).sub!;
    const watcher = await connect({ token: organiser });
    const intruder = await connect({ token: a.token });
    expect(await watcher.socket.emitWithAck('edition.subscribe', { editionId: edition.id })).toEqual({ ok: true });
    expect(await intruder.socket.emitWithAck('edition.subscribe', { editionId: edition.id })).toEqual({ ok: false });
    expect(await watcher.socket.emitWithAck('edition.subscribe', { editionId: '00000000-0000-4000-8000-000000000000' })).toEqual({ ok: false });
    expect(await watcher.socket.emitWithAck('edition.subscribe', { editionId: 'nope' })).toEqual({ ok: false });

    const broadcaster = t.app.get(RealtimeBroadcaster);
    broadcaster.toEdition(edition.id, 'schedule_run.progress', { runId: 'run-1', editionId: edition.id, progress: 0.5, status: 'running' });
    await watcher.settle(t.app, organiserId);
    await intruder.settle(t.app, a.id);
    expect(watcher.progress.filter((update) => update.runId === 'run-1')).toHaveLength(1);
    expect(intruder.progress.filter((update) => update.runId === 'run-1')).toHaveLength(0);
  });
});

describe('catch-up', () => {
  it('replays exactly the notifications missed while disconnected, in order, once', async () => {
    const edition = await createEdition(t, organiser);
    const [a, b, c, d, e] = await createParticipants(t, 5, { editionId: edition.id });
    const first = await connect({ token: e.token });
    await sendRequest(t, edition.id, a, e);
    const [seen] = await first.waitForNotifications(1);
    first.close();

    for (const sender of [b, c, d]) await sendRequest(t, edition.id, sender, e);
    await outboxDrained(t);

    const again = await connect({ token: e.token, lastNotificationId: seen.id });
    const replayed = await again.waitForNotifications(3);
    await again.settle(t.app, e.id);
    expect(again.notifications).toHaveLength(3);
    expect(replayed.map((notification) => notification.payload.fromUserId)).toEqual([b.id, c.id, d.id]);

    // Live ones after the replay arrive once, after it.
    await sendRequest(t, edition.id, a, b);
    const [f] = await createParticipants(t, 1, { editionId: edition.id });
    await sendRequest(t, edition.id, f, e);
    await again.waitForNotifications(4);
    await outboxDrained(t);
    await again.settle(t.app, e.id);
    expect(again.notifications.map((notification) => notification.payload.fromUserId)).toEqual([b.id, c.id, d.id, f.id]);
  });

  it('replays nothing for an unknown or someone else\'s notification id', async () => {
    const edition = await createEdition(t, organiser);
    const [a, b] = await createParticipants(t, 2, { editionId: edition.id });
    await sendRequest(t, edition.id, a, b);
    await outboxDrained(t);
    const [theirs] = (await t.http.get('/api/notifications', { token: b.token })).body.items;
    const snoop = await connect({ token: a.token, lastNotificationId: theirs.id });
    const garbage = await connect({ token: a.token, lastNotificationId: 'nope' });
    await snoop.settle(t.app, a.id);
    await garbage.settle(t.app, a.id);
    expect(snoop.notifications).toHaveLength(0);
    expect(garbage.notifications).toHaveLength(0);
  });
});
