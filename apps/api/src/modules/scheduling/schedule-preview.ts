import type { ScheduleResult } from '@serumpun/scheduler';
import { formatInstantInZone, type ScheduleFigures, type SchedulePlace, type ScheduleRunPreview, type UnplacedReason } from '@serumpun/shared';
import type { EditionInstance, ScheduledMeeting } from './schedule-instance.js';

/** One write of publishing: a meeting placed for the first time, moved, or (re-planning) unplaced. */
export interface ScheduleChange {
  meetingId: string;
  kind: 'placed' | 'moved' | 'unplaced';
  slotId: string | null;
  tableId: string | null;
}

type Placement = { slotId: string; tableNumber: number };

/**
 * What publishing a result would change, in the organiser's terms: before/after figures computed
 * the same way on both sides, the changes to write, and for each meeting left unplaced the
 * simplest explanation the data gives.
 */
export function buildPreview(edition: EditionInstance, result: ScheduleResult, timeZone: string): { preview: ScheduleRunPreview; changes: ScheduleChange[] } {
  const before = new Map<string, Placement>();
  for (const meeting of edition.meetings.values()) if (meeting.current) before.set(meeting.id, meeting.current);
  const after = new Map<string, Placement>(result.assignments.map((assignment) => [assignment.meeting, { slotId: assignment.slot, tableNumber: assignment.table }]));

  const slotById = new Map(edition.slots.map((slot) => [slot.id, slot]));
  const place = (placement: Placement): SchedulePlace => ({
    slotId: placement.slotId,
    startsAt: formatInstantInZone(slotById.get(placement.slotId)!.startsAt, timeZone),
    tableId: edition.tableIdByNumber.get(placement.tableNumber)!,
    tableNumber: placement.tableNumber,
  });

  const changes: ScheduleChange[] = [];
  const moves: ScheduleRunPreview['moves'] = [];
  for (const meeting of edition.meetings.values()) {
    const from = before.get(meeting.id);
    const to = after.get(meeting.id);
    if (!from && to) changes.push({ meetingId: meeting.id, kind: 'placed', slotId: to.slotId, tableId: place(to).tableId });
    if (from && (!to || to.slotId !== from.slotId || to.tableNumber !== from.tableNumber)) {
      changes.push({ meetingId: meeting.id, kind: to ? 'moved' : 'unplaced', slotId: to?.slotId ?? null, tableId: to ? place(to).tableId : null });
      moves.push({ meetingId: meeting.id, participants: meeting.participants, from: place(from), to: to ? place(to) : null });
    }
  }

  const unplacedMeetings = [...edition.meetings.values()]
    .filter((meeting) => !after.has(meeting.id))
    .map((meeting) => ({ meetingId: meeting.id, participants: meeting.participants, ...explainUnplaced(edition, meeting) }));

  const total = edition.meetings.size;
  const figures = (placements: Map<string, Placement>, placedWeight: number): ScheduleFigures => ({
    placed: placements.size,
    placedWeight,
    unplaced: total - placements.size,
    zeroMeetingParticipants: zeroMeetingParticipants(edition, placements),
    idleGaps: idleGaps(edition, placements),
  });
  // Every meeting weighs 1 for now, so the weight before is the count.
  const afterFigures = figures(after, result.stats.placedWeight);
  return {
    preview: {
      placed: afterFigures.placed,
      unplaced: afterFigures.unplaced,
      upperBound: result.upperBound,
      moved: moves.length,
      newlyPlaced: changes.filter((change) => change.kind === 'placed').length,
      before: figures(before, before.size),
      after: afterFigures,
      unplacedMeetings,
      moves,
      ms: Math.round(result.stats.ms),
    },
    changes,
  };
}

/**
 * Why a meeting stays unplaced: no slot both sides have free (after their unavailability and their
 * fixed meetings); else one side has more meetings to place than free slots; else the tables of
 * their common free slots went to other meetings.
 */
export function explainUnplaced(edition: EditionInstance, meeting: ScheduledMeeting): { reason: UnplacedReason; participantId: string | null } {
  const fixedSlots = new Map<string, Set<string>>();
  const toPlace = new Map<string, number>();
  for (const other of edition.meetings.values()) {
    for (const participant of other.participants) {
      if (other.fixed && other.current) {
        const slots = fixedSlots.get(participant.id) ?? new Set<string>();
        slots.add(other.current.slotId);
        fixedSlots.set(participant.id, slots);
      } else {
        toPlace.set(participant.id, (toPlace.get(participant.id) ?? 0) + 1);
      }
    }
  }
  const freeSlots = (userId: string) =>
    new Set(edition.slots.map((slot) => slot.id).filter((slotId) => !edition.unavailable.get(userId)?.has(slotId) && !fixedSlots.get(userId)?.has(slotId)));
  const [a, b] = meeting.participants.map((participant) => ({ id: participant.id, free: freeSlots(participant.id) }));
  if (![...a.free].some((slotId) => b.free.has(slotId))) return { reason: 'no_common_free_slot', participantId: null };
  const excess = (side: { id: string; free: Set<string> }) => (toPlace.get(side.id) ?? 0) - side.free.size;
  const busiest = excess(a) >= excess(b) ? a : b;
  if (excess(busiest) > 0) return { reason: 'participant_overbooked', participantId: busiest.id };
  return { reason: 'tables_full', participantId: null };
}

function slotsByParticipant(edition: EditionInstance, placements: Map<string, Placement>): Map<string, string[]> {
  const byParticipant = new Map<string, string[]>();
  for (const [meetingId, placement] of placements) {
    for (const participant of edition.meetings.get(meetingId)?.participants ?? []) {
      const slots = byParticipant.get(participant.id) ?? [];
      slots.push(placement.slotId);
      byParticipant.set(participant.id, slots);
    }
  }
  return byParticipant;
}

/** Participants with meetings in the instance and none of them placed. */
export function zeroMeetingParticipants(edition: EditionInstance, placements: Map<string, Placement>): number {
  const placed = slotsByParticipant(edition, placements);
  const everyone = new Set([...edition.meetings.values()].flatMap((meeting) => meeting.participants.map((participant) => participant.id)));
  return [...everyone].filter((id) => !placed.has(id)).length;
}

/** Empty slots between a participant's first and last meeting of a session, summed over everyone. */
export function idleGaps(edition: EditionInstance, placements: Map<string, Placement>): number {
  const position = new Map(edition.slots.map((slot, index) => [slot.id, { index, session: slot.session }]));
  let gaps = 0;
  for (const slotIds of slotsByParticipant(edition, placements).values()) {
    const bySession = new Map<number, number[]>();
    for (const slotId of slotIds) {
      const at = position.get(slotId);
      if (!at) continue;
      bySession.set(at.session, [...(bySession.get(at.session) ?? []), at.index]);
    }
    for (const indexes of bySession.values()) gaps += Math.max(...indexes) - Math.min(...indexes) + 1 - indexes.length;
  }
  return gaps;
}
