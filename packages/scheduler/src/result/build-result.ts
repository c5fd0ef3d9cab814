// Turns the solver's integer arrays back into the result JSON, with a reason for each unplaced meeting.
import { NO_SLOT, type ScheduleModel } from '../instance/compile-model.js';
import { countIdleGaps } from '../placement/idle-gaps.js';
import type { Assignment, ScheduleBound, ScheduleResult, UnplacedMeeting } from '../types.js';

export function buildResult(model: ScheduleModel, slotOf: Int32Array, tableOf: Int32Array, bound: ScheduleBound, startedAt: number): ScheduleResult {
  const { instance, meetingCount, meetingA, meetingB, meetingWeight, participantCount, participantMeetingStart, currentSlot, currentTable } = model;
  const assignments: Assignment[] = [];
  const unplaced: UnplacedMeeting[] = [];
  const placedPerParticipant = new Int32Array(participantCount);
  let placedWeight = 0;
  let movedMeetings = 0;
  for (let m = 0; m < meetingCount; m++) {
    const s = slotOf[m];
    if (currentSlot[m] !== NO_SLOT && (s !== currentSlot[m] || tableOf[m] !== currentTable[m])) movedMeetings++;
    if (s === NO_SLOT) continue;
    assignments.push({ meeting: instance.meetings[m].id, slot: instance.slots[s].id, table: tableOf[m] });
    placedWeight += meetingWeight[m];
    placedPerParticipant[meetingA[m]]++;
    placedPerParticipant[meetingB[m]]++;
  }
  for (let m = 0; m < meetingCount; m++) {
    if (slotOf[m] === NO_SLOT) unplaced.push({ meeting: instance.meetings[m].id, reason: unplacedReason(model, m, placedPerParticipant) });
  }
  let zeroMeetingParticipants = 0;
  for (let p = 0; p < participantCount; p++) {
    if (placedPerParticipant[p] === 0 && participantMeetingStart[p + 1] > participantMeetingStart[p]) zeroMeetingParticipants++;
  }
  return {
    assignments,
    unplaced,
    upperBound: bound,
    stats: {
      placedWeight: roundWeight(placedWeight),
      placedCount: assignments.length,
      ms: Math.round(performance.now() - startedAt),
      zeroMeetingParticipants,
      idleGaps: countIdleGaps(model, slotOf),
      ...(model.replan ? { movedMeetings } : {}),
    },
  };
}

/** Sums of decimal weights pick up float noise (0.1 + 0.2); results show at most 9 decimals. */
export function roundWeight(weight: number): number {
  return Math.round(weight * 1e9) / 1e9;
}

function unplacedReason(model: ScheduleModel, m: number, placedPerParticipant: Int32Array): string {
  const { instance, meetingA, meetingB, maxMeetings, available, slotCount, candidateStart } = model;
  const participants = [meetingA[m], meetingB[m]];
  for (const p of participants) {
    if (placedPerParticipant[p] >= maxMeetings[p]) return `participant "${instance.participants[p].id}" reached maxMeetings (${maxMeetings[p]})`;
  }
  if (candidateStart[m + 1] === candidateStart[m]) {
    for (let s = 0; s < slotCount; s++) {
      if (available[meetingA[m] * slotCount + s] && available[meetingB[m] * slotCount + s]) {
        return 'every common free slot is held by fixed meetings or has no table';
      }
    }
    return 'no common free slot';
  }
  return 'no room: every common free slot is full or taken by other meetings of the participants';
}
