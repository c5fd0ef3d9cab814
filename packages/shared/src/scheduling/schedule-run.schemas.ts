import { z } from 'zod';

// The organiser's schedule runs (API.md, "Organiser scheduling"): start a run, follow its progress,
// read the preview of what it would change, publish it.

/**
 * `fill` keeps every booked and published meeting where it is and places the accepted, unplaced
 * ones; `replan` may also move booked meetings (as few as it can) to place more.
 */
export const SCHEDULE_RUN_MODES = ['fill', 'replan'] as const;
export type ScheduleRunMode = (typeof SCHEDULE_RUN_MODES)[number];

export const SCHEDULE_RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ScheduleRunStatus = (typeof SCHEDULE_RUN_STATUSES)[number];

/** `POST /api/editions/:id/schedule-runs`. */
export const startScheduleRunSchema = z.strictObject({ mode: z.enum(SCHEDULE_RUN_MODES) });
export type StartScheduleRun = z.input<typeof startScheduleRunSchema>;

/** `GET /api/editions/:id/schedule-runs?limit=`: the newest runs first. */
export const listScheduleRunsQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(50).default(5) });
export type ListScheduleRunsQuery = z.infer<typeof listScheduleRunsQuerySchema>;

/**
 * Why a meeting stays unplaced, derived from the edition's data (simplest explanation first):
 * - `no_common_free_slot`: the two participants share no free slot (unavailability, other fixed meetings);
 * - `participant_overbooked`: one participant has more meetings to place than free slots;
 * - `tables_full`: common free slots exist, but their tables are taken by other meetings.
 */
export const UNPLACED_REASONS = ['no_common_free_slot', 'participant_overbooked', 'tables_full'] as const;
export type UnplacedReason = (typeof UNPLACED_REASONS)[number];

const personSchema = z.object({ id: z.uuid(), fullName: z.string() });

/** A (slot, table) position with the slot's start in the venue's time. */
export const schedulePlaceSchema = z.object({
  slotId: z.uuid(),
  startsAt: z.string(),
  tableId: z.uuid(),
  tableNumber: z.number().int(),
});
export type SchedulePlace = z.infer<typeof schedulePlaceSchema>;

/** The figures of one schedule: now (`before`) or once the run is published (`after`). */
export const scheduleFiguresSchema = z.object({
  placed: z.number().int(),
  placedWeight: z.number(),
  unplaced: z.number().int(),
  /** Participants with meetings to attend but none placed. */
  zeroMeetingParticipants: z.number().int(),
  /** Empty slots between two meetings of one participant in one session, summed. */
  idleGaps: z.number().int(),
});
export type ScheduleFigures = z.infer<typeof scheduleFiguresSchema>;

/** API.md's `{ placed, unplaced, upperBound, moved }` (after publishing), and what the console shows besides. */
export const scheduleRunPreviewSchema = z.object({
  placed: z.number().int(),
  unplaced: z.number().int(),
  /** The flow bound: no schedule can place more (by weight; count of that optimum). */
  upperBound: z.object({ weight: z.number(), count: z.number() }),
  /** Booked meetings that publishing would move (replan only). */
  moved: z.number().int(),
  /** Meetings that publishing would place for the first time. */
  newlyPlaced: z.number().int(),
  before: scheduleFiguresSchema,
  after: scheduleFiguresSchema,
  unplacedMeetings: z.array(
    z.object({
      meetingId: z.uuid(),
      participants: z.array(personSchema),
      reason: z.enum(UNPLACED_REASONS),
      /** For `participant_overbooked`: who. */
      participantId: z.uuid().nullable(),
    }),
  ),
  moves: z.array(
    z.object({
      meetingId: z.uuid(),
      participants: z.array(personSchema),
      from: schedulePlaceSchema,
      /** Null when re-planning leaves a booked meeting unplaced. */
      to: schedulePlaceSchema.nullable(),
    }),
  ),
  /** Solver time in milliseconds. */
  ms: z.number(),
});
export type ScheduleRunPreview = z.infer<typeof scheduleRunPreviewSchema>;

/** `GET /api/schedule-runs/:id`. */
export const scheduleRunSchema = z.object({
  id: z.uuid(),
  editionId: z.uuid(),
  mode: z.enum(SCHEDULE_RUN_MODES),
  status: z.enum(SCHEDULE_RUN_STATUSES),
  progress: z.number().min(0).max(1),
  /** Present once `done`. */
  result: scheduleRunPreviewSchema.nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
export type ScheduleRun = z.infer<typeof scheduleRunSchema>;

/** `POST /api/schedule-runs/:id/publish` → what was written. */
export const publishedScheduleSchema = z.object({
  runId: z.uuid(),
  placed: z.number().int(),
  moved: z.number().int(),
  unplaced: z.number().int(),
});
export type PublishedSchedule = z.infer<typeof publishedScheduleSchema>;
