import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createEdition, createParticipants, daysFromToday, insertOpportunity, organiserToken, slotsOf } from './factories/edition.factory.js';
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

describe('registration', () => {
  it('registers an investor or a business for an edition, once', async () => {
    const edition = await createEdition(t, organiser);
    const business = await registerUser(t.http, { role: 'business' });
    const first = await t.http.post(`/api/editions/${edition.id}/registrations`, { organisation: 'CV Lada Sambas', countryCode: 'ID', sectors: ['C10'] }, { token: business.accessToken });
    expect(first.status).toBe(201);
    expect(first.body).toEqual(
      expect.objectContaining({ editionId: edition.id, userId: business.user.id, status: 'approved', organisation: 'CV Lada Sambas', countryCode: 'ID', sectors: ['C10'], checkedInAt: null }),
    );
    const again = await t.http.post(`/api/editions/${edition.id}/registrations`, {}, { token: business.accessToken });
    expect(again.status).toBe(409);
    expect((await t.http.get(`/api/editions/${edition.id}/registration`, { token: business.accessToken })).body.status).toBe('approved');
  });

  it('lets exactly one of many simultaneous registrations through', async () => {
    const edition = await createEdition(t, organiser);
    const investor = await registerUser(t.http, { role: 'investor' });
    const responses = await Promise.all(Array.from({ length: 10 }, () => t.http.post(`/api/editions/${edition.id}/registrations`, {}, { token: investor.accessToken })));
    expect(responses.map((response) => response.status).sort()).toEqual([201, ...Array(9).fill(409)]);
  });

  it('keeps registrations pending until an organiser approves them when the edition asks for approval', async () => {
    const edition = await createEdition(t, organiser, { registrationApproval: true });
    const [investor, business] = await createParticipants(t, 2, { register: false });
    await t.sql(`INSERT INTO registrations (edition_id, user_id, status) VALUES ($1, $2, 'approved')`, [edition.id, investor.id]);
    const pending = await t.http.post(`/api/editions/${edition.id}/registrations`, {}, { token: business.token });
    expect(pending.body.status).toBe('pending');
    // A pending participant cannot request meetings, nor be requested.
    expect((await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: investor.id }, { token: business.token })).status).toBe(422);
    expect((await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: business.id }, { token: investor.token })).status).toBe(422);
    const approved = await t.http.post(`/api/editions/${edition.id}/registrations/${business.id}/approve`, {}, { token: organiser });
    expect(approved.body.status).toBe('approved');
    expect((await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: investor.id }, { token: business.token })).status).toBe(201);
  });

  it('lets an organiser register a participant by id, but not themself, and nobody else register someone else', async () => {
    const edition = await createEdition(t, organiser);
    const [investor, other] = await createParticipants(t, 2, { register: false });
    expect((await t.http.post(`/api/editions/${edition.id}/registrations`, {}, { token: organiser })).status).toBe(422);
    expect((await t.http.post(`/api/editions/${edition.id}/registrations`, { userId: investor.id }, { token: other.token })).status).toBe(403);
    const byOrganiser = await t.http.post(`/api/editions/${edition.id}/registrations`, { userId: investor.id }, { token: organiser });
    expect(byOrganiser.status).toBe(201);
    expect((await t.http.post(`/api/editions/${edition.id}/registrations`, { userId: '00000000-0000-4000-8000-000000000000' }, { token: organiser })).status).toBe(404);
  });

  it('refuses registrations for an edition that is over, writing nothing', async () => {
    const past = daysFromToday(-10);
    const edition = await createEdition(t, organiser, { startDate: past, endDate: past, meetingWindows: [{ date: past, start: '09:00', end: '12:00' }] });
    const [investor] = await createParticipants(t, 1, { register: false });
    const response = await t.http.post(`/api/editions/${edition.id}/registrations`, {}, { token: investor.token });
    expect(response.status).toBe(422);
    expect((await t.sql('SELECT 1 FROM registrations WHERE edition_id = $1', [edition.id])).length).toBe(0);
  });

  it('showcases only the business’s own published opportunities', async () => {
    const edition = await createEdition(t, organiser);
    const [business, other] = await createParticipants(t, 2, { role: 'business' });
    const own = await insertOpportunity(t, business.id);
    const draft = await insertOpportunity(t, business.id, { status: 'draft' });
    const theirs = await insertOpportunity(t, other.id);
    for (const opportunity of [draft, theirs]) {
      const refused = await t.http.post(`/api/editions/${edition.id}/registrations`, { opportunityIds: [opportunity.id] }, { token: business.token });
      expect(refused.status).toBe(422);
      expect(refused.body.details).toEqual([expect.objectContaining({ path: 'opportunityIds' })]);
    }
    const registered = await t.http.post(`/api/editions/${edition.id}/registrations`, { opportunityIds: [own.id] }, { token: business.token });
    expect(registered.body.opportunityIds).toEqual([own.id]);
  });
});

describe('participant directory', () => {
  it('lists registered participants with their showcased opportunities, filtered by role, sector, country and name', async () => {
    const edition = await createEdition(t, organiser);
    const [viewer] = await createParticipants(t, 1, { editionId: edition.id, namePrefix: 'Zainal' });
    const [sambas] = await createParticipants(t, 1, { role: 'business', register: false, namePrefix: 'Lada Sambas' });
    const [kuching] = await createParticipants(t, 1, { role: 'business', register: false, namePrefix: 'Sarawak Timber' });
    const pepper = await insertOpportunity(t, sambas.id, { title: 'Ekspor lada putih Sambas' });
    await t.http.post(`/api/editions/${edition.id}/registrations`, { countryCode: 'ID', sectors: ['C10'], organisation: 'Koperasi Lada Sambas', opportunityIds: [pepper.id] }, { token: sambas.token });
    await t.http.post(`/api/editions/${edition.id}/registrations`, { countryCode: 'MY', sectors: ['A02'] }, { token: kuching.token });

    const all = await t.http.get(`/api/editions/${edition.id}/participants`, { token: viewer.token });
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(3);
    const sambasEntry = all.body.items.find((item: { userId: string }) => item.userId === sambas.id);
    expect(sambasEntry).toEqual(
      expect.objectContaining({
        role: 'business',
        organisation: 'Koperasi Lada Sambas',
        countryCode: 'ID',
        sectors: ['C10'],
        opportunities: [{ id: pepper.id, title: 'Ekspor lada putih Sambas', sectorCode: 'C10', amount: { amount: '1500000000.00', currency: 'IDR' } }],
      }),
    );
    const ids = async (query: string) => (await t.http.get(`/api/editions/${edition.id}/participants?${query}`, { token: viewer.token })).body.items.map((item: { userId: string }) => item.userId);
    expect(await ids('role=business')).toEqual([sambas.id, kuching.id]);
    expect(await ids('sector=C')).toEqual([sambas.id]);
    expect(await ids('sector=C10')).toEqual([sambas.id]);
    expect(await ids('sector=A')).toEqual([kuching.id]);
    expect(await ids('country=MY')).toEqual([kuching.id]);
    expect(await ids('q=koperasi')).toEqual([sambas.id]);
    const page = await t.http.get(`/api/editions/${edition.id}/participants?limit=2`, { token: viewer.token });
    const next = await t.http.get(`/api/editions/${edition.id}/participants?limit=2&cursor=${page.body.nextCursor}`, { token: viewer.token });
    expect([...page.body.items, ...next.body.items].map((item: { userId: string }) => item.userId)).toEqual(all.body.items.map((item: { userId: string }) => item.userId));
  });

  it('is for organisers and approved participants; only organisers see pending registrations', async () => {
    const edition = await createEdition(t, organiser, { registrationApproval: true });
    const [approved] = await createParticipants(t, 1, { editionId: edition.id });
    const [outsider, waiting] = await createParticipants(t, 2, { register: false });
    await t.http.post(`/api/editions/${edition.id}/registrations`, {}, { token: waiting.token });
    expect((await t.http.get(`/api/editions/${edition.id}/participants`, { token: outsider.token })).status).toBe(403);
    expect((await t.http.get(`/api/editions/${edition.id}/participants`, { token: waiting.token })).status).toBe(403);
    expect((await t.http.get(`/api/editions/${edition.id}/participants`, { token: approved.token })).body.items).toHaveLength(1);
    const forOrganiser = await t.http.get(`/api/editions/${edition.id}/participants?status=pending`, { token: organiser });
    expect(forOrganiser.body.items.map((item: { userId: string }) => item.userId)).toEqual([waiting.id]);
  });

  it('lets organisers check participants in at the door, once', async () => {
    const edition = await createEdition(t, organiser);
    const [investor] = await createParticipants(t, 1, { editionId: edition.id });
    const first = await t.http.post(`/api/editions/${edition.id}/participants/${investor.id}/check-in`, {}, { token: organiser });
    expect(first.status).toBe(200);
    expect(first.body.checkedInAt).toMatch(/\+07:00$/);
    const second = await t.http.post(`/api/editions/${edition.id}/participants/${investor.id}/check-in`, {}, { token: organiser });
    expect(second.body.checkedInAt).toBe(first.body.checkedInAt);
    expect((await t.http.post(`/api/editions/${edition.id}/participants/${investor.id}/check-in`, {}, { token: investor.token })).status).toBe(403);
  });
});

describe('availability', () => {
  it('records the slots a participant cannot attend, replacing the earlier list', async () => {
    const edition = await createEdition(t, organiser);
    const [investor] = await createParticipants(t, 1, { editionId: edition.id });
    const slots = await slotsOf(t, edition.id);
    const first = await t.http.put(`/api/editions/${edition.id}/availability`, { unavailableSlotIds: [slots[3].id, slots[1].id] }, { token: investor.token });
    expect(first.status).toBe(200);
    expect(first.body.unavailableSlotIds).toEqual([slots[1].id, slots[3].id]);
    await t.http.put(`/api/editions/${edition.id}/availability`, { unavailableSlotIds: [slots[4].id] }, { token: investor.token });
    expect((await t.http.get(`/api/editions/${edition.id}/availability`, { token: investor.token })).body).toEqual({ unavailableSlotIds: [slots[4].id] });
  });

  it('shows the organiser every participant’s unavailable slots, and nobody else', async () => {
    const edition = await createEdition(t, organiser);
    const [first, second] = await createParticipants(t, 2, { editionId: edition.id });
    const slots = await slotsOf(t, edition.id);
    await t.http.put(`/api/editions/${edition.id}/availability`, { unavailableSlotIds: [slots[2].id] }, { token: first.token });
    await t.http.put(`/api/editions/${edition.id}/availability`, { unavailableSlotIds: [slots[0].id, slots[1].id] }, { token: second.token });
    const seen = await t.http.get(`/api/editions/${edition.id}/unavailabilities`, { token: organiser });
    expect(seen.status).toBe(200);
    const byUser = Object.fromEntries(seen.body.items.map((item: { userId: string; slotIds: string[] }) => [item.userId, [...item.slotIds].sort()]));
    expect(byUser).toEqual({ [first.id]: [slots[2].id], [second.id]: [slots[0].id, slots[1].id].sort() });
    expect((await t.http.get(`/api/editions/${edition.id}/unavailabilities`, { token: first.token })).status).toBe(403);
  });

  it('refuses a slot of another edition and a participant who is not registered', async () => {
    const edition = await createEdition(t, organiser);
    const other = await createEdition(t, organiser);
    const [investor] = await createParticipants(t, 1, { editionId: edition.id });
    const [stranger] = await createParticipants(t, 1);
    const [foreignSlot] = await slotsOf(t, other.id);
    const refused = await t.http.put(`/api/editions/${edition.id}/availability`, { unavailableSlotIds: [foreignSlot.id] }, { token: investor.token });
    expect(refused.status).toBe(422);
    expect(refused.body.details).toEqual([expect.objectContaining({ path: 'unavailableSlotIds' })]);
    const [slot] = await slotsOf(t, edition.id);
    expect((await t.http.put(`/api/editions/${edition.id}/availability`, { unavailableSlotIds: [slot.id] }, { token: stranger.token })).status).toBe(422);
  });

  it('refuses to mark a slot where the participant already has a meeting, saying when', async () => {
    const edition = await createEdition(t, organiser);
    const [investor, business] = await createParticipants(t, 2, { editionId: edition.id });
    const slots = await slotsOf(t, edition.id);
    await bookMeeting(t, edition.id, business, investor, slots[2].id);
    const response = await t.http.put(`/api/editions/${edition.id}/availability`, { unavailableSlotIds: [slots[0].id, slots[2].id] }, { token: investor.token, headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(409);
    expect(response.body.message).toBe(`You already have a meeting at ${edition.startDate} 10:00; cancel or move it before marking that slot unavailable.`);
    expect((await t.http.get(`/api/editions/${edition.id}/availability`, { token: investor.token })).body.unavailableSlotIds).toEqual([]);
  });
});
