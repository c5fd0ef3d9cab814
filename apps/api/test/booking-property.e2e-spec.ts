import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createEdition, createParticipants, organiserToken, slotsOf, type TestParticipant } from './factories/edition.factory.js';
import { invariantViolations, NO_VIOLATIONS } from './factories/meeting-invariants.js';
import type { HttpResponse } from './support/http-client.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Random sequences of requests, accepts (with and without a slot), reschedules, cancellations,
// declines and availability changes, some of them fired at the same moment, against the real API
// and database: no step may answer with a 5xx, and after every step the invariants hold.

const PEOPLE = 4;
const SLOTS = 3;
const EXPECTED_STATUSES = new Set([200, 201, 403, 404, 409, 422]);

type Command =
  | { kind: 'request'; from: number; to: number; proposed: number | null }
  | { kind: 'accept'; request: number; slot: number | null }
  | { kind: 'decline'; request: number }
  | { kind: 'cancelRequest'; request: number }
  | { kind: 'reschedule'; meeting: number; slot: number; by: number }
  | { kind: 'cancelMeeting'; meeting: number; by: number }
  | { kind: 'unavailable'; who: number; slots: number[] };

const person = fc.integer({ min: 0, max: PEOPLE - 1 });
const slot = fc.integer({ min: 0, max: SLOTS - 1 });
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('request' as const), from: person, to: person, proposed: fc.option(slot, { nil: null }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('accept' as const), request: fc.nat(), slot: fc.option(slot, { nil: null, freq: 4 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('decline' as const), request: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancelRequest' as const), request: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('reschedule' as const), meeting: fc.nat(), slot, by: person }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancelMeeting' as const), meeting: fc.nat(), by: person }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('unavailable' as const), who: person, slots: fc.uniqueArray(slot, { maxLength: 2 }) }) },
);
/** A step is one command, or a few fired at once. */
const steps = fc.array(fc.array(command, { minLength: 1, maxLength: 3 }), { minLength: 3, maxLength: 12 });

let t: TestApp;
let organiser: string;

beforeAll(async () => {
  t = await createTestApp({ databasePoolSize: 10 });
  organiser = await organiserToken(t);
});
afterAll(async () => {
  await t.close();
});

interface World {
  editionId: string;
  slotIds: string[];
  people: TestParticipant[];
  requests: Array<{ id: string; from: number; to: number }>;
}

async function run(world: World, step: Command): Promise<HttpResponse | null> {
  const { editionId, slotIds, people, requests } = world;
  const pick = <T>(items: readonly T[], index: number): T | undefined => (items.length > 0 ? items[index % items.length] : undefined);
  switch (step.kind) {
    case 'request': {
      const response = await t.http.post(
        `/api/editions/${editionId}/meeting-requests`,
        { toUserId: people[step.to].id, ...(step.proposed === null ? {} : { proposedSlotId: slotIds[step.proposed] }) },
        { token: people[step.from].token },
      );
      if (response.status === 201) requests.push({ id: response.body.id, from: step.from, to: step.to });
      return response;
    }
    case 'accept':
    case 'decline':
    case 'cancelRequest': {
      const request = pick(requests, step.request);
      if (!request) return null;
      const action = step.kind === 'accept' ? 'accept' : step.kind === 'decline' ? 'decline' : 'cancel';
      const actor = step.kind === 'cancelRequest' ? people[request.from] : people[request.to];
      const body = step.kind === 'accept' && step.slot !== null ? { slotId: slotIds[step.slot] } : {};
      return t.http.post(`/api/meeting-requests/${request.id}/${action}`, body, { token: actor.token });
    }
    case 'reschedule':
    case 'cancelMeeting': {
      const meetings = await t.sql<{ id: string }>('SELECT id FROM meetings WHERE edition_id = $1 ORDER BY created_at, id', [editionId]);
      const meeting = pick(meetings, step.meeting);
      if (!meeting) return null;
      const token = people[step.by].token;
      return step.kind === 'reschedule'
        ? t.http.post(`/api/meetings/${meeting.id}/reschedule`, { slotId: slotIds[step.slot] }, { token })
        : t.http.post(`/api/meetings/${meeting.id}/cancel`, {}, { token });
    }
    case 'unavailable':
      return t.http.put(`/api/editions/${editionId}/availability`, { unavailableSlotIds: step.slots.map((index) => slotIds[index]) }, { token: people[step.who].token });
  }
}

describe('booking under random sequences of operations', () => {
  it('never breaks an invariant and never answers with a 5xx', async () => {
    let runs = 0;
    let operations = 0;
    const statuses: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(steps, async (plan) => {
        runs++;
        const edition = await createEdition(t, organiser, { tableCount: 2 });
        const world: World = {
          editionId: edition.id,
          slotIds: (await slotsOf(t, edition.id)).slice(0, SLOTS).map((s) => s.id),
          people: [
            ...(await createParticipants(t, PEOPLE / 2, { editionId: edition.id, role: 'investor' })),
            ...(await createParticipants(t, PEOPLE / 2, { editionId: edition.id, role: 'business' })),
          ],
          requests: [],
        };
        for (const batch of plan) {
          const responses = await Promise.all(batch.map((step) => run(world, step)));
          for (const response of responses) {
            if (!response) continue;
            operations++;
            statuses[response.status] = (statuses[response.status] ?? 0) + 1;
            if (!EXPECTED_STATUSES.has(response.status)) throw new Error(`unexpected ${response.status}: ${response.text}`);
          }
          expect(await invariantViolations(t, edition.id)).toEqual(NO_VIOLATIONS);
        }
      }),
      { numRuns: 30, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31), verbose: 1 },
    );
    console.log(`property: ${runs} runs, ${operations} operations, statuses ${JSON.stringify(statuses)}`);
    expect(statuses[200]).toBeGreaterThan(0);
  });
});
