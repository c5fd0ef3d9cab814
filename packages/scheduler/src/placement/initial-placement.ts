// The first schedule, built like a greedy edge colouring: fixed meetings where they are, previous
// placements when re-planning, then the meetings the flow bound selected, heaviest and most
// constrained first, each into a free slot or through a Kempe chain; the rest after them. When
// most participants are tight (as many selected meetings as slots their meetings can use, so
// every such slot must be filled), the selected meetings are placed by constraint propagation
// instead (propagated-construction), which follows those forced choices.
import { NO_SLOT, type ScheduleModel } from '../instance/compile-model.js';
import type { SeededRandom } from '../random/seeded-random.js';
import { insertDirectly } from './direct-insert.js';
import { insertByKempeChain, type KempeLimits } from './kempe-chain.js';
import type { PlacementState } from './placement-state.js';
import { PropagatedConstruction } from './propagated-construction.js';

/** Share of participants with selected meetings who must be tight for the instance to count as tight. */
const TIGHT_SHARE = 0.5;

export function placeInitially(state: PlacementState, selected: Uint8Array, eligible: Uint8Array, random: SeededRandom, kempe: KempeLimits, tight: boolean): void {
  const { model } = state;
  const { meetingCount, fixedSlot, currentSlot } = model;
  for (let m = 0; m < meetingCount; m++) if (fixedSlot[m] !== NO_SLOT) state.place(m, fixedSlot[m]);
  if (model.replan) {
    for (let m = 0; m < meetingCount; m++) {
      const s = currentSlot[m];
      if (s !== NO_SLOT && eligible[m] && isCandidate(model, m, s) && state.canPlace(m, s)) state.place(m, s);
    }
  }
  if (tight) {
    const order: number[] = [];
    for (let m = 0; m < meetingCount; m++) if (eligible[m] && selected[m] && state.slotOf[m] === NO_SLOT) order.push(m);
    new PropagatedConstruction(state, random).run(Int32Array.from(order));
  }
  for (const wanted of [1, 0]) {
    const order: number[] = [];
    for (let m = 0; m < meetingCount; m++) if (eligible[m] && selected[m] === wanted && state.slotOf[m] === NO_SLOT) order.push(m);
    for (const m of byPriority(model, order, random)) {
      if (!insertDirectly(state, m, random)) insertByKempeChain(state, m, random, kempe);
    }
  }
  state.commit();
}

/**
 * True when most participants have as many selected meetings as distinct candidate slots among
 * them: every one of those slots must then be filled, which the propagated construction and the
 * agreement search exploit and the insertion moves cannot (they need free slots to move through).
 */
export function mostlyTight(model: ScheduleModel, selected: Uint8Array, eligible: Uint8Array): boolean {
  const { participantCount, participantMeetingStart, participantMeetings, candidateStart, candidateSlots, slotCount, fixedSlot } = model;
  const seen = new Int32Array(slotCount).fill(-1);
  let withMeetings = 0;
  let tight = 0;
  for (let p = 0; p < participantCount; p++) {
    let meetings = 0;
    let slots = 0;
    for (let j = participantMeetingStart[p]; j < participantMeetingStart[p + 1]; j++) {
      const m = participantMeetings[j];
      if (!eligible[m] || !selected[m] || fixedSlot[m] !== NO_SLOT) continue;
      meetings++;
      for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) {
        if (seen[candidateSlots[k]] === p) continue;
        seen[candidateSlots[k]] = p;
        slots++;
      }
    }
    if (meetings === 0) continue;
    withMeetings++;
    if (meetings >= slots) tight++;
  }
  return withMeetings > 0 && tight >= TIGHT_SHARE * withMeetings;
}

function isCandidate(model: ScheduleModel, m: number, s: number): boolean {
  for (let k = model.candidateStart[m]; k < model.candidateStart[m + 1]; k++) if (model.candidateSlots[k] === s) return true;
  return false;
}

/** Heaviest first; among equals, the meeting with the fewest candidate slots per pending meeting of its participants. */
function byPriority(model: ScheduleModel, meetings: number[], random: SeededRandom): number[] {
  const { weightUnits, candidateStart, meetingA, meetingB, participantMeetingStart } = model;
  const degree = (p: number): number => participantMeetingStart[p + 1] - participantMeetingStart[p];
  const slack = new Float64Array(model.meetingCount);
  const tieBreak = new Float64Array(model.meetingCount);
  for (const m of meetings) {
    slack[m] = (candidateStart[m + 1] - candidateStart[m]) / Math.max(degree(meetingA[m]), degree(meetingB[m]));
    tieBreak[m] = random.next();
  }
  return meetings.sort((x, y) => weightUnits[y] - weightUnits[x] || slack[x] - slack[y] || tieBreak[x] - tieBreak[y]);
}
