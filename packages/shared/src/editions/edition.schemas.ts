import { z } from 'zod';
import { paginationQuerySchema } from '../common/pagination.js';
import { regionCodeSchema } from '../taxonomies/regions.js';
import { isValidTimeZone, minutesOfDay } from './edition-time.js';
import { ruleParams } from '../i18n/validation-rules.js';

/** Each participant may have this many requests waiting for an answer at once, unless the edition says otherwise. */
export const DEFAULT_PENDING_REQUEST_CAP = 20;
export const MAX_TABLES_PER_EDITION = 500;
export const MAX_MEETING_WINDOWS = 60;

const WALL_CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const wallClockTime = z.string().refine((time) => WALL_CLOCK_TIME.test(time), { params: ruleParams('time_not_hh_mm') });

/** One block of one-to-one meetings on one day, in the venue's time: `{ date, start: "13:00", end: "17:00" }`. */
export const meetingWindowSchema = z
  .strictObject({
    date: z.iso.date(),
    start: wallClockTime,
    end: wallClockTime,
  })
  .superRefine((window, ctx) => {
    if (wallClockTime.safeParse(window.start).success && wallClockTime.safeParse(window.end).success && minutesOfDay(window.end) <= minutesOfDay(window.start)) {
      ctx.addIssue({ code: 'custom', path: ['end'], params: ruleParams('window_end_before_start'), input: window.end });
    }
  });
export type MeetingWindow = z.infer<typeof meetingWindowSchema>;

/** Name and place of one table; its number is its position in the list (the first is table 1). */
export const meetingTableInputSchema = z.strictObject({
  name: z.string().trim().max(80).nullish().transform((value) => value || null),
  location: z.string().trim().max(160).nullish().transform((value) => value || null),
});
export type MeetingTableInput = z.input<typeof meetingTableInputSchema>;

export const timeZoneSchema = z.string().max(64).refine(isValidTimeZone, { params: ruleParams('time_zone_unknown') });

const editionFields = {
  name: z.string().trim().min(3).max(160),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80),
  city: z.string().trim().min(2).max(80),
  venue: z.string().trim().min(2).max(160),
  regionCode: regionCodeSchema,
  timeZone: timeZoneSchema,
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  meetingWindows: z.array(meetingWindowSchema).max(MAX_MEETING_WINDOWS),
  slotMinutes: z.number().int().min(5).max(240),
  breakMinutes: z.number().int().min(0).max(120),
  tableCount: z.number().int().min(1).max(MAX_TABLES_PER_EDITION),
  tables: z.array(meetingTableInputSchema).max(MAX_TABLES_PER_EDITION),
  pendingRequestCap: z.number().int().min(1).max(500),
  requestDeadline: z.iso.datetime({ offset: true }).nullable(),
  registrationApproval: z.boolean(),
};

interface EditionLayoutShape {
  startDate?: string;
  endDate?: string;
  meetingWindows?: MeetingWindow[];
  slotMinutes?: number;
  tableCount?: number;
  tables?: unknown[];
}

type IssueSink = { addIssue(issue: z.core.$ZodRawIssue): void };

/**
 * The rules that tie fields together: dates in order, windows inside the dates, long enough for one
 * meeting and not overlapping on one day, and no more table names than tables. Used on create, and
 * on the merged result of an update. Each issue names its rule in `params.rule` instead of an
 * English message, so validationErrorMap words it in the reader's language in the API and the web alike.
 */
export function checkEditionLayout(edition: EditionLayoutShape, ctx: IssueSink): void {
  const { startDate, endDate, meetingWindows = [], slotMinutes, tableCount, tables } = edition;
  if (startDate && endDate && endDate < startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], params: ruleParams('end_date_before_start'), input: endDate });
  }
  meetingWindows.forEach((window, index) => {
    if ((startDate && window.date < startDate) || (endDate && window.date > endDate)) {
      ctx.addIssue({ code: 'custom', path: ['meetingWindows', index, 'date'], params: ruleParams('window_outside_dates'), input: window.date });
    }
    const length = minutesOfDay(window.end) - minutesOfDay(window.start);
    if (slotMinutes && length > 0 && length < slotMinutes) {
      ctx.addIssue({ code: 'custom', path: ['meetingWindows', index, 'end'], params: ruleParams('window_shorter_than_slot', { slotMinutes }), input: window.end });
    }
    const overlapping = meetingWindows.findIndex(
      (other, otherIndex) =>
        otherIndex < index &&
        other.date === window.date &&
        minutesOfDay(other.start) < minutesOfDay(window.end) &&
        minutesOfDay(window.start) < minutesOfDay(other.end),
    );
    if (overlapping >= 0) {
      ctx.addIssue({ code: 'custom', path: ['meetingWindows', index, 'start'], params: ruleParams('window_overlaps', { window: overlapping + 1 }), input: window.start });
    }
  });
  if (tables && tableCount !== undefined && tables.length > tableCount) {
    ctx.addIssue({ code: 'too_big', origin: 'array', maximum: tableCount, inclusive: true, path: ['tables'], input: tables });
  }
}

/**
 * `POST /api/editions` (organiser). Slots and tables are generated from the windows, the slot and
 * break lengths and the table count. `timeZone` defaults to the region's zone and `slug` to
 * `<city>-<year>`.
 */
export const createEditionSchema = z
  .strictObject({
    name: editionFields.name,
    slug: editionFields.slug.optional(),
    city: editionFields.city,
    venue: editionFields.venue,
    regionCode: editionFields.regionCode,
    timeZone: editionFields.timeZone.optional(),
    startDate: editionFields.startDate,
    endDate: editionFields.endDate,
    meetingWindows: editionFields.meetingWindows.min(1),
    slotMinutes: editionFields.slotMinutes,
    breakMinutes: editionFields.breakMinutes.default(0),
    tableCount: editionFields.tableCount,
    tables: editionFields.tables.optional(),
    pendingRequestCap: editionFields.pendingRequestCap.default(DEFAULT_PENDING_REQUEST_CAP),
    requestDeadline: editionFields.requestDeadline.optional(),
    registrationApproval: editionFields.registrationApproval.default(false),
  })
  .superRefine(checkEditionLayout);
export type CreateEditionRequest = z.input<typeof createEditionSchema>;
export type CreateEdition = z.output<typeof createEditionSchema>;

/**
 * `PATCH /api/editions/:id`: any field of the create body. A change that takes the slot or table of
 * a booked meeting is refused with a 409 naming those meetings, unless `force` is true: then those
 * meetings lose their slot and table (they wait for the scheduler again) and their participants are told.
 */
export const updateEditionSchema = z
  .strictObject({
    name: editionFields.name.optional(),
    city: editionFields.city.optional(),
    venue: editionFields.venue.optional(),
    regionCode: editionFields.regionCode.optional(),
    timeZone: editionFields.timeZone.optional(),
    startDate: editionFields.startDate.optional(),
    endDate: editionFields.endDate.optional(),
    meetingWindows: editionFields.meetingWindows.min(1).optional(),
    slotMinutes: editionFields.slotMinutes.optional(),
    breakMinutes: editionFields.breakMinutes.optional(),
    tableCount: editionFields.tableCount.optional(),
    tables: editionFields.tables.optional(),
    pendingRequestCap: editionFields.pendingRequestCap.optional(),
    requestDeadline: editionFields.requestDeadline.optional(),
    registrationApproval: editionFields.registrationApproval.optional(),
    force: z.boolean().default(false),
  });
export type UpdateEditionRequest = z.input<typeof updateEditionSchema>;
export type UpdateEdition = z.output<typeof updateEditionSchema>;

export const editionSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  city: z.string(),
  venue: z.string(),
  regionCode: z.string(),
  timeZone: z.string(),
  startDate: z.iso.date(),
  endDate: z.iso.date(),
  meetingWindows: z.array(meetingWindowSchema),
  slotMinutes: z.number().int(),
  breakMinutes: z.number().int(),
  tableCount: z.number().int(),
  pendingRequestCap: z.number().int(),
  /** After this instant pending requests expire; null means the end of the edition's last day. */
  requestDeadline: z.string().nullable(),
  registrationApproval: z.boolean(),
});
export type Edition = z.infer<typeof editionSchema>;

export const listEditionsQuerySchema = paginationQuerySchema.extend({
  when: z.enum(['upcoming', 'past', 'all']).default('all'),
});
export type ListEditionsQuery = z.infer<typeof listEditionsQuerySchema>;

/** A meeting slot: instants with the venue's offset (`2025-10-30T13:00:00+07:00`). */
export const slotSchema = z.object({
  id: z.uuid(),
  startsAt: z.string(),
  endsAt: z.string(),
});
export type Slot = z.infer<typeof slotSchema>;

export const meetingTableSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  name: z.string().nullable(),
  location: z.string().nullable(),
});
export type MeetingTable = z.infer<typeof meetingTableSchema>;

/** A booked meeting a layout change would take the slot or table of. */
export const affectedMeetingSchema = z.object({
  meetingId: z.uuid(),
  slotId: z.uuid(),
  tableNumber: z.number().int(),
  startsAt: z.string(),
  participantIds: z.array(z.uuid()),
  reason: z.enum(['slot_removed', 'table_removed']),
});
export type AffectedMeeting = z.infer<typeof affectedMeetingSchema>;

/** `POST /api/editions/:id/layout-preview`: what a PATCH with this body would do to slots, tables and meetings. */
export const editionLayoutPreviewSchema = z.object({
  slotsAdded: z.number().int(),
  slotsRemoved: z.number().int(),
  slotsKept: z.number().int(),
  tablesAdded: z.number().int(),
  tablesRemoved: z.number().int(),
  affectedMeetings: z.array(affectedMeetingSchema),
});
export type EditionLayoutPreview = z.infer<typeof editionLayoutPreviewSchema>;
