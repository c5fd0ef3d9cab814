import type { EntityManager } from 'typeorm';
import { formatInstantInZone, type BookedMeeting, type Meeting, type MeetingEvent, type MeetingRequest, type MeetingStatus } from '@serumpun/shared';
import { queryRows } from '../editions/database.js';

export interface MeetingRow {
  id: string;
  edition_id: string;
  time_zone: string;
  request_id: string | null;
  status: MeetingStatus;
  slot_id: string | null;
  table_id: string | null;
  table_number: number | null;
  table_name: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
  sequence: number;
  checked_in_at: Date | null;
  created_at: Date;
  updated_at: Date;
  opportunity_id: string | null;
  participants: Array<{ id: string; fullName: string; role: string }>;
  /** The list order key: the slot start to the microsecond, or 'infinity' while unplaced. */
  sort_at: string;
  outcomes: Array<{ userId: string; result: Meeting['outcomes'][number]['result']; amount: string | null; currency: string | null; notes: string | null; recordedAt: string }>;
}

/** Everything a meeting view shows, in one row per meeting; callers add WHERE, ORDER and LIMIT. */
export const MEETING_SELECT = `
  SELECT m.id, m.edition_id, e.time_zone, m.request_id, m.status, m.slot_id, m.table_id,
         t.number AS table_number, t.name AS table_name, s.starts_at, s.ends_at,
         CASE WHEN s.starts_at IS NULL THEN 'infinity' ELSE to_char(s.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END AS sort_at,
         m.sequence, m.checked_in_at, m.created_at, m.updated_at, r.opportunity_id,
         COALESCE((SELECT json_agg(json_build_object('id', u.id, 'fullName', u.full_name, 'role', u.role) ORDER BY u.id)
                     FROM meeting_participants p JOIN users u ON u.id = p.user_id WHERE p.meeting_id = m.id), '[]'::json) AS participants,
         COALESCE((SELECT json_agg(json_build_object('userId', o.user_id, 'result', o.result, 'amount', o.amount::text, 'currency', o.currency,
                                                     'notes', o.notes, 'recordedAt', o.recorded_at) ORDER BY o.user_id)
                     FROM meeting_outcomes o WHERE o.meeting_id = m.id), '[]'::json) AS outcomes
    FROM meetings m
    JOIN editions e ON e.id = m.edition_id
    LEFT JOIN slots s ON s.id = m.slot_id
    LEFT JOIN meeting_tables t ON t.id = m.table_id
    LEFT JOIN meeting_requests r ON r.id = m.request_id`;

export function toBookedMeeting(row: MeetingRow): BookedMeeting {
  return {
    id: row.id,
    slotId: row.slot_id,
    tableId: row.table_id,
    startsAt: row.starts_at ? formatInstantInZone(row.starts_at, row.time_zone) : null,
    endsAt: row.ends_at ? formatInstantInZone(row.ends_at, row.time_zone) : null,
    participantIds: row.participants.map((participant) => participant.id),
  };
}

export function toMeetingView(row: MeetingRow): Meeting {
  const zoned = (value: Date | string) => formatInstantInZone(new Date(value), row.time_zone);
  return {
    ...toBookedMeeting(row),
    editionId: row.edition_id,
    requestId: row.request_id,
    status: row.status,
    tableNumber: row.table_number,
    tableName: row.table_name,
    participants: row.participants,
    opportunityId: row.opportunity_id,
    sequence: row.sequence,
    checkedInAt: row.checked_in_at ? zoned(row.checked_in_at) : null,
    outcomes: row.outcomes.map((outcome) => ({
      userId: outcome.userId,
      result: outcome.result,
      amount: outcome.amount !== null && outcome.currency !== null ? { amount: outcome.amount, currency: outcome.currency as never } : null,
      notes: outcome.notes,
      recordedAt: zoned(outcome.recordedAt),
    })),
    createdAt: zoned(row.created_at),
    updatedAt: zoned(row.updated_at),
  };
}

export async function findMeetingRow(manager: EntityManager, meetingId: string): Promise<MeetingRow | undefined> {
  const [row] = await queryRows<MeetingRow>(manager, `${MEETING_SELECT} WHERE m.id = $1`, [meetingId]);
  return row;
}

interface MeetingEventRow {
  kind: MeetingEvent['kind'];
  actor_user_id: string | null;
  at: Date;
  from_slot_id: string | null;
  to_slot_id: string | null;
  from_starts_at: Date | null;
  to_starts_at: Date | null;
  from_table_number: number | null;
  to_table_number: number | null;
  reason: string | null;
}

/** A meeting's history: its request's sending and acceptance, then every recorded change, oldest first. */
export async function meetingHistory(manager: EntityManager, meetingId: string, timeZone: string): Promise<MeetingEvent[]> {
  const rows = await queryRows<MeetingEventRow>(
    manager,
    `SELECT * FROM (
       SELECT 'requested' AS kind, r.from_user_id AS actor_user_id, r.created_at AS at, NULL::uuid AS from_slot_id, r.proposed_slot_id AS to_slot_id,
              NULL::timestamptz AS from_starts_at, NULL::timestamptz AS to_starts_at, NULL::int AS from_table_number, NULL::int AS to_table_number, r.message AS reason, 0 AS rank
         FROM meetings m JOIN meeting_requests r ON r.id = m.request_id WHERE m.id = $1
       UNION ALL
       SELECT 'accepted', r.to_user_id, COALESCE(r.responded_at, m.created_at), NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1
         FROM meetings m JOIN meeting_requests r ON r.id = m.request_id WHERE m.id = $1
       UNION ALL
       SELECT kind, actor_user_id, at, from_slot_id, to_slot_id, from_starts_at, to_starts_at, from_table_number, to_table_number, reason, 2
         FROM meeting_events WHERE meeting_id = $1
     ) history ORDER BY at, rank`,
    [meetingId],
  );
  const zoned = (value: Date | null) => (value ? formatInstantInZone(value, timeZone) : null);
  return rows.map((row) => ({
    kind: row.kind,
    actorUserId: row.actor_user_id,
    at: formatInstantInZone(row.at, timeZone),
    fromSlotId: row.from_slot_id,
    toSlotId: row.to_slot_id,
    fromStartsAt: zoned(row.from_starts_at),
    toStartsAt: zoned(row.to_starts_at),
    fromTableNumber: row.from_table_number,
    toTableNumber: row.to_table_number,
    reason: row.reason,
  }));
}

export interface MeetingRequestRow {
  id: string;
  edition_id: string;
  time_zone: string;
  status: MeetingRequest['status'];
  from_user_id: string;
  from_name: string;
  from_role: string;
  to_user_id: string;
  to_name: string;
  to_role: string;
  opportunity_id: string | null;
  message: string | null;
  proposed_slot_id: string | null;
  decline_reason: string | null;
  meeting_id: string | null;
  created_at: Date;
  responded_at: Date | null;
  /** `created_at` to the microsecond, for keyset pagination. */
  cursor_at: string;
}

/** The request view's SELECT over `source` (the table, or a CTE of rows just inserted), aliased `r`. */
export const meetingRequestSelectFrom = (source: string): string => `
  SELECT r.id, to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at, r.edition_id, e.time_zone, r.status, r.from_user_id, fu.full_name AS from_name, fu.role AS from_role,
         r.to_user_id, tu.full_name AS to_name, tu.role AS to_role, r.opportunity_id, r.message, r.proposed_slot_id,
         r.decline_reason, m.id AS meeting_id, r.created_at, r.responded_at
    FROM ${source} r
    JOIN editions e ON e.id = r.edition_id
    JOIN users fu ON fu.id = r.from_user_id
    JOIN users tu ON tu.id = r.to_user_id
    LEFT JOIN meetings m ON m.request_id = r.id`;

export const MEETING_REQUEST_SELECT = meetingRequestSelectFrom('meeting_requests');

export function toMeetingRequestView(row: MeetingRequestRow): MeetingRequest {
  return {
    id: row.id,
    editionId: row.edition_id,
    status: row.status,
    fromUserId: row.from_user_id,
    toUserId: row.to_user_id,
    from: { id: row.from_user_id, fullName: row.from_name, role: row.from_role },
    to: { id: row.to_user_id, fullName: row.to_name, role: row.to_role },
    opportunityId: row.opportunity_id,
    message: row.message,
    proposedSlotId: row.proposed_slot_id,
    declineReason: row.decline_reason,
    meetingId: row.meeting_id,
    createdAt: formatInstantInZone(row.created_at, row.time_zone),
    respondedAt: row.responded_at ? formatInstantInZone(row.responded_at, row.time_zone) : null,
  };
}

export async function findMeetingRequestRow(manager: EntityManager, requestId: string): Promise<MeetingRequestRow | undefined> {
  const [row] = await queryRows<MeetingRequestRow>(manager, `${MEETING_REQUEST_SELECT} WHERE r.id = $1`, [requestId]);
  return row;
}

/**
 * Pending requests whose edition's deadline has passed become `expired` (the deadline, or the end of
 * the edition's last day when none is set). Run before acting on requests, and by a periodic sweep.
 */
export async function expireOverdueRequests(manager: EntityManager, editionId?: string): Promise<number> {
  const expired = await queryRows(
    manager,
    `UPDATE meeting_requests r SET status = 'expired', responded_at = now(), updated_at = now()
       FROM editions e
      WHERE e.id = r.edition_id AND r.status = 'pending'
        AND now() >= COALESCE(e.request_deadline, ((e.end_date + 1)::timestamp AT TIME ZONE e.time_zone))
        ${editionId ? 'AND r.edition_id = $1' : ''}
      RETURNING r.id`,
    editionId ? [editionId] : [],
  );
  return expired.length;
}
