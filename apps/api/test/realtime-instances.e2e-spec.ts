import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotificationDispatcher } from '../src/modules/realtime/notification-dispatcher.js';
import { createEdition, createParticipants, organiserToken } from './factories/edition.factory.js';
import { sendRequest } from './factories/meeting.factory.js';
import { connectClient, outboxDrained, startSecondInstance, type RealtimeClient, type SecondInstance } from './support/realtime-client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Two (sometimes three) API instances on one database, each on its own port, as behind a load balancer.
let a: TestApp;
let b: SecondInstance;
let organiser: string;
const open: RealtimeClient[] = [];

beforeAll(async () => {
  a = await createTestApp();
  b = await startSecondInstance(a);
  organiser = await organiserToken(a);
});
afterAll(async () => {
  for (const client of open) client.close();
  await b.close();
  await a.close();
});

describe('more than one API instance', () => {
  it('a meeting request made through instance A reaches a client connected to instance B, once', async () => {
    const edition = await createEdition(a, organiser);
    const [sender, recipient] = await createParticipants(a, 2, { editionId: edition.id });
    const client = await connectClient(b.baseUrl, { token: recipient.token });
    open.push(client);
    const request = await sendRequest(a, edition.id, sender, recipient);
    const [received] = await client.waitForNotifications(1);
    expect(received.payload.requestId).toBe(request.id);
    await outboxDrained(a);
    await client.settle(a.app, recipient.id);
    expect(client.notifications).toHaveLength(1);
  });

  it('conversation messages posted on A reach both participants connected to B', async () => {
    const edition = await createEdition(a, organiser);
    const [sender, recipient] = await createParticipants(a, 2, { editionId: edition.id });
    const request = await sendRequest(a, edition.id, sender, recipient);
    const recipientSocket = await connectClient(b.baseUrl, { token: recipient.token });
    const senderSocket = await connectClient(b.baseUrl, { token: sender.token });
    open.push(recipientSocket, senderSocket);
    const posted = await a.http.post(`/api/meeting-requests/${request.id}/messages`, { body: 'Jam 10 di meja 3?' }, { token: sender.token });
    expect(posted.status).toBe(201);
    expect((await recipientSocket.waitForMessages(1))[0]).toEqual(posted.body);
    expect((await senderSocket.waitForMessages(1))[0]).toEqual(posted.body);
  });

  it('loses nothing when no dispatcher runs between commit and push: a starting instance delivers it', async () => {
    const edition = await createEdition(a, organiser);
    const [sender, recipient] = await createParticipants(a, 2, { editionId: edition.id });
    const client = await connectClient(b.baseUrl, { token: recipient.token });
    open.push(client);
    // Both instances' dispatchers stop, as if the process that committed died before pushing.
    await a.app.get(NotificationDispatcher).onModuleDestroy();
    await b.app.get(NotificationDispatcher).onModuleDestroy();
    const request = await sendRequest(a, edition.id, sender, recipient);
    const [row] = await a.sql<{ delivered_at: Date | null }>('SELECT delivered_at FROM notifications WHERE user_id = $1', [recipient.id]);
    expect(row.delivered_at).toBeNull();
    await client.settle(a.app, recipient.id);
    expect(client.notifications).toHaveLength(0);

    // An instance starts (a restart): its start-up sweep pushes the row to the client on B.
    const c = await startSecondInstance(a);
    try {
      const [received] = await client.waitForNotifications(1);
      expect(received.payload.requestId).toBe(request.id);
      await outboxDrained(a);
      await client.settle(c.app, recipient.id);
      expect(client.notifications).toHaveLength(1);
    } finally {
      await c.close();
    }
  });
});
