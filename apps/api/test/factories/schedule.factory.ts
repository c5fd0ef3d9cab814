import type { ScheduleRun } from '@serumpun/shared';
import type { TestApp } from '../support/test-app.js';
import type { TestParticipant } from './edition.factory.js';
import { accept, sendRequest } from './meeting.factory.js';

/** A request from `a` accepted by `b` without a slot: a meeting waiting for the scheduler. Returns its id. */
export async function unplacedMeeting(t: TestApp, editionId: string, a: TestParticipant, b: TestParticipant): Promise<string> {
  const request = await sendRequest(t, editionId, a, b);
  const response = await accept(t, request.id, b);
  if (response.status !== 200 || response.body.meeting !== null) throw new Error(`accept without slot failed: ${response.status} ${response.text}`);
  const [row] = await t.sql<{ id: string }>('SELECT id FROM meetings WHERE request_id = $1', [request.id]);
  return row.id;
}

/**
 * Many accepted, unplaced meetings at once, written straight into the tables (the request flow is
 * not under test where this is used): one accepted request, one meeting and its two participants per pair.
 */
export async function insertUnplacedMeetings(t: TestApp, editionId: string, pairs: ReadonlyArray<readonly [string, string]>): Promise<void> {
  const [from, to] = [pairs.map((pair) => pair[0]), pairs.map((pair) => pair[1])];
  const requests = await t.sql<{ id: string }>(
    `INSERT INTO meeting_requests (edition_id, from_user_id, to_user_id, status, responded_at)
     SELECT $1, a, b, 'accepted', now() FROM unnest($2::uuid[], $3::uuid[]) WITH ORDINALITY AS p(a, b, n) ORDER BY n RETURNING id`,
    [editionId, from, to],
  );
  const requestIds = requests.map((row) => row.id);
  const meetings = await t.sql<{ id: string; from_user_id: string; to_user_id: string }>(
    `INSERT INTO meetings (edition_id, request_id, status) SELECT $1, id, 'scheduled' FROM unnest($2::uuid[]) AS r(id)
     RETURNING id, (SELECT from_user_id FROM meeting_requests WHERE id = request_id) AS from_user_id, (SELECT to_user_id FROM meeting_requests WHERE id = request_id) AS to_user_id`,
    [editionId, requestIds],
  );
  await t.sql(
    `INSERT INTO meeting_participants (meeting_id, user_id, edition_id)
     SELECT m, person, $1 FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) AS x(m, a, b), LATERAL (VALUES (a), (b)) AS people(person)`,
    [editionId, meetings.map((row) => row.id), meetings.map((row) => row.from_user_id), meetings.map((row) => row.to_user_id)],
  );
}

/** Polls a run until it is done or failed (no clock involved: a bounded number of polls). */
export async function finishedRun(t: TestApp, token: string, runId: string, maxPolls = 600): Promise<ScheduleRun> {
  for (let poll = 0; poll < maxPolls; poll++) {
    const response = await t.http.get<ScheduleRun>(`/api/schedule-runs/${runId}`, { token });
    if (response.status !== 200) throw new Error(`run read failed: ${response.status} ${response.text}`);
    if (response.body.status === 'done' || response.body.status === 'failed') return response.body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`run ${runId} did not finish`);
}

/** Starts a run and waits for its result. */
export async function runScheduler(t: TestApp, token: string, editionId: string, mode: 'fill' | 'replan'): Promise<ScheduleRun> {
  const started = await t.http.post<{ id: string }>(`/api/editions/${editionId}/schedule-runs`, { mode }, { token });
  if (started.status !== 202) throw new Error(`run start failed: ${started.status} ${started.text}`);
  const run = await finishedRun(t, token, started.body.id);
  if (run.status !== 'done') throw new Error(`run failed: ${run.error}`);
  return run;
}
