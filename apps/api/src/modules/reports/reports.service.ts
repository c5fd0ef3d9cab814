import { Injectable } from '@nestjs/common';
import {
  MEETING_OUTCOME_RESULTS,
  MEETING_PROGRESS_LEVELS,
  MEETING_REQUEST_STATUSES,
  type EditionReport,
  type EditionsOverview,
  type Locale,
  type MeetingProgress,
  type ReportRate,
} from '@serumpun/shared';
import type { EditionEntity } from '../editions/edition.entity.js';
import { EditionsService } from '../editions/editions.service.js';
import { reportCsv } from './report-csv.js';
import { ReportsRepository, type RateRow, type RegistrationGroupRow } from './reports.repository.js';

type Counts = { approved: number; pending: number; checkedIn: number };

function countsOf(rows: readonly RegistrationGroupRow[]): Counts {
  return rows.reduce<Counts>((sum, row) => ({ approved: sum.approved + row.approved, pending: sum.pending + row.pending, checkedIn: sum.checkedIn + row.checked_in }), {
    approved: 0,
    pending: 0,
    checkedIn: 0,
  });
}

/** Rows grouped by a key, the groups in order of first appearance. */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

function counted(keys: readonly string[], rows: ReadonlyArray<{ count: number } & Record<string, unknown>>, key: string): Record<string, number> {
  return Object.fromEntries(keys.map((name) => [name, rows.find((row) => row[key] === name)?.count ?? 0]));
}

/** Held meetings among those whose attendance was recorded, to four places; null before the first. */
function showUpRate(held: number, noShow: number): number | null {
  return held + noShow === 0 ? null : Math.round((held / (held + noShow)) * 10_000) / 10_000;
}

function progressRecord(levels: readonly number[]): Record<MeetingProgress, number> {
  return Object.fromEntries(MEETING_PROGRESS_LEVELS.map((level, index) => [level, levels[index] ?? 0])) as Record<MeetingProgress, number>;
}

function ratesView(rows: readonly RateRow[]): { rates: ReportRate[]; asOf: string | null } {
  const rates = rows.map((row) => ({ currency: row.currency, unitsPerUsd: row.units_per_usd, asOf: row.as_of }));
  return { rates, asOf: rates.reduce<string | null>((latest, rate) => (latest === null || rate.asOf > latest ? rate.asOf : latest), null) };
}

function editionView(edition: Pick<EditionEntity, 'id' | 'name' | 'city' | 'venue' | 'timeZone' | 'startDate' | 'endDate'>): EditionReport['edition'] {
  return { id: edition.id, name: edition.name, city: edition.city, venue: edition.venue, timeZone: edition.timeZone, startDate: edition.startDate, endDate: edition.endDate };
}

/** For the organisers' partners: who came, which meetings took place and what came of them. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly editions: EditionsService,
    private readonly repository: ReportsRepository,
  ) {}

  async report(editionId: string): Promise<EditionReport> {
    const edition = await this.editions.findOrFail(editionId);
    const [registrations, requests, meetings, outcomes, amounts, value, totalsUsd, rates, sectors] = await Promise.all([
      this.repository.registrations(edition.id),
      this.repository.requestsByStatus(edition.id),
      this.repository.meetings(edition.id),
      this.repository.outcomesByResult(edition.id),
      this.repository.amountsBySide(edition.id),
      this.repository.value(edition.id),
      this.repository.valueTotalsUsd(edition.id),
      this.repository.ratesUsed(edition.id),
      this.repository.sectors(edition.id),
    ]);
    return {
      edition: editionView(edition),
      generatedAt: new Date().toISOString(),
      registrations: {
        ...countsOf(registrations),
        byRole: (['investor', 'business'] as const).map((role) => ({ role, ...countsOf(registrations.filter((row) => row.role === role)) })),
        byCountry: [...groupBy(registrations, (row) => row.country_code)]
          .map(([countryCode, rows]) => ({ countryCode, ...countsOf(rows) }))
          .sort((a, b) => b.approved - a.approved || (a.countryCode ?? '~').localeCompare(b.countryCode ?? '~')),
      },
      requests: counted(MEETING_REQUEST_STATUSES, requests, 'status'),
      meetings: { scheduled: meetings.scheduled, unplaced: meetings.unplaced, held: meetings.held, noShow: meetings.no_show, cancelled: meetings.cancelled },
      showUpRate: showUpRate(meetings.held, meetings.no_show),
      outcomes: counted(MEETING_OUTCOME_RESULTS, outcomes, 'result'),
      progress: progressRecord(MEETING_PROGRESS_LEVELS.map((_, level) => sectors.reduce((sum, row) => sum + row.progress[level], 0))),
      amounts,
      value: {
        byCurrency: value.map((row) => ({ result: row.result, currency: row.currency, total: row.total, meetings: row.meetings, totalUsd: row.total_usd })),
        totalsUsd: { term_sheet: totalsUsd.find((row) => row.result === 'term_sheet')?.total_usd ?? '0.00', deal: totalsUsd.find((row) => row.result === 'deal')?.total_usd ?? '0.00' },
        ...ratesView(rates),
      },
      sectors: sectors.map((row) => ({
        section: row.section,
        meetings: row.meetings,
        held: row.held,
        noShow: row.no_show,
        progress: progressRecord(row.progress),
        dealValueUsd: row.deal_value_usd,
      })),
    };
  }

  async overview(): Promise<EditionsOverview> {
    const [rows, rates] = await Promise.all([this.repository.overview(), this.repository.ratesUsed(null)]);
    return {
      items: rows.map((row) => ({
        edition: editionView({ id: row.id, name: row.name, city: row.city, venue: row.venue, timeZone: row.time_zone, startDate: row.start_date, endDate: row.end_date }),
        approved: row.approved,
        checkedIn: row.checked_in,
        meetings: row.meetings,
        held: row.held,
        noShow: row.no_show,
        showUpRate: showUpRate(row.held, row.no_show),
        deals: row.deals,
        dealValueUsd: row.deal_value_usd,
      })),
      ...ratesView(rates),
    };
  }

  /** The edition's meetings with their outcomes as a spreadsheet file, and a file name for it. */
  async csv(editionId: string, locale: Locale): Promise<{ fileName: string; body: string }> {
    const edition = await this.editions.findOrFail(editionId);
    const meetings = await this.repository.meetingsForExport(edition.id);
    const slug = edition.slug.replace(/[^a-z0-9-]/gi, '') || 'edition';
    return { fileName: `serumpun-${slug}-meetings.csv`, body: reportCsv(meetings, edition.timeZone, locale) };
  }
}
