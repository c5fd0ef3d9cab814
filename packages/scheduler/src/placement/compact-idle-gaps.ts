// After the placed set is final, moves meetings between slots to lower idle gaps. A meeting moves
// from slot s to slot g together with its Kempe component in the (s, g) meetings: everyone inside
// the component keeps one meeting in s and one in g, so only the two participants at its ends see
// their day change, and the gain is cheap to measure. Weight, count and fairness never change;
// when re-planning, a move that would displace a meeting from its previous slot is not made.
import { NO_SLOT, type ScheduleModel } from '../instance/compile-model.js';
import { sessionGaps } from './idle-gaps.js';
import type { PlacementState } from './placement-state.js';

const MAX_PASSES = 4;
const MAX_COMPONENT = 24;

export function compactIdleGaps(state: PlacementState, deadline: number): void {
  const { model, slotOf } = state;
  const { meetingCount, meetingA, meetingB, fixedSlot, currentSlot, candidateStart, candidateSlots, slotSession } = model;
  const gaps = new SessionGaps(model, state.busy);
  const component = new KempeComponent(state, gaps);

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let improved = false;
    for (let m = 0; m < meetingCount; m++) {
      const from = slotOf[m];
      if (from === NO_SLOT || fixedSlot[m] !== NO_SLOT) continue;
      if (model.replan && currentSlot[m] === from) continue;
      if (gaps.total[meetingA[m]] === 0 && gaps.total[meetingB[m]] === 0) continue;
      if ((m & 63) === 0 && performance.now() > deadline) return;
      let bestSlot = NO_SLOT;
      let bestGain = 0;
      for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) {
        const to = candidateSlots[k];
        if (to === from || !component.collect(m, from, to)) continue;
        const gain = component.gapGain(slotSession[from], slotSession[to]);
        if (gain > bestGain) {
          bestGain = gain;
          bestSlot = to;
        }
      }
      if (bestSlot === NO_SLOT) continue;
      component.collect(m, from, bestSlot);
      component.swap(from, bestSlot);
      for (const p of component.ends) gaps.refresh(p, slotSession[from], slotSession[bestSlot]);
      improved = true;
    }
    state.commit();
    if (!improved) return;
  }
}

/** Idle gaps per participant and session, kept current as meetings move. */
class SessionGaps {
  readonly total: Int32Array;
  private readonly bySession: Int32Array;
  private readonly sessionCount: number;

  constructor(
    private readonly model: ScheduleModel,
    private readonly busy: Int32Array,
  ) {
    this.sessionCount = model.sessionStart.length - 1;
    this.total = new Int32Array(model.participantCount);
    this.bySession = new Int32Array(model.participantCount * this.sessionCount);
    for (let p = 0; p < model.participantCount; p++) {
      for (let session = 0; session < this.sessionCount; session++) {
        const value = sessionGaps(model, busy, p, session);
        this.bySession[p * this.sessionCount + session] = value;
        this.total[p] += value;
      }
    }
  }

  of(p: number, session: number): number {
    return this.bySession[p * this.sessionCount + session];
  }

  refresh(p: number, ...sessions: number[]): void {
    for (const session of sessions) {
      const index = p * this.sessionCount + session;
      const value = sessionGaps(this.model, this.busy, p, session);
      this.total[p] += value - this.bySession[index];
      this.bySession[index] = value;
    }
  }
}

/** The Kempe component of a meeting in two slots, and the swap of its slots. */
class KempeComponent {
  readonly meetings: number[] = [];
  /** Participants at the two ends of the component, whose days change with a swap. */
  readonly ends: number[] = [];
  /** The slot each end leaves and the slot it joins. */
  private readonly leaves: number[] = [];
  private readonly joins: number[] = [];

  constructor(
    private readonly state: PlacementState,
    private readonly gaps: SessionGaps,
  ) {}

  /** Collects m's component in slots (from, to); false when it cannot or need not be swapped. */
  collect(m: number, from: number, to: number): boolean {
    const { meetings, ends, leaves, joins } = this;
    const { busy, model } = this.state;
    const { meetingA, meetingB, slotCount } = model;
    meetings.length = 0;
    ends.length = 0;
    leaves.length = 0;
    joins.length = 0;
    meetings.push(m);
    // From each participant of m, follow their meeting in the other slot, alternating.
    for (const start of [meetingA[m], meetingB[m]]) {
      let participant = start;
      let slot = to;
      let lastSlot = from;
      for (;;) {
        const e = busy[participant * slotCount + slot];
        if (e === -1) break;
        // Back at m: a cycle, after which nobody's day would change.
        if (e === m || meetings.length >= MAX_COMPONENT || meetings.includes(e)) return false;
        meetings.push(e);
        participant = meetingA[e] === participant ? meetingB[e] : meetingA[e];
        lastSlot = slot;
        slot = slot === to ? from : to;
      }
      ends.push(participant);
      leaves.push(lastSlot);
      joins.push(lastSlot === to ? from : to);
    }
    return this.swappable(from, to);
  }

  /** Idle gaps saved at the two ends if the component swaps, measured without moving anything. */
  gapGain(firstSession: number, secondSession: number): number {
    const { model, busy } = this.state;
    const { sessionStart, sessionSlots, slotCount } = model;
    const { ends, leaves, joins } = this;
    let gain = 0;
    for (let i = 0; i < ends.length; i++) {
      const p = ends[i];
      if (i === 1 && ends[0] === p) continue;
      const row = p * slotCount;
      for (let pass = 0; pass < (firstSession === secondSession ? 1 : 2); pass++) {
        const session = pass === 0 ? firstSession : secondSession;
        let first = -1;
        let last = -1;
        let count = 0;
        for (let k = sessionStart[session]; k < sessionStart[session + 1]; k++) {
          const s = sessionSlots[k];
          let occupied = busy[row + s] !== -1;
          for (let j = 0; j < ends.length; j++) {
            if (ends[j] !== p) continue;
            if (s === leaves[j]) occupied = false;
            else if (s === joins[j]) occupied = true;
          }
          if (!occupied) continue;
          if (first === -1) first = k;
          last = k;
          count++;
        }
        gain += this.gaps.of(p, session) - (count < 2 ? 0 : last - first + 1 - count);
      }
    }
    return gain;
  }

  swap(from: number, to: number): void {
    const { state, meetings } = this;
    const targets = meetings.map((e) => (state.slotOf[e] === from ? to : from));
    for (const e of meetings) state.unplace(e);
    meetings.forEach((e, i) => state.place(e, targets[i]));
  }

  private swappable(from: number, to: number): boolean {
    const { state, meetings } = this;
    const { model, slotOf, load, capacity } = state;
    const { available, slotCount, meetingA, meetingB, fixedSlot, currentSlot, replan } = model;
    let leavingFrom = 0;
    for (const e of meetings) {
      if (fixedSlot[e] !== NO_SLOT) return false;
      const target = slotOf[e] === from ? to : from;
      if (!available[meetingA[e] * slotCount + target] || !available[meetingB[e] * slotCount + target]) return false;
      if (replan && currentSlot[e] === slotOf[e]) return false;
      if (slotOf[e] === from) leavingFrom++;
    }
    const leavingTo = meetings.length - leavingFrom;
    return load[from] - leavingFrom + leavingTo <= capacity[from] && load[to] - leavingTo + leavingFrom <= capacity[to];
  }
}
