import type { EntityManager } from 'typeorm';
import { DomainException } from '../../common/api-exceptions.js';
import { keyValuesOf, postgresErrorOf, queryRows } from '../editions/database.js';
import { MEETING_MESSAGES } from './meetings.messages.js';

// Booking puts a meeting into (slot, table). The database guarantees the invariants (unique indexes
// and triggers, see the EditionsMeetings migration); this module makes the common case fast and the
// refusal readable:
//   1. the edition row is held FOR SHARE, so a layout change (FOR UPDATE) cannot remove the slot midway;
//   2. the slot row is held FOR NO KEY UPDATE, so bookings into one slot take turns: `claimTable` then
//      sees every meeting committed before, and the lowest free table is really free;
//   3. whatever slips through (another writer that skips step 2, such as a future scheduler) is caught
//      by the constraints and turned into the same 409s by `bookingConflict`.

export interface Participant {
  id: string;
  fullName: string;
}

export interface LockedSlot {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

export interface FreeTable {
  id: string;
  number: number;
}

/** Step 1: the edition may not change its slots or tables while we book. */
export async function holdEdition(manager: EntityManager, editionId: string): Promise<void> {
  await manager.query('SELECT 1 FROM editions WHERE id = $1 FOR SHARE', [editionId]);
}

/** Step 2: the slot, which must belong to the edition and lie in the future. */
export async function lockSlot(manager: EntityManager, editionId: string, slotId: string, field = 'slotId'): Promise<LockedSlot> {
  const [slot] = await queryRows<{ id: string; starts_at: Date; ends_at: Date; started: boolean }>(
    manager,
    'SELECT id, starts_at, ends_at, starts_at <= now() AS started FROM slots WHERE id = $1 AND edition_id = $2 FOR NO KEY UPDATE',
    [slotId, editionId],
  );
  if (!slot) throw new DomainException(422, MEETING_MESSAGES['slot.not_in_edition'], { field });
  if (slot.started) throw new DomainException(422, MEETING_MESSAGES['slot.past'], { field });
  return { id: slot.id, startsAt: slot.starts_at, endsAt: slot.ends_at };
}

/**
 * After the slot is locked: neither participant may have another live meeting in it, nor have marked
 * it unavailable, and a table must be free. One round trip; the answer is the lowest free table.
 */
export async function claimTable(
  manager: EntityManager,
  editionId: string,
  slotId: string,
  participants: readonly Participant[],
  callerId: string,
  exceptMeetingId: string | null = null,
  requestedTableId: string | null = null,
): Promise<FreeTable> {
  const [state] = await queryRows<{ busy: string[] | null; unavailable: string[] | null; table: FreeTable | null; table_count: number; requested_known: boolean }>(
    manager,
    `SELECT (SELECT array_agg(user_id ORDER BY user_id) FROM meeting_participants
              WHERE slot_id = $2 AND active AND user_id = ANY($3::uuid[]) AND meeting_id IS DISTINCT FROM $4::uuid) AS busy,
            (SELECT array_agg(user_id ORDER BY user_id) FROM unavailabilities WHERE slot_id = $2 AND user_id = ANY($3::uuid[])) AS unavailable,
            (SELECT json_build_object('id', t.id, 'number', t.number) FROM meeting_tables t
              WHERE t.edition_id = $1 AND ($5::uuid IS NULL OR t.id = $5::uuid)
                AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.slot_id = $2 AND m.table_id = t.id AND m.status <> 'cancelled' AND m.id IS DISTINCT FROM $4::uuid)
              ORDER BY t.number LIMIT 1) AS table,
            (SELECT count(*)::int FROM meeting_tables WHERE edition_id = $1) AS table_count,
            ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM meeting_tables WHERE edition_id = $1 AND id = $5::uuid)) AS requested_known`,
    [editionId, slotId, participants.map((participant) => participant.id), exceptMeetingId, requestedTableId],
  );
  if (!state.requested_known) throw new DomainException(422, MEETING_MESSAGES['booking.table_not_in_edition'], { field: 'tableId' });
  if (state.busy) throw participantConflict('busy', state.busy, participants, callerId);
  if (state.unavailable) throw participantConflict('unavailable', state.unavailable, participants, callerId);
  if (!state.table && requestedTableId) throw new DomainException(409, MEETING_MESSAGES['booking.requested_table_taken'], { field: 'tableId' });
  if (!state.table) throw new DomainException(409, MEETING_MESSAGES['booking.slot_full'], { field: 'slotId', params: { count: state.table_count } });
  return state.table;
}

function participantConflict(kind: 'busy' | 'unavailable', ids: readonly string[], participants: readonly Participant[], callerId: string): DomainException {
  if (ids.includes(callerId)) {
    return new DomainException(409, MEETING_MESSAGES[kind === 'busy' ? 'booking.you_are_busy' : 'booking.you_are_unavailable'], { field: 'slotId' });
  }
  const other = participants.find((participant) => ids.includes(participant.id));
  return new DomainException(409, MEETING_MESSAGES[kind === 'busy' ? 'booking.participant_busy' : 'booking.participant_unavailable'], {
    field: 'slotId',
    params: { name: other?.fullName ?? '?' },
  });
}

/**
 * The 409 for a constraint that refused a booking, naming the person concerned; null for any other
 * error (which then stays a 500, as it should).
 */
export function bookingConflict(error: unknown, participants: readonly Participant[], callerId: string): DomainException | null {
  const problem = postgresErrorOf(error);
  if (!problem) return null;
  switch (problem.constraint) {
    case 'meeting_participants_one_per_slot': {
      const [userId] = keyValuesOf(problem.detail);
      return participantConflict('busy', [userId], participants, callerId);
    }
    case 'meeting_participants_slot_available':
      return participantConflict('unavailable', [problem.detail ?? ''], participants, callerId);
    case 'meetings_one_per_table_per_slot':
      return new DomainException(409, MEETING_MESSAGES['booking.table_taken'], { field: 'slotId' });
    default:
      return null;
  }
}
