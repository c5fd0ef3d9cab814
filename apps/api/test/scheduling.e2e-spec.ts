import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { Edition, Meeting, ScheduleRun, ScheduleRunProgress, Slot } from '@serumpun/shared';
import { ScheduleRunProgressPublisher } from '../src/modules/scheduling/schedule-run-progress.publisher.js';
import { createEdition, createParticipants, daysFromToday, organiserToken, slotsOf, type TestParticipant } from './factories/edition.factory.js';
import { bookMeeting } from './factories/meeting.factory.js';
import { invariantViolations, NO_VIOLATIONS } from './factories/meeting-invariants.js';
import { finishedRun, insertUnplacedMeetings, runScheduler, unplacedMeeting } from './factories/schedule.factory.js';
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

async function meetingsOf(editionId: string): Promise<Meeting[]> {
  const response = await t.http.get<{ items: Meeting[] }>(`/api/editions/${editionId}/meetings?limit=100`, { token: organiser });
  expect(response.status).toBe(200);
  return response.body.items;
}

/** The schedule-related notifications of a person (meeting.* and schedule.*), sorted. */
async function notificationTypes(person: TestParticipant): Promise<string[]> {
  const response = await t.http.get<{ items: Array<{ type: string }> }>('/api/notifications?limit=100', { token: person.token });
  return response.body.items
    .map((item) => item.type)
    .filter((type) => type.startsWith('meeting.') || type.startsWith('schedule.'))
    .sort();
}

/**
 * 8 investors and 8 businesses, investor k meeting businesses k, k+1 and k+2 (mod 8): 24 meetings,
 * three each, in an edition of 6 slots × 4 tables, so every table of every slot must be used.
 */
async function exactFit(): Promise<{ edition: Edition; investors: TestParticipant[]; businesses: TestParticipant[]; meetingIds: string[] }> {
  const edition = await createEdition(t, organiser);
  const investors = await createParticipants(t, 8, { editionId: edition.id, role: 'investor' });
  const businesses = await createParticipants(t, 8, { editionId: edition.id, role: 'business' });
  const meetingIds: string[] = [];
  for (let k = 0; k < 8; k++) {
    for (const step of [0, 1, 2]) meetingIds.push(await unplacedMeeting(t, edition.id, investors[k], businesses[(k + step) % 8]));
  }
  return { edition, investors, businesses, meetingIds };
}

/** One table, two slots (09:00 and 09:30). */
async function tinyEdition(): Promise<{ edition: Edition; slots: Slot[]; people: TestParticipant[] }> {
  const date = daysFromToday(60);
  const edition = await createEdition(t, organiser, { startDate: date, endDate: date, tableCount: 1, meetingWindows: [{ date, start: '09:00', end: '10:00' }] });
  const people = await createParticipants(t, 4, { editionId: edition.id });
  return { edition, slots: await slotsOf(t, edition.id), people };
}

describe('schedule runs', () => {
  it('places all 24 meetings of an edition that fits exactly and publishes them', async () => {
    const { edition, investors, businesses, meetingIds } = await exactFit();
    const started = await t.http.post(`/api/editions/${edition.id}/schedule-runs`, { mode: 'fill' }, { token: organiser });
    expect(started.status).toBe(202);
    expect(started.body).toEqual({ id: expect.any(String) });

    const run = await finishedRun(t, organiser, started.body.id);
    expect(run).toEqual(expect.objectContaining({ id: started.body.id, editionId: edition.id, mode: 'fill', status: 'done', progress: 1, publishedAt: null }));
    expect(run.result).toEqual(
      expect.objectContaining({
        placed: 24,
        unplaced: 0,
        upperBound: { weight: 24, count: 24 },
        before: expect.objectContaining({ placed: 0, unplaced: 24, zeroMeetingParticipants: 16 }),
        after: expect.objectContaining({ placed: 24, placedWeight: 24, unplaced: 0, zeroMeetingParticipants: 0 }),
        newlyPlaced: 24,
        moved: 0,
        unplacedMeetings: [],
        moves: [],
      }),
    );
    expect(await meetingsOf(edition.id)).toEqual(expect.arrayContaining([expect.objectContaining({ slotId: null })]));

    const published = await t.http.post(`/api/schedule-runs/${run.id}/publish`, undefined, { token: organiser });
    expect(published.status).toBe(200);
    expect(published.body).toEqual({ runId: run.id, placed: 24, moved: 0, unplaced: 0 });

    const meetings = await meetingsOf(edition.id);
    expect(meetings.map((meeting) => meeting.id).sort()).toEqual([...meetingIds].sort());
    expect(meetings.every((meeting) => meeting.slotId !== null && meeting.tableId !== null && meeting.status === 'scheduled')).toBe(true);
    expect(new Set(meetings.map((meeting) => `${meeting.slotId}/${meeting.tableId}`)).size).toBe(24);
    expect(await invariantViolations(t, edition.id)).toEqual(NO_VIOLATIONS);

    const agenda = await t.http.get(`/api/me/agenda?edition=${edition.id}`, { token: investors[3].token });
    expect(agenda.status).toBe(200);
    const items = agenda.body.days.flatMap((day: { items: Array<{ counterpart: { id: string } }> }) => day.items);
    expect(items.map((item: { counterpart: { id: string } }) => item.counterpart.id).sort()).toEqual([businesses[3].id, businesses[4].id, businesses[5].id].sort());

    expect(await notificationTypes(businesses[0])).toEqual(['meeting.scheduled', 'meeting.scheduled', 'meeting.scheduled', 'schedule.published']);
    expect((await t.http.get(`/api/schedule-runs/${run.id}`, { token: organiser })).body.publishedAt).toEqual(expect.any(String));

    const again = await t.http.post(`/api/schedule-runs/${run.id}/publish`, undefined, { token: organiser });
    expect(again.status).toBe(409);
  });

  it('lets only organisers start, read and publish runs, and refuses bad input', async () => {
    const { edition, people } = await tinyEdition();
    const [participant] = people;
    expect((await t.http.post(`/api/editions/${edition.id}/schedule-runs`, { mode: 'fill' }, { token: participant.token })).status).toBe(403);
    expect((await t.http.post(`/api/editions/${edition.id}/schedule-runs`, { mode: 'fill' })).status).toBe(401);

    const badMode = await t.http.post(`/api/editions/${edition.id}/schedule-runs`, { mode: 'shuffle' }, { token: organiser });
    expect(badMode.status).toBe(400);
    expect(badMode.body.details).toEqual([expect.objectContaining({ path: 'mode' })]);
    expect((await t.http.post(`/api/editions/${edition.id}/schedule-runs`, {}, { token: organiser })).status).toBe(400);
    expect((await t.http.post(`/api/editions/${edition.id}/schedule-runs`, { mode: 'fill', extra: 1 }, { token: organiser })).status).toBe(400);
    expect((await t.http.post('/api/editions/00000000-0000-4000-8000-000000000000/schedule-runs', { mode: 'fill' }, { token: organiser })).status).toBe(404);
    expect((await t.http.post('/api/editions/not-a-uuid/schedule-runs', { mode: 'fill' }, { token: organiser })).status).toBe(404);
    expect((await t.http.get('/api/schedule-runs/00000000-0000-4000-8000-000000000000', { token: organiser })).status).toBe(404);
    expect((await t.http.post('/api/schedule-runs/nope/publish', undefined, { token: organiser })).status).toBe(404);

    const run = await runScheduler(t, organiser, edition.id, 'fill');
    expect((await t.http.get(`/api/schedule-runs/${run.id}`, { token: participant.token })).status).toBe(403);
    expect((await t.http.post(`/api/schedule-runs/${run.id}/publish`, undefined, { token: participant.token })).status).toBe(403);
    expect((await t.http.get(`/api/editions/${edition.id}/schedule-runs`, { token: organiser })).body.map((item: ScheduleRun) => item.id)).toEqual([run.id]);
    expect(await t.sql('SELECT id FROM schedule_runs WHERE edition_id = $1', [edition.id])).toHaveLength(1);
  });

  it('fill keeps booked meetings where they are and explains what it cannot place', async () => {
    const { edition, slots, people } = await tinyEdition();
    const [a, b, c, d] = people;
    const { meeting: booked } = await bookMeeting(t, edition.id, a, b, slots[0].id);
    await t.http.put(`/api/editions/${edition.id}/availability`, { unavailableSlotIds: [slots[1].id] }, { token: c.token });
    const waiting = await unplacedMeeting(t, edition.id, c, d);

    const run = await runScheduler(t, organiser, edition.id, 'fill');
    expect(run.result).toEqual(expect.objectContaining({ placed: 1, unplaced: 1, before: expect.objectContaining({ placed: 1 }), moved: 0, moves: [], newlyPlaced: 0 }));
    expect(run.result!.unplacedMeetings).toEqual([
      { meetingId: waiting, participants: expect.arrayContaining([{ id: c.id, fullName: c.fullName }, { id: d.id, fullName: d.fullName }]), reason: 'tables_full', participantId: null },
    ]);
    expect((await t.http.post(`/api/schedule-runs/${run.id}/publish`, undefined, { token: organiser })).status).toBe(200);
    const after = await meetingsOf(edition.id);
    expect(after.find((meeting) => meeting.id === booked!.id)).toEqual(expect.objectContaining({ slotId: slots[0].id, tableId: booked!.tableId }));
    expect(after.find((meeting) => meeting.id === waiting)?.slotId).toBeNull();
  });

  it('names the reason a meeting cannot be placed: no common free slot, or more meetings than free slots', async () => {
    const { edition, slots, people } = await tinyEdition();
    const [a, b, c, d] = people;
    await t.http.put(`/api/editions/${edition.id}/availability`, { unavailableSlotIds: [slots[0].id] }, { token: a.token });
    await t.http.put(`/api/editions/${edition.id}/availability`, { unavailableSlotIds: [slots[1].id] }, { token: b.token });
    const apart = await unplacedMeeting(t, edition.id, a, b);
    const first = await unplacedMeeting(t, edition.id, c, d);
    const [e] = await createParticipants(t, 1, { editionId: edition.id, role: 'business' });
    const [f] = await createParticipants(t, 1, { editionId: edition.id, role: 'business' });
    const second = await unplacedMeeting(t, edition.id, c, e);
    const third = await unplacedMeeting(t, edition.id, c, f);

    const run = await runScheduler(t, organiser, edition.id, 'fill');
    const reasons = Object.fromEntries(run.result!.unplacedMeetings.map((item) => [item.meetingId, [item.reason, item.participantId]]));
    expect(reasons[apart]).toEqual(['no_common_free_slot', null]);
    const cMeetings = [first, second, third].filter((id) => id in reasons);
    expect(cMeetings.length).toBeGreaterThanOrEqual(1);
    for (const id of cMeetings) expect(reasons[id]).toEqual(['participant_overbooked', c.id]);
  });

  it('replan moves a booked meeting to place another, and reports the move', async () => {
    const { edition, slots, people } = await tinyEdition();
    const [a, b, c, d] = people;
    const { meeting: booked } = await bookMeeting(t, edition.id, a, b, slots[0].id);
    await t.http.put(`/api/editions/${edition.id}/availability`, { unavailableSlotIds: [slots[1].id] }, { token: c.token });
    const waiting = await unplacedMeeting(t, edition.id, c, d);

    const run = await runScheduler(t, organiser, edition.id, 'replan');
    expect(run.mode).toBe('replan');
    expect(run.result).toEqual(expect.objectContaining({ placed: 2, before: expect.objectContaining({ placed: 1 }), moved: 1, newlyPlaced: 1, unplacedMeetings: [] }));
    expect(run.result!.moves).toEqual([
      {
        meetingId: booked!.id,
        participants: expect.arrayContaining([{ id: a.id, fullName: a.fullName }]),
        from: expect.objectContaining({ slotId: slots[0].id, tableNumber: 1 }),
        to: expect.objectContaining({ slotId: slots[1].id, tableNumber: 1 }),
      },
    ]);

    const [aBefore, cBefore] = [await notificationTypes(a), await notificationTypes(c)];
    expect((await t.http.post(`/api/schedule-runs/${run.id}/publish`, undefined, { token: organiser })).body).toEqual({ runId: run.id, placed: 1, moved: 1, unplaced: 0 });
    const after = await meetingsOf(edition.id);
    expect(after.find((meeting) => meeting.id === booked!.id)?.slotId).toBe(slots[1].id);
    expect(after.find((meeting) => meeting.id === waiting)?.slotId).toBe(slots[0].id);
    expect(await invariantViolations(t, edition.id)).toEqual(NO_VIOLATIONS);
    expect(await notificationTypes(a)).toEqual([...aBefore, 'meeting.rescheduled', 'schedule.published'].sort());
    expect(await notificationTypes(c)).toEqual([...cBefore, 'meeting.scheduled', 'schedule.published'].sort());
    const history = await t.http.get(`/api/meetings/${booked!.id}`, { token: organiser });
    expect(history.body.history.at(-1)).toEqual(expect.objectContaining({ kind: 'rescheduled', fromSlotId: slots[0].id, toSlotId: slots[1].id }));
  });

  it('refuses to publish (409, nothing written) when a meeting was booked after the run started', async () => {
    const { edition, slots, people } = await tinyEdition();
    const [a, b, c, d] = people;
    const waiting = await unplacedMeeting(t, edition.id, a, b);
    const run = await runScheduler(t, organiser, edition.id, 'fill');
    expect(run.result!.newlyPlaced).toBe(1);
    await bookMeeting(t, edition.id, c, d, slots[0].id);
    const notificationsBefore = await t.sql<{ count: number }>('SELECT count(*)::int AS count FROM notifications');

    const refused = await t.http.post(`/api/schedule-runs/${run.id}/publish`, undefined, { token: organiser, headers: { 'accept-language': 'en' } });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/changed since the run started/);
    expect((await meetingsOf(edition.id)).find((meeting) => meeting.id === waiting)?.slotId).toBeNull();
    expect(await t.sql(`SELECT 1 FROM meeting_events WHERE meeting_id = $1 AND kind = 'placed'`, [waiting])).toEqual([]);
    expect(await t.sql<{ count: number }>('SELECT count(*)::int AS count FROM notifications')).toEqual(notificationsBefore);
    expect((await t.http.get(`/api/schedule-runs/${run.id}`, { token: organiser })).body.publishedAt).toBeNull();

    const fresh = await runScheduler(t, organiser, edition.id, 'fill');
    expect((await t.http.post(`/api/schedule-runs/${fresh.id}/publish`, undefined, { token: organiser })).status).toBe(200);
  });

  it('allows one active run per edition: a second start is a 409', async () => {
    const { edition } = await tinyEdition();
    const [creator] = await t.sql<{ id: string }>(`SELECT id FROM users WHERE role = 'organiser' LIMIT 1`);
    await t.sql(`INSERT INTO schedule_runs (edition_id, mode, status, fingerprint, created_by) VALUES ($1, 'fill', 'running', 'x', $2)`, [edition.id, creator.id]);
    const second = await t.http.post(`/api/editions/${edition.id}/schedule-runs`, { mode: 'replan' }, { token: organiser });
    expect(second.status).toBe(409);
    expect(await t.sql(`SELECT 1 FROM schedule_runs WHERE edition_id = $1`, [edition.id])).toHaveLength(1);

    const other = await tinyEdition();
    const both = await Promise.all([0, 1].map(() => t.http.post(`/api/editions/${other.edition.id}/schedule-runs`, { mode: 'fill' }, { token: organiser })));
    expect(both.map((response) => response.status).sort()).toEqual([202, 409]);
    await finishedRun(t, organiser, both.find((response) => response.status === 202)!.body.id);
  });

  it('does not let a run abandoned by a dead process block the edition', async () => {
    const { edition } = await tinyEdition();
    const [abandoned] = await t.sql<{ id: string }>(
      `INSERT INTO schedule_runs (edition_id, mode, status, fingerprint, updated_at) VALUES ($1, 'fill', 'running', 'x', now() - interval '11 minutes') RETURNING id`,
      [edition.id],
    );
    const started = await t.http.post(`/api/editions/${edition.id}/schedule-runs`, { mode: 'fill' }, { token: organiser });
    expect(started.status).toBe(202);
    expect((await t.http.get(`/api/schedule-runs/${abandoned.id}`, { token: organiser })).body).toEqual(expect.objectContaining({ status: 'failed', error: expect.any(String) }));
    expect((await finishedRun(t, organiser, started.body.id)).status).toBe('done');
  });

  it('hands every progress step to the progress publisher, ending with done', async () => {
    const publisher = t.app.get(ScheduleRunProgressPublisher);
    const seen: ScheduleRunProgress[] = [];
    const spy = jest.spyOn(publisher, 'publish').mockImplementation((progress) => {
      seen.push(progress);
    });
    try {
      const { edition } = await exactFit();
      const run = await runScheduler(t, organiser, edition.id, 'fill');
      expect(seen[0]).toEqual({ runId: run.id, editionId: edition.id, progress: 0, status: 'running' });
      expect(seen.at(-1)).toEqual({ runId: run.id, editionId: edition.id, progress: 1, status: 'done' });
      const fractions = seen.map((step) => step.progress);
      expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    } finally {
      spy.mockRestore();
    }
  });

  it('keeps answering other requests while a big run works in its worker thread', async () => {
    const date = daysFromToday(60);
    const edition = await createEdition(t, organiser, { startDate: date, endDate: date, tableCount: 40, slotMinutes: 20, meetingWindows: [{ date, start: '08:00', end: '20:00' }] });
    const investors = await createParticipants(t, 150, { editionId: edition.id, role: 'investor' });
    const businesses = await createParticipants(t, 150, { editionId: edition.id, role: 'business' });
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i < investors.length; i++) for (let k = 0; k < 10; k++) pairs.push([investors[i].id, businesses[(i * 7 + k * 13) % businesses.length].id]);
    await insertUnplacedMeetings(t, edition.id, [...new Map(pairs.map((pair) => [pair.join('/'), pair])).values()]);

    const started = await t.http.post(`/api/editions/${edition.id}/schedule-runs`, { mode: 'fill' }, { token: organiser });
    expect(started.status).toBe(202);
    let answeredWhileWorking = 0;
    let run: ScheduleRun;
    for (;;) {
      const health = await t.http.get('/api/health');
      expect(health.status).toBe(200);
      run = (await t.http.get<ScheduleRun>(`/api/schedule-runs/${started.body.id}`, { token: organiser })).body;
      if (run.status === 'done' || run.status === 'failed') break;
      answeredWhileWorking++;
    }
    expect(run.status).toBe('done');
    expect(answeredWhileWorking).toBeGreaterThan(0);
    expect(run.result!.placed).toBeGreaterThan(0);
    expect(run.result!.placed).toBeLessThanOrEqual(run.result!.upperBound.count);
  });
});
