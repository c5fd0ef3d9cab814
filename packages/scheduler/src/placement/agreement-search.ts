// A local search for tight instances (participants with as many meetings as usable slots), where a
// partial schedule has no free slots left to move meetings through. Here each participant gives
// each of its meetings one of its own free slots, all different (a "half" per side), so every
// participant always fills its day; a meeting is scheduled when both halves name the same slot,
// and the cost is the number of meetings whose halves disagree. A step takes a disagreeing
// meeting and a slot both can use, and swaps each participant's half there with the half of the
// meeting that held the slot (a Kempe-like exchange inside one participant's day), choosing the
// slot that lowers the cost most; the slot a displaced meeting left is tabu for a few steps
// unless the move reaches a new best. Every evaluation touches three meetings, so steps are cheap.
import { NO_SLOT } from '../instance/compile-model.js';
import type { SeededRandom } from '../random/seeded-random.js';
import { compareScores, type PlacementState } from './placement-state.js';

export interface AgreementSettings {
  deadline: number;
  maxIterations: number;
  /** Steps without a new best before giving up. */
  stallIterations: number;
  /** Tabu tenure: tenureBase + random below tenureSpread steps. */
  tenureBase: number;
  tenureSpread: number;
}

const EMPTY = -1;
const BLOCKED = -2;

/**
 * Improves `state` on `meetings` (non-fixed meetings it may rearrange): the agreeing meetings of
 * the best assignment found replace the current placement of these meetings when that scores at
 * least as well. Returns true when the state changed.
 */
export function searchByAgreement(state: PlacementState, meetings: Int32Array, random: SeededRandom, settings: AgreementSettings): boolean {
  const search = new AgreementSearch(state, meetings, random);
  const best = search.run(settings);
  return search.adopt(best);
}

class AgreementSearch {
  private readonly S: number;
  /** half[2v + side]: the slot side 0 (participant a) or 1 (b) gives variable v, NO_SLOT if none. */
  private readonly half: Int32Array;
  /** cell[p * S + s]: the half (2v + side) participant p has in slot s, EMPTY or BLOCKED. */
  private readonly cell: Int32Array;
  private readonly tabuUntil: Int32Array;
  /** Disagreeing variables, with O(1) add and remove. */
  private readonly open: Int32Array;
  private openCount = 0;
  private readonly openPosition: Int32Array;
  private readonly variableOf: Int32Array;

  constructor(
    private readonly state: PlacementState,
    private readonly meetings: Int32Array,
    private readonly random: SeededRandom,
  ) {
    const { model, slotOf } = state;
    const { slotCount, participantCount, meetingCount, meetingA, meetingB, available, candidateStart, candidateSlots } = model;
    const n = meetings.length;
    this.S = slotCount;
    this.half = new Int32Array(2 * n).fill(NO_SLOT);
    this.cell = new Int32Array(participantCount * slotCount);
    this.tabuUntil = new Int32Array(n * slotCount);
    this.open = new Int32Array(n);
    this.openPosition = new Int32Array(n).fill(-1);
    this.variableOf = new Int32Array(meetingCount).fill(-1);
    meetings.forEach((m, v) => (this.variableOf[m] = v));
    for (let p = 0; p < participantCount; p++) {
      for (let s = 0; s < slotCount; s++) this.cell[p * slotCount + s] = available[p * slotCount + s] ? EMPTY : BLOCKED;
    }
    // Meetings outside the search (fixed ones, others already placed) hold their slots.
    for (let m = 0; m < meetingCount; m++) {
      if (slotOf[m] === NO_SLOT || this.variableOf[m] !== -1) continue;
      this.cell[meetingA[m] * slotCount + slotOf[m]] = BLOCKED;
      this.cell[meetingB[m] * slotCount + slotOf[m]] = BLOCKED;
    }
    for (let v = 0; v < n; v++) {
      const m = meetings[v];
      const s = slotOf[m];
      if (s === NO_SLOT) continue;
      this.setHalf(v, 0, s);
      this.setHalf(v, 1, s);
    }
    // Unplaced meetings take, on each side, a free slot of that participant: a common one if any.
    const order = Int32Array.from({ length: n }, (_, v) => v);
    random.shuffle(order);
    for (const v of order) {
      const m = meetings[v];
      if (slotOf[m] !== NO_SLOT) continue;
      const a = meetingA[m];
      const b = meetingB[m];
      let common = NO_SLOT;
      for (let k = candidateStart[m]; k < candidateStart[m + 1] && common === NO_SLOT; k++) {
        const s = candidateSlots[k];
        if (this.cell[a * slotCount + s] === EMPTY && this.cell[b * slotCount + s] === EMPTY) common = s;
      }
      const sa = common !== NO_SLOT ? common : this.emptySlot(a);
      const sb = common !== NO_SLOT ? common : this.emptySlot(b);
      if (sa === NO_SLOT || sb === NO_SLOT) continue;
      this.setHalf(v, 0, sa);
      this.setHalf(v, 1, sb);
      this.refreshOpen(v);
    }
  }

  run(settings: AgreementSettings): Int32Array {
    const { random, half, S, meetings, tabuUntil } = this;
    const { candidateStart, candidateSlots } = this.state.model;
    let cost = this.openCount;
    let bestCost = cost;
    // The best assignment is copied only when the walk is about to leave it.
    let best = half;
    let bestIsCurrent = true;
    let iteration = 0;
    let lastBest = 0;
    while (this.openCount > 0) {
      iteration++;
      if (iteration > settings.maxIterations || iteration - lastBest > settings.stallIterations) break;
      if ((iteration & 1023) === 0 && performance.now() > settings.deadline) break;
      // A random disagreeing meeting moves to its best slot (random among equals), tabu slots aside.
      const v = this.open[random.below(this.openCount)];
      const m = meetings[v];
      let moveSlot = NO_SLOT;
      let moveDelta = Number.POSITIVE_INFINITY;
      let ties = 0;
      for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) {
        const t = candidateSlots[k];
        const delta = this.evaluate(v, t);
        if (delta === null || delta > moveDelta) continue;
        if (tabuUntil[v * S + t] > iteration && cost + delta >= bestCost) continue;
        if (delta < moveDelta) {
          moveDelta = delta;
          moveSlot = t;
          ties = 1;
        } else if (random.below(++ties) === 0) {
          moveSlot = t;
        }
      }
      if (moveSlot === NO_SLOT) continue;
      if (bestIsCurrent && cost + moveDelta > bestCost) {
        best = half.slice();
        bestIsCurrent = false;
      }
      this.apply(v, moveSlot, iteration + settings.tenureBase + random.below(settings.tenureSpread));
      cost += moveDelta;
      if (cost < bestCost) lastBest = iteration;
      if (cost <= bestCost) {
        bestCost = cost;
        bestIsCurrent = true;
      }
    }
    return bestIsCurrent ? half : best;
  }

  /** Places the agreeing meetings of `halves` instead of the current ones, if that is no worse. */
  adopt(halves: Int32Array): boolean {
    const { state, meetings, random } = this;
    const { weightUnits } = state.model;
    const before = state.snapshotScore();
    const mark = state.mark();
    for (const m of meetings) if (state.slotOf[m] !== NO_SLOT) state.unplace(m);
    const order = Int32Array.from({ length: meetings.length }, (_, v) => v);
    random.shuffle(order);
    const sorted = Array.from(order).sort((x, y) => weightUnits[meetings[y]] - weightUnits[meetings[x]]);
    for (const v of sorted) {
      const s = halves[2 * v];
      if (s === NO_SLOT || halves[2 * v + 1] !== s) continue;
      if (state.canPlace(meetings[v], s)) state.place(meetings[v], s);
    }
    if (compareScores(state, before) >= 0) return true;
    state.rollback(mark);
    return false;
  }

  /** Cost change of giving variable v slot t on both sides, or null when a side cannot. */
  private evaluate(v: number, t: number): number | null {
    const { half, cell, S } = this;
    const { meetingA, meetingB } = this.state.model;
    const m = this.meetings[v];
    const sa = half[2 * v];
    const sb = half[2 * v + 1];
    if (sa === t && sb === t) return null;
    const ha = sa === t ? EMPTY : cell[meetingA[m] * S + t];
    const hb = sb === t ? EMPTY : cell[meetingB[m] * S + t];
    if (ha === BLOCKED || hb === BLOCKED) return null;
    // v agrees afterwards; each displaced meeting takes v's old slot on that participant's side.
    let delta = sa !== sb ? -1 : 0;
    const va = ha >= 0 ? ha >> 1 : -1;
    const vb = hb >= 0 ? hb >> 1 : -1;
    if (va !== -1 && va === vb) {
      // The same meeting (a second meeting of the same pair) is displaced on both sides.
      return delta + (sa !== sb ? 1 : 0) - (half[2 * va] !== half[2 * va + 1] ? 1 : 0);
    }
    if (va !== -1) delta += this.displacedDelta(ha, sa);
    if (vb !== -1) delta += this.displacedDelta(hb, sb);
    return delta;
  }

  /** Cost change when half h moves to slot `to`. */
  private displacedDelta(h: number, to: number): number {
    const { half } = this;
    const other = half[h ^ 1];
    const before = half[h] !== other ? 1 : 0;
    const after = to !== other ? 1 : 0;
    return after - before;
  }

  private apply(v: number, t: number, tabu: number): void {
    const { half, cell, S, tabuUntil } = this;
    const { meetingA, meetingB } = this.state.model;
    const m = this.meetings[v];
    for (let side = 0; side < 2; side++) {
      const p = side === 0 ? meetingA[m] : meetingB[m];
      const from = half[2 * v + side];
      if (from === t) continue;
      const displaced = cell[p * S + t];
      this.clearHalf(v, side);
      if (displaced >= 0) {
        const w = displaced >> 1;
        const wSide = displaced & 1;
        this.clearHalf(w, wSide);
        this.setHalf(w, wSide, from);
        tabuUntil[w * S + t] = tabu;
        this.refreshOpen(w);
      }
      this.setHalf(v, side, t);
    }
    this.refreshOpen(v);
  }

  private participant(v: number, side: number): number {
    const m = this.meetings[v];
    return side === 0 ? this.state.model.meetingA[m] : this.state.model.meetingB[m];
  }

  private setHalf(v: number, side: number, s: number): void {
    this.half[2 * v + side] = s;
    this.cell[this.participant(v, side) * this.S + s] = 2 * v + side;
  }

  private clearHalf(v: number, side: number): void {
    const s = this.half[2 * v + side];
    if (s === NO_SLOT) return;
    this.cell[this.participant(v, side) * this.S + s] = EMPTY;
    this.half[2 * v + side] = NO_SLOT;
  }

  private emptySlot(p: number): number {
    const { cell, S, random } = this;
    let found = NO_SLOT;
    let seen = 0;
    for (let s = 0; s < S; s++) if (cell[p * S + s] === EMPTY && random.below(++seen) === 0) found = s;
    return found;
  }

  private refreshOpen(v: number): void {
    const a = this.half[2 * v];
    const disagree = a === NO_SLOT || a !== this.half[2 * v + 1];
    const position = this.openPosition[v];
    if (disagree && position === -1) {
      this.openPosition[v] = this.openCount;
      this.open[this.openCount++] = v;
    } else if (!disagree && position !== -1) {
      const last = this.open[--this.openCount];
      this.open[position] = last;
      this.openPosition[last] = position;
      this.openPosition[v] = -1;
    }
  }
}
