// How many meetings each participant could hold at most, ignoring everyone else: a meeting needs
// its own slot, so the count is a maximum matching between the participant's meetings and slots
// (Kuhn's augmenting paths; a participant has at most a few dozen of each). This is tighter than
// "as many meetings as free slots" when partners' availability leaves some free slots useless.
import type { ScheduleModel } from '../instance/compile-model.js';

export function participantCapacities(model: ScheduleModel, eligible: Uint8Array, fixedPerParticipant: Int32Array): Int32Array {
  const { participantCount, slotCount, participantMeetingStart, participantMeetings, candidateStart, candidateSlots, maxMeetings } = model;
  const capacity = new Int32Array(participantCount);
  const slotHolder = new Int32Array(slotCount).fill(-1);
  const visitStamp = new Int32Array(slotCount);
  let stamp = 0;

  const augment = (m: number): boolean => {
    for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) {
      const s = candidateSlots[k];
      if (visitStamp[s] === stamp) continue;
      visitStamp[s] = stamp;
      if (slotHolder[s] === -1 || augment(slotHolder[s])) {
        slotHolder[s] = m;
        return true;
      }
    }
    return false;
  };

  for (let p = 0; p < participantCount; p++) {
    const limit = maxMeetings[p] - fixedPerParticipant[p];
    if (limit <= 0) continue;
    let matched = 0;
    for (let k = participantMeetingStart[p]; k < participantMeetingStart[p + 1] && matched < limit; k++) {
      const m = participantMeetings[k];
      if (!eligible[m]) continue;
      stamp++;
      if (augment(m)) matched++;
    }
    capacity[p] = matched;
    for (let k = participantMeetingStart[p]; k < participantMeetingStart[p + 1]; k++) {
      const m = participantMeetings[k];
      for (let j = candidateStart[m]; j < candidateStart[m + 1]; j++) slotHolder[candidateSlots[j]] = -1;
    }
  }
  return capacity;
}
