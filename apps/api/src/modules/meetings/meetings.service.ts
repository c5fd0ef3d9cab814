import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  type ListMeetingsQuery,
  type Meeting,
  type MeetingDetails,
  type MeetingStatus,
  type Page,
  type RecordMeetingOutcomeRequest,
} from '@serumpun/shared';
import { DomainException } from '../../common/api-exceptions.js';
import type { AuthUser } from '../../common/auth-user.js';
import { decodeCursor, encodeCursor } from '../../common/cursor.js';
import { inTransaction, queryRows } from '../editions/database.js';
import { assertUuid, EditionsService } from '../editions/editions.service.js';
import { bookingConflict, claimTable, holdEdition, lockSlot, type Participant } from './meeting-booking.js';
import { MeetingEventsPublisher } from './meeting-events.publisher.js';
import { recordMeetingEvents, type MeetingPlace } from './meeting-history.js';
import { MEETING_MESSAGES } from './meetings.messages.js';
import { findMeetingRow, MEETING_SELECT, meetingHistory, toBookedMeeting, toMeetingView, type MeetingRow } from './meetings.repository.js';

const meetingCursorSchema = z.object({ at: z.string(), table: z.number().int(), id: z.uuid() });

interface LockedMeeting {
  id: string;
  edition_id: string;
  status: MeetingStatus;
  slot_id: string | null;
  table_id: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
  started: boolean;
  table_number: number | null;
  checked_in_at: Date | null;
}

/** Booked meetings: listing, rescheduling, cancelling, and what happens on the day and after. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editions: EditionsService,
    private readonly publisher: MeetingEventsPublisher,
  ) {}

  /** Organisers see every meeting of the edition; a participant their own. Placed meetings first, by time. */
  async list(editionId: string, caller: AuthUser, query: ListMeetingsQuery): Promise<Page<Meeting>> {
    const edition = await this.editions.findOrFail(editionId);
    const cursor = decodeCursor(query.cursor, meetingCursorSchema);
    const parameters: unknown[] = [edition.id];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const conditions = ['m.edition_id = $1'];
    const member = (userId: string) => `EXISTS (SELECT 1 FROM meeting_participants mp WHERE mp.meeting_id = m.id AND mp.user_id = ${bind(userId)})`;
    if (caller.role !== 'organiser') conditions.push(member(caller.id));
    else if (query.userId) conditions.push(member(query.userId));
    if (query.status) conditions.push(`m.status = ${bind(query.status)}`);
    if (query.slotId) conditions.push(`m.slot_id = ${bind(query.slotId)}`);
    if (query.placed !== undefined) conditions.push(query.placed ? 'm.slot_id IS NOT NULL' : 'm.slot_id IS NULL');
    const sortKey = `COALESCE(s.starts_at, 'infinity'::timestamptz)`;
    if (cursor) conditions.push(`(${sortKey}, COALESCE(t.number, 0), m.id) > (${bind(cursor.at)}::timestamptz, ${bind(cursor.table)}::int, ${bind(cursor.id)}::uuid)`);
    const rows = await queryRows<MeetingRow>(
      this.dataSource.manager,
      `${MEETING_SELECT}
        WHERE ${conditions.join(' AND ')}
        ORDER BY ${sortKey}, COALESCE(t.number, 0), m.id
        LIMIT ${bind(query.limit + 1)}`,
      parameters,
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return { items: page.map(toMeetingView), nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.sort_at, table: last.table_number ?? 0, id: last.id }) : null };
  }

  async get(meetingId: string, caller: AuthUser): Promise<MeetingDetails> {
    const row = await this.visibleMeeting(meetingId, caller);
    return { ...toMeetingView(row), history: await meetingHistory(this.dataSource.manager, row.id, row.time_zone) };
  }

  /**
   * Moves a scheduled meeting (or places an unplaced one) into another slot of its edition, at the
   * lowest free table there. Either participant or an organiser may do it; the same locks and
   * constraints as accepting with a slot decide races.
   */
  async reschedule(meetingId: string, caller: AuthUser, slotId: string, tableId?: string): Promise<Meeting> {
    const current = await this.visibleMeeting(meetingId, caller);
    const participants: Participant[] = current.participants.map((participant) => ({ id: participant.id, fullName: participant.fullName }));
    await inTransaction(
      this.dataSource,
      async (tx) => {
        await holdEdition(tx, current.edition_id);
        const meeting = await this.lockMeeting(tx, current.id);
        if (meeting.status !== 'scheduled') throw this.notScheduled(meeting.status);
        if (meeting.slot_id === slotId && (!tableId || meeting.table_id === tableId)) return false;
        const slot = await lockSlot(tx, meeting.edition_id, slotId);
        const table = await claimTable(tx, meeting.edition_id, slot.id, participants, caller.id, meeting.id, tableId ?? null);
        try {
          await tx.query('UPDATE meetings SET slot_id = $2, table_id = $3, sequence = sequence + 1, updated_at = now() WHERE id = $1', [meeting.id, slot.id, table.id]);
        } catch (error) {
          throw bookingConflict(error, participants, caller.id) ?? error;
        }
        const to: MeetingPlace = { slotId: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt, tableNumber: table.number };
        await recordMeetingEvents(tx, [{ meetingId: meeting.id, actorUserId: caller.id, kind: meeting.slot_id ? 'rescheduled' : 'placed', from: this.placeOf(meeting), to }]);
        const after = (await findMeetingRow(tx, meeting.id))!;
        await this.publisher.publish(
          [
            {
              type: meeting.slot_id ? 'meeting.rescheduled' : 'meeting.scheduled',
              recipientIds: participants.map((participant) => participant.id),
              editionId: after.edition_id,
              payload: { meeting: toBookedMeeting(after), byUserId: caller.id },
            },
          ],
          tx,
        );
        return true;
      },
      () => this.busy(),
    );
    return toMeetingView((await findMeetingRow(this.dataSource.manager, current.id))!);
  }

  /** Cancels a scheduled meeting: its slot and table are free again, its calendar entry is withdrawn. */
  async cancel(meetingId: string, caller: AuthUser, reason: string | undefined): Promise<Meeting> {
    const current = await this.visibleMeeting(meetingId, caller);
    await inTransaction(
      this.dataSource,
      async (tx) => {
        const meeting = await this.lockMeeting(tx, current.id);
        if (meeting.status !== 'scheduled') throw this.notScheduled(meeting.status);
        await tx.query(`UPDATE meetings SET status = 'cancelled', sequence = sequence + 1, updated_at = now() WHERE id = $1`, [meeting.id]);
        await recordMeetingEvents(tx, [{ meetingId: meeting.id, actorUserId: caller.id, kind: 'cancelled', from: this.placeOf(meeting), reason: reason || null }]);
        await this.publisher.publish(
          [
            {
              type: 'meeting.cancelled',
              recipientIds: current.participants.map((participant) => participant.id),
              editionId: current.edition_id,
              payload: { meetingId: current.id, byUserId: caller.id, reason: reason ?? null },
            },
          ],
          tx,
        );
      },
      () => this.busy(),
    );
    return toMeetingView((await findMeetingRow(this.dataSource.manager, current.id))!);
  }

  /** On the day: the meeting started at its table (recorded once, by a participant or an organiser). */
  async checkIn(meetingId: string, caller: AuthUser): Promise<Meeting> {
    const current = await this.visibleMeeting(meetingId, caller);
    await inTransaction(
      this.dataSource,
      async (tx) => {
        const meeting = await this.lockMeeting(tx, current.id);
        if (meeting.status === 'cancelled' || meeting.status === 'no_show') throw this.notScheduled(meeting.status);
        if (!meeting.slot_id) throw new DomainException(422, MEETING_MESSAGES['meeting.not_placed']);
        if (meeting.checked_in_at) return;
        await tx.query('UPDATE meetings SET checked_in_at = now(), updated_at = now() WHERE id = $1', [meeting.id]);
        await recordMeetingEvents(tx, [{ meetingId: meeting.id, actorUserId: caller.id, kind: 'checked_in' }]);
      },
      () => this.busy(),
    );
    return toMeetingView((await findMeetingRow(this.dataSource.manager, current.id))!);
  }

  /**
   * Once the meeting's time has come: held or no-show (a participant or an organiser; a later
   * answer corrects an earlier one), and a participant's own follow-up for the reports.
   */
  async recordOutcome(meetingId: string, caller: AuthUser, body: RecordMeetingOutcomeRequest): Promise<Meeting> {
    const current = await this.visibleMeeting(meetingId, caller);
    const isParticipant = current.participants.some((participant) => participant.id === caller.id);
    if (body.followUp && !isParticipant) throw new DomainException(422, MEETING_MESSAGES['meeting.outcome_by_participant'], { field: 'followUp' });
    await inTransaction(
      this.dataSource,
      async (tx) => {
        const meeting = await this.lockMeeting(tx, current.id);
        if (meeting.status === 'cancelled') throw this.notScheduled(meeting.status);
        if (!meeting.slot_id) throw new DomainException(422, MEETING_MESSAGES['meeting.not_placed']);
        if (!meeting.started) throw new DomainException(422, MEETING_MESSAGES['meeting.not_started']);
        if (meeting.status !== body.status) {
          await tx.query('UPDATE meetings SET status = $2, updated_at = now() WHERE id = $1', [meeting.id, body.status]);
          await recordMeetingEvents(tx, [{ meetingId: meeting.id, actorUserId: caller.id, kind: body.status }]);
        }
        if (body.followUp) {
          await tx.query(
            `INSERT INTO meeting_outcomes (meeting_id, user_id, result, amount, currency, notes) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (meeting_id, user_id) DO UPDATE SET result = EXCLUDED.result, amount = EXCLUDED.amount, currency = EXCLUDED.currency,
                                                            notes = EXCLUDED.notes, recorded_at = now()`,
            [meeting.id, caller.id, body.followUp, body.amount?.amount ?? null, body.amount?.currency ?? null, body.notes || null],
          );
          await recordMeetingEvents(tx, [{ meetingId: meeting.id, actorUserId: caller.id, kind: 'outcome_recorded', reason: body.followUp }]);
        }
      },
      () => this.busy(),
    );
    return toMeetingView((await findMeetingRow(this.dataSource.manager, current.id))!);
  }

  /** A participant sees their own meetings, an organiser all; anyone else gets a 404. */
  private async visibleMeeting(meetingId: string, caller: AuthUser): Promise<MeetingRow> {
    assertUuid(meetingId, () => this.notFound());
    const row = await findMeetingRow(this.dataSource.manager, meetingId);
    if (!row || (caller.role !== 'organiser' && !row.participants.some((participant) => participant.id === caller.id))) this.notFound();
    return row;
  }

  private async lockMeeting(manager: EntityManager, meetingId: string): Promise<LockedMeeting> {
    const [meeting] = await queryRows<LockedMeeting>(
      manager,
      `SELECT m.id, m.edition_id, m.status, m.slot_id, m.table_id, s.starts_at, s.ends_at, s.starts_at <= now() AS started, t.number AS table_number, m.checked_in_at
         FROM meetings m LEFT JOIN slots s ON s.id = m.slot_id LEFT JOIN meeting_tables t ON t.id = m.table_id
        WHERE m.id = $1 FOR UPDATE OF m`,
      [meetingId],
    );
    if (!meeting) this.notFound();
    return meeting;
  }

  private placeOf(meeting: LockedMeeting): MeetingPlace | null {
    if (!meeting.slot_id || !meeting.starts_at || !meeting.ends_at || meeting.table_number === null) return null;
    return { slotId: meeting.slot_id, startsAt: meeting.starts_at, endsAt: meeting.ends_at, tableNumber: meeting.table_number };
  }

  private notScheduled(status: MeetingStatus): DomainException {
    return new DomainException(409, MEETING_MESSAGES['meeting.not_scheduled'], { params: { status } });
  }

  private notFound(): never {
    throw new DomainException(404, MEETING_MESSAGES['meeting.not_found']);
  }

  private busy(): never {
    throw new DomainException(409, MEETING_MESSAGES['schedule.busy']);
  }
}
