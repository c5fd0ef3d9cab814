import type { Meeting } from '@serumpun/shared';

/** The parts of a meeting the grid places and checks. */
export type GridMeeting = Pick<Meeting, 'id' | 'slotId' | 'tableId' | 'participantIds' | 'status'>;

/** What stops a meeting from moving into a cell: the three rules the database also enforces. */
export type MoveConflict =
  | { kind: 'table_taken'; meetingId: string }
  | { kind: 'participant_busy'; userId: string; meetingId: string }
  | { kind: 'participant_unavailable'; userId: string }
  | { kind: 'slot_started' };

export interface ScheduleGrid<M extends GridMeeting = GridMeeting> {
  /** The meeting in each slot × table cell. */
  byCell: ReadonlyMap<string, M>;
  /** The meeting each participant has in each slot. */
  byParticipantSlot: ReadonlyMap<string, M>;
  /** Slots each participant marked as "cannot attend". */
  unavailable: ReadonlyMap<string, ReadonlySet<string>>;
  /** Agreed meetings without a slot yet. */
  unplaced: M[];
  /** Slots that have begun: nothing moves into the past. */
  started: ReadonlySet<string>;
}

export const cellKey = (slotId: string, tableId: string) => `${slotId}|${tableId}`;
const participantKey = (userId: string, slotId: string) => `${userId}|${slotId}`;

/** Cancelled meetings free their slot and table; everything else occupies them. */
export function occupiesItsSlot(meeting: GridMeeting): boolean {
  return meeting.status !== 'cancelled' && meeting.slotId !== null && meeting.tableId !== null;
}

export interface GridContext {
  /** Slots each participant marked unavailable, when the API shares them with organisers. */
  unavailableByUser?: ReadonlyMap<string, Iterable<string>>;
  /** Slots that have already started. */
  startedSlotIds?: Iterable<string>;
}

export function buildScheduleGrid<M extends GridMeeting>(meetings: readonly M[], context: GridContext = {}): ScheduleGrid<M> {
  const { unavailableByUser = new Map<string, Iterable<string>>(), startedSlotIds = [] } = context;
  const byCell = new Map<string, M>();
  const byParticipantSlot = new Map<string, M>();
  const unplaced: M[] = [];
  for (const meeting of meetings) {
    if (meeting.status === 'cancelled') continue;
    if (!occupiesItsSlot(meeting)) {
      unplaced.push(meeting);
      continue;
    }
    byCell.set(cellKey(meeting.slotId!, meeting.tableId!), meeting);
    for (const userId of meeting.participantIds) byParticipantSlot.set(participantKey(userId, meeting.slotId!), meeting);
  }
  const unavailable = new Map([...unavailableByUser].map(([userId, slotIds]) => [userId, new Set<string>(slotIds)] as const));
  return { byCell, byParticipantSlot, unavailable, unplaced, started: new Set(startedSlotIds) };
}

/**
 * What would go wrong if `meeting` moved to this slot and table, judged from the loaded grid
 * (the server checks again on save). The meeting's own current place never conflicts with itself.
 */
export function moveConflicts(grid: ScheduleGrid, meeting: GridMeeting, target: { slotId: string; tableId: string }): MoveConflict[] {
  const conflicts: MoveConflict[] = [];
  if (grid.started.has(target.slotId)) conflicts.push({ kind: 'slot_started' });
  const occupant = grid.byCell.get(cellKey(target.slotId, target.tableId));
  if (occupant && occupant.id !== meeting.id) conflicts.push({ kind: 'table_taken', meetingId: occupant.id });
  for (const userId of meeting.participantIds) {
    const other = grid.byParticipantSlot.get(participantKey(userId, target.slotId));
    // The participant's meeting in that slot is this one (moving to another table in the same slot): no clash.
    if (other && other.id !== meeting.id) conflicts.push({ kind: 'participant_busy', userId, meetingId: other.id });
    if (grid.unavailable.get(userId)?.has(target.slotId)) conflicts.push({ kind: 'participant_unavailable', userId });
  }
  return conflicts;
}

export type CellState = 'current' | 'free' | 'conflict';

export function cellState(grid: ScheduleGrid, meeting: GridMeeting, target: { slotId: string; tableId: string }): CellState {
  if (meeting.slotId === target.slotId && meeting.tableId === target.tableId) return 'current';
  return moveConflicts(grid, meeting, target).length === 0 ? 'free' : 'conflict';
}
