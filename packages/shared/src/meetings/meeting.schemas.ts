import { z } from 'zod';
import { moneySchema } from '../common/money.js';
import { paginationQuerySchema } from '../common/pagination.js';
import { ruleParams } from '../i18n/validation-rules.js';

/**
 * `scheduled`: agreed; placed when it has a slot and table, else waiting for the organiser's
 * scheduler. `held` and `no_show` are recorded on the day; `cancelled` frees the slot and table.
 */
export const MEETING_STATUSES = ['scheduled', 'cancelled', 'held', 'no_show'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** What each side says came of a meeting, for the organisers' reports. */
export const MEETING_OUTCOME_RESULTS = ['no_interest', 'follow_up', 'term_sheet', 'deal'] as const;
export type MeetingOutcomeResult = (typeof MEETING_OUTCOME_RESULTS)[number];

export const MEETING_EVENT_KINDS = [
  'requested',
  'accepted',
  'booked',
  'placed',
  'rescheduled',
  'unplaced',
  'cancelled',
  'checked_in',
  'held',
  'no_show',
  'outcome_recorded',
] as const;
export type MeetingEventKind = (typeof MEETING_EVENT_KINDS)[number];

/** The meeting of API.md: `{ id, slotId, tableId, startsAt, endsAt, participantIds }`. */
export const bookedMeetingSchema = z.object({
  id: z.uuid(),
  slotId: z.uuid().nullable(),
  tableId: z.uuid().nullable(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  participantIds: z.array(z.uuid()),
});
export type BookedMeeting = z.infer<typeof bookedMeetingSchema>;

export const meetingOutcomeSchema = z.object({
  userId: z.uuid(),
  result: z.enum(MEETING_OUTCOME_RESULTS),
  amount: moneySchema.nullable(),
  notes: z.string().nullable(),
  recordedAt: z.string(),
});
export type MeetingOutcome = z.infer<typeof meetingOutcomeSchema>;

export const meetingSchema = bookedMeetingSchema.extend({
  editionId: z.uuid(),
  requestId: z.uuid().nullable(),
  status: z.enum(MEETING_STATUSES),
  tableNumber: z.number().int().nullable(),
  tableName: z.string().nullable(),
  participants: z.array(z.object({ id: z.uuid(), fullName: z.string(), role: z.string() })),
  opportunityId: z.uuid().nullable(),
  /** iCalendar SEQUENCE: grows with every reschedule or cancellation. */
  sequence: z.number().int(),
  checkedInAt: z.string().nullable(),
  outcomes: z.array(meetingOutcomeSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingEventSchema = z.object({
  kind: z.enum(MEETING_EVENT_KINDS),
  actorUserId: z.uuid().nullable(),
  at: z.string(),
  fromSlotId: z.uuid().nullable(),
  toSlotId: z.uuid().nullable(),
  fromStartsAt: z.string().nullable(),
  toStartsAt: z.string().nullable(),
  fromTableNumber: z.number().int().nullable(),
  toTableNumber: z.number().int().nullable(),
  reason: z.string().nullable(),
});
export type MeetingEvent = z.infer<typeof meetingEventSchema>;

/** `GET /api/meetings/:id`: the meeting and its history, oldest first. */
export const meetingDetailsSchema = meetingSchema.extend({ history: z.array(meetingEventSchema) });
export type MeetingDetails = z.infer<typeof meetingDetailsSchema>;

/** `GET /api/editions/:id/meetings?status=&slotId=&userId=&placed=`. */
export const listMeetingsQuerySchema = paginationQuerySchema.extend({
  status: z.enum(MEETING_STATUSES).optional(),
  slotId: z.uuid().optional(),
  /** Organisers only: the meetings of one participant. */
  userId: z.uuid().optional(),
  placed: z.enum(['true', 'false']).transform((value) => value === 'true').optional(),
});
export type ListMeetingsQuery = z.infer<typeof listMeetingsQuerySchema>;

/**
 * `POST /api/meetings/:id/reschedule`. Without `tableId` the meeting takes the lowest free table of
 * the slot; with it (the organiser's grid), exactly that table, or a 409 when it is taken.
 */
export const rescheduleMeetingSchema = z.strictObject({ slotId: z.uuid(), tableId: z.uuid().optional() });
export type RescheduleMeetingRequest = z.input<typeof rescheduleMeetingSchema>;

/** `POST /api/meetings/:id/cancel`. */
export const cancelMeetingSchema = z.strictObject({ reason: z.string().trim().max(500).optional() });
export type CancelMeetingRequest = z.input<typeof cancelMeetingSchema>;

/**
 * `POST /api/meetings/:id/outcome`: either participant or an organiser marks the meeting held or a
 * no-show; a participant also records what came of it for their side (`followUp`, with an amount
 * for a term sheet or a deal).
 */
export const recordMeetingOutcomeSchema = z
  .strictObject({
    status: z.enum(['held', 'no_show']),
    followUp: z.enum(MEETING_OUTCOME_RESULTS).optional(),
    amount: moneySchema.optional(),
    notes: z.string().trim().max(2000).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.status === 'no_show' && body.followUp) {
      ctx.addIssue({ code: 'custom', path: ['followUp'], params: ruleParams('follow_up_without_meeting'), input: body.followUp });
    }
    if (body.amount && body.followUp !== 'term_sheet' && body.followUp !== 'deal') {
      ctx.addIssue({ code: 'custom', path: ['amount'], params: ruleParams('amount_without_term_sheet_or_deal'), input: body.amount });
    }
  });
export type RecordMeetingOutcomeRequest = z.input<typeof recordMeetingOutcomeSchema>;

/** `GET /api/me/agenda?edition=`. */
export const agendaQuerySchema = z.object({ edition: z.uuid() });
export const agendaIcsQuerySchema = z.object({ edition: z.uuid().optional() });

export const agendaItemSchema = z.object({
  meetingId: z.uuid(),
  status: z.enum(MEETING_STATUSES),
  slotId: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
  table: z.object({ id: z.uuid(), number: z.number().int(), name: z.string().nullable(), location: z.string().nullable() }),
  counterpart: z.object({ id: z.uuid(), fullName: z.string(), role: z.string(), organisation: z.string().nullable() }),
  opportunity: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  checkedInAt: z.string().nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** A participant's agenda for one edition: one entry per day (venue dates), plus agreed meetings not placed yet. */
export const agendaSchema = z.object({
  edition: z.object({ id: z.uuid(), name: z.string(), city: z.string(), venue: z.string(), timeZone: z.string() }),
  days: z.array(z.object({ date: z.iso.date(), items: z.array(agendaItemSchema) })),
  unplaced: z.array(z.object({ meetingId: z.uuid(), counterpart: agendaItemSchema.shape.counterpart, opportunity: agendaItemSchema.shape.opportunity })),
});
export type Agenda = z.infer<typeof agendaSchema>;

/** `POST /api/me/agenda-feed` → a subscribable calendar URL with a secret token; posting again replaces it. */
export const agendaFeedSchema = z.object({ url: z.string(), path: z.string(), createdAt: z.string() });
export type AgendaFeed = z.infer<typeof agendaFeedSchema>;
