import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CONVERSATION_MESSAGE_MAX_LENGTH, CONVERSATION_MESSAGES_PER_MINUTE } from '@serumpun/shared';
import { createEdition, createParticipants, organiserToken } from './factories/edition.factory.js';
import { sendRequest } from './factories/meeting.factory.js';
import { connectClient, type RealtimeClient } from './support/realtime-client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let organiser: string;
const open: RealtimeClient[] = [];

beforeAll(async () => {
  t = await createTestApp();
  organiser = await organiserToken(t);
});
afterAll(async () => {
  for (const client of open) client.close();
  await t.close();
});

describe('request conversations', () => {
  it('stores messages between the two participants, lists them oldest first and pushes them live to both', async () => {
    const edition = await createEdition(t, organiser);
    const [a, b, c] = await createParticipants(t, 3, { editionId: edition.id });
    const request = await sendRequest(t, edition.id, a, b);
    const sockets = await Promise.all([a, b, c].map((person) => connectClient(t.baseUrl, { token: person.token })));
    open.push(...sockets);

    const first = await t.http.post(`/api/meeting-requests/${request.id}/messages`, { body: '  Boleh jam 10?  ' }, { token: a.token });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ id: expect.any(String), requestId: request.id, authorId: a.id, body: 'Boleh jam 10?', createdAt: expect.any(String) });
    const second = await t.http.post(`/api/meeting-requests/${request.id}/messages`, { body: 'Bisa, meja 3.' }, { token: b.token });
    expect(second.status).toBe(201);

    for (const socket of sockets.slice(0, 2)) expect(await socket.waitForMessages(2)).toEqual([first.body, second.body]);
    await sockets[2].settle(t.app, c.id);
    expect(sockets[2].messages).toHaveLength(0);

    const page = await t.http.get(`/api/meeting-requests/${request.id}/messages?limit=1`, { token: b.token });
    expect(page.status).toBe(200);
    expect(page.body.items).toEqual([first.body]);
    const next = await t.http.get(`/api/meeting-requests/${request.id}/messages?limit=1&cursor=${page.body.nextCursor}`, { token: a.token });
    expect(next.body).toEqual({ items: [second.body], nextCursor: null });
  });

  it('refuses empty and oversized messages with a 400 naming body, and writes nothing', async () => {
    const edition = await createEdition(t, organiser);
    const [a, b] = await createParticipants(t, 2, { editionId: edition.id });
    const request = await sendRequest(t, edition.id, a, b);
    for (const body of [{ body: '' }, { body: '   ' }, { body: 'x'.repeat(CONVERSATION_MESSAGE_MAX_LENGTH + 1) }, {}, { body: 42 }]) {
      const response = await t.http.post(`/api/meeting-requests/${request.id}/messages`, body, { token: a.token });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'body' })]));
    }
    expect((await t.http.post(`/api/meeting-requests/${request.id}/messages`, { body: 'x'.repeat(CONVERSATION_MESSAGE_MAX_LENGTH) }, { token: a.token })).status).toBe(201);
    expect(await t.sql('SELECT 1 FROM conversation_messages WHERE request_id = $1', [request.id])).toHaveLength(1);
  });

  it('is invisible to anyone outside the request, organisers included (404)', async () => {
    const edition = await createEdition(t, organiser);
    const [a, b, stranger] = await createParticipants(t, 3, { editionId: edition.id });
    const request = await sendRequest(t, edition.id, a, b);
    await t.http.post(`/api/meeting-requests/${request.id}/messages`, { body: 'Rahasia' }, { token: a.token });
    for (const token of [stranger.token, organiser]) {
      expect((await t.http.get(`/api/meeting-requests/${request.id}/messages`, { token })).status).toBe(404);
      const posted = await t.http.post(`/api/meeting-requests/${request.id}/messages`, { body: 'Halo' }, { token });
      expect(posted.status).toBe(404);
      expect(posted.body.message).toBeTruthy();
    }
    expect((await t.http.get(`/api/meeting-requests/not-a-uuid/messages`, { token: a.token })).status).toBe(404);
    expect((await t.http.get(`/api/meeting-requests/${request.id}/messages`)).status).toBe(401);
    expect((await t.http.get(`/api/meeting-requests/${request.id}/messages?cursor=garbage`, { token: a.token })).status).toBe(400);
    expect(await t.sql('SELECT 1 FROM conversation_messages WHERE request_id = $1', [request.id])).toHaveLength(1);
  });

  it('limits how many messages one person posts per minute (429 with Retry-After)', async () => {
    const edition = await createEdition(t, organiser);
    const [a, b] = await createParticipants(t, 2, { editionId: edition.id });
    const request = await sendRequest(t, edition.id, a, b);
    const statuses = [];
    for (let i = 0; i < CONVERSATION_MESSAGES_PER_MINUTE; i++) {
      statuses.push((await t.http.post(`/api/meeting-requests/${request.id}/messages`, { body: `Pesan ${i}` }, { token: a.token })).status);
    }
    expect(statuses.every((status) => status === 201)).toBe(true);
    const limited = await t.http.post(`/api/meeting-requests/${request.id}/messages`, { body: 'Satu lagi' }, { token: a.token, headers: { 'accept-language': 'en' } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.message).toMatch(/too many messages/);
    // The other participant is not limited by it.
    expect((await t.http.post(`/api/meeting-requests/${request.id}/messages`, { body: 'Oke' }, { token: b.token })).status).toBe(201);
  });
});
