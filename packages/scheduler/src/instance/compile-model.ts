// Indexes a parsed instance into typed arrays so that the hot loops of the solver never touch
// strings or maps: slots, participants and meetings become 0-based integers.
import type { ScheduleInstance } from '../types.js';

export const NO_SLOT = -1;
/** Stands for "no maxMeetings": larger than any possible meeting count. */
export const UNLIMITED = 0x3fffffff;

export interface ScheduleModel {
  readonly instance: ScheduleInstance;
  readonly slotCount: number;
  readonly participantCount: number;
  readonly meetingCount: number;
  readonly slotTables: Int32Array;
  /** Neighbouring slots of the same session in instance order, or NO_SLOT: idle gaps live between them. */
  readonly previousInSession: Int32Array;
  readonly nextInSession: Int32Array;
  /** Slots of each session in order (CSR by session index) and each slot's session. */
  readonly sessionStart: Int32Array;
  readonly sessionSlots: Int32Array;
  readonly slotSession: Int32Array;
  readonly meetingA: Int32Array;
  readonly meetingB: Int32Array;
  readonly meetingWeight: Float64Array;
  /** Weights as integers (weight × weightScale) so that sums and comparisons are exact. */
  readonly weightUnits: Float64Array;
  readonly weightScale: number;
  /** False when some weight has more than three decimals and weightUnits are rounded. */
  readonly weightsExact: boolean;
  /** available[p * slotCount + s] is 1 when participant p can meet in slot s. */
  readonly available: Uint8Array;
  readonly homeTable: Int32Array;
  readonly maxMeetings: Int32Array;
  readonly fixedSlot: Int32Array;
  readonly fixedTable: Int32Array;
  /** Previous placement, filled only when re-planning. */
  readonly currentSlot: Int32Array;
  readonly currentTable: Int32Array;
  readonly replan: boolean;
  /** Meetings of each participant (CSR). */
  readonly participantMeetingStart: Int32Array;
  readonly participantMeetings: Int32Array;
  /** Slots where a meeting may go (CSR): both free, neither held by a fixed meeting, a table left. */
  readonly candidateStart: Int32Array;
  readonly candidateSlots: Int32Array;
  /** Fixed meetings per slot, and whether some participant has a fixed meeting in a slot. */
  readonly fixedInSlot: Int32Array;
}

const WEIGHT_SCALES = [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 50, 100, 1000];

/** The smallest scale that makes every weight an integer; weights finer than 1/1000 are rounded. */
function chooseWeightScale(weights: Float64Array): { scale: number; exact: boolean } {
  for (const scale of WEIGHT_SCALES) {
    let exact = true;
    for (let i = 0; i < weights.length && exact; i++) {
      const scaled = weights[i] * scale;
      exact = Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, scaled);
    }
    if (exact) return { scale, exact: true };
  }
  return { scale: 1000, exact: false };
}

export function compileModel(instance: ScheduleInstance): ScheduleModel {
  const slotCount = instance.slots.length;
  const participantCount = instance.participants.length;
  const meetingCount = instance.meetings.length;
  const slotIndex = new Map(instance.slots.map((slot, index) => [slot.id, index]));
  const participantIndex = new Map(instance.participants.map((participant, index) => [participant.id, index]));
  const replan = instance.options?.replan === true;

  const slotTables = Int32Array.from(instance.slots, (slot) => slot.tables);
  const sessionIndex = new Map<string, number>();
  const slotSession = Int32Array.from(instance.slots, (slot) => {
    const key = slot.session ?? '';
    if (!sessionIndex.has(key)) sessionIndex.set(key, sessionIndex.size);
    return sessionIndex.get(key) as number;
  });
  const sessionCount = sessionIndex.size;
  const sessionStart = new Int32Array(sessionCount + 1);
  for (let s = 0; s < slotCount; s++) sessionStart[slotSession[s] + 1]++;
  for (let k = 0; k < sessionCount; k++) sessionStart[k + 1] += sessionStart[k];
  const sessionSlots = new Int32Array(slotCount);
  const sessionFill = sessionStart.slice(0, sessionCount);
  const previousInSession = new Int32Array(slotCount).fill(NO_SLOT);
  const nextInSession = new Int32Array(slotCount).fill(NO_SLOT);
  const lastOfSession = new Int32Array(sessionCount).fill(NO_SLOT);
  for (let s = 0; s < slotCount; s++) {
    const session = slotSession[s];
    sessionSlots[sessionFill[session]++] = s;
    const last = lastOfSession[session];
    if (last !== NO_SLOT) {
      previousInSession[s] = last;
      nextInSession[last] = s;
    }
    lastOfSession[session] = s;
  }

  const available = new Uint8Array(participantCount * slotCount).fill(1);
  const homeTable = new Int32Array(participantCount);
  const maxMeetings = new Int32Array(participantCount).fill(UNLIMITED);
  instance.participants.forEach((participant, p) => {
    for (const slotId of participant.unavailable ?? []) available[p * slotCount + (slotIndex.get(slotId) as number)] = 0;
    homeTable[p] = participant.homeTable ?? 0;
    if (participant.maxMeetings !== undefined) maxMeetings[p] = participant.maxMeetings;
  });

  const meetingA = new Int32Array(meetingCount);
  const meetingB = new Int32Array(meetingCount);
  const meetingWeight = new Float64Array(meetingCount);
  const fixedSlot = new Int32Array(meetingCount).fill(NO_SLOT);
  const fixedTable = new Int32Array(meetingCount);
  const currentSlot = new Int32Array(meetingCount).fill(NO_SLOT);
  const currentTable = new Int32Array(meetingCount);
  const fixedInSlot = new Int32Array(slotCount);
  // Slots where a participant already sits in a fixed meeting: no other meeting of theirs may go there.
  const heldByFixed = new Uint8Array(participantCount * slotCount);
  instance.meetings.forEach((meeting, m) => {
    meetingA[m] = participantIndex.get(meeting.a) as number;
    meetingB[m] = participantIndex.get(meeting.b) as number;
    meetingWeight[m] = meeting.weight ?? 1;
    if (meeting.fixed) {
      const s = slotIndex.get(meeting.fixed.slot) as number;
      fixedSlot[m] = s;
      fixedTable[m] = meeting.fixed.table;
      fixedInSlot[s]++;
      heldByFixed[meetingA[m] * slotCount + s] = 1;
      heldByFixed[meetingB[m] * slotCount + s] = 1;
    } else if (replan && meeting.current) {
      currentSlot[m] = slotIndex.get(meeting.current.slot) as number;
      currentTable[m] = meeting.current.table;
    }
  });
  const { scale: weightScale, exact: weightsExact } = chooseWeightScale(meetingWeight);
  const weightUnits = Float64Array.from(meetingWeight, (weight) => Math.round(weight * weightScale));

  const participantMeetingStart = new Int32Array(participantCount + 1);
  for (let m = 0; m < meetingCount; m++) {
    participantMeetingStart[meetingA[m] + 1]++;
    participantMeetingStart[meetingB[m] + 1]++;
  }
  for (let p = 0; p < participantCount; p++) participantMeetingStart[p + 1] += participantMeetingStart[p];
  const participantMeetings = new Int32Array(2 * meetingCount);
  const participantFill = participantMeetingStart.slice(0, participantCount);
  for (let m = 0; m < meetingCount; m++) {
    participantMeetings[participantFill[meetingA[m]]++] = m;
    participantMeetings[participantFill[meetingB[m]]++] = m;
  }

  const candidateStart = new Int32Array(meetingCount + 1);
  const candidates: number[] = [];
  for (let m = 0; m < meetingCount; m++) {
    if (fixedSlot[m] !== NO_SLOT) {
      candidates.push(fixedSlot[m]);
    } else {
      const rowA = meetingA[m] * slotCount;
      const rowB = meetingB[m] * slotCount;
      for (let s = 0; s < slotCount; s++) {
        if (available[rowA + s] && available[rowB + s] && !heldByFixed[rowA + s] && !heldByFixed[rowB + s] && slotTables[s] > fixedInSlot[s]) {
          candidates.push(s);
        }
      }
    }
    candidateStart[m + 1] = candidates.length;
  }

  return {
    instance,
    slotCount,
    participantCount,
    meetingCount,
    slotTables,
    previousInSession,
    nextInSession,
    sessionStart,
    sessionSlots,
    slotSession,
    meetingA,
    meetingB,
    meetingWeight,
    weightUnits,
    weightScale,
    weightsExact,
    available,
    homeTable,
    maxMeetings,
    fixedSlot,
    fixedTable,
    currentSlot,
    currentTable,
    replan,
    participantMeetingStart,
    participantMeetings,
    candidateStart,
    candidateSlots: Int32Array.from(candidates),
    fixedInSlot,
  };
}
