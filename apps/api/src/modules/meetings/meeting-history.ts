import type { EntityManager } from 'typeorm';
import type { MeetingEventKind } from '@serumpun/shared';

/** Where a meeting sat, copied into its history so the history outlives slot and table changes. */
export interface MeetingPlace {
  slotId: string;
  startsAt: Date;
  endsAt: Date;
  tableNumber: number;
}

export interface MeetingEventRecord {
  meetingId: string;
  actorUserId: string | null;
  kind: MeetingEventKind;
  from?: MeetingPlace | null;
  to?: MeetingPlace | null;
  reason?: string | null;
}

const COLUMNS = [
  'meeting_id',
  'actor_user_id',
  'kind',
  'from_slot_id',
  'from_starts_at',
  'from_ends_at',
  'from_table_number',
  'to_slot_id',
  'to_starts_at',
  'to_ends_at',
  'to_table_number',
  'reason',
] as const;

/** Appends state changes to `meeting_events`, in the caller's transaction. */
export async function recordMeetingEvents(manager: EntityManager, events: readonly MeetingEventRecord[]): Promise<void> {
  if (events.length === 0) return;
  const values: unknown[] = [];
  const rows = events.map((event) => {
    const row = [
      event.meetingId,
      event.actorUserId,
      event.kind,
      event.from?.slotId ?? null,
      event.from?.startsAt ?? null,
      event.from?.endsAt ?? null,
      event.from?.tableNumber ?? null,
      event.to?.slotId ?? null,
      event.to?.startsAt ?? null,
      event.to?.endsAt ?? null,
      event.to?.tableNumber ?? null,
      event.reason ?? null,
    ];
    const placeholders = row.map((value) => `$${values.push(value)}`);
    return `(${placeholders.join(', ')})`;
  });
  await manager.query(`INSERT INTO meeting_events (${COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`, values);
}
