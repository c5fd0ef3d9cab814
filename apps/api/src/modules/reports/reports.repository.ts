import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MeetingOutcomeResult, MeetingStatus } from '@serumpun/shared';
import { queryRows } from '../editions/database.js';
import { CURRENT_FX_RATES_SQL } from '../fx/fx.repository.js';

/** A participant's country: the card of their registration, else their profile (as in the participant list). */
const COUNTRY_SQL = 'COALESCE(r.country_code, ip.country_code, bp.country_code)';
const PROFILES_JOIN_SQL = 'LEFT JOIN investor_profiles ip ON ip.user_id = r.user_id LEFT JOIN business_profiles bp ON bp.user_id = r.user_id';

/**
 * The value of each meeting's term sheet and deal, once per meeting and result: when both sides report
 * an amount, the larger one in dollars (they usually describe the same agreement). Converted at the rate
 * in force for the currency; `usd` is null for a currency without one. `$1` is the edition, or null for all.
 */
const VALUED_OUTCOMES_SQL = `
  rates AS (${CURRENT_FX_RATES_SQL}),
  valued AS (
    SELECT DISTINCT ON (o.meeting_id, o.result) o.meeting_id, m.edition_id, o.result, o.amount, o.currency,
           round(o.amount / rates.units_per_usd, 2) AS usd, rates.units_per_usd, rates.as_of
      FROM meeting_outcomes o
      JOIN meetings m ON m.id = o.meeting_id
      LEFT JOIN rates ON rates.currency = o.currency
     WHERE ($1::uuid IS NULL OR m.edition_id = $1) AND o.amount IS NOT NULL AND o.result IN ('term_sheet', 'deal')
     ORDER BY o.meeting_id, o.result, usd DESC NULLS LAST, o.amount DESC
  )`;

/** How far a meeting got, as a number: 0 nothing recorded, then no interest, follow-up, term sheet, deal. */
const PROGRESS_SQL = `COALESCE((SELECT max(array_position(ARRAY['no_interest', 'follow_up', 'term_sheet', 'deal'], o.result))
                                  FROM meeting_outcomes o WHERE o.meeting_id = m.id), 0)`;

export interface RegistrationGroupRow {
  role: string;
  country_code: string | null;
  approved: number;
  pending: number;
  checked_in: number;
}

export interface MeetingCountsRow {
  scheduled: number;
  unplaced: number;
  held: number;
  no_show: number;
  cancelled: number;
}

export interface ValueRow {
  result: 'term_sheet' | 'deal';
  currency: string;
  total: string;
  meetings: number;
  total_usd: string | null;
}

export interface RateRow {
  currency: string;
  units_per_usd: string;
  as_of: string;
}

export interface SectorRow {
  section: string | null;
  meetings: number;
  held: number;
  no_show: number;
  /** Held meetings at progress 0..4 (none, no interest, follow-up, term sheet, deal). */
  progress: number[];
  deal_value_usd: string;
}

export interface OverviewRow {
  id: string;
  name: string;
  city: string;
  venue: string;
  time_zone: string;
  start_date: string;
  end_date: string;
  approved: number;
  checked_in: number;
  meetings: number;
  held: number;
  no_show: number;
  deals: number;
  deal_value_usd: string;
}

export interface CsvParticipant {
  fullName: string;
  role: string;
  organisation: string | null;
  countryCode: string | null;
  result: MeetingOutcomeResult | null;
  amount: string | null;
  currency: string | null;
  notes: string | null;
}

export interface CsvMeetingRow {
  id: string;
  status: MeetingStatus;
  starts_at: Date | null;
  ends_at: Date | null;
  table_number: number | null;
  table_name: string | null;
  checked_in_at: Date | null;
  opportunity_title: string | null;
  sector_code: string | null;
  participants: CsvParticipant[];
}

/** The read-only queries behind the organisers' reports; every figure is counted by PostgreSQL. */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  registrations(editionId: string): Promise<RegistrationGroupRow[]> {
    return queryRows(
      this.dataSource.manager,
      `SELECT u.role, ${COUNTRY_SQL} AS country_code,
              count(*) FILTER (WHERE r.status = 'approved')::int AS approved, count(*) FILTER (WHERE r.status = 'pending')::int AS pending,
              count(r.checked_in_at)::int AS checked_in
         FROM registrations r JOIN users u ON u.id = r.user_id ${PROFILES_JOIN_SQL}
        WHERE r.edition_id = $1
        GROUP BY u.role, ${COUNTRY_SQL}`,
      [editionId],
    );
  }

  requestsByStatus(editionId: string): Promise<Array<{ status: string; count: number }>> {
    return queryRows(this.dataSource.manager, 'SELECT status, count(*)::int AS count FROM meeting_requests WHERE edition_id = $1 GROUP BY status', [editionId]);
  }

  async meetings(editionId: string): Promise<MeetingCountsRow> {
    const [row] = await queryRows<MeetingCountsRow>(
      this.dataSource.manager,
      `SELECT count(*) FILTER (WHERE status = 'scheduled' AND slot_id IS NOT NULL)::int AS scheduled,
              count(*) FILTER (WHERE status = 'scheduled' AND slot_id IS NULL)::int AS unplaced,
              count(*) FILTER (WHERE status = 'held')::int AS held, count(*) FILTER (WHERE status = 'no_show')::int AS no_show,
              count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled
         FROM meetings WHERE edition_id = $1`,
      [editionId],
    );
    return row;
  }

  outcomesByResult(editionId: string): Promise<Array<{ result: string; count: number }>> {
    return queryRows(
      this.dataSource.manager,
      'SELECT o.result, count(*)::int AS count FROM meeting_outcomes o JOIN meetings m ON m.id = o.meeting_id WHERE m.edition_id = $1 GROUP BY o.result',
      [editionId],
    );
  }

  /** Every side's own amount, summed by result and currency. */
  amountsBySide(editionId: string): Promise<Array<{ result: MeetingOutcomeResult; currency: string; total: string }>> {
    return queryRows(
      this.dataSource.manager,
      `SELECT o.result, o.currency, sum(o.amount)::text AS total FROM meeting_outcomes o JOIN meetings m ON m.id = o.meeting_id
        WHERE m.edition_id = $1 AND o.amount IS NOT NULL GROUP BY o.result, o.currency ORDER BY o.result, o.currency`,
      [editionId],
    );
  }

  /** Term sheets and deals, once per meeting, by currency, each total with its dollar equivalent. */
  value(editionId: string): Promise<ValueRow[]> {
    return queryRows(
      this.dataSource.manager,
      `WITH ${VALUED_OUTCOMES_SQL}
       SELECT result, currency, sum(amount)::text AS total, count(*)::int AS meetings,
              CASE WHEN bool_and(usd IS NOT NULL) THEN sum(usd)::text END AS total_usd
         FROM valued GROUP BY result, currency ORDER BY result <> 'deal', currency`,
      [editionId],
    );
  }

  /** Dollar totals of term sheets and deals, of the amounts whose currency has a rate. */
  valueTotalsUsd(editionId: string): Promise<Array<{ result: 'term_sheet' | 'deal'; total_usd: string }>> {
    return queryRows(this.dataSource.manager, `WITH ${VALUED_OUTCOMES_SQL} SELECT result, COALESCE(sum(usd), 0)::numeric(20, 2)::text AS total_usd FROM valued GROUP BY result`, [editionId]);
  }

  /** The rates the dollar figures used (of one edition, or of all with null). */
  ratesUsed(editionId: string | null): Promise<RateRow[]> {
    return queryRows(
      this.dataSource.manager,
      `WITH ${VALUED_OUTCOMES_SQL}
       SELECT DISTINCT currency, units_per_usd::text AS units_per_usd, as_of::text AS as_of FROM valued WHERE usd IS NOT NULL ORDER BY currency`,
      [editionId],
    );
  }

  /** Meetings by the ISIC section of the opportunity they were requested about. */
  sectors(editionId: string): Promise<SectorRow[]> {
    return queryRows(
      this.dataSource.manager,
      `WITH ${VALUED_OUTCOMES_SQL},
       facts AS (
         SELECT op.sector_section AS section, m.status, ${PROGRESS_SQL} AS progress,
                (SELECT v.usd FROM valued v WHERE v.meeting_id = m.id AND v.result = 'deal') AS deal_usd
           FROM meetings m
           LEFT JOIN meeting_requests q ON q.id = m.request_id
           LEFT JOIN opportunities op ON op.id = q.opportunity_id
          WHERE m.edition_id = $1
       )
       SELECT section, count(*) FILTER (WHERE status <> 'cancelled')::int AS meetings,
              count(*) FILTER (WHERE status = 'held')::int AS held, count(*) FILTER (WHERE status = 'no_show')::int AS no_show,
              ARRAY[${[0, 1, 2, 3, 4].map((level) => `count(*) FILTER (WHERE status = 'held' AND progress = ${level})::int`).join(', ')}] AS progress,
              COALESCE(sum(deal_usd), 0)::numeric(20, 2)::text AS deal_value_usd
         FROM facts GROUP BY section
       HAVING count(*) FILTER (WHERE status <> 'cancelled') > 0 OR sum(deal_usd) IS NOT NULL
        ORDER BY count(*) FILTER (WHERE status <> 'cancelled') DESC, section NULLS LAST`,
      [editionId],
    );
  }

  /** Every edition's headline figures, newest first. */
  overview(): Promise<OverviewRow[]> {
    return queryRows(
      this.dataSource.manager,
      `WITH ${VALUED_OUTCOMES_SQL}
       SELECT e.id, e.name, e.city, e.venue, e.time_zone, e.start_date::text AS start_date, e.end_date::text AS end_date,
              COALESCE(r.approved, 0) AS approved, COALESCE(r.checked_in, 0) AS checked_in,
              COALESCE(mt.meetings, 0) AS meetings, COALESCE(mt.held, 0) AS held, COALESCE(mt.no_show, 0) AS no_show, COALESCE(mt.deals, 0) AS deals,
              COALESCE((SELECT sum(v.usd) FROM valued v WHERE v.edition_id = e.id AND v.result = 'deal'), 0)::numeric(20, 2)::text AS deal_value_usd
         FROM editions e
         LEFT JOIN (SELECT edition_id, count(*) FILTER (WHERE status = 'approved')::int AS approved, count(checked_in_at)::int AS checked_in
                      FROM registrations GROUP BY edition_id) r ON r.edition_id = e.id
         LEFT JOIN (SELECT m.edition_id, count(*) FILTER (WHERE m.status <> 'cancelled')::int AS meetings,
                           count(*) FILTER (WHERE m.status = 'held')::int AS held, count(*) FILTER (WHERE m.status = 'no_show')::int AS no_show,
                           count(*) FILTER (WHERE m.status = 'held' AND ${PROGRESS_SQL} = 4)::int AS deals
                      FROM meetings m GROUP BY m.edition_id) mt ON mt.edition_id = e.id
        ORDER BY e.start_date DESC, e.name`,
      [null],
    );
  }

  /** The edition's meetings with their two sides and what each reported, in the order of the day. */
  meetingsForExport(editionId: string): Promise<CsvMeetingRow[]> {
    return queryRows(
      this.dataSource.manager,
      `SELECT m.id, m.status, s.starts_at, s.ends_at, t.number AS table_number, t.name AS table_name, m.checked_in_at,
              op.title AS opportunity_title, op.sector_code,
              COALESCE((SELECT json_agg(json_build_object(
                                 'fullName', u.full_name, 'role', u.role, 'organisation', COALESCE(r.organisation, ip.organisation, bp.company_name),
                                 'countryCode', ${COUNTRY_SQL}, 'result', o.result, 'amount', o.amount::text, 'currency', o.currency, 'notes', o.notes)
                               ORDER BY u.role <> 'investor', u.full_name, u.id)
                          FROM meeting_participants mp
                          JOIN users u ON u.id = mp.user_id
                          LEFT JOIN registrations r ON r.edition_id = m.edition_id AND r.user_id = mp.user_id
                          ${PROFILES_JOIN_SQL}
                          LEFT JOIN meeting_outcomes o ON o.meeting_id = m.id AND o.user_id = mp.user_id
                         WHERE mp.meeting_id = m.id), '[]'::json) AS participants
         FROM meetings m
         LEFT JOIN slots s ON s.id = m.slot_id
         LEFT JOIN meeting_tables t ON t.id = m.table_id
         LEFT JOIN meeting_requests q ON q.id = m.request_id
         LEFT JOIN opportunities op ON op.id = q.opportunity_id
        WHERE m.edition_id = $1
        ORDER BY s.starts_at NULLS LAST, t.number NULLS LAST, m.created_at, m.id`,
      [editionId],
    );
  }
}
