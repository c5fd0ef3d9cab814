import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Edition, Slot } from '@serumpun/shared';
import { createEdition, createParticipants, insertOpportunity, organiserToken, slotsOf, type TestParticipant } from './factories/edition.factory.js';
import { accept, bookMeeting, sendRequest } from './factories/meeting.factory.js';
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

/** A fresh edition with `count` registered participants (alternating investor, business) and its slots. */
async function setting(count = 4, overrides: Parameters<typeof createEdition>[2] = {}): Promise<{ edition: Edition; slots: Slot[]; people: TestParticipant[] }> {
  const edition = await createEdition(t, organiser, overrides);
  const investors = await createParticipants(t, Math.ceil(count / 2), { editionId: edition.id, role: 'investor' });
  const businesses = await createParticipants(t, Math.floor(count / 2), { editionId: edition.id, role: 'business' });
  const people = investors.flatMap((investor, i) => (businesses[i] ? [investor, businesses[i]] : [investor]));
  return { edition, slots: await slotsOf(t, edition.id), people };
}

const countRows = async (sql: string, values: unknown[]) => (await t.sql<{ count: number }>(sql, values))[0].count;

describe('meeting requests', () => {
  it('sends a request between two registered participants', async () => {
    const { edition, slots, people } = await setting(2);
    const [investor, business] = people;
    const opportunity = await insertOpportunity(t, business.id);
    const response = await t.http.post(
      `/api/editions/${edition.id}/meeting-requests`,
      { toUserId: business.id, message: 'Kami tertarik pada pabrik lada Anda.', opportunityId: opportunity.id, proposedSlotId: slots[1].id },
      { token: investor.token },
    );
    expect(response.status).toBe(201);
    expect(response.body).toEqual(
      expect.objectContaining({ id: expect.any(String), status: 'pending', fromUserId: investor.id, toUserId: business.id, opportunityId: opportunity.id, proposedSlotId: slots[1].id, meetingId: null }),
    );
    const incoming = await t.http.get(`/api/meeting-requests?edition=${edition.id}&direction=incoming`, { token: business.token });
    expect(incoming.body.items.map((item: { id: string }) => item.id)).toEqual([response.body.id]);
    expect((await t.http.get(`/api/meeting-requests?direction=incoming`, { token: investor.token })).body.items).toEqual([]);
  });

  it('answers 404 for an unknown or malformed edition and 422 once the edition is over, writing nothing', async () => {
    const { edition, people } = await setting(2);
    const [investor, business] = people;
    expect((await t.http.post(`/api/editions/00000000-0000-4000-8000-000000000000/meeting-requests`, { toUserId: business.id }, { token: investor.token })).status).toBe(404);
    expect((await t.http.post(`/api/editions/not-an-id/meeting-requests`, { toUserId: business.id }, { token: investor.token })).status).toBe(404);
    await t.sql(`UPDATE editions SET start_date = current_date - 3, end_date = current_date - 2 WHERE id = $1`, [edition.id]);
    const over = await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: business.id }, { token: investor.token });
    expect(over.status).toBe(422);
    expect(await countRows('SELECT count(*)::int AS count FROM meeting_requests WHERE edition_id = $1', [edition.id])).toBe(0);
  });

  it('needs both sides registered (422), an existing recipient (404) and someone other than oneself (422)', async () => {
    const { edition, people } = await setting(2);
    const [outsider] = await createParticipants(t, 1);
    const refusedSender = await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: people[0].id }, { token: outsider.token });
    expect(refusedSender.status).toBe(422);
    const refusedRecipient = await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: outsider.id }, { token: people[0].token, headers: { 'accept-language': 'en' } });
    expect(refusedRecipient.status).toBe(422);
    expect(refusedRecipient.body.message).toBe(`${outsider.fullName} is not registered as a participant of this edition.`);
    expect((await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: '00000000-0000-4000-8000-000000000000' }, { token: people[0].token })).status).toBe(404);
    expect((await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: people[0].id }, { token: people[0].token })).status).toBe(422);
    expect((await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: people[0].id }, { token: organiser })).status).toBe(403);
    expect(await countRows('SELECT count(*)::int AS count FROM meeting_requests WHERE edition_id = $1', [edition.id])).toBe(0);
  });

  it('refuses a proposed slot of another edition and an opportunity of neither side', async () => {
    const { edition, people } = await setting(2);
    const other = await setting(2);
    const [stranger] = await createParticipants(t, 1, { role: 'business' });
    const foreign = await insertOpportunity(t, stranger.id);
    const slot = await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: people[1].id, proposedSlotId: other.slots[0].id }, { token: people[0].token });
    expect(slot.status).toBe(422);
    expect(slot.body.details).toEqual([expect.objectContaining({ path: 'proposedSlotId' })]);
    const opportunity = await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: people[1].id, opportunityId: foreign.id }, { token: people[0].token });
    expect(opportunity.status).toBe(422);
    expect(opportunity.body.details).toEqual([expect.objectContaining({ path: 'opportunityId' })]);
  });

  it('allows one pending request per pair, whichever side sends it (409)', async () => {
    const { edition, people } = await setting(2);
    const [a, b] = people;
    await sendRequest(t, edition.id, a, b);
    const same = await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: b.id }, { token: a.token });
    const reverse = await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: a.id }, { token: b.token, headers: { 'accept-language': 'en' } });
    expect(same.status).toBe(409);
    expect(reverse.status).toBe(409);
    expect(reverse.body.message).toBe(`A meeting request between you and ${a.fullName} is already waiting for an answer.`);
  });

  it('lets exactly one of many simultaneous requests between a pair through', async () => {
    const { edition, people } = await setting(2);
    const [a, b] = people;
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: (i % 2 ? a : b).id }, { token: (i % 2 ? b : a).token })),
    );
    expect(responses.filter((response) => response.status === 201)).toHaveLength(1);
    expect(responses.every((response) => response.status === 201 || response.status === 409)).toBe(true);
  });

  it('caps the pending outgoing requests of a participant, with a message that says why (422)', async () => {
    const { edition, people } = await setting(6, { pendingRequestCap: 2 });
    const [sender, ...others] = people;
    const first = await sendRequest(t, edition.id, sender, others[0]);
    await sendRequest(t, edition.id, sender, others[1]);
    const refused = await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: others[2].id }, { token: sender.token, headers: { 'accept-language': 'en' } });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/^You already have 2 requests waiting for an answer, the limit at this edition/);
    // Incoming requests do not count, and a cancelled one frees a place.
    await sendRequest(t, edition.id, others[3], sender);
    expect((await t.http.post(`/api/meeting-requests/${first.id}/cancel`, {}, { token: sender.token })).status).toBe(200);
    await sendRequest(t, edition.id, sender, others[2]);
  });

  it('holds the cap under simultaneous sends', async () => {
    const { edition, people } = await setting(12, { pendingRequestCap: 3 });
    const [sender, ...others] = people;
    const responses = await Promise.all(others.map((other) => t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: other.id }, { token: sender.token })));
    expect(responses.filter((response) => response.status === 201)).toHaveLength(3);
    expect(responses.filter((response) => response.status === 422)).toHaveLength(8);
  });

  it('lets only the sender cancel and only the recipient decline, with an optional reason', async () => {
    const { edition, people } = await setting(3);
    const [a, b, c] = people;
    const request = await sendRequest(t, edition.id, a, b);
    expect((await t.http.post(`/api/meeting-requests/${request.id}/cancel`, {}, { token: b.token })).status).toBe(403);
    expect((await t.http.post(`/api/meeting-requests/${request.id}/decline`, {}, { token: a.token })).status).toBe(403);
    expect((await t.http.post(`/api/meeting-requests/${request.id}/decline`, {}, { token: c.token })).status).toBe(404);
    expect((await t.http.get(`/api/meeting-requests/${request.id}`, { token: c.token })).status).toBe(404);
    const declined = await t.http.post(`/api/meeting-requests/${request.id}/decline`, { reason: 'Belum sesuai dengan fokus kami' }, { token: b.token });
    expect(declined.status).toBe(200);
    expect(declined.body).toEqual(expect.objectContaining({ status: 'declined', declineReason: 'Belum sesuai dengan fokus kami', respondedAt: expect.any(String) }));
    expect((await t.http.get(`/api/meeting-requests/${request.id}`, { token: a.token })).body.declineReason).toBe('Belum sesuai dengan fokus kami');
    expect((await accept(t, request.id, b)).status).toBe(409);
    expect((await t.http.post(`/api/meeting-requests/${request.id}/cancel`, {}, { token: a.token })).status).toBe(409);
  });

  it('expires pending requests at the edition’s request deadline', async () => {
    const { edition, people } = await setting(4);
    const [a, b, c, d] = people;
    const request = await sendRequest(t, edition.id, a, b);
    const deadline = new Date(Date.now() - 60_000).toISOString();
    expect((await t.http.patch(`/api/editions/${edition.id}`, { requestDeadline: deadline }, { token: organiser })).status).toBe(200);
    const listed = await t.http.get(`/api/meeting-requests?edition=${edition.id}`, { token: a.token });
    expect(listed.body.items[0]).toEqual(expect.objectContaining({ id: request.id, status: 'expired' }));
    const accepted = await accept(t, request.id, b);
    expect(accepted.status).toBe(409);
    const late = await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: d.id }, { token: c.token, headers: { 'accept-language': 'en' } });
    expect(late.status).toBe(422);
    expect(late.body.message).toBe('The deadline for meeting requests at this edition has passed.');
  });

  it('lists requests newest first with cursor pagination', async () => {
    const { edition, people } = await setting(6);
    const [recipient, ...senders] = people;
    const sent = [];
    for (const sender of senders) sent.push((await sendRequest(t, edition.id, sender, recipient)).id);
    const first = await t.http.get(`/api/meeting-requests?edition=${edition.id}&direction=incoming&limit=3`, { token: recipient.token });
    const second = await t.http.get(`/api/meeting-requests?edition=${edition.id}&direction=incoming&limit=3&cursor=${first.body.nextCursor}`, { token: recipient.token });
    expect([...first.body.items, ...second.body.items].map((item: { id: string }) => item.id)).toEqual(sent.reverse());
    expect(second.body.nextCursor).toBeNull();
  });
});

describe('accepting and booking', () => {
  it('books a meeting at the lowest free table when accepted with a slot', async () => {
    const { edition, slots, people } = await setting(4);
    const [a, b, c, d] = people;
    const request = await sendRequest(t, edition.id, a, b);
    const response = await accept(t, request.id, b, slots[2].id);
    expect(response.status).toBe(200);
    const tables = (await t.http.get(`/api/editions/${edition.id}/tables`)).body;
    expect(response.body).toEqual({
      status: 'accepted',
      meeting: { id: expect.any(String), slotId: slots[2].id, tableId: tables[0].id, startsAt: slots[2].startsAt, endsAt: slots[2].endsAt, participantIds: [a.id, b.id].sort() },
    });
    const second = await bookMeeting(t, edition.id, c, d, slots[2].id);
    expect(second.meeting!.tableId).toBe(tables[1].id);
    expect((await t.http.get(`/api/meeting-requests/${request.id}`, { token: a.token })).body).toEqual(expect.objectContaining({ status: 'accepted', meetingId: response.body.meeting.id }));
  });

  it('leaves the meeting for the organiser’s scheduler when accepted without a slot', async () => {
    const { edition, people } = await setting(2);
    const request = await sendRequest(t, edition.id, people[0], people[1]);
    const response = await accept(t, request.id, people[1]);
    expect(response.body).toEqual({ status: 'accepted', meeting: null });
    const listed = await t.http.get(`/api/editions/${edition.id}/meetings`, { token: organiser });
    expect(listed.body.items).toEqual([expect.objectContaining({ status: 'scheduled', slotId: null, tableId: null, participantIds: [people[0].id, people[1].id].sort() })]);
  });

  it('refuses accepting twice (409), by the sender (403), by an organiser (403) and by a stranger (404)', async () => {
    const { edition, slots, people } = await setting(3);
    const [a, b, c] = people;
    const request = await sendRequest(t, edition.id, a, b);
    expect((await accept(t, request.id, a, slots[0].id)).status).toBe(403);
    expect((await t.http.post(`/api/meeting-requests/${request.id}/accept`, {}, { token: organiser })).status).toBe(403);
    expect((await accept(t, request.id, c, slots[0].id)).status).toBe(404);
    expect((await accept(t, request.id, b, slots[0].id)).status).toBe(200);
    const again = await accept(t, request.id, b, slots[1].id);
    expect(again.status).toBe(409);
    expect(await countRows('SELECT count(*)::int AS count FROM meetings WHERE request_id = $1', [request.id])).toBe(1);
  });

  it('refuses a slot of another edition (422) and writes nothing', async () => {
    const { edition, people } = await setting(2);
    const other = await setting(2);
    const request = await sendRequest(t, edition.id, people[0], people[1]);
    const response = await accept(t, request.id, people[1], other.slots[0].id);
    expect(response.status).toBe(422);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'slotId' })]);
    expect(await countRows('SELECT count(*)::int AS count FROM meetings WHERE edition_id = $1', [edition.id])).toBe(0);
    expect((await t.http.get(`/api/meeting-requests/${request.id}`, { token: people[0].token })).body.status).toBe('pending');
  });

  it('refuses a slot that has already started (422)', async () => {
    const { edition, slots, people } = await setting(2);
    await t.sql(`UPDATE slots SET starts_at = now() - interval '40 minutes', ends_at = now() - interval '10 minutes' WHERE id = $1`, [slots[0].id]);
    const request = await sendRequest(t, edition.id, people[0], people[1]);
    expect((await accept(t, request.id, people[1], slots[0].id)).status).toBe(422);
  });

  it('refuses a slot where either side already has a meeting (409), naming who', async () => {
    const { edition, slots, people } = await setting(4);
    const [a, b, c, d] = people;
    await bookMeeting(t, edition.id, a, b, slots[0].id);
    const mine = await sendRequest(t, edition.id, c, b);
    const busyMe = await accept(t, mine.id, b, slots[0].id);
    expect(busyMe.status).toBe(409);
    expect(busyMe.body.message).toBe('Anda sudah memiliki pertemuan pada slot ini.');
    const theirs = await sendRequest(t, edition.id, a, d);
    const busyThem = await accept(t, theirs.id, d, slots[0].id);
    expect(busyThem.status).toBe(409);
    expect(busyThem.body.message).toBe(`${a.fullName} sudah memiliki pertemuan pada slot ini.`);
    expect((await t.http.get(`/api/meeting-requests/${theirs.id}`, { token: a.token })).body.status).toBe('pending');
  });

  it('refuses a slot either side marked unavailable (409)', async () => {
    const { edition, slots, people } = await setting(2);
    const [a, b] = people;
    await t.http.put(`/api/editions/${edition.id}/availability`, { unavailableSlotIds: [slots[3].id] }, { token: a.token });
    const request = await sendRequest(t, edition.id, a, b);
    const response = await accept(t, request.id, b, slots[3].id);
    expect(response.status).toBe(409);
    expect(response.body.message).toBe(`${a.fullName} tidak tersedia pada slot ini.`);
    expect((await accept(t, request.id, b, slots[4].id)).status).toBe(200);
  });

  it('refuses a slot whose tables are all taken (409)', async () => {
    const { edition, slots, people } = await setting(4, { tableCount: 1 });
    const [a, b, c, d] = people;
    await bookMeeting(t, edition.id, a, b, slots[0].id);
    const request = await sendRequest(t, edition.id, c, d);
    const response = await accept(t, request.id, d, slots[0].id);
    expect(response.status).toBe(409);
    expect(response.body.message).toBe('Semua 1 meja pada slot ini sudah terisi; pilih slot lain.');
  });

  it('refuses a new request to someone one already has a meeting with (409)', async () => {
    const { edition, slots, people } = await setting(2);
    await bookMeeting(t, edition.id, people[0], people[1], slots[0].id);
    expect((await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: people[0].id }, { token: people[1].token })).status).toBe(409);
  });
});

describe('rescheduling and cancelling', () => {
  it('moves a meeting to another slot, raising its sequence and recording who did it', async () => {
    const { edition, slots, people } = await setting(2);
    const [a, b] = people;
    const { meeting } = await bookMeeting(t, edition.id, a, b, slots[0].id);
    const moved = await t.http.post(`/api/meetings/${meeting!.id}/reschedule`, { slotId: slots[3].id }, { token: a.token });
    expect(moved.status).toBe(200);
    expect(moved.body).toEqual(expect.objectContaining({ slotId: slots[3].id, startsAt: slots[3].startsAt, tableNumber: 1, sequence: 1, status: 'scheduled' }));
    const details = await t.http.get(`/api/meetings/${meeting!.id}`, { token: b.token });
    expect(details.body.history.map((event: { kind: string; actorUserId: string }) => [event.kind, event.actorUserId])).toEqual([
      ['requested', a.id],
      ['accepted', b.id],
      ['booked', b.id],
      ['rescheduled', a.id],
    ]);
    expect(details.body.history[3]).toEqual(expect.objectContaining({ fromSlotId: slots[0].id, toSlotId: slots[3].id, fromStartsAt: slots[0].startsAt, toStartsAt: slots[3].startsAt }));
    // The old slot is free again for both.
    const c = (await createParticipants(t, 1, { editionId: edition.id }))[0];
    await bookMeeting(t, edition.id, c, a, slots[0].id);
  });

  it('moves a meeting to the exact table an organiser picks, also within its own slot, and refuses a taken or foreign table', async () => {
    const { edition, slots, people } = await setting(4);
    const [a, b, c, d] = people;
    const tables = (await t.http.get(`/api/editions/${edition.id}/tables`, { token: organiser })).body as Array<{ id: string; number: number }>;
    const tableNumbered = (n: number) => tables.find((table) => table.number === n)!.id;
    const { meeting } = await bookMeeting(t, edition.id, a, b, slots[0].id);
    const other = (await bookMeeting(t, edition.id, c, d, slots[2].id)).meeting!;

    const sameSlot = await t.http.post(`/api/meetings/${meeting!.id}/reschedule`, { slotId: slots[0].id, tableId: tableNumbered(3) }, { token: organiser });
    expect(sameSlot.status).toBe(200);
    expect(sameSlot.body).toEqual(expect.objectContaining({ slotId: slots[0].id, tableNumber: 3 }));

    const taken = await t.http.post(`/api/meetings/${meeting!.id}/reschedule`, { slotId: slots[2].id, tableId: other.tableId }, { token: organiser, headers: { 'accept-language': 'en' } });
    expect(taken.status).toBe(409);
    expect(taken.body.details).toEqual([expect.objectContaining({ path: 'tableId', message: 'This table is already taken by another meeting in that slot.' })]);

    const elsewhere = await setting(2);
    const foreignTables = (await t.http.get(`/api/editions/${elsewhere.edition.id}/tables`, { token: organiser })).body as Array<{ id: string }>;
    expect((await t.http.post(`/api/meetings/${meeting!.id}/reschedule`, { slotId: slots[2].id, tableId: foreignTables[0].id }, { token: organiser })).status).toBe(422);

    const moved = await t.http.post(`/api/meetings/${meeting!.id}/reschedule`, { slotId: slots[2].id, tableId: tableNumbered(2) === other.tableId ? tableNumbered(4) : tableNumbered(2) }, { token: organiser });
    expect(moved.status).toBe(200);
    expect((await t.sql<{ n: number }>('SELECT count(*)::int AS n FROM meetings WHERE slot_id = $1 AND table_id = $2', [slots[0].id, tableNumbered(3)]))[0].n).toBe(0);
  });

  it('places an accepted meeting that waited for the scheduler', async () => {
    const { edition, slots, people } = await setting(2);
    const request = await sendRequest(t, edition.id, people[0], people[1]);
    await accept(t, request.id, people[1]);
    const [{ id }] = await t.sql<{ id: string }>('SELECT id FROM meetings WHERE request_id = $1', [request.id]);
    const placed = await t.http.post(`/api/meetings/${id}/reschedule`, { slotId: slots[1].id }, { token: organiser });
    expect(placed.body).toEqual(expect.objectContaining({ slotId: slots[1].id, tableNumber: 1 }));
    expect((await t.http.get(`/api/meetings/${id}`, { token: people[0].token })).body.history.at(-1).kind).toBe('placed');
  });

  it('refuses to move into a busy or foreign slot, and leaves the meeting where it was', async () => {
    const { edition, slots, people } = await setting(4);
    const [a, b, c, d] = people;
    const { meeting } = await bookMeeting(t, edition.id, a, b, slots[0].id);
    await bookMeeting(t, edition.id, c, b, slots[1].id);
    expect((await t.http.post(`/api/meetings/${meeting!.id}/reschedule`, { slotId: slots[1].id }, { token: a.token })).status).toBe(409);
    const other = await setting(2);
    expect((await t.http.post(`/api/meetings/${meeting!.id}/reschedule`, { slotId: other.slots[1].id }, { token: a.token })).status).toBe(422);
    expect((await t.http.post(`/api/meetings/${meeting!.id}/reschedule`, { slotId: slots[2].id }, { token: d.token })).status).toBe(404);
    expect((await t.http.get(`/api/meetings/${meeting!.id}`, { token: a.token })).body).toEqual(expect.objectContaining({ slotId: slots[0].id, sequence: 0 }));
  });

  it('cancels a meeting, freeing its slot and table; a cancelled meeting cannot be moved or cancelled again', async () => {
    const { edition, slots, people } = await setting(4, { tableCount: 1 });
    const [a, b, c, d] = people;
    const { meeting } = await bookMeeting(t, edition.id, a, b, slots[0].id);
    const cancelled = await t.http.post(`/api/meetings/${meeting!.id}/cancel`, { reason: 'Penerbangan dibatalkan' }, { token: b.token });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toEqual(expect.objectContaining({ status: 'cancelled', sequence: 1 }));
    expect((await t.http.post(`/api/meetings/${meeting!.id}/cancel`, {}, { token: a.token })).status).toBe(409);
    expect((await t.http.post(`/api/meetings/${meeting!.id}/reschedule`, { slotId: slots[1].id }, { token: a.token })).status).toBe(409);
    const { meeting: next } = await bookMeeting(t, edition.id, c, d, slots[0].id);
    expect(next!.tableId).toBe(meeting!.tableId);
    await bookMeeting(t, edition.id, a, c, slots[1].id);
    const history = (await t.http.get(`/api/meetings/${meeting!.id}`, { token: a.token })).body.history;
    expect(history.at(-1)).toEqual(expect.objectContaining({ kind: 'cancelled', actorUserId: b.id, reason: 'Penerbangan dibatalkan', fromSlotId: slots[0].id }));
  });

  it('lists the edition’s meetings: all for organisers, their own for participants', async () => {
    const { edition, slots, people } = await setting(4);
    const [a, b, c, d] = people;
    await bookMeeting(t, edition.id, a, b, slots[1].id);
    await bookMeeting(t, edition.id, c, d, slots[0].id);
    const all = await t.http.get(`/api/editions/${edition.id}/meetings`, { token: organiser });
    expect(all.body.items.map((item: { slotId: string }) => item.slotId)).toEqual([slots[0].id, slots[1].id]);
    const own = await t.http.get(`/api/editions/${edition.id}/meetings`, { token: a.token });
    expect(own.body.items).toEqual([expect.objectContaining({ participantIds: [a.id, b.id].sort(), slotId: slots[1].id, tableId: expect.any(String) })]);
    const paged = await t.http.get(`/api/editions/${edition.id}/meetings?limit=1`, { token: organiser });
    const rest = await t.http.get(`/api/editions/${edition.id}/meetings?limit=1&cursor=${paged.body.nextCursor}`, { token: organiser });
    expect([paged.body.items[0].slotId, rest.body.items[0].slotId]).toEqual([slots[0].id, slots[1].id]);
  });
});

describe('on the day and after', () => {
  it('checks a meeting in, marks it held and records each side’s outcome for the report', async () => {
    const { edition, slots, people } = await setting(2);
    const [investor, business] = people;
    const { meeting } = await bookMeeting(t, edition.id, business, investor, slots[0].id);
    const early = await t.http.post(`/api/meetings/${meeting!.id}/outcome`, { status: 'held' }, { token: investor.token });
    expect(early.status).toBe(422);
    // The meeting's time comes.
    await t.sql(`UPDATE slots SET starts_at = now() - interval '20 minutes', ends_at = now() + interval '10 minutes' WHERE id = $1`, [slots[0].id]);
    const checkedIn = await t.http.post(`/api/meetings/${meeting!.id}/check-in`, {}, { token: organiser });
    expect(checkedIn.body.checkedInAt).toEqual(expect.any(String));
    const held = await t.http.post(`/api/meetings/${meeting!.id}/outcome`, { status: 'held', followUp: 'deal', amount: { amount: '2500000000.00', currency: 'IDR' } }, { token: investor.token });
    expect(held.status).toBe(200);
    await t.http.post(`/api/meetings/${meeting!.id}/outcome`, { status: 'held', followUp: 'term_sheet', notes: 'Kunjungan ke pabrik bulan depan' }, { token: business.token });
    const recorded = (await t.http.get(`/api/meetings/${meeting!.id}`, { token: organiser })).body;
    expect(recorded.status).toBe('held');
    expect(recorded.outcomes).toHaveLength(2);
    expect(recorded.outcomes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: investor.id, result: 'deal', amount: { amount: '2500000000.00', currency: 'IDR' } }),
        expect.objectContaining({ userId: business.id, result: 'term_sheet', amount: null, notes: 'Kunjungan ke pabrik bulan depan' }),
      ]),
    );
    expect(recorded.history.map((event: { kind: string }) => event.kind)).toEqual(['requested', 'accepted', 'booked', 'checked_in', 'held', 'outcome_recorded', 'outcome_recorded']);
    const report = await t.http.get(`/api/editions/${edition.id}/report`, { token: organiser });
    expect(report.body).toEqual(
      expect.objectContaining({
        meetings: { scheduled: 0, unplaced: 0, held: 1, noShow: 0, cancelled: 0 },
        outcomes: { no_interest: 0, follow_up: 0, term_sheet: 1, deal: 1 },
        amounts: [{ result: 'deal', currency: 'IDR', total: '2500000000.00' }],
      }),
    );
    expect((await t.http.get(`/api/editions/${edition.id}/report`, { token: investor.token })).status).toBe(403);
  });

  it('lets an organiser mark a no-show but not record a side’s follow-up', async () => {
    const { edition, slots, people } = await setting(2);
    const { meeting } = await bookMeeting(t, edition.id, people[0], people[1], slots[0].id);
    await t.sql(`UPDATE slots SET starts_at = now() - interval '40 minutes', ends_at = now() - interval '10 minutes' WHERE id = $1`, [slots[0].id]);
    expect((await t.http.post(`/api/meetings/${meeting!.id}/outcome`, { status: 'held', followUp: 'follow_up' }, { token: organiser })).status).toBe(422);
    const noShow = await t.http.post(`/api/meetings/${meeting!.id}/outcome`, { status: 'no_show' }, { token: organiser });
    expect(noShow.body.status).toBe('no_show');
    expect((await t.http.post(`/api/meetings/${meeting!.id}/outcome`, { status: 'no_show', followUp: 'deal' }, { token: people[0].token })).status).toBe(400);
    expect((await t.http.post(`/api/meetings/${meeting!.id}/cancel`, {}, { token: people[0].token })).status).toBe(409);
  });
});

describe('the database itself enforces the invariants', () => {
  it('refuses a second live meeting for a participant in one slot, a second meeting at one table, and a meeting in an unavailable slot', async () => {
    const { edition, slots, people } = await setting(4);
    const [a, b, c, d] = people;
    const { meeting } = await bookMeeting(t, edition.id, a, b, slots[0].id);
    const insertMeeting = async (slotId: string, tableId: string) =>
      (await t.sql<{ id: string }>('INSERT INTO meetings (edition_id, slot_id, table_id) VALUES ($1, $2, $3) RETURNING id', [edition.id, slotId, tableId]))[0].id;
    const tables = (await t.http.get(`/api/editions/${edition.id}/tables`)).body;

    await expect(insertMeeting(slots[0].id, meeting!.tableId!)).rejects.toThrow(/meetings_one_per_table_per_slot/);
    const second = await insertMeeting(slots[0].id, tables[1].id);
    await expect(t.sql('INSERT INTO meeting_participants (meeting_id, user_id, edition_id) VALUES ($1, $2, $3)', [second, a.id, edition.id])).rejects.toThrow(
      /meeting_participants_one_per_slot/,
    );
    await t.sql('INSERT INTO unavailabilities (edition_id, user_id, slot_id) VALUES ($1, $2, $3)', [edition.id, c.id, slots[0].id]);
    await expect(t.sql('INSERT INTO meeting_participants (meeting_id, user_id, edition_id) VALUES ($1, $2, $3)', [second, c.id, edition.id])).rejects.toThrow(
      /unavailable/,
    );
    await expect(t.sql('INSERT INTO unavailabilities (edition_id, user_id, slot_id) VALUES ($1, $2, $3)', [edition.id, b.id, slots[0].id])).rejects.toThrow(
      /has a meeting/,
    );
    // Moving a meeting moves its participants: into d's unavailable slot is refused too.
    await t.sql('INSERT INTO unavailabilities (edition_id, user_id, slot_id) VALUES ($1, $2, $3)', [edition.id, d.id, slots[2].id]);
    const [{ id: lone }] = await t.sql<{ id: string }>('INSERT INTO meetings (edition_id, slot_id, table_id) VALUES ($1, $2, $3) RETURNING id', [edition.id, slots[1].id, tables[0].id]);
    await t.sql('INSERT INTO meeting_participants (meeting_id, user_id, edition_id) VALUES ($1, $2, $3)', [lone, d.id, edition.id]);
    await expect(t.sql('UPDATE meetings SET slot_id = $2 WHERE id = $1', [lone, slots[2].id])).rejects.toThrow(/unavailable/);
  });

  it('refuses a meeting in a slot or at a table of another edition', async () => {
    const { edition } = await setting(2);
    const other = await setting(2);
    const otherTables = (await t.http.get(`/api/editions/${other.edition.id}/tables`)).body;
    const ownTables = (await t.http.get(`/api/editions/${edition.id}/tables`)).body;
    await expect(t.sql('INSERT INTO meetings (edition_id, slot_id, table_id) VALUES ($1, $2, $3)', [edition.id, other.slots[0].id, ownTables[0].id])).rejects.toThrow(
      /meetings_slot_fk/,
    );
    await expect(
      t.sql('INSERT INTO meetings (edition_id, slot_id, table_id) VALUES ($1, $2, $3)', [edition.id, (await slotsOf(t, edition.id))[0].id, otherTables[0].id]),
    ).rejects.toThrow(/meetings_table_fk/);
  });
});
