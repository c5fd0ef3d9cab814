import type { AcceptMeetingRequestResult, CreateMeetingRequestRequest, MeetingRequest } from '@serumpun/shared';
import type { HttpResponse } from '../support/http-client.js';
import type { TestApp } from '../support/test-app.js';
import type { TestParticipant } from './edition.factory.js';

export async function sendRequest(
  t: TestApp,
  editionId: string,
  from: TestParticipant,
  to: TestParticipant,
  body: Partial<CreateMeetingRequestRequest> = {},
): Promise<MeetingRequest> {
  const response = await t.http.post<MeetingRequest>(`/api/editions/${editionId}/meeting-requests`, { toUserId: to.id, message: 'Mari bertemu', ...body }, { token: from.token });
  if (response.status !== 201) throw new Error(`request failed: ${response.status} ${response.text}`);
  return response.body;
}

/** The raw answer (a 200 with `{ status, meeting }`, or an error body). */
export function accept(t: TestApp, requestId: string, by: TestParticipant, slotId?: string): Promise<HttpResponse> {
  return t.http.post(`/api/meeting-requests/${requestId}/accept`, slotId ? { slotId } : {}, { token: by.token });
}

/** A request from `a` to `b`, accepted by `b` into `slotId`: the booked meeting. */
export async function bookMeeting(t: TestApp, editionId: string, a: TestParticipant, b: TestParticipant, slotId?: string) {
  const request = await sendRequest(t, editionId, a, b);
  const response = await accept(t, request.id, b, slotId);
  if (response.status !== 200) throw new Error(`accept failed: ${response.status} ${response.text}`);
  return { request, meeting: (response.body as AcceptMeetingRequestResult).meeting };
}

/** Counts of each status code, for asserting on races: `{ 200: 1, 409: 199 }`. */
export function statusCounts(responses: ReadonlyArray<{ status: number }>): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const response of responses) counts[response.status] = (counts[response.status] ?? 0) + 1;
  return counts;
}
