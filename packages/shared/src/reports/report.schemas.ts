import { z } from 'zod';
import { MEETING_OUTCOME_RESULTS } from '../meetings/meeting.schemas.js';

// What the organisers hand to an edition's partners (provincial government, associations): who came,
// which meetings took place and what came of them, in figures that add up.

/**
 * How far a held meeting got: the furthest result either side reported (a deal beats a term sheet beats a
 * follow-up beats no interest), or `none` when nobody has recorded one yet. Counting meetings this way adds
 * up to the held meetings, whereas counting each side's answer does not.
 */
export const MEETING_PROGRESS_LEVELS = ['none', ...MEETING_OUTCOME_RESULTS] as const;
export type MeetingProgress = (typeof MEETING_PROGRESS_LEVELS)[number];

const reportCountsSchema = z.object({ approved: z.number().int(), pending: z.number().int(), checkedIn: z.number().int() });

/** An amount converted to US dollars at the rate in force, with the date of that rate. */
export const reportRateSchema = z.object({ currency: z.string(), unitsPerUsd: z.string(), asOf: z.iso.date() });
export type ReportRate = z.infer<typeof reportRateSchema>;

/**
 * The value of term sheets and deals. A meeting's value counts once per result even when both sides report
 * it (the larger of their amounts), so these totals can go to partners; `amounts` above keeps every side's
 * own figure.
 */
export const reportValueSchema = z.object({
  /** Per result and original currency, each with its dollar equivalent (null when the currency has no rate). */
  byCurrency: z.array(
    z.object({ result: z.enum(['term_sheet', 'deal']), currency: z.string(), total: z.string(), meetings: z.number().int(), totalUsd: z.string().nullable() }),
  ),
  /** Dollar totals per result, of the amounts that could be converted. */
  totalsUsd: z.object({ term_sheet: z.string(), deal: z.string() }),
  /** The rates used, one per converted currency; `asOf` is the latest of their dates (null when nothing was converted). */
  rates: z.array(reportRateSchema),
  asOf: z.iso.date().nullable(),
});
export type ReportValue = z.infer<typeof reportValueSchema>;

/** One ISIC section (of the opportunity the meeting was requested about; null when none was named). */
export const reportSectorRowSchema = z.object({
  section: z.string().nullable(),
  /** Meetings that were not cancelled: scheduled (placed or not), held or missed. */
  meetings: z.number().int(),
  held: z.number().int(),
  noShow: z.number().int(),
  /** Held meetings by how far they got. */
  progress: z.record(z.enum(MEETING_PROGRESS_LEVELS), z.number().int()),
  dealValueUsd: z.string(),
});
export type ReportSectorRow = z.infer<typeof reportSectorRowSchema>;

/** `GET /api/editions/:id/report` (organisers): counts and outcomes of the edition, for its partners. */
export const editionReportSchema = z.object({
  edition: z.object({ id: z.uuid(), name: z.string(), city: z.string(), venue: z.string(), timeZone: z.string(), startDate: z.iso.date(), endDate: z.iso.date() }),
  generatedAt: z.string(),
  registrations: reportCountsSchema.extend({
    byRole: z.array(reportCountsSchema.extend({ role: z.enum(['investor', 'business']) })),
    /** By the participant's country (their registration card, else their profile); null when unknown. */
    byCountry: z.array(reportCountsSchema.extend({ countryCode: z.string().nullable() })),
  }),
  requests: z.record(z.string(), z.number()),
  meetings: z.object({ scheduled: z.number(), unplaced: z.number(), held: z.number(), noShow: z.number(), cancelled: z.number() }),
  /** Held meetings among those recorded as held or missed; null until one is recorded. */
  showUpRate: z.number().min(0).max(1).nullable(),
  /** Each side's answers, by result (a meeting has up to two). */
  outcomes: z.record(z.string(), z.number()),
  /** Held meetings by the furthest result either side reported. */
  progress: z.record(z.enum(MEETING_PROGRESS_LEVELS), z.number().int()),
  /** Every side's reported amount, by result and currency (a deal both sides report is in here twice). */
  amounts: z.array(z.object({ result: z.enum(MEETING_OUTCOME_RESULTS), currency: z.string(), total: z.string() })),
  value: reportValueSchema,
  sectors: z.array(reportSectorRowSchema),
});
export type EditionReport = z.infer<typeof editionReportSchema>;

/** `GET /api/reports/editions` (organisers): every edition's headline figures side by side, newest first. */
export const editionsOverviewSchema = z.object({
  items: z.array(
    z.object({
      edition: editionReportSchema.shape.edition,
      approved: z.number().int(),
      checkedIn: z.number().int(),
      meetings: z.number().int(),
      held: z.number().int(),
      noShow: z.number().int(),
      showUpRate: z.number().min(0).max(1).nullable(),
      deals: z.number().int(),
      dealValueUsd: z.string(),
    }),
  ),
  rates: z.array(reportRateSchema),
  asOf: z.iso.date().nullable(),
});
export type EditionsOverview = z.infer<typeof editionsOverviewSchema>;
