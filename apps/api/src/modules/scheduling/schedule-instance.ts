import type { Meeting as InstanceMeeting, Participant as InstanceParticipant, ScheduleInstance, Slot as InstanceSlot } from '@serumpun/scheduler';
import type { ScheduleRunMode } from '@serumpun/shared';
import type { EditionSnapshot } from './scheduling.repository.js';

/** A meeting of the instance as the database knows it: where it sits now (if anywhere) and who meets. */
export interface ScheduledMeeting {
  id: string;
  participants: Array<{ id: string; fullName: string }>;
  /** The current (slot, table) when booked, null while unplaced. */
  current: { slotId: string; tableNumber: number } | null;
  /** Stays where it is whatever the run finds (fill mode, or checked in already). */
  fixed: boolean;
}

export interface EditionInstance {
  instance: ScheduleInstance;
  meetings: Map<string, ScheduledMeeting>;
  /** Future slots in time order, with their session index. */
  slots: Array<{ id: string; startsAt: Date; endsAt: Date; session: number }>;
  tableIdByNumber: Map<number, string>;
  tableNumberById: Map<string, number>;
  /** Unavailable future slots per participant. */
  unavailable: Map<string, Set<string>>;
}

export interface InstanceOptions {
  timeLimitMs: number;
  seed: number;
}

/**
 * The scheduler's instance (SCHEDULER.md) for an edition. Only slots that have not started take
 * part: meetings already in a started slot are history and stay out. Every slot has all the
 * edition's tables. Slots separated by more than the edition's break form separate sessions (a
 * lunch pause is not an idle gap). `fill` fixes every booked meeting; `replan` gives them as
 * `current` placements (the solver keeps moves few) and fixes only those already checked in.
 */
export function buildScheduleInstance(snapshot: EditionSnapshot, mode: ScheduleRunMode, options: InstanceOptions): EditionInstance {
  const tableCount = snapshot.tables.length;
  const tableIdByNumber = new Map(snapshot.tables.map((table) => [table.number, table.id]));
  const tableNumberById = new Map(snapshot.tables.map((table) => [table.id, table.number]));
  const slots: EditionInstance['slots'] = [];
  let session = 0;
  for (const slot of snapshot.slots) {
    if (slot.started) continue;
    const previous = slots.at(-1);
    if (previous && slot.startsAt.getTime() - previous.endsAt.getTime() > snapshot.breakMinutes * 60_000) session++;
    slots.push({ id: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt, session });
  }
  const futureSlotIds = new Set(slots.map((slot) => slot.id));

  const meetings = new Map<string, ScheduledMeeting>();
  const instanceMeetings: InstanceMeeting[] = [];
  for (const meeting of snapshot.meetings) {
    if (meeting.status !== 'scheduled' || meeting.participants.length !== 2) continue;
    if (meeting.slotId && !futureSlotIds.has(meeting.slotId)) continue;
    const tableNumber = meeting.tableId ? tableNumberById.get(meeting.tableId) : undefined;
    const current = meeting.slotId && tableNumber !== undefined ? { slotId: meeting.slotId, tableNumber } : null;
    const fixed = current !== null && (mode === 'fill' || meeting.checkedIn);
    meetings.set(meeting.id, { id: meeting.id, participants: meeting.participants, current, fixed });
    const [a, b] = meeting.participants;
    const entry: InstanceMeeting = { id: meeting.id, a: a.id, b: b.id, weight: 1 };
    if (current && fixed) entry.fixed = { slot: current.slotId, table: current.tableNumber };
    else if (current) entry.current = { slot: current.slotId, table: current.tableNumber };
    instanceMeetings.push(entry);
  }

  const unavailable = new Map<string, Set<string>>();
  for (const row of snapshot.unavailabilities) {
    if (!futureSlotIds.has(row.slotId)) continue;
    const set = unavailable.get(row.userId) ?? new Set<string>();
    set.add(row.slotId);
    unavailable.set(row.userId, set);
  }
  const participantIds = [...new Set(instanceMeetings.flatMap((meeting) => [meeting.a, meeting.b]))];
  const participants: InstanceParticipant[] = participantIds.map((id) => {
    const slotIds = unavailable.get(id);
    return slotIds ? { id, unavailable: [...slotIds] } : { id };
  });
  const instanceSlots: InstanceSlot[] = slots.map((slot) => ({ id: slot.id, tables: tableCount, session: `session-${slot.session}` }));

  return {
    instance: {
      slots: instanceSlots,
      participants,
      meetings: instanceMeetings,
      options: { timeLimitMs: options.timeLimitMs, seed: options.seed, ...(mode === 'replan' ? { replan: true } : {}) },
    },
    meetings,
    slots,
    tableIdByNumber,
    tableNumberById,
    unavailable,
  };
}
