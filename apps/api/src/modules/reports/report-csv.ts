import { findCountry, formatInstantInZone, label, type Locale, type MeetingOutcomeResult, type MeetingStatus } from '@serumpun/shared';
import { csvDocument, type CsvCell } from './csv.js';
import type { CsvMeetingRow, CsvParticipant } from './reports.repository.js';

type Column =
  | 'meeting'
  | 'status'
  | 'date'
  | 'start'
  | 'end'
  | 'timeZone'
  | 'table'
  | 'checkedIn'
  | 'opportunity'
  | 'sector'
  | 'name'
  | 'role'
  | 'organisation'
  | 'country'
  | 'outcome'
  | 'amount'
  | 'currency'
  | 'notes';

// Headers and values in the organiser's language: the file goes to partners as it is.
const COLUMNS: Record<Column, Record<Locale, string>> = {
  meeting: { id: 'ID pertemuan', en: 'Meeting ID', ms: 'ID mesyuarat' },
  status: { id: 'Status', en: 'Status', ms: 'Status' },
  date: { id: 'Tanggal', en: 'Date', ms: 'Tarikh' },
  start: { id: 'Mulai', en: 'Start', ms: 'Mula' },
  end: { id: 'Selesai', en: 'End', ms: 'Tamat' },
  timeZone: { id: 'Zona waktu', en: 'Time zone', ms: 'Zon waktu' },
  table: { id: 'Meja', en: 'Table', ms: 'Meja' },
  checkedIn: { id: 'Hadir pukul', en: 'Checked in at', ms: 'Hadir pada' },
  opportunity: { id: 'Peluang', en: 'Opportunity', ms: 'Peluang' },
  sector: { id: 'Sektor (ISIC)', en: 'Sector (ISIC)', ms: 'Sektor (ISIC)' },
  name: { id: 'Nama', en: 'Name', ms: 'Nama' },
  role: { id: 'Peran', en: 'Role', ms: 'Peranan' },
  organisation: { id: 'Organisasi', en: 'Organisation', ms: 'Organisasi' },
  country: { id: 'Negara', en: 'Country', ms: 'Negara' },
  outcome: { id: 'Hasil', en: 'Outcome', ms: 'Hasil' },
  amount: { id: 'Nilai', en: 'Amount', ms: 'Nilai' },
  currency: { id: 'Mata uang', en: 'Currency', ms: 'Mata wang' },
  notes: { id: 'Catatan', en: 'Notes', ms: 'Catatan' },
};

const STATUSES: Record<MeetingStatus | 'unplaced', Record<Locale, string>> = {
  scheduled: { id: 'Terjadwal', en: 'Scheduled', ms: 'Dijadualkan' },
  unplaced: { id: 'Belum ditempatkan', en: 'Not placed yet', ms: 'Belum ditempatkan' },
  held: { id: 'Terlaksana', en: 'Held', ms: 'Berlangsung' },
  no_show: { id: 'Tidak hadir', en: 'No-show', ms: 'Tidak hadir' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled', ms: 'Dibatalkan' },
};

const RESULTS: Record<MeetingOutcomeResult, Record<Locale, string>> = {
  no_interest: { id: 'Tidak berminat', en: 'No interest', ms: 'Tidak berminat' },
  follow_up: { id: 'Ditindaklanjuti', en: 'Follow-up', ms: 'Susulan' },
  term_sheet: { id: 'Term sheet', en: 'Term sheet', ms: 'Term sheet' },
  deal: { id: 'Kesepakatan', en: 'Deal', ms: 'Perjanjian' },
};

const ROLES: Record<string, Record<Locale, string>> = {
  investor: { id: 'Investor', en: 'Investor', ms: 'Pelabur' },
  business: { id: 'Pelaku usaha', en: 'Business', ms: 'Perniagaan' },
};

const SIDE_COLUMNS: Column[] = ['name', 'role', 'organisation', 'country', 'outcome', 'amount', 'currency', 'notes'];

/** `2025-10-30 09:00` at the venue: a form every spreadsheet reads as a date and time. */
function venueTime(instant: Date | null, timeZone: string): string {
  return instant ? formatInstantInZone(instant, timeZone).slice(0, 16).replace('T', ' ') : '';
}

function sideCells(side: CsvParticipant | undefined, locale: Locale): CsvCell[] {
  if (!side) return SIDE_COLUMNS.map(() => null);
  const country = side.countryCode ? findCountry(side.countryCode) : undefined;
  return [
    side.fullName,
    ROLES[side.role]?.[locale] ?? side.role,
    side.organisation,
    country ? label(country, locale) : side.countryCode,
    side.result ? RESULTS[side.result][locale] : null,
    side.amount,
    side.currency,
    side.notes,
  ];
}

/** One row per meeting, its two sides side by side (investor first), times at the venue. */
export function reportCsv(meetings: readonly CsvMeetingRow[], timeZone: string, locale: Locale): string {
  const header = [
    ...(['meeting', 'status', 'date', 'start', 'end', 'timeZone', 'table', 'checkedIn', 'opportunity', 'sector'] as const).map((column) => COLUMNS[column][locale]),
    ...[1, 2].flatMap((side) => SIDE_COLUMNS.map((column) => `${COLUMNS[column][locale]} ${side}`)),
  ];
  const rows = meetings.map((meeting): CsvCell[] => {
    const status = meeting.status === 'scheduled' && !meeting.starts_at ? 'unplaced' : meeting.status;
    const start = venueTime(meeting.starts_at, timeZone);
    return [
      meeting.id,
      STATUSES[status][locale],
      start.slice(0, 10),
      start.slice(11),
      venueTime(meeting.ends_at, timeZone).slice(11),
      timeZone,
      meeting.table_number === null ? null : meeting.table_name ? `${meeting.table_number} (${meeting.table_name})` : meeting.table_number,
      venueTime(meeting.checked_in_at, timeZone),
      meeting.opportunity_title,
      meeting.sector_code,
      ...sideCells(meeting.participants[0], locale),
      ...sideCells(meeting.participants[1], locale),
    ];
  });
  return csvDocument([header, ...rows]);
}
