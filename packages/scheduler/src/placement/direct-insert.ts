// Placing a meeting without disturbing any other: the cheapest move, tried first everywhere.
import { NO_SLOT } from '../instance/compile-model.js';
import type { SeededRandom } from '../random/seeded-random.js';
import type { PlacementState } from './placement-state.js';

/**
 * Among the slots free for both participants with a table left, prefers the meeting's previous slot
 * when re-planning, then a slot next to the participants' other meetings of the same session
 * (fewer idle gaps later), then a random one. Returns NO_SLOT when none is free.
 */
export function chooseFreeSlot(state: PlacementState, m: number, random: SeededRandom): number {
  const { model, busy, load, capacity, placedPerParticipant } = state;
  const { meetingA, meetingB, maxMeetings, candidateStart, candidateSlots, slotCount, previousInSession, nextInSession, currentSlot } = model;
  const a = meetingA[m];
  const b = meetingB[m];
  if (placedPerParticipant[a] >= maxMeetings[a] || placedPerParticipant[b] >= maxMeetings[b]) return NO_SLOT;
  const rowA = a * slotCount;
  const rowB = b * slotCount;
  let best = NO_SLOT;
  let bestScore = -1;
  let ties = 0;
  for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) {
    const s = candidateSlots[k];
    if (load[s] >= capacity[s] || busy[rowA + s] !== -1 || busy[rowB + s] !== -1) continue;
    let score = 0;
    if (s === currentSlot[m]) score += 100;
    const before = previousInSession[s];
    const after = nextInSession[s];
    if (before !== NO_SLOT) score += (busy[rowA + before] !== -1 ? 1 : 0) + (busy[rowB + before] !== -1 ? 1 : 0);
    if (after !== NO_SLOT) score += (busy[rowA + after] !== -1 ? 1 : 0) + (busy[rowB + after] !== -1 ? 1 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = s;
      ties = 1;
    } else if (score === bestScore && random.below(++ties) === 0) {
      best = s;
    }
  }
  return best;
}

export function insertDirectly(state: PlacementState, m: number, random: SeededRandom): boolean {
  const s = chooseFreeSlot(state, m, random);
  if (s === NO_SLOT) return false;
  state.place(m, s);
  return true;
}
