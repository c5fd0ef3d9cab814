import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createEdition, createParticipants, organiserToken, slotsOf } from './factories/edition.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let organiser: string;

beforeAll(async () => {
  t = await createTestApp();
  organiser = await organiserToken(t);
});
afterAll(async () => {
  await t.close();
});

describe('notifications', () => {
  it('tells the recipient of a meeting request, and the sender when it is accepted into a slot', async () => {
    const edition = await createEdition(t, organiser);
    const [a, b] = await createParticipants(t, 2, { editionId: edition.id });
    const slots = await slotsOf(t, edition.id);
    const request = await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: b.id, message: 'Boleh kita bertemu?' }, { token: a.token });
    expect(request.status).toBe(201);

    const inbox = await t.http.get('/api/notifications', { token: b.token });
    expect(inbox.status).toBe(200);
    expect(inbox.body.unreadCount).toBe(1);
    expect(inbox.body.items).toEqual([expect.objectContaining({ type: 'meeting_request.received', readAt: null, payload: expect.objectContaining({ requestId: request.body.id, fromUserId: a.id, editionId: edition.id }) })]);

    await t.http.post(`/api/meeting-requests/${request.body.id}/accept`, { slotId: slots[0].id }, { token: b.token });
    const sender = await t.http.get('/api/notifications', { token: a.token });
    expect(sender.body.items.map((n: { type: string }) => n.type)).toEqual(expect.arrayContaining(['meeting_request.accepted']));
  });

  it('marks notifications read, one by one or all at once, only for their owner', async () => {
    const edition = await createEdition(t, organiser);
    const [a, b, c] = await createParticipants(t, 3, { editionId: edition.id });
    await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: b.id }, { token: a.token });
    await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: b.id }, { token: c.token });
    const inbox = await t.http.get('/api/notifications', { token: b.token });
    expect(inbox.body.unreadCount).toBe(2);
    const [newest] = inbox.body.items;

    expect((await t.http.post('/api/notifications/read', { ids: [newest.id] }, { token: a.token })).body.unreadCount).toBe(0);
    expect((await t.http.get('/api/notifications', { token: b.token })).body.unreadCount).toBe(2);
    expect((await t.http.post('/api/notifications/read', { ids: [newest.id] }, { token: b.token })).body.unreadCount).toBe(1);
    expect((await t.http.post('/api/notifications/read', {}, { token: b.token })).body.unreadCount).toBe(0);
  });

  it('catches up with what came after a given notification, oldest first', async () => {
    const edition = await createEdition(t, organiser);
    const [a, b, c, d] = await createParticipants(t, 4, { editionId: edition.id });
    await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: d.id }, { token: a.token });
    const [first] = (await t.http.get('/api/notifications', { token: d.token })).body.items;
    await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: d.id }, { token: b.token });
    await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: d.id }, { token: c.token });
    const missed = await t.http.get(`/api/notifications?after=${first.id}`, { token: d.token });
    expect(missed.body.items.map((n: { payload: { fromUserId: string } }) => n.payload.fromUserId)).toEqual([b.id, c.id]);
  });

  it('tells the people whose meeting loses its slot when an organiser forces a layout change', async () => {
    const edition = await createEdition(t, organiser);
    const [a, b] = await createParticipants(t, 2, { editionId: edition.id });
    const slots = await slotsOf(t, edition.id);
    const request = await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: b.id }, { token: a.token });
    await t.http.post(`/api/meeting-requests/${request.body.id}/accept`, { slotId: slots[0].id }, { token: b.token });
    const forced = await t.http.patch(`/api/editions/${edition.id}`, { tableCount: 1, meetingWindows: [{ date: edition.startDate, start: '16:00', end: '17:00' }], force: true }, { token: organiser });
    expect(forced.status).toBe(200);
    for (const person of [a, b]) {
      const types = (await t.http.get('/api/notifications', { token: person.token })).body.items.map((n: { type: string }) => n.type);
      expect(types).toContain('meeting.unplaced');
    }
  });

  it('refuses bad input and strangers', async () => {
    expect((await t.http.get('/api/notifications')).status).toBe(401);
    const [a] = await createParticipants(t, 1);
    expect((await t.http.get('/api/notifications?after=nope', { token: a.token })).status).toBe(400);
    expect((await t.http.post('/api/notifications/read', { ids: ['x'] }, { token: a.token })).status).toBe(400);
  });
});
