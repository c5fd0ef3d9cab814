import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Edition, EditionReport, EditionsOverview, Slot } from '@serumpun/shared';
import { createEdition, createParticipants, daysFromToday, insertOpportunity, organiserToken, slotsOf, type TestParticipant } from './factories/edition.factory.js';
import { accept, bookMeeting, sendRequest } from './factories/meeting.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let organiser: string;

beforeAll(async () => {
  t = await createTestApp();
  organiser = await organiserToken(t);
  // Round rates of today, so the dollar figures below can be checked by hand.
  const rates = await t.http.put('/api/fx-rates', { asOf: daysFromToday(0), rates: [{ currency: 'IDR', unitsPerUsd: '16000' }, { currency: 'MYR', unitsPerUsd: '4' }] }, { token: organiser });
  if (rates.status !== 200) throw new Error(`fx rates: ${rates.status} ${rates.text}`);
});
afterAll(async () => {
  await t.close();
});

/** Places the edition's slots on 30 October 2025 in Pontianak (09:00, 09:30, … WIB): the day is over. */
async function holdTheDay(slots: Slot[]): Promise<void> {
  for (const [i, slot] of slots.entries()) {
    const startsAt = new Date(Date.UTC(2025, 9, 30, 2, 30 * i));
    await t.sql('UPDATE slots SET starts_at = $2, ends_at = $3 WHERE id = $1', [slot.id, startsAt, new Date(startsAt.getTime() + 30 * 60_000)]);
  }
}

async function outcome(meetingId: string, by: TestParticipant | string, body: Record<string, unknown>): Promise<void> {
  const response = await t.http.post(`/api/meetings/${meetingId}/outcome`, body, { token: typeof by === 'string' ? by : by.token });
  if (response.status !== 200) throw new Error(`outcome failed: ${response.status} ${response.text}`);
}

interface Seeded {
  edition: Edition;
  investors: TestParticipant[];
  businesses: TestParticipant[];
  held: string;
}

/**
 * Six approved participants and one pending, from Indonesia, Malaysia and Brunei; five meetings:
 * a deal on a C10 opportunity (both sides report it, in rupiah), a term sheet in ringgit on an A01
 * opportunity, a no-show, one agreed but not placed, one cancelled; a pending and a declined request.
 */
async function seedEdition(): Promise<Seeded> {
  const edition = await createEdition(t, organiser);
  const slots = await slotsOf(t, edition.id);
  const investors = await createParticipants(t, 3, { editionId: edition.id, role: 'investor' });
  const businesses = await createParticipants(t, 3, { editionId: edition.id, role: 'business' });
  const [late] = await createParticipants(t, 1, { role: 'business' });
  await t.sql(`INSERT INTO registrations (edition_id, user_id, status) VALUES ($1, $2, 'pending')`, [edition.id, late.id]);
  const countries: Array<[TestParticipant, string]> = [
    [investors[0], 'ID'],
    [investors[1], 'MY'],
    [investors[2], 'BN'],
    [businesses[0], 'ID'],
    [businesses[1], 'ID'],
    [businesses[2], 'MY'],
  ];
  for (const [person, country] of countries) await t.sql('UPDATE registrations SET country_code = $3 WHERE edition_id = $1 AND user_id = $2', [edition.id, person.id, country]);
  await t.sql(`UPDATE registrations SET organisation = 'PT "Lada" Sambas, Tbk' WHERE edition_id = $1 AND user_id = $2`, [edition.id, businesses[0].id]);
  const pepper = await insertOpportunity(t, businesses[0].id, { sectorCode: 'C10', title: 'Pabrik lada putih — Sambas' });
  const seaweed = await insertOpportunity(t, businesses[1].id, { sectorCode: 'A01', title: 'Kebun rumput laut' });

  const deal = await bookMeeting(t, edition.id, investors[0], businesses[0], slots[0].id);
  await t.sql('UPDATE meeting_requests SET opportunity_id = $2 WHERE id = $1', [deal.request.id, pepper.id]);
  const termSheet = await bookMeeting(t, edition.id, investors[1], businesses[1], slots[1].id);
  await t.sql('UPDATE meeting_requests SET opportunity_id = $2 WHERE id = $1', [termSheet.request.id, seaweed.id]);
  const missed = await bookMeeting(t, edition.id, investors[2], businesses[2], slots[0].id);
  const unplaced = await sendRequest(t, edition.id, investors[0], businesses[1], { opportunityId: seaweed.id });
  expect((await accept(t, unplaced.id, businesses[1])).status).toBe(200);
  const cancelled = await bookMeeting(t, edition.id, investors[1], businesses[2], slots[2].id);
  expect((await t.http.post(`/api/meetings/${cancelled.meeting!.id}/cancel`, {}, { token: investors[1].token })).status).toBe(200);
  await sendRequest(t, edition.id, investors[2], businesses[0]);
  const declined = await sendRequest(t, edition.id, businesses[1], investors[2]);
  expect((await t.http.post(`/api/meeting-requests/${declined.id}/decline`, {}, { token: investors[2].token })).status).toBe(200);

  await holdTheDay(slots);
  for (const person of [investors[0], businesses[0], investors[1], businesses[1]]) {
    expect((await t.http.post(`/api/editions/${edition.id}/participants/${person.id}/check-in`, {}, { token: organiser })).status).toBe(200);
  }
  await t.http.post(`/api/meetings/${deal.meeting!.id}/check-in`, {}, { token: organiser });
  await outcome(deal.meeting!.id, investors[0], { status: 'held', followUp: 'deal', amount: { amount: '2500000000.00', currency: 'IDR' } });
  await outcome(deal.meeting!.id, businesses[0], { status: 'held', followUp: 'deal', amount: { amount: '2000000000.00', currency: 'IDR' }, notes: 'Kontrak pasok, 3 tahun' });
  await outcome(termSheet.meeting!.id, investors[1], {
    status: 'held',
    followUp: 'term_sheet',
    amount: { amount: '100000.00', currency: 'MYR' },
    notes: '=HYPERLINK("http://contoh.test","klik")',
  });
  await outcome(termSheet.meeting!.id, businesses[1], { status: 'held', followUp: 'follow_up', notes: 'Kunjungan lapangan,\nbulan depan' });
  await outcome(missed.meeting!.id, organiser, { status: 'no_show' });
  return { edition, investors, businesses, held: deal.meeting!.id };
}

let seeded: Seeded;
beforeAll(async () => {
  seeded = await seedEdition();
});

describe('the edition report', () => {
  it('counts registrations, requests, meetings and outcomes so that they add up', async () => {
    const response = await t.http.get<EditionReport>(`/api/editions/${seeded.edition.id}/report`, { token: organiser });
    expect(response.status).toBe(200);
    const report = response.body;
    expect(report.edition).toEqual(expect.objectContaining({ id: seeded.edition.id, timeZone: 'Asia/Pontianak', startDate: seeded.edition.startDate }));
    expect(report.registrations).toEqual(
      expect.objectContaining({
        approved: 6,
        pending: 1,
        checkedIn: 4,
        byRole: [
          { role: 'investor', approved: 3, pending: 0, checkedIn: 2 },
          { role: 'business', approved: 3, pending: 1, checkedIn: 2 },
        ],
      }),
    );
    expect(report.registrations.byCountry).toEqual([
      { countryCode: 'ID', approved: 3, pending: 0, checkedIn: 3 },
      { countryCode: 'MY', approved: 2, pending: 0, checkedIn: 1 },
      { countryCode: 'BN', approved: 1, pending: 0, checkedIn: 0 },
      { countryCode: null, approved: 0, pending: 1, checkedIn: 0 },
    ]);
    expect(report.requests).toEqual(expect.objectContaining({ pending: 1, declined: 1 }));
    expect(Object.values(report.requests).reduce((sum, count) => sum + count, 0)).toBe(7);
    expect(report.meetings).toEqual({ scheduled: 0, unplaced: 1, held: 2, noShow: 1, cancelled: 1 });
    expect(report.showUpRate).toBe(0.6667);
    expect(report.outcomes).toEqual({ no_interest: 0, follow_up: 1, term_sheet: 1, deal: 2 });
    // Each held meeting counted once, at the furthest result either side reported.
    expect(report.progress).toEqual({ none: 0, no_interest: 0, follow_up: 0, term_sheet: 1, deal: 1 });
    expect(Object.values(report.progress).reduce((sum, count) => sum + count, 0)).toBe(report.meetings.held);
    expect(report.amounts).toEqual([
      { result: 'deal', currency: 'IDR', total: '4500000000.00' },
      { result: 'term_sheet', currency: 'MYR', total: '100000.00' },
    ]);
  });

  it('values a deal both sides report once, in its currency and in dollars at the dated rate', async () => {
    const { value } = (await t.http.get<EditionReport>(`/api/editions/${seeded.edition.id}/report`, { token: organiser })).body;
    expect(value.byCurrency).toEqual([
      { result: 'deal', currency: 'IDR', total: '2500000000.00', meetings: 1, totalUsd: '156250.00' },
      { result: 'term_sheet', currency: 'MYR', total: '100000.00', meetings: 1, totalUsd: '25000.00' },
    ]);
    expect(value.totalsUsd).toEqual({ deal: '156250.00', term_sheet: '25000.00' });
    expect(value.rates).toEqual([
      { currency: 'IDR', unitsPerUsd: '16000.000000', asOf: daysFromToday(0) },
      { currency: 'MYR', unitsPerUsd: '4.000000', asOf: daysFromToday(0) },
    ]);
    expect(value.asOf).toBe(daysFromToday(0));
  });

  it('breaks meetings down by the ISIC section of their opportunity, adding up to the edition’s totals', async () => {
    const { sectors, meetings, value } = (await t.http.get<EditionReport>(`/api/editions/${seeded.edition.id}/report`, { token: organiser })).body;
    expect(sectors).toEqual([
      { section: 'A', meetings: 2, held: 1, noShow: 0, progress: { none: 0, no_interest: 0, follow_up: 0, term_sheet: 1, deal: 0 }, dealValueUsd: '0.00' },
      { section: 'C', meetings: 1, held: 1, noShow: 0, progress: { none: 0, no_interest: 0, follow_up: 0, term_sheet: 0, deal: 1 }, dealValueUsd: '156250.00' },
      { section: null, meetings: 1, held: 0, noShow: 1, progress: { none: 0, no_interest: 0, follow_up: 0, term_sheet: 0, deal: 0 }, dealValueUsd: '0.00' },
    ]);
    const sum = (pick: (row: (typeof sectors)[number]) => number) => sectors.reduce((total, row) => total + pick(row), 0);
    expect(sum((row) => row.meetings)).toBe(meetings.scheduled + meetings.unplaced + meetings.held + meetings.noShow);
    expect(sum((row) => row.held)).toBe(meetings.held);
    expect(sum((row) => Number(row.dealValueUsd))).toBe(Number(value.totalsUsd.deal));
  });

  it('leaves an amount in a currency without a rate out of the dollar total, and says so', async () => {
    const edition = await createEdition(t, organiser);
    const slots = await slotsOf(t, edition.id);
    const [investor] = await createParticipants(t, 1, { editionId: edition.id, role: 'investor' });
    const [business] = await createParticipants(t, 1, { editionId: edition.id, role: 'business' });
    const { meeting } = await bookMeeting(t, edition.id, investor, business, slots[0].id);
    await holdTheDay(slots);
    await outcome(meeting!.id, investor, { status: 'held', followUp: 'deal', amount: { amount: '50000.00', currency: 'BND' } });
    await t.sql(`DELETE FROM fx_rates WHERE currency = 'BND'`);

    const { value } = (await t.http.get<EditionReport>(`/api/editions/${edition.id}/report`, { token: organiser })).body;

    expect(value.byCurrency).toEqual([{ result: 'deal', currency: 'BND', total: '50000.00', meetings: 1, totalUsd: null }]);
    expect(value.totalsUsd.deal).toBe('0.00');
    expect(value.rates).toEqual([]);
    expect(value.asOf).toBeNull();
  });

  it('is for organisers only: 403 for a participant, 404 for an unknown or malformed edition', async () => {
    const id = seeded.edition.id;
    for (const path of [`/api/editions/${id}/report`, `/api/editions/${id}/report.csv`, '/api/reports/editions']) {
      expect((await t.http.get(path, { token: seeded.investors[0].token })).status).toBe(403);
      expect((await t.http.get(path)).status).toBe(401);
    }
    expect((await t.http.get('/api/editions/00000000-0000-4000-8000-000000000000/report', { token: organiser })).status).toBe(404);
    expect((await t.http.get('/api/editions/not-an-id/report', { token: organiser })).status).toBe(404);
    expect((await t.http.get('/api/editions/00000000-0000-4000-8000-000000000000/report.csv', { token: organiser })).status).toBe(404);
  });
});

describe('the CSV of an edition’s meetings', () => {
  async function download(locale: string) {
    const response = await fetch(`${t.http.baseUrl}/api/editions/${seeded.edition.id}/report.csv`, { headers: { authorization: `Bearer ${organiser}`, 'accept-language': locale } });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { response, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  }

  it('is UTF-8 with a byte-order mark, one CRLF row per meeting, times at the venue', async () => {
    const { response, bytes, text } = await download('en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="serumpun-uji-[0-9a-f]+-meetings\.csv"$/);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = text.slice(1).split('\r\n');
    expect(rows.at(-1)).toBe('');
    expect(rows[0]).toBe(
      'Meeting ID,Status,Date,Start,End,Time zone,Table,Checked in at,Opportunity,Sector (ISIC),' +
        'Name 1,Role 1,Organisation 1,Country 1,Outcome 1,Amount 1,Currency 1,Notes 1,' +
        'Name 2,Role 2,Organisation 2,Country 2,Outcome 2,Amount 2,Currency 2,Notes 2',
    );
    const deal = rows.find((row) => row.startsWith(seeded.held))!;
    const { investors, businesses } = seeded;
    expect(deal).toBe(
      `${seeded.held},Held,2025-10-30,09:00,09:30,Asia/Pontianak,1,${deal.split(',')[7]},Pabrik lada putih — Sambas,C10,` +
        `${investors[0].fullName},Investor,,Indonesia,Deal,2500000000.00,IDR,,` +
        `${businesses[0].fullName},Business,"PT ""Lada"" Sambas, Tbk",Indonesia,Deal,2000000000.00,IDR,"Kontrak pasok, 3 tahun"`,
    );
    expect(deal.split(',')[7]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // Five meetings: the cancelled and the unplaced ones too, the unplaced without a time.
    expect(text.match(/\r\n[0-9a-f-]{36},/g)).toHaveLength(5);
    expect(text).toMatch(/\r\n[0-9a-f-]{36},Not placed yet,,,,Asia\/Pontianak,,,Kebun rumput laut,A01,/);
    expect(text).toMatch(/\r\n[0-9a-f-]{36},Cancelled,2025-10-30,10:00,10:30,/);
  });

  it('quotes line breaks and defuses text a spreadsheet would run as a formula', async () => {
    const { text } = await download('en');
    expect(text).toContain(`,Term sheet,100000.00,MYR,"'=HYPERLINK(""http://contoh.test"",""klik"")",`);
    expect(text).toContain(',Follow-up,,,"Kunjungan lapangan,\nbulan depan"');
  });

  it('speaks the organiser’s language', async () => {
    const { text } = await download('id');
    expect(text.slice(1)).toMatch(/^ID pertemuan,Status,Tanggal,Mulai,Selesai,Zona waktu,Meja,/);
    expect(text).toContain(',Terlaksana,2025-10-30,09:00,');
    expect(text).toContain(',Pelaku usaha,');
    expect(text).toContain(',Kesepakatan,');
  });
});

describe('every edition side by side', () => {
  it('gives each edition’s headline figures, newest first', async () => {
    const response = await t.http.get<EditionsOverview>('/api/reports/editions', { token: organiser });
    expect(response.status).toBe(200);
    const row = response.body.items.find((item) => item.edition.id === seeded.edition.id);
    expect(row).toEqual({
      edition: expect.objectContaining({ id: seeded.edition.id, name: seeded.edition.name }),
      approved: 6,
      checkedIn: 4,
      meetings: 4,
      held: 2,
      noShow: 1,
      showUpRate: 0.6667,
      deals: 1,
      dealValueUsd: '156250.00',
    });
    const dates = response.body.items.map((item) => item.edition.startDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(response.body.asOf).toBe(daysFromToday(0));
  });
});

describe('OpenAPI', () => {
  it('documents the report’s answer from the shared schema, and the CSV', async () => {
    const document = (await t.http.get('/api/docs-json')).body;
    const report = document.paths['/api/editions/{id}/report'].get;
    expect(report.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/EditionReport' });
    expect(Object.keys(document.components.schemas.EditionReport.properties)).toEqual(
      expect.arrayContaining(['registrations', 'meetings', 'showUpRate', 'progress', 'value', 'sectors']),
    );
    expect(Object.keys(document.paths['/api/editions/{id}/report.csv'].get.responses['200'].content ?? {})).toContain('text/csv');
    expect(document.paths['/api/reports/editions'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/EditionsOverview' });
  });
});
