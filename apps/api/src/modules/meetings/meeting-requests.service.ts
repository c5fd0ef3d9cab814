import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { formatInstantInZone, type AcceptMeetingRequestResult, type BookedMeeting, type CreateMeetingRequest, type ListMeetingRequestsQuery, type MeetingRequest, type Page } from '@serumpun/shared';
import { DomainException } from '../../common/api-exceptions.js';
import type { AuthUser } from '../../common/auth-user.js';
import { decodeCursor, encodeCursor } from '../../common/cursor.js';
import { inTransaction, postgresErrorOf, queryRows } from '../editions/database.js';
import { EDITION_MESSAGES } from '../editions/editions.messages.js';
import { assertUuid, isEditionOver } from '../editions/editions.service.js';
import { bookingConflict, claimTable, lockSlot, type Participant } from './meeting-booking.js';
import { MeetingEventsPublisher, type MeetingNotice } from './meeting-events.publisher.js';
import { MEETING_MESSAGES } from './meetings.messages.js';
import { expireOverdueRequests, findMeetingRequestRow, MEETING_REQUEST_SELECT, meetingRequestSelectFrom, toMeetingRequestView, type MeetingRequestRow } from './meetings.repository.js';

const requestCursorSchema = z.object({ at: z.string(), id: z.uuid() });

/** The first statement of sending a request: the edition (all null when there is none), the recipient's name, the sender's registration. */
interface EditionAndPeople {
  edition_id: string | null;
  end_date: string | null;
  time_zone: string | null;
  request_deadline: Date | null;
  pending_request_cap: number | null;
  recipient_name: string | null;
  sender_status: string | null;
}

/** A request someone acts on, with what the answer needs: both people's names and the venue's zone. */
interface ActionableRequest {
  id: string;
  edition_id: string;
  time_zone: string;
  from_user_id: string;
  to_user_id: string;
  participants: Participant[];
}

/** Meeting requests: send, list, accept (booking a meeting or leaving it to the scheduler), decline, cancel. */
@Injectable()
export class MeetingRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publisher: MeetingEventsPublisher,
  ) {}

  async create(editionId: string, caller: AuthUser, body: CreateMeetingRequest): Promise<MeetingRequest> {
    if (caller.role === 'organiser') throw new DomainException(403, MEETING_MESSAGES['request.participants_only']);
    assertUuid(editionId, () => {
      throw new DomainException(404, EDITION_MESSAGES['edition.not_found']);
    });
    // The hot path of the realtime benchmark: one transaction of five round trips (BEGIN, two
    // statements of checks, the insert, the notification, COMMIT); each round trip is a wake-up of
    // this process and of a PostgreSQL backend, which on a busy machine is where the tail comes from.
    // The checks answer in the same order as ever.
    const row = await inTransaction(
      this.dataSource,
      async (tx) => {
        // The sender's registration row is the lock that makes the cap exact under concurrent sends;
        // the edition and the recipient's name come along in the same statement.
        const [first] = await queryRows<EditionAndPeople>(
          tx,
          `SELECT e.id AS edition_id, e.end_date::text AS end_date, e.time_zone, e.request_deadline, e.pending_request_cap,
                  (SELECT full_name FROM users WHERE id = $3) AS recipient_name,
                  (SELECT status FROM registrations WHERE edition_id = $1 AND user_id = $2 FOR NO KEY UPDATE) AS sender_status
             FROM (SELECT 1) AS one LEFT JOIN editions e ON e.id = $1`,
          [editionId, caller.id, body.toUserId],
        );
        if (first.edition_id === null) throw new DomainException(404, EDITION_MESSAGES['edition.not_found']);
        const edition = { id: first.edition_id, endDate: first.end_date!, timeZone: first.time_zone!, requestDeadline: first.request_deadline, pendingRequestCap: first.pending_request_cap! };
        if (isEditionOver(edition)) throw new DomainException(422, EDITION_MESSAGES['edition.over']);
        if (edition.requestDeadline && edition.requestDeadline.getTime() <= Date.now()) throw new DomainException(422, MEETING_MESSAGES['request.deadline_passed']);
        if (body.toUserId === caller.id) throw new DomainException(422, MEETING_MESSAGES['request.to_self'], { field: 'toUserId' });
        if (first.recipient_name === null) throw new DomainException(404, MEETING_MESSAGES['request.recipient_not_found'], { field: 'toUserId' });
        const recipientName = first.recipient_name;
        if (body.proposedSlotId) {
          const [slot] = await queryRows<{ started: boolean }>(tx, 'SELECT starts_at <= now() AS started FROM slots WHERE id = $1 AND edition_id = $2', [
            body.proposedSlotId,
            edition.id,
          ]);
          if (!slot) throw new DomainException(422, MEETING_MESSAGES['slot.not_in_edition'], { field: 'proposedSlotId' });
          if (slot.started) throw new DomainException(422, MEETING_MESSAGES['slot.past'], { field: 'proposedSlotId' });
        }
        if (body.opportunityId) {
          const [opportunity] = await queryRows(
            tx,
            `SELECT 1 FROM opportunities WHERE id = $1 AND user_id IN ($2, $3) AND (status = 'published' OR user_id = $2)`,
            [body.opportunityId, caller.id, body.toUserId],
          );
          if (!opportunity) throw new DomainException(422, MEETING_MESSAGES['request.opportunity_invalid'], { field: 'opportunityId' });
        }
        if (first.sender_status !== 'approved') throw new DomainException(422, MEETING_MESSAGES['request.sender_not_registered']);
        // One statement for the other checks, after the lock (so its snapshot sees every pending
        // request committed by a concurrent send that held the lock before us).
        const [checks] = await queryRows<{ target_status: string | null; together: boolean; pending: number }>(
          tx,
          `SELECT (SELECT status FROM registrations WHERE edition_id = $3 AND user_id = $2) AS target_status,
                  EXISTS (SELECT 1 FROM meeting_participants a JOIN meeting_participants b ON b.meeting_id = a.meeting_id JOIN meetings m ON m.id = a.meeting_id
                           WHERE a.user_id = $1 AND b.user_id = $2 AND m.edition_id = $3 AND m.status <> 'cancelled') AS together,
                  (SELECT count(*)::int FROM meeting_requests WHERE edition_id = $3 AND from_user_id = $1 AND status = 'pending') AS pending`,
          [caller.id, body.toUserId, edition.id],
        );
        if (checks.target_status !== 'approved') {
          throw new DomainException(422, MEETING_MESSAGES['request.recipient_not_registered'], { field: 'toUserId', params: { name: recipientName } });
        }
        if (checks.together) throw new DomainException(409, MEETING_MESSAGES['request.already_meeting'], { field: 'toUserId', params: { name: recipientName } });
        if (checks.pending >= edition.pendingRequestCap) throw new DomainException(422, MEETING_MESSAGES['request.cap_reached'], { params: { cap: edition.pendingRequestCap } });
        try {
          // The insert returns the request's view (names, zone) in the same statement.
          const [inserted] = await queryRows<MeetingRequestRow>(
            tx,
            `WITH inserted AS (
               INSERT INTO meeting_requests (edition_id, from_user_id, to_user_id, opportunity_id, message, proposed_slot_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *
             )
             ${meetingRequestSelectFrom('inserted')}`,
            [edition.id, caller.id, body.toUserId, body.opportunityId ?? null, body.message || null, body.proposedSlotId ?? null],
          );
          await this.publisher.publish(
            [{ type: 'meeting_request.received', recipientIds: [body.toUserId], editionId: edition.id, payload: { requestId: inserted.id, fromUserId: caller.id } }],
            tx,
          );
          return inserted;
        } catch (error) {
          if (postgresErrorOf(error)?.constraint === 'meeting_requests_one_pending_per_pair') {
            throw new DomainException(409, MEETING_MESSAGES['request.duplicate_pending'], { field: 'toUserId', params: { name: recipientName } });
          }
          throw error;
        }
      },
      () => this.busy(),
    );
    return toMeetingRequestView(row);
  }

  /** The caller's requests (organisers: everyone's), newest first. */
  async list(caller: AuthUser, query: ListMeetingRequestsQuery): Promise<Page<MeetingRequest>> {
    const manager = this.dataSource.manager;
    await expireOverdueRequests(manager, query.edition);
    const cursor = decodeCursor(query.cursor, requestCursorSchema);
    const parameters: unknown[] = [];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const conditions: string[] = [];
    if (caller.role !== 'organiser') {
      const me = bind(caller.id);
      if (query.direction === 'incoming') conditions.push(`r.to_user_id = ${me}`);
      else if (query.direction === 'outgoing') conditions.push(`r.from_user_id = ${me}`);
      else conditions.push(`(r.to_user_id = ${me} OR r.from_user_id = ${me})`);
    }
    if (query.edition) conditions.push(`r.edition_id = ${bind(query.edition)}`);
    if (query.status) conditions.push(`r.status = ${bind(query.status)}`);
    if (cursor) conditions.push(`(r.created_at, r.id) < (${bind(cursor.at)}::timestamptz, ${bind(cursor.id)}::uuid)`);
    const rows = await queryRows<MeetingRequestRow>(
      manager,
      `${MEETING_REQUEST_SELECT}
       ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY r.created_at DESC, r.id DESC LIMIT ${bind(query.limit + 1)}`,
      parameters,
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return { items: page.map(toMeetingRequestView), nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.cursor_at, id: last.id }) : null };
  }

  /** Either side of the request, or an organiser. */
  async get(requestId: string, caller: AuthUser): Promise<MeetingRequest> {
    assertUuid(requestId, () => this.notFound());
    let row = await findMeetingRequestRow(this.dataSource.manager, requestId);
    if (!row || (caller.role !== 'organiser' && caller.id !== row.from_user_id && caller.id !== row.to_user_id)) this.notFound();
    if (row.status === 'pending' && (await expireOverdueRequests(this.dataSource.manager, row.edition_id)) > 0) {
      row = (await findMeetingRequestRow(this.dataSource.manager, requestId))!;
    }
    return toMeetingRequestView(row);
  }

  /**
   * The recipient accepts. With a slot, the meeting is booked at the lowest free table in the same
   * transaction (or nothing is written and the answer says why); without one, the meeting waits for
   * the organiser's scheduler. The booking path is a handful of round trips on purpose: it is the
   * hot path of the event (see bench/booking).
   */
  async accept(requestId: string, caller: AuthUser, slotId: string | undefined): Promise<AcceptMeetingRequestResult> {
    const request = await this.actionableRequest(requestId, caller, 'request.only_recipient');
    const participantIds = request.participants.map((participant) => participant.id);
    const meetingId = randomUUID();
    const booked = await inTransaction(
      this.dataSource,
      async (tx): Promise<BookedMeeting | null> => {
        await this.lockPending(tx, request.id, true);
        let place: { slotId: string; startsAt: Date; endsAt: Date; tableId: string; tableNumber: number } | null = null;
        if (slotId) {
          const slot = await lockSlot(tx, request.edition_id, slotId);
          const table = await claimTable(tx, request.edition_id, slot.id, request.participants, caller.id);
          place = { slotId: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt, tableId: table.id, tableNumber: table.number };
        }
        try {
          await tx.query(
            `WITH meeting AS (INSERT INTO meetings (id, edition_id, request_id, slot_id, table_id) VALUES ($1, $2, $3, $4, $5))
             UPDATE meeting_requests SET status = 'accepted', responded_at = now(), updated_at = now() WHERE id = $3`,
            [meetingId, request.edition_id, request.id, place?.slotId ?? null, place?.tableId ?? null],
          );
          // A statement of its own: the participants' trigger reads the meeting inserted above.
          await tx.query(
            `WITH participants AS (INSERT INTO meeting_participants (meeting_id, user_id, edition_id) SELECT $1, u, $2 FROM unnest($3::uuid[]) u ORDER BY u)
             INSERT INTO meeting_events (meeting_id, actor_user_id, kind, to_slot_id, to_starts_at, to_ends_at, to_table_number)
             SELECT $1, $4, 'booked', $5, $6, $7, $8 WHERE $5::uuid IS NOT NULL`,
            [meetingId, request.edition_id, participantIds, caller.id, place?.slotId ?? null, place?.startsAt ?? null, place?.endsAt ?? null, place?.tableNumber ?? null],
          );
        } catch (error) {
          throw bookingConflict(error, request.participants, caller.id) ?? error;
        }
        const meeting: BookedMeeting | null = place
          ? {
              id: meetingId,
              slotId: place.slotId,
              tableId: place.tableId,
              startsAt: formatInstantInZone(place.startsAt, request.time_zone),
              endsAt: formatInstantInZone(place.endsAt, request.time_zone),
              participantIds,
            }
          : null;
        const notices: MeetingNotice[] = [
          { type: 'meeting_request.accepted', recipientIds: [request.from_user_id], editionId: request.edition_id, payload: { requestId: request.id, meetingId } },
        ];
        if (meeting) notices.push({ type: 'meeting.scheduled', recipientIds: participantIds, editionId: request.edition_id, payload: { meeting } });
        await this.publisher.publish(notices, tx);
        return meeting;
      },
      () => this.busy(),
    );
    return { status: 'accepted', meeting: booked };
  }

  async decline(requestId: string, caller: AuthUser, reason: string | undefined): Promise<MeetingRequest> {
    const request = await this.actionableRequest(requestId, caller, 'request.only_recipient');
    await inTransaction(
      this.dataSource,
      async (tx) => {
        await this.lockPending(tx, request.id);
        await tx.query(`UPDATE meeting_requests SET status = 'declined', decline_reason = $2, responded_at = now(), updated_at = now() WHERE id = $1`, [
          request.id,
          reason || null,
        ]);
        await this.publisher.publish(
          [{ type: 'meeting_request.declined', recipientIds: [request.from_user_id], editionId: request.edition_id, payload: { requestId: request.id, reason: reason ?? null } }],
          tx,
        );
      },
      () => this.busy(),
    );
    return this.get(request.id, caller);
  }

  async cancel(requestId: string, caller: AuthUser): Promise<MeetingRequest> {
    const request = await this.actionableRequest(requestId, caller, 'request.only_sender');
    await inTransaction(
      this.dataSource,
      async (tx) => {
        await this.lockPending(tx, request.id);
        await tx.query(`UPDATE meeting_requests SET status = 'cancelled', responded_at = now(), updated_at = now() WHERE id = $1`, [request.id]);
        await this.publisher.publish([{ type: 'meeting_request.cancelled', recipientIds: [request.to_user_id], editionId: request.edition_id, payload: { requestId: request.id } }], tx);
      },
      () => this.busy(),
    );
    return this.get(request.id, caller);
  }

  /**
   * The request, if the caller may act on it: a stranger gets 404 (it is not theirs to see), the
   * wrong side of the request or an organiser 403.
   */
  private async actionableRequest(requestId: string, caller: AuthUser, side: 'request.only_recipient' | 'request.only_sender'): Promise<ActionableRequest> {
    assertUuid(requestId, () => this.notFound());
    const [request] = await queryRows<ActionableRequest>(
      this.dataSource.manager,
      `SELECT r.id, r.edition_id, e.time_zone, r.from_user_id, r.to_user_id,
              (SELECT json_agg(json_build_object('id', u.id, 'fullName', u.full_name) ORDER BY u.id) FROM users u WHERE u.id IN (r.from_user_id, r.to_user_id)) AS participants
         FROM meeting_requests r JOIN editions e ON e.id = r.edition_id WHERE r.id = $1`,
      [requestId],
    );
    if (!request) this.notFound();
    const actor = side === 'request.only_recipient' ? request.to_user_id : request.from_user_id;
    if (caller.id !== actor) {
      if (caller.role === 'organiser' || caller.id === request.from_user_id || caller.id === request.to_user_id) {
        throw new DomainException(403, MEETING_MESSAGES[side]);
      }
      this.notFound();
    }
    return request;
  }

  /**
   * Locks the request row (and, when booking, holds the edition so its slots cannot change); only a
   * pending request within its edition's deadline can change, so a second accept gets a 409.
   */
  private async lockPending(manager: EntityManager, requestId: string, holdEdition = false): Promise<void> {
    const [locked] = await queryRows<{ status: MeetingRequest['status']; deadline_passed: boolean }>(
      manager,
      `SELECT r.status, now() >= COALESCE(e.request_deadline, ((e.end_date + 1)::timestamp AT TIME ZONE e.time_zone)) AS deadline_passed
         FROM meeting_requests r JOIN editions e ON e.id = r.edition_id WHERE r.id = $1 FOR UPDATE OF r ${holdEdition ? 'FOR SHARE OF e' : ''}`,
      [requestId],
    );
    if (locked.status === 'expired' || (locked.status === 'pending' && locked.deadline_passed)) throw new DomainException(409, MEETING_MESSAGES['request.expired']);
    if (locked.status !== 'pending') throw new DomainException(409, MEETING_MESSAGES['request.not_pending'], { params: { status: locked.status } });
  }

  private notFound(): never {
    throw new DomainException(404, MEETING_MESSAGES['request.not_found']);
  }

  private busy(): never {
    throw new DomainException(409, MEETING_MESSAGES['schedule.busy']);
  }
}
