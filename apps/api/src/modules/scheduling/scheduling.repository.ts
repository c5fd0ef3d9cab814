import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { MeetingStatus } from '@serumpun/shared';
import { queryRows } from '../editions/database.js';

/** What the scheduler needs to know about an edition, read in one consistent go. */
export interface EditionSnapshot {
  editionId: string;
  timeZone: string;
  breakMinutes: number;
  /** In time order. `started`: the slot has begun, nothing may be placed in it any more. */
  slots: Array<{ id: string; startsAt: Date; endsAt: Date; started: boolean }>;
  /** By number. */
  tables: Array<{ id: string; number: number }>;
  unavailabilities: Array<{ userId: string; slotId: string }>;
  /** Every meeting that is not cancelled. */
  meetings: Array<{
    id: string;
    status: MeetingStatus;
    slotId: string | null;
    tableId: string | null;
    checkedIn: boolean;
    participants: Array<{ id: string; fullName: string }>;
  }>;
}

interface MeetingSnapshotRow {
  id: string;
  status: MeetingStatus;
  slot_id: string | null;
  table_id: string | null;
  checked_in: boolean;
  participants: Array<{ id: string; fullName: string }>;
}

/** Reads the edition's layout, availability and meetings; inside a transaction, at its snapshot. */
export async function loadEditionSnapshot(manager: EntityManager, edition: { id: string; timeZone: string; breakMinutes: number }): Promise<EditionSnapshot> {
  const slots = await queryRows<{ id: string; starts_at: Date; ends_at: Date; started: boolean }>(
    manager,
    'SELECT id, starts_at, ends_at, starts_at <= now() AS started FROM slots WHERE edition_id = $1 ORDER BY starts_at, id',
    [edition.id],
  );
  const tables = await queryRows<{ id: string; number: number }>(manager, 'SELECT id, number FROM meeting_tables WHERE edition_id = $1 ORDER BY number', [edition.id]);
  const unavailabilities = await queryRows<{ user_id: string; slot_id: string }>(
    manager,
    'SELECT user_id, slot_id FROM unavailabilities WHERE edition_id = $1 ORDER BY user_id, slot_id',
    [edition.id],
  );
  const meetings = await queryRows<MeetingSnapshotRow>(
    manager,
    `SELECT m.id, m.status, m.slot_id, m.table_id, m.checked_in_at IS NOT NULL AS checked_in,
            COALESCE((SELECT json_agg(json_build_object('id', u.id, 'fullName', u.full_name) ORDER BY u.id)
                        FROM meeting_participants p JOIN users u ON u.id = p.user_id WHERE p.meeting_id = m.id), '[]'::json) AS participants
       FROM meetings m
      WHERE m.edition_id = $1 AND m.status <> 'cancelled'
      ORDER BY m.created_at, m.id`,
    [edition.id],
  );
  return {
    editionId: edition.id,
    timeZone: edition.timeZone,
    breakMinutes: edition.breakMinutes,
    slots: slots.map((slot) => ({ id: slot.id, startsAt: slot.starts_at, endsAt: slot.ends_at, started: slot.started })),
    tables,
    unavailabilities: unavailabilities.map((row) => ({ userId: row.user_id, slotId: row.slot_id })),
    meetings: meetings.map((row) => ({
      id: row.id,
      status: row.status,
      slotId: row.slot_id,
      tableId: row.table_id,
      checkedIn: row.checked_in,
      participants: row.participants,
    })),
  };
}

/**
 * A digest of everything in the snapshot that a schedule depends on (not names, not the clock):
 * equal digests mean a run's result still applies to the edition as it is now.
 */
export function fingerprintOf(snapshot: EditionSnapshot): string {
  const digest = createHash('sha256');
  digest.update(JSON.stringify([snapshot.slots.map((slot) => [slot.id, slot.startsAt.toISOString(), slot.endsAt.toISOString()])]));
  digest.update(JSON.stringify(snapshot.tables.map((table) => [table.id, table.number])));
  digest.update(JSON.stringify(snapshot.unavailabilities.map((row) => [row.userId, row.slotId])));
  const meetings = [...snapshot.meetings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  digest.update(JSON.stringify(meetings.map((meeting) => [meeting.id, meeting.status, meeting.slotId, meeting.tableId, meeting.checkedIn, meeting.participants.map((p) => p.id)])));
  return digest.digest('hex');
}
