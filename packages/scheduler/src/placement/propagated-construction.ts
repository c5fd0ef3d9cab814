// A constructive placement by constraint propagation, for instances where participants are tight:
// as many meetings to place as slots they can still use. Each meeting keeps a domain of slots
// (free for both, not yet taken by either, a table left), and each participant counts, per slot,
// the meetings that can still go there (its support). Two Sudoku-like rules force placements:
// a meeting with one slot left goes there (naked single), and when a participant has exactly as
// many meetings left as usable slots, every usable slot must be filled, so a slot only one of its
// meetings can take goes to that meeting (hidden single). When nothing is forced, the meeting
// with the fewest slots left is placed in the slot its participants can least fill otherwise.
// A meeting whose domain empties is dropped (left for the later searches). Without backtracking,
// so its cost stays close to linear in the size of the domains.
import { NO_SLOT } from '../instance/compile-model.js';
import type { SeededRandom } from '../random/seeded-random.js';
import type { PlacementState } from './placement-state.js';

const ACTIVE = 0;
const PLACED = 1;
const DROPPED = 2;

export class PropagatedConstruction {
  private readonly status: Uint8Array;
  private readonly inDomain: Uint8Array;
  private readonly domainSize: Int32Array;
  private readonly support: Int32Array;
  private readonly open: Int32Array;
  private readonly activeCount: Int32Array;
  /** Active meetings bucketed by domain size, with O(1) moves between buckets. */
  private readonly bucketHead: Int32Array;
  private readonly bucketTail: Int32Array;
  private readonly bucketNext: Int32Array;
  private readonly bucketPrevious: Int32Array;
  /** Candidate entries of each slot (CSR): index into model.candidateSlots, and its meeting. */
  private readonly slotEntryStart: Int32Array;
  private readonly slotEntries: Int32Array;
  private readonly entryMeeting: Int32Array;
  private readonly singles: number[] = [];
  private readonly checkQueue: number[] = [];
  private readonly queued: Uint8Array;

  constructor(
    private readonly state: PlacementState,
    private readonly random: SeededRandom,
  ) {
    const { meetingCount, participantCount, slotCount, candidateStart, candidateSlots } = state.model;
    this.status = new Uint8Array(meetingCount).fill(DROPPED);
    this.inDomain = new Uint8Array(candidateSlots.length);
    this.domainSize = new Int32Array(meetingCount);
    this.support = new Int32Array(participantCount * slotCount);
    this.open = new Int32Array(participantCount);
    this.activeCount = new Int32Array(participantCount);
    this.bucketHead = new Int32Array(slotCount + 1).fill(-1);
    this.bucketTail = new Int32Array(slotCount + 1).fill(-1);
    this.bucketNext = new Int32Array(meetingCount);
    this.bucketPrevious = new Int32Array(meetingCount);
    this.queued = new Uint8Array(participantCount);
    this.entryMeeting = new Int32Array(candidateSlots.length);
    this.slotEntryStart = new Int32Array(slotCount + 1);
    for (let m = 0; m < meetingCount; m++) {
      for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) {
        this.entryMeeting[k] = m;
        this.slotEntryStart[candidateSlots[k] + 1]++;
      }
    }
    for (let s = 0; s < slotCount; s++) this.slotEntryStart[s + 1] += this.slotEntryStart[s];
    this.slotEntries = new Int32Array(candidateSlots.length);
    const fill = this.slotEntryStart.slice(0, slotCount);
    for (let k = 0; k < candidateSlots.length; k++) this.slotEntries[fill[candidateSlots[k]]++] = k;
  }

  /**
   * Places as many of `meetings` (unplaced, each with a candidate slot) as it can into the
   * current state, which is left holding the result. Returns the number placed.
   */
  run(meetings: Int32Array): number {
    this.reset(meetings);
    for (;;) {
      this.propagate();
      const m = this.pickBranch();
      if (m === -1) break;
      this.assign(m, this.pickSlot(m));
    }
    let placed = 0;
    for (const m of meetings) if (this.status[m] === PLACED) placed++;
    return placed;
  }

  /** Sets up domains and supports of the listed meetings (a run ends with none active and every count back at zero). */
  private reset(meetings: Int32Array): void {
    const { state, status, inDomain, domainSize, support, open, activeCount } = this;
    const { model, busy, load, capacity } = state;
    const { meetingA, meetingB, candidateStart, candidateSlots, slotCount, maxMeetings } = model;
    const placedPerParticipant = state.placedPerParticipant;
    this.singles.length = 0;
    this.checkQueue.length = 0;
    for (const m of meetings) {
      const a = meetingA[m];
      const b = meetingB[m];
      status[m] = DROPPED;
      if (placedPerParticipant[a] >= maxMeetings[a] || placedPerParticipant[b] >= maxMeetings[b]) continue;
      let size = 0;
      for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) {
        const s = candidateSlots[k];
        if (load[s] >= capacity[s] || busy[a * slotCount + s] !== -1 || busy[b * slotCount + s] !== -1) continue;
        inDomain[k] = 1;
        size++;
        if (support[a * slotCount + s]++ === 0) open[a]++;
        if (support[b * slotCount + s]++ === 0) open[b]++;
      }
      if (size === 0) continue;
      status[m] = ACTIVE;
      domainSize[m] = size;
      activeCount[a]++;
      activeCount[b]++;
    }
    const order = Int32Array.from(meetings);
    this.random.shuffle(order);
    for (const m of order) {
      if (status[m] !== ACTIVE) continue;
      this.joinBucket(m, domainSize[m]);
      if (domainSize[m] === 1) this.singles.push(m);
    }
    for (const m of meetings) {
      this.enqueueCheck(meetingA[m]);
      this.enqueueCheck(meetingB[m]);
    }
  }

  /** Applies the forcing rules until none applies. */
  private propagate(): void {
    const { singles, checkQueue, status, domainSize } = this;
    for (;;) {
      if (singles.length > 0) {
        const m = singles.pop() as number;
        if (status[m] !== ACTIVE || domainSize[m] !== 1) continue;
        this.assign(m, this.onlySlot(m));
        continue;
      }
      if (checkQueue.length > 0) {
        const p = checkQueue.pop() as number;
        this.queued[p] = 0;
        this.forceHiddenSingles(p);
        continue;
      }
      return;
    }
  }

  private forceHiddenSingles(p: number): void {
    const { state, support, open, activeCount, status, inDomain } = this;
    const { slotCount, participantMeetingStart, participantMeetings, candidateStart, candidateSlots } = state.model;
    const row = p * slotCount;
    for (let s = 0; s < slotCount; s++) {
      if (activeCount[p] === 0 || activeCount[p] !== open[p]) return;
      if (support[row + s] !== 1) continue;
      for (let j = participantMeetingStart[p]; j < participantMeetingStart[p + 1]; j++) {
        const m = participantMeetings[j];
        if (status[m] !== ACTIVE) continue;
        let found = false;
        for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) {
          if (candidateSlots[k] === s && inDomain[k]) found = true;
        }
        if (found) {
          this.assign(m, s);
          break;
        }
      }
    }
  }

  private onlySlot(m: number): number {
    const { candidateStart, candidateSlots } = this.state.model;
    for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) if (this.inDomain[k]) return candidateSlots[k];
    return NO_SLOT;
  }

  /** An active meeting with the fewest slots left, or -1 when none is left. */
  private pickBranch(): number {
    const { bucketHead } = this;
    for (let d = 1; d < bucketHead.length; d++) if (bucketHead[d] !== -1) return bucketHead[d];
    return -1;
  }

  /** The domain slot that the meeting's participants could least fill with another meeting. */
  private pickSlot(m: number): number {
    const { state, support, inDomain, random } = this;
    const { meetingA, meetingB, candidateStart, candidateSlots, slotCount } = state.model;
    const rowA = meetingA[m] * slotCount;
    const rowB = meetingB[m] * slotCount;
    let best = NO_SLOT;
    let bestScore = Number.POSITIVE_INFINITY;
    let ties = 0;
    for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) {
      if (!inDomain[k]) continue;
      const s = candidateSlots[k];
      const score = support[rowA + s] + support[rowB + s];
      if (score < bestScore) {
        bestScore = score;
        best = s;
        ties = 1;
      } else if (score === bestScore && random.below(++ties) === 0) {
        best = s;
      }
    }
    return best;
  }

  private assign(m: number, s: number): void {
    const { state, status, inDomain } = this;
    const { model } = state;
    const { meetingA, meetingB, candidateStart, candidateSlots, participantMeetingStart, participantMeetings, maxMeetings } = model;
    const a = meetingA[m];
    const b = meetingB[m];
    this.deactivate(m, PLACED);
    for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) if (inDomain[k]) this.clearEntry(k, candidateSlots[k]);
    this.enqueueCheck(a);
    this.enqueueCheck(b);
    state.place(m, s);
    for (const p of [a, b]) {
      const capped = state.placedPerParticipant[p] >= maxMeetings[p];
      for (let j = participantMeetingStart[p]; j < participantMeetingStart[p + 1]; j++) {
        const other = participantMeetings[j];
        if (status[other] !== ACTIVE) continue;
        if (capped) {
          this.drop(other);
          continue;
        }
        for (let k = candidateStart[other]; k < candidateStart[other + 1]; k++) {
          if (candidateSlots[k] === s && inDomain[k]) this.removeValue(other, k);
        }
      }
    }
    if (state.load[s] >= state.capacity[s]) {
      for (let i = this.slotEntryStart[s]; i < this.slotEntryStart[s + 1]; i++) {
        const k = this.slotEntries[i];
        if (inDomain[k]) this.removeValue(this.entryMeeting[k], k);
      }
    }
  }

  private removeValue(m: number, k: number): void {
    this.clearEntry(k, this.state.model.candidateSlots[k]);
    const size = this.domainSize[m];
    if (size === 1) {
      this.drop(m);
      return;
    }
    this.leaveBucket(m, size);
    this.domainSize[m] = size - 1;
    this.joinBucket(m, size - 1);
    if (size === 2) this.singles.push(m);
  }

  private drop(m: number): void {
    const { inDomain } = this;
    const { meetingA, meetingB, candidateStart, candidateSlots } = this.state.model;
    this.deactivate(m, DROPPED);
    for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) if (inDomain[k]) this.clearEntry(k, candidateSlots[k]);
    this.domainSize[m] = 0;
    this.enqueueCheck(meetingA[m]);
    this.enqueueCheck(meetingB[m]);
  }

  private deactivate(m: number, status: number): void {
    const { meetingA, meetingB } = this.state.model;
    this.leaveBucket(m, this.domainSize[m]);
    this.status[m] = status;
    this.activeCount[meetingA[m]]--;
    this.activeCount[meetingB[m]]--;
  }

  /** Takes slot s out of an entry's domain and out of both participants' support. */
  private clearEntry(k: number, s: number): void {
    const { support, open } = this;
    const { meetingA, meetingB, slotCount } = this.state.model;
    const m = this.entryMeeting[k];
    this.inDomain[k] = 0;
    for (let side = 0; side < 2; side++) {
      const p = side === 0 ? meetingA[m] : meetingB[m];
      const left = --support[p * slotCount + s];
      if (left === 0) open[p]--;
      if (left <= 1) this.enqueueCheck(p);
    }
  }

  private enqueueCheck(p: number): void {
    if (this.queued[p]) return;
    const count = this.activeCount[p];
    if (count === 0 || count !== this.open[p]) return;
    this.queued[p] = 1;
    this.checkQueue.push(p);
  }

  private joinBucket(m: number, d: number): void {
    const { bucketHead, bucketTail, bucketNext, bucketPrevious } = this;
    // Head or tail at random, so that equal domain sizes are taken in a seeded random order.
    if (bucketHead[d] === -1) {
      bucketHead[d] = m;
      bucketTail[d] = m;
      bucketNext[m] = -1;
      bucketPrevious[m] = -1;
    } else if (this.random.below(2) === 0) {
      bucketNext[m] = bucketHead[d];
      bucketPrevious[m] = -1;
      bucketPrevious[bucketHead[d]] = m;
      bucketHead[d] = m;
    } else {
      bucketPrevious[m] = bucketTail[d];
      bucketNext[m] = -1;
      bucketNext[bucketTail[d]] = m;
      bucketTail[d] = m;
    }
  }

  private leaveBucket(m: number, d: number): void {
    const { bucketHead, bucketTail, bucketNext, bucketPrevious } = this;
    const next = bucketNext[m];
    const previous = bucketPrevious[m];
    if (previous === -1) bucketHead[d] = next;
    else bucketNext[previous] = next;
    if (next === -1) bucketTail[d] = previous;
    else bucketPrevious[next] = previous;
  }
}
