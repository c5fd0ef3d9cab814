import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { formatInstantInZone, localDateInZone, type Agenda, type AgendaItem, type Locale, type MeetingStatus } from '@serumpun/shared';
import { DomainException } from '../../common/api-exceptions.js';
import { queryRows } from '../editions/database.js';
import { EditionsService } from '../editions/editions.service.js';
import { buildCalendar, type CalendarEvent } from './icalendar.js';
import { MEETING_MESSAGES } from './meetings.messages.js';

/** The counterpart's name and organisation at the edition: the registration card, else their profile. */
const COUNTERPART_COLUMNS = `
  cu.id AS counterpart_id, cu.full_name AS counterpart_name, cu.role AS counterpart_role,
  COALESCE(cr.organisation, ip.organisation, bp.company_name) AS counterpart_organisation`;
const COUNTERPART_JOINS = `
  JOIN meeting_participants other ON other.meeting_id = m.id AND other.user_id <> me.user_id
  JOIN users cu ON cu.id = other.user_id
  LEFT JOIN registrations cr ON cr.edition_id = m.edition_id AND cr.user_id = other.user_id
  LEFT JOIN investor_profiles ip ON ip.user_id = other.user_id
  LEFT JOIN business_profiles bp ON bp.user_id = other.user_id
  LEFT JOIN meeting_requests r ON r.id = m.request_id
  LEFT JOIN opportunities o ON o.id = r.opportunity_id`;

interface AgendaRow {
  meeting_id: string;
  status: MeetingStatus;
  slot_id: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
  table_id: string | null;
  table_number: number | null;
  table_name: string | null;
  table_location: string | null;
  checked_in_at: Date | null;
  counterpart_id: string;
  counterpart_name: string;
  counterpart_role: string;
  counterpart_organisation: string | null;
  opportunity_id: string | null;
  opportunity_title: string | null;
}

interface CalendarRow {
  meeting_id: string;
  sequence: number;
  confirmed: boolean;
  updated_at: Date;
  starts_at: Date;
  ends_at: Date;
  table_number: number | null;
  table_name: string | null;
  table_location: string | null;
  edition_name: string;
  venue: string;
  city: string;
  time_zone: string;
  counterpart_name: string;
  counterpart_organisation: string | null;
  opportunity_title: string | null;
}

const CALENDAR_WORDS: Record<Locale, { meetingWith: string; table: string; about: string; calendar: string }> = {
  id: { meetingWith: 'Pertemuan dengan', table: 'Meja', about: 'Topik', calendar: 'Agenda Serumpun' },
  en: { meetingWith: 'Meeting with', table: 'Table', about: 'About', calendar: 'Serumpun agenda' },
  ms: { meetingWith: 'Mesyuarat dengan', table: 'Meja', about: 'Topik', calendar: 'Agenda Serumpun' },
};

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A participant's agenda: the day view, the `.ics` download and the subscribable calendar feed. */
@Injectable()
export class AgendaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editions: EditionsService,
  ) {}

  async agenda(userId: string, editionId: string): Promise<Agenda> {
    const edition = await this.editions.findOrFail(editionId);
    const rows = await queryRows<AgendaRow>(
      this.dataSource.manager,
      `SELECT m.id AS meeting_id, m.status, m.slot_id, s.starts_at, s.ends_at, m.table_id, t.number AS table_number, t.name AS table_name,
              t.location AS table_location, m.checked_in_at, ${COUNTERPART_COLUMNS}, o.id AS opportunity_id, o.title AS opportunity_title
         FROM meeting_participants me
         JOIN meetings m ON m.id = me.meeting_id
         LEFT JOIN slots s ON s.id = m.slot_id
         LEFT JOIN meeting_tables t ON t.id = m.table_id
         ${COUNTERPART_JOINS}
        WHERE me.user_id = $1 AND m.edition_id = $2 AND m.status <> 'cancelled'
        ORDER BY s.starts_at NULLS LAST, m.created_at`,
      [userId, edition.id],
    );
    const counterpart = (row: AgendaRow) => ({ id: row.counterpart_id, fullName: row.counterpart_name, role: row.counterpart_role, organisation: row.counterpart_organisation });
    const opportunity = (row: AgendaRow) => (row.opportunity_id && row.opportunity_title ? { id: row.opportunity_id, title: row.opportunity_title } : null);
    const days = new Map<string, AgendaItem[]>();
    const unplaced: Agenda['unplaced'] = [];
    for (const row of rows) {
      if (!row.slot_id || !row.starts_at || !row.ends_at || !row.table_id || row.table_number === null) {
        unplaced.push({ meetingId: row.meeting_id, counterpart: counterpart(row), opportunity: opportunity(row) });
        continue;
      }
      const date = localDateInZone(row.starts_at, edition.timeZone);
      const items = days.get(date) ?? [];
      items.push({
        meetingId: row.meeting_id,
        status: row.status,
        slotId: row.slot_id,
        startsAt: formatInstantInZone(row.starts_at, edition.timeZone),
        endsAt: formatInstantInZone(row.ends_at, edition.timeZone),
        table: { id: row.table_id, number: row.table_number, name: row.table_name, location: row.table_location },
        counterpart: counterpart(row),
        opportunity: opportunity(row),
        checkedInAt: row.checked_in_at ? formatInstantInZone(row.checked_in_at, edition.timeZone) : null,
      });
      days.set(date, items);
    }
    return {
      edition: { id: edition.id, name: edition.name, city: edition.city, venue: edition.venue, timeZone: edition.timeZone },
      days: [...days.entries()].map(([date, items]) => ({ date, items })),
      unplaced,
    };
  }

  /**
   * The iCalendar of a participant's meetings (one edition, or all). Meetings without a current slot
   * that once had one (cancelled, or unplaced by a layout change) stay in the feed as CANCELLED at
   * their last place, so subscribed calendars drop them.
   */
  async calendar(userId: string, editionId?: string): Promise<string> {
    if (editionId) await this.editions.findOrFail(editionId);
    const [owner] = await queryRows<{ locale: Locale }>(this.dataSource.manager, 'SELECT locale FROM users WHERE id = $1', [userId]);
    const words = CALENDAR_WORDS[owner?.locale ?? 'id'];
    const rows = await queryRows<CalendarRow>(
      this.dataSource.manager,
      `SELECT * FROM (
         SELECT m.id AS meeting_id, m.sequence, (m.slot_id IS NOT NULL AND m.status <> 'cancelled') AS confirmed, m.updated_at,
                COALESCE(s.starts_at, last.from_starts_at) AS starts_at, COALESCE(s.ends_at, last.from_ends_at) AS ends_at,
                COALESCE(t.number, last.from_table_number) AS table_number, t.name AS table_name, t.location AS table_location,
                e.name AS edition_name, e.venue, e.city, e.time_zone, ${COUNTERPART_COLUMNS}, o.title AS opportunity_title
           FROM meeting_participants me
           JOIN meetings m ON m.id = me.meeting_id
           JOIN editions e ON e.id = m.edition_id
           LEFT JOIN slots s ON s.id = m.slot_id
           LEFT JOIN meeting_tables t ON t.id = m.table_id
           LEFT JOIN LATERAL (SELECT ev.from_starts_at, ev.from_ends_at, ev.from_table_number FROM meeting_events ev
                               WHERE ev.meeting_id = m.id AND ev.from_starts_at IS NOT NULL ORDER BY ev.at DESC LIMIT 1) last ON m.slot_id IS NULL
           ${COUNTERPART_JOINS}
          WHERE me.user_id = $1 ${editionId ? 'AND m.edition_id = $2' : ''}
       ) entries WHERE starts_at IS NOT NULL ORDER BY starts_at, meeting_id`,
      editionId ? [userId, editionId] : [userId],
    );
    const events: CalendarEvent[] = rows.map((row) => {
      const table = row.table_number === null ? '' : `${words.table} ${row.table_number}${row.table_name ? ` (${row.table_name})` : ''}`;
      const counterpart = row.counterpart_organisation ? `${row.counterpart_name}, ${row.counterpart_organisation}` : row.counterpart_name;
      return {
        uid: `meeting-${row.meeting_id}@serumpun`,
        sequence: row.sequence,
        status: row.confirmed ? 'CONFIRMED' : 'CANCELLED',
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        timeZone: row.time_zone,
        summary: `${words.meetingWith} ${counterpart}`,
        location: [table, row.table_location, row.venue, row.city].filter(Boolean).join(', '),
        description: [row.edition_name, row.opportunity_title ? `${words.about}: ${row.opportunity_title}` : null].filter(Boolean).join('\n'),
        lastModified: row.updated_at,
      };
    });
    return buildCalendar({ name: words.calendar, events });
  }

  /** Issues a new secret feed token (replacing any earlier one, which stops working at once). */
  async createFeed(userId: string): Promise<{ token: string; createdAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const [row] = await queryRows<{ created_at: Date }>(
      this.dataSource.manager,
      `INSERT INTO agenda_feeds (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now() RETURNING created_at`,
      [userId, hashToken(token)],
    );
    return { token, createdAt: row.created_at };
  }

  async feedStatus(userId: string): Promise<{ active: boolean; createdAt: string | null }> {
    const [row] = await queryRows<{ created_at: Date }>(this.dataSource.manager, 'SELECT created_at FROM agenda_feeds WHERE user_id = $1', [userId]);
    return { active: Boolean(row), createdAt: row ? row.created_at.toISOString() : null };
  }

  async revokeFeed(userId: string): Promise<void> {
    await this.dataSource.manager.query('DELETE FROM agenda_feeds WHERE user_id = $1', [userId]);
  }

  /** The calendar behind a feed token, or 404 for a token that was never issued or has been revoked. */
  async feed(token: string): Promise<string> {
    const secret = token.replace(/\.ics$/, '');
    const [row] = /^[A-Za-z0-9_-]{43}$/.test(secret)
      ? await queryRows<{ user_id: string }>(this.dataSource.manager, 'SELECT user_id FROM agenda_feeds WHERE token_hash = $1', [hashToken(secret)])
      : [];
    if (!row) throw new DomainException(404, MEETING_MESSAGES['agenda.feed_not_found']);
    return this.calendar(row.user_id);
  }
}
