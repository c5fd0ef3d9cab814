// The upper bound: a flow relaxation that keeps each participant's capacity (participantCapacities),
// lets a meeting count only if both share a free slot, and caps the total by the usable tables of
// every slot, but forgets which slot each meeting takes. Solved as a min-cost flow, it also
// selects the meetings worth placing: among maximum-weight choices it prefers more meetings, and
// then each participant's first meeting (a small bonus), which steers the placement toward fairness.
//
// Meetings between investors and companies form a bipartite graph, where this is an exact
// transportation problem. Otherwise the flow runs on the bipartite double cover (each participant
// split into a sender and a receiver), whose optimum is twice the fractional b-matching bound.
import { NO_SLOT, type ScheduleModel } from '../instance/compile-model.js';
import { MinCostFlow } from './min-cost-flow.js';
import { participantCapacities } from './participant-capacity.js';

export interface FlowBound {
  /** Bound on placed weight, in weight units (weight × model.weightScale). */
  weightUnits: number;
  /** Meetings in the bound's own selection (a bound on the count among maximum-weight schedules). */
  count: number;
  /** Meetings the relaxation places (fixed ones included): the placement tries these first. */
  selected: Uint8Array;
  /** Meetings that can be placed at all (a free common slot, room under both maxMeetings). */
  eligible: Uint8Array;
}

const SOURCE = 0;
const SINK = 1;
const HUB = 2;
const SAFE_MAGNITUDE = 2 ** 52;

export function computeFlowBound(model: ScheduleModel): FlowBound {
  const { participantCount: P, meetingCount: M, meetingA, meetingB, weightUnits, fixedSlot, candidateStart } = model;
  const fixedPerParticipant = new Int32Array(P);
  const selected = new Uint8Array(M);
  let fixedUnits = 0;
  let fixedCount = 0;
  for (let m = 0; m < M; m++) {
    if (fixedSlot[m] === NO_SLOT) continue;
    fixedPerParticipant[meetingA[m]]++;
    fixedPerParticipant[meetingB[m]]++;
    fixedUnits += weightUnits[m];
    fixedCount++;
    selected[m] = 1;
  }
  const eligible = new Uint8Array(M);
  for (let m = 0; m < M; m++) {
    eligible[m] = fixedSlot[m] === NO_SLOT
      && candidateStart[m + 1] > candidateStart[m]
      && model.maxMeetings[meetingA[m]] > fixedPerParticipant[meetingA[m]]
      && model.maxMeetings[meetingB[m]] > fixedPerParticipant[meetingB[m]] ? 1 : 0;
  }
  const capacity = participantCapacities(model, eligible, fixedPerParticipant);
  for (let m = 0; m < M; m++) if (eligible[m] && (capacity[meetingA[m]] === 0 || capacity[meetingB[m]] === 0)) eligible[m] = 0;

  const side = twoColour(model, eligible);
  const bipartite = side !== null;
  const copies = bipartite ? 1 : 2;
  const tableCapacity = usableTables(model, eligible, side);

  let eligibleCount = 0;
  let maxUnits = 0;
  for (let m = 0; m < M; m++) {
    if (!eligible[m]) continue;
    eligibleCount++;
    maxUnits = Math.max(maxUnits, weightUnits[m]);
  }
  // Lexicographic costs (weight, then count, then first-meeting bonus) packed in one exact number.
  const nodeCount = 3 + 2 * P;
  let bonus = 1;
  let countValue = 2 * P + 1;
  let weightValue = (copies * eligibleCount + 1) * countValue + 2 * P + 1;
  if ((maxUnits + 1) * weightValue * nodeCount > SAFE_MAGNITUDE) {
    bonus = 0;
    countValue = 1;
    weightValue = copies * eligibleCount + 1;
  }
  if ((maxUnits + 1) * weightValue * nodeCount > SAFE_MAGNITUDE) {
    countValue = 0;
    weightValue = 1;
  }

  const flow = new MinCostFlow(nodeCount, copies * eligibleCount + 4 * P + 1);
  const sender = (p: number): number => 3 + p;
  const receiver = (p: number): number => 3 + P + p;
  for (let p = 0; p < P; p++) {
    if (capacity[p] === 0) continue;
    const ends = bipartite ? (side[p] === 0 ? [sender(p)] : [receiver(p)]) : [sender(p), receiver(p)];
    for (const node of ends) {
      const isSender = node === sender(p);
      const from = isSender ? SOURCE : node;
      const to = isSender ? node : HUB;
      flow.addArc(from, to, 1, -bonus);
      if (capacity[p] > 1) flow.addArc(from, to, capacity[p] - 1, 0);
    }
  }
  flow.addArc(HUB, SINK, copies * tableCapacity, 0);
  const meetingArcs = new Int32Array(copies * M).fill(-1);
  for (let m = 0; m < M; m++) {
    if (!eligible[m]) continue;
    const cost = -(weightUnits[m] * weightValue + countValue);
    const a = meetingA[m];
    const b = meetingB[m];
    if (bipartite) {
      meetingArcs[m] = side[a] === 0 ? flow.addArc(sender(a), receiver(b), 1, cost) : flow.addArc(sender(b), receiver(a), 1, cost);
    } else {
      meetingArcs[2 * m] = flow.addArc(sender(a), receiver(b), 1, cost);
      meetingArcs[2 * m + 1] = flow.addArc(sender(b), receiver(a), 1, cost);
    }
  }
  flow.minimiseCost(SOURCE, SINK);

  let doubledUnits = 0;
  let doubledCount = 0;
  for (let m = 0; m < M; m++) {
    if (!eligible[m]) continue;
    let units = 0;
    for (let c = 0; c < copies; c++) units += flow.flowOn(meetingArcs[copies * m + c]);
    if (units > 0) selected[m] = 1;
    doubledUnits += (units * weightUnits[m] * 2) / copies;
    doubledCount += (units * 2) / copies;
  }
  // An integral schedule has integral weight units, so a half-integral bound rounds down.
  return {
    weightUnits: fixedUnits + Math.floor(doubledUnits / 2),
    count: fixedCount + Math.floor(doubledCount / 2),
    selected,
    eligible,
  };
}

/** Sides 0/1 of a 2-colouring of the eligible meetings' graph, or null when it has an odd cycle. */
function twoColour(model: ScheduleModel, eligible: Uint8Array): Int8Array | null {
  const { participantCount, participantMeetingStart, participantMeetings, meetingA, meetingB } = model;
  const side = new Int8Array(participantCount).fill(-1);
  const queue = new Int32Array(participantCount);
  for (let root = 0; root < participantCount; root++) {
    if (side[root] !== -1) continue;
    side[root] = 0;
    let tail = 0;
    queue[tail++] = root;
    for (let headIndex = 0; headIndex < tail; headIndex++) {
      const p = queue[headIndex];
      for (let k = participantMeetingStart[p]; k < participantMeetingStart[p + 1]; k++) {
        const m = participantMeetings[k];
        if (!eligible[m]) continue;
        const q = meetingA[m] === p ? meetingB[m] : meetingA[m];
        if (side[q] === -1) {
          side[q] = 1 - side[p];
          queue[tail++] = q;
        } else if (side[q] === side[p]) {
          return null;
        }
      }
    }
  }
  return side;
}

/**
 * Tables that can actually be used: in each slot, no more than the free tables and no more than
 * the pairs of participants who could meet there (one side's count in a bipartite graph).
 */
function usableTables(model: ScheduleModel, eligible: Uint8Array, side: Int8Array | null): number {
  const { slotCount, meetingCount, meetingA, meetingB, candidateStart, candidateSlots, slotTables, fixedInSlot, participantCount } = model;
  const marked = new Uint8Array(participantCount * slotCount);
  const present = [new Int32Array(slotCount), new Int32Array(slotCount)];
  for (let m = 0; m < meetingCount; m++) {
    if (!eligible[m]) continue;
    for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) {
      const s = candidateSlots[k];
      for (const p of [meetingA[m], meetingB[m]]) {
        const key = p * slotCount + s;
        if (marked[key]) continue;
        marked[key] = 1;
        present[side ? side[p] : 0][s]++;
      }
    }
  }
  let total = 0;
  for (let s = 0; s < slotCount; s++) {
    const pairs = side ? Math.min(present[0][s], present[1][s]) : Math.floor(present[0][s] / 2);
    total += Math.max(0, Math.min(slotTables[s] - fixedInSlot[s], pairs));
  }
  return total;
}
