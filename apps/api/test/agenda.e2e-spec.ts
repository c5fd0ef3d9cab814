import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createEdition, createParticipants, daysFromToday, insertOpportunity, organiserToken, slotsOf } from './factories/edition.factory.js';
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

/** The VEVENT of one meeting in a calendar, unfolded, as a map of property name → value. */
function eventOf(calendar: string, meetingId: string): Record<string, string> | undefined {
  const unfolded = calendar.replace(/\r\n /g, '');
  const block = unfolded.split('BEGIN:VEVENT').slice(1).find((event) => event.includes(`UID:meeting-${meetingId}@serumpun`));
  if (!block) return undefined;
  return Object.fromEntries(
    block
      .split('\r\n')
      .filter((line) => line.includes(':') && !line.startsWith('END:'))
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
  );
}

describe('agenda', () => {
  it('shows each day’s meetings with venue times, table, counterpart and opportunity, and agreed meetings not placed yet', async () => {
    const first = daysFromToday(70);
    const second = daysFromToday(71);
    const edition = await createEdition(t, organiser, {
      startDate: first,
      endDate: second,
      meetingWindows: [
        { date: first, start: '13:00', end: '14:00' },
        { date: second, start: '09:00', end: '10:00' },
      ],
      tables: [{ name: 'Meja Kapuas', location: 'Aula utama' }],
    });
    const [investor] = await createParticipants(t, 1, { editionId: edition.id });
    const [business, other, third] = await createParticipants(t, 3, { editionId: edition.id, role: 'business' });
    await t.sql(`UPDATE registrations SET organisation = 'Koperasi Lada Sambas' WHERE user_id = $1`, [business.id]);
    const slots = await slotsOf(t, edition.id);
    const opportunity = await insertOpportunity(t, business.id, { title: 'Ekspor lada putih' });
    const request = await sendRequest(t, edition.id, business, investor, { opportunityId: opportunity.id });
    await accept(t, request.id, investor, slots[2].id);
    await bookMeeting(t, edition.id, other, investor, slots[0].id);
    const waiting = await sendRequest(t, edition.id, third, investor);
    await accept(t, waiting.id, investor);

    const response = await t.http.get(`/api/me/agenda?edition=${edition.id}`, { token: investor.token });
    expect(response.status).toBe(200);
    expect(response.body.edition).toEqual({ id: edition.id, name: edition.name, city: 'Pontianak', venue: edition.venue, timeZone: 'Asia/Pontianak' });
    expect(response.body.days.map((day: { date: string; items: unknown[] }) => [day.date, day.items.length])).toEqual([
      [first, 1],
      [second, 1],
    ]);
    expect(response.body.days[1].items[0]).toEqual({
      meetingId: expect.any(String),
      status: 'scheduled',
      slotId: slots[2].id,
      startsAt: `${second}T09:00:00+07:00`,
      endsAt: `${second}T09:30:00+07:00`,
      table: { id: expect.any(String), number: 1, name: 'Meja Kapuas', location: 'Aula utama' },
      counterpart: { id: business.id, fullName: business.fullName, role: 'business', organisation: 'Koperasi Lada Sambas' },
      opportunity: { id: opportunity.id, title: 'Ekspor lada putih' },
      checkedInAt: null,
    });
    expect(response.body.unplaced).toEqual([expect.objectContaining({ counterpart: expect.objectContaining({ id: third.id }) })]);
    expect((await t.http.get('/api/me/agenda', { token: investor.token })).status).toBe(400);
  });

  it('shows the times of a Kuching edition at UTC+8', async () => {
    const date = daysFromToday(80);
    const edition = await createEdition(t, organiser, { city: 'Kuching', regionCode: 'MY-13', timeZone: 'Asia/Kuching', startDate: date, endDate: date, meetingWindows: [{ date, start: '10:00', end: '11:00' }] });
    const [investor, business] = await createParticipants(t, 2, { editionId: edition.id });
    const slots = await slotsOf(t, edition.id);
    await bookMeeting(t, edition.id, business, investor, slots[0].id);
    const agenda = await t.http.get(`/api/me/agenda?edition=${edition.id}`, { token: investor.token });
    expect(agenda.body.days[0].items[0].startsAt).toBe(`${date}T10:00:00+08:00`);
  });
});

describe('calendar download', () => {
  it('keeps one entry per meeting: a reschedule updates it, a cancellation withdraws it with a higher SEQUENCE', async () => {
    const edition = await createEdition(t, organiser);
    const [investor, business] = await createParticipants(t, 2, { editionId: edition.id });
    const slots = await slotsOf(t, edition.id);
    const { meeting } = await bookMeeting(t, edition.id, business, investor, slots[0].id);
    const date = edition.startDate.replace(/-/g, '');

    const booked = await t.http.get(`/api/me/agenda.ics?edition=${edition.id}`, { token: investor.token });
    expect(booked.status).toBe(200);
    expect(booked.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(booked.headers.get('content-disposition')).toBe('attachment; filename="serumpun-agenda.ics"');
    expect(booked.text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(booked.text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Pontianak\r\n');
    expect(booked.text).toContain('TZOFFSETTO:+0700');
    expect(booked.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(eventOf(booked.text, meeting!.id)).toEqual(
      expect.objectContaining({
        SEQUENCE: '0',
        STATUS: 'CONFIRMED',
        'DTSTART;TZID=Asia/Pontianak': `${date}T090000`,
        'DTEND;TZID=Asia/Pontianak': `${date}T093000`,
        SUMMARY: `Pertemuan dengan ${business.fullName}`,
        LOCATION: `Meja 1\\, ${edition.venue}\\, Pontianak`,
      }),
    );

    await t.http.post(`/api/meetings/${meeting!.id}/reschedule`, { slotId: slots[2].id }, { token: investor.token });
    const moved = eventOf((await t.http.get(`/api/me/agenda.ics?edition=${edition.id}`, { token: business.token })).text, meeting!.id);
    expect(moved).toEqual(expect.objectContaining({ SEQUENCE: '1', STATUS: 'CONFIRMED', 'DTSTART;TZID=Asia/Pontianak': `${date}T100000` }));

    await t.http.post(`/api/meetings/${meeting!.id}/cancel`, {}, { token: business.token });
    const cancelled = eventOf((await t.http.get('/api/me/agenda.ics', { token: investor.token })).text, meeting!.id);
    expect(cancelled).toEqual(expect.objectContaining({ SEQUENCE: '2', STATUS: 'CANCELLED', 'DTSTART;TZID=Asia/Pontianak': `${date}T100000` }));
  });

  it('withdraws the entry of a meeting that loses its slot to a layout change', async () => {
    const edition = await createEdition(t, organiser);
    const [investor, business] = await createParticipants(t, 2, { editionId: edition.id });
    const slots = await slotsOf(t, edition.id);
    const { meeting } = await bookMeeting(t, edition.id, business, investor, slots[5].id);
    await t.http.patch(`/api/editions/${edition.id}`, { meetingWindows: [{ date: edition.startDate, start: '09:00', end: '10:00' }], force: true }, { token: organiser });
    const event = eventOf((await t.http.get('/api/me/agenda.ics', { token: investor.token })).text, meeting!.id);
    expect(event).toEqual(expect.objectContaining({ SEQUENCE: '1', STATUS: 'CANCELLED', 'DTSTART;TZID=Asia/Pontianak': `${edition.startDate.replace(/-/g, '')}T113000` }));
  });

  it('writes the summary in the participant’s language and needs a signed-in caller', async () => {
    const edition = await createEdition(t, organiser);
    const [investor, business] = await createParticipants(t, 2, { editionId: edition.id });
    await t.sql(`UPDATE users SET locale = 'en' WHERE id = $1`, [investor.id]);
    const slots = await slotsOf(t, edition.id);
    const { meeting } = await bookMeeting(t, edition.id, business, investor, slots[1].id);
    const calendar = (await t.http.get('/api/me/agenda.ics', { token: investor.token })).text;
    expect(eventOf(calendar, meeting!.id)?.SUMMARY).toBe(`Meeting with ${business.fullName}`);
    expect((await t.http.get('/api/me/agenda.ics')).status).toBe(401);
  });
});

describe('subscribable calendar feed', () => {
  it('serves the calendar at a secret URL without sign-in, until the token is replaced or revoked', async () => {
    const edition = await createEdition(t, organiser);
    const [investor, business] = await createParticipants(t, 2, { editionId: edition.id });
    const slots = await slotsOf(t, edition.id);
    const { meeting } = await bookMeeting(t, edition.id, business, investor, slots[0].id);

    const created = await t.http.post('/api/me/agenda-feed', {}, { token: investor.token });
    expect(created.status).toBe(201);
    expect(created.body.path).toMatch(/^\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(created.body.url.endsWith(created.body.path)).toBe(true);
    const feed = await t.http.get(created.body.path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(eventOf(feed.text, meeting!.id)?.STATUS).toBe('CONFIRMED');
    expect((await t.http.get('/api/me/agenda-feed', { token: investor.token })).body.active).toBe(true);

    const rotated = await t.http.post('/api/me/agenda-feed', {}, { token: investor.token });
    expect((await t.http.get(created.body.path)).status).toBe(404);
    expect((await t.http.get(rotated.body.path)).status).toBe(200);

    expect((await t.http.delete('/api/me/agenda-feed', { token: investor.token })).status).toBe(204);
    expect((await t.http.get(rotated.body.path)).status).toBe(404);
    expect((await t.http.get('/api/calendar-feeds/not-a-token.ics')).status).toBe(404);
  });
});
