import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { MeetingEventsPublisher } from '../src/modules/meetings/meeting-events.publisher.js';
import { buildEdition, createEdition, createParticipants, daysFromToday, organiserToken, slotsOf } from './factories/edition.factory.js';
import { bookMeeting } from './factories/meeting.factory.js';
import { registerUser } from './factories/user.factory.js';
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

describe('creating an edition', () => {
  it('generates its slots from the meeting windows, in the venue’s time with its offset', async () => {
    const date = daysFromToday(90);
    const edition = await createEdition(t, organiser, {
      startDate: date,
      endDate: date,
      meetingWindows: [
        { date, start: '09:00', end: '10:00' },
        { date, start: '13:00', end: '14:10' },
      ],
      slotMinutes: 25,
      breakMinutes: 5,
    });
    expect(edition).toEqual(expect.objectContaining({ timeZone: 'Asia/Pontianak', slotMinutes: 25, breakMinutes: 5, tableCount: 4, pendingRequestCap: 20 }));
    const slots = await slotsOf(t, edition.id);
    // 09:00, 09:30 fit the first window; 13:00, 13:30 the second (14:00–14:25 would end after 14:10).
    expect(slots.map((slot) => [slot.startsAt, slot.endsAt])).toEqual([
      [`${date}T09:00:00+07:00`, `${date}T09:25:00+07:00`],
      [`${date}T09:30:00+07:00`, `${date}T09:55:00+07:00`],
      [`${date}T13:00:00+07:00`, `${date}T13:25:00+07:00`],
      [`${date}T13:30:00+07:00`, `${date}T13:55:00+07:00`],
    ]);
    const [row] = await t.sql<{ starts_at: Date }>('SELECT min(starts_at) AS starts_at FROM slots WHERE edition_id = $1', [edition.id]);
    expect(row.starts_at.toISOString()).toBe(`${date}T02:00:00.000Z`);
  });

  it('numbers its tables from 1, with the names and places given', async () => {
    const edition = await createEdition(t, organiser, { tableCount: 3, tables: [{ name: 'Meja Kapuas', location: 'Sayap kiri' }, { name: 'Meja Landak' }] });
    const tables = await t.http.get(`/api/editions/${edition.id}/tables`);
    expect(tables.body).toEqual([
      { id: expect.any(String), number: 1, name: 'Meja Kapuas', location: 'Sayap kiri' },
      { id: expect.any(String), number: 2, name: 'Meja Landak', location: null },
      { id: expect.any(String), number: 3, name: null, location: null },
    ]);
  });

  it('takes the time zone from the region when none is given: Kuching is UTC+8', async () => {
    const body = buildEdition({ city: 'Kuching', regionCode: 'MY-13', venue: 'Borneo Convention Centre Kuching' });
    delete body.timeZone;
    delete body.slug;
    const response = await t.http.post('/api/editions', body, { token: organiser });
    expect(response.status).toBe(201);
    expect(response.body.timeZone).toBe('Asia/Kuching');
    expect(response.body.slug).toBe(`kuching-${body.startDate.slice(0, 4)}`);
    const slots = await slotsOf(t, response.body.id);
    expect(slots[0].startsAt).toBe(`${body.startDate}T09:00:00+08:00`);
  });

  it('refuses windows outside the dates, overlapping windows and unknown time zones, naming each field', async () => {
    const date = daysFromToday(30);
    const response = await t.http.post(
      '/api/editions',
      buildEdition({
        startDate: date,
        endDate: date,
        timeZone: 'Asia/Borneo',
        meetingWindows: [
          { date, start: '09:00', end: '12:00' },
          { date, start: '11:00', end: '13:00' },
          { date: daysFromToday(31), start: '09:00', end: '10:00' },
        ],
      }),
      { token: organiser },
    );
    expect(response.status).toBe(400);
    expect(response.body.details.map((detail: { path: string }) => detail.path).sort()).toEqual(['meetingWindows.1.start', 'meetingWindows.2.date', 'timeZone']);
  });

  it('words the refusals of dates and windows in the caller’s language, field by field', async () => {
    const start = daysFromToday(40);
    const body = buildEdition({
      startDate: start,
      endDate: daysFromToday(39),
      slotMinutes: 30,
      meetingWindows: [
        { date: start, start: '09:00', end: '09:20' },
        { date: start, start: '13:00', end: '12:00' },
      ],
    });
    const detailsIn = async (language: string) => {
      const response = await t.http.post('/api/editions', body, { token: organiser, headers: { 'accept-language': language } });
      expect(response.status).toBe(400);
      return Object.fromEntries(response.body.details.map((detail: { path: string; message: string }) => [detail.path, detail.message]));
    };
    expect(await detailsIn('id')).toEqual({
      endDate: 'Tanggal selesai tidak boleh sebelum tanggal mulai',
      // With the end before the start, no day is inside the dates.
      'meetingWindows.0.date': 'Harus di antara tanggal mulai dan selesai edisi',
      'meetingWindows.1.date': 'Harus di antara tanggal mulai dan selesai edisi',
      'meetingWindows.0.end': 'Sesi lebih pendek dari satu pertemuan (30 menit)',
      'meetingWindows.1.end': 'Harus setelah waktu mulai',
    });
    expect(await detailsIn('en-GB,en;q=0.8')).toEqual({
      endDate: 'The end date cannot be before the start date',
      'meetingWindows.0.date': "Must be between the edition's start and end dates",
      'meetingWindows.1.date': "Must be between the edition's start and end dates",
      'meetingWindows.0.end': 'The session is shorter than one meeting (30 minutes)',
      'meetingWindows.1.end': 'Must be after the start time',
    });
    expect((await detailsIn('ms'))['endDate']).toBe('Tarikh tamat tidak boleh sebelum tarikh mula');
  });

  it('is for organisers only', async () => {
    const investor = await registerUser(t.http, { role: 'investor' });
    expect((await t.http.post('/api/editions', buildEdition(), { token: investor.accessToken })).status).toBe(403);
    expect((await t.http.post('/api/editions', buildEdition())).status).toBe(401);
  });

  it('refuses a slug another edition already has', async () => {
    const first = await createEdition(t, organiser);
    const response = await t.http.post('/api/editions', buildEdition({ slug: first.slug }), { token: organiser });
    expect(response.status).toBe(409);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'slug' })]);
  });
});

describe('changing an edition', () => {
  it('keeps the slots (and their ids) that a change does not touch', async () => {
    const edition = await createEdition(t, organiser);
    const before = await slotsOf(t, edition.id);
    const date = edition.startDate;
    const response = await t.http.patch(
      `/api/editions/${edition.id}`,
      { name: 'Dialog Bisnis Pontianak', meetingWindows: [{ date, start: '09:00', end: '12:00' }, { date, start: '14:00', end: '15:00' }] },
      { token: organiser },
    );
    expect(response.status).toBe(200);
    expect(response.body.name).toBe('Dialog Bisnis Pontianak');
    const after = await slotsOf(t, edition.id);
    expect(after).toHaveLength(8);
    expect(after.slice(0, 6)).toEqual(before);
  });

  it('refuses, with a 409 listing them, a change that would take the slot of a booked meeting, and changes nothing', async () => {
    const edition = await createEdition(t, organiser);
    const [investor, business] = await createParticipants(t, 2, { editionId: edition.id });
    const slots = await slotsOf(t, edition.id);
    const { meeting } = await bookMeeting(t, edition.id, business, investor, slots[5].id);
    const shorter = { meetingWindows: [{ date: edition.startDate, start: '09:00', end: '11:00' }] };

    const preview = await t.http.post(`/api/editions/${edition.id}/layout-preview`, shorter, { token: organiser });
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual(
      expect.objectContaining({ slotsRemoved: 2, slotsKept: 4, slotsAdded: 0, affectedMeetings: [expect.objectContaining({ meetingId: meeting!.id, reason: 'slot_removed', tableNumber: 1 })] }),
    );

    const refused = await t.http.patch(`/api/editions/${edition.id}`, shorter, { token: organiser, headers: { 'accept-language': 'en' } });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/takes the slot or table of 1 booked meetings .*11:30 #1.*"force": true/);
    expect(await slotsOf(t, edition.id)).toEqual(slots);
    const [row] = await t.sql<{ slot_id: string }>('SELECT slot_id FROM meetings WHERE id = $1', [meeting!.id]);
    expect(row.slot_id).toBe(slots[5].id);
  });

  it('with force, unplaces the affected meetings, records it and tells their participants', async () => {
    const edition = await createEdition(t, organiser);
    const [investor, business] = await createParticipants(t, 2, { editionId: edition.id });
    const slots = await slotsOf(t, edition.id);
    const { meeting } = await bookMeeting(t, edition.id, business, investor, slots[5].id);
    const publish = jest.spyOn(t.app.get(MeetingEventsPublisher), 'publish');
    try {
      const response = await t.http.patch(
        `/api/editions/${edition.id}`,
        { meetingWindows: [{ date: edition.startDate, start: '09:00', end: '11:00' }], force: true },
        { token: organiser },
      );
      expect(response.status).toBe(200);
      expect(publish).toHaveBeenCalledWith([
        expect.objectContaining({ type: 'meeting.unplaced', recipientIds: [investor.id, business.id].sort(), payload: expect.objectContaining({ meetingId: meeting!.id }) }),
      ], expect.anything()); // the edition change's transaction (outbox)
    } finally {
      publish.mockRestore();
    }
    expect(await slotsOf(t, edition.id)).toHaveLength(4);
    const details = await t.http.get(`/api/meetings/${meeting!.id}`, { token: investor.token });
    expect(details.body).toEqual(expect.objectContaining({ status: 'scheduled', slotId: null, tableId: null, sequence: 1 }));
    expect(details.body.history.at(-1)).toEqual(expect.objectContaining({ kind: 'unplaced', reason: 'edition_changed', fromSlotId: slots[5].id, fromTableNumber: 1 }));
    const [{ count }] = await t.sql<{ count: number }>('SELECT count(*)::int AS count FROM meeting_participants WHERE meeting_id = $1 AND slot_id IS NULL', [meeting!.id]);
    expect(count).toBe(2);
  });

  it('refuses to remove a table that holds a booked meeting unless forced', async () => {
    const edition = await createEdition(t, organiser, { tableCount: 2 });
    const [a, b, c, d] = await createParticipants(t, 4, { editionId: edition.id });
    const slots = await slotsOf(t, edition.id);
    await bookMeeting(t, edition.id, a, b, slots[0].id);
    const { meeting } = await bookMeeting(t, edition.id, c, d, slots[0].id);
    expect((await t.http.get(`/api/meetings/${meeting!.id}`, { token: c.token })).body.tableNumber).toBe(2);

    const refused = await t.http.patch(`/api/editions/${edition.id}`, { tableCount: 1 }, { token: organiser });
    expect(refused.status).toBe(409);
    const forced = await t.http.patch(`/api/editions/${edition.id}`, { tableCount: 1, force: true }, { token: organiser });
    expect(forced.status).toBe(200);
    expect((await t.http.get(`/api/editions/${edition.id}/tables`)).body).toHaveLength(1);
    expect((await t.http.get(`/api/meetings/${meeting!.id}`, { token: c.token })).body).toEqual(expect.objectContaining({ slotId: null, tableNumber: null }));
  });

  it('renames tables and adds new ones without touching meetings', async () => {
    const edition = await createEdition(t, organiser, { tableCount: 2 });
    const response = await t.http.patch(`/api/editions/${edition.id}`, { tableCount: 3, tables: [{ name: 'VIP' }] }, { token: organiser });
    expect(response.status).toBe(200);
    const tables = (await t.http.get(`/api/editions/${edition.id}/tables`)).body;
    expect(tables.map((table: { number: number; name: string | null }) => [table.number, table.name])).toEqual([
      [1, 'VIP'],
      [2, null],
      [3, null],
    ]);
  });

  it('validates the merged edition: a window outside new dates is refused', async () => {
    const edition = await createEdition(t, organiser);
    const response = await t.http.patch(`/api/editions/${edition.id}`, { startDate: daysFromToday(200), endDate: daysFromToday(200) }, { token: organiser });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'meetingWindows.0.date' })]);
  });

  it('answers 404 for an unknown edition and 403 for a participant', async () => {
    const [investor] = await createParticipants(t, 1);
    expect((await t.http.patch('/api/editions/00000000-0000-4000-8000-000000000000', { name: 'Tidak ada' }, { token: organiser })).status).toBe(404);
    expect((await t.http.get('/api/editions/00000000-0000-4000-8000-000000000000/slots')).status).toBe(404);
    const edition = await createEdition(t, organiser);
    expect((await t.http.patch(`/api/editions/${edition.id}`, { name: 'Bukan hak saya' }, { token: investor.token })).status).toBe(403);
  });
});
