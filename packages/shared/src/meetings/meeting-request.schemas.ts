import { z } from 'zod';
import { paginationQuerySchema } from '../common/pagination.js';
import { bookedMeetingSchema } from './meeting.schemas.js';

export const MEETING_REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'cancelled', 'expired'] as const;
export type MeetingRequestStatus = (typeof MEETING_REQUEST_STATUSES)[number];

export const MEETING_REQUEST_MESSAGE_MAX_LENGTH = 2000;

/** `POST /api/editions/:id/meeting-requests`. */
export const createMeetingRequestSchema = z.strictObject({
  toUserId: z.uuid(),
  opportunityId: z.uuid().optional(),
  message: z.string().trim().max(MEETING_REQUEST_MESSAGE_MAX_LENGTH).optional(),
  proposedSlotId: z.uuid().optional(),
});
export type CreateMeetingRequestRequest = z.input<typeof createMeetingRequestSchema>;
export type CreateMeetingRequest = z.output<typeof createMeetingRequestSchema>;

/** `POST /api/meeting-requests/:id/accept`: with a slot it books a meeting; without one the organiser's scheduler places it. */
export const acceptMeetingRequestSchema = z.strictObject({
  slotId: z.uuid().optional(),
});
export type AcceptMeetingRequestRequest = z.input<typeof acceptMeetingRequestSchema>;

/** `POST /api/meeting-requests/:id/decline`. */
export const declineMeetingRequestSchema = z.strictObject({
  reason: z.string().trim().max(500).optional(),
});
export type DeclineMeetingRequestRequest = z.input<typeof declineMeetingRequestSchema>;

/** `GET /api/meeting-requests?edition=&direction=incoming|outgoing&status=`. */
export const listMeetingRequestsQuerySchema = paginationQuerySchema.extend({
  edition: z.uuid().optional(),
  direction: z.enum(['incoming', 'outgoing']).optional(),
  status: z.enum(MEETING_REQUEST_STATUSES).optional(),
});
export type ListMeetingRequestsQuery = z.infer<typeof listMeetingRequestsQuerySchema>;

const personSchema = z.object({ id: z.uuid(), fullName: z.string(), role: z.string() });

export const meetingRequestSchema = z.object({
  id: z.uuid(),
  editionId: z.uuid(),
  status: z.enum(MEETING_REQUEST_STATUSES),
  fromUserId: z.uuid(),
  toUserId: z.uuid(),
  from: personSchema,
  to: personSchema,
  opportunityId: z.uuid().nullable(),
  message: z.string().nullable(),
  proposedSlotId: z.uuid().nullable(),
  declineReason: z.string().nullable(),
  meetingId: z.uuid().nullable(),
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
});
export type MeetingRequest = z.infer<typeof meetingRequestSchema>;

/** `POST /api/meeting-requests/:id/accept` → `{ status: "accepted", meeting }`; `meeting` is null when left for the scheduler. */
export const acceptMeetingRequestResultSchema = z.object({
  status: z.literal('accepted'),
  meeting: bookedMeetingSchema.nullable(),
});
export type AcceptMeetingRequestResult = z.infer<typeof acceptMeetingRequestResultSchema>;
