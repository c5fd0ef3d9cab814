// Insertion by an ejection chain, the multi-slot generalisation of a Kempe chain: meeting x takes
// a slot where one meeting e is in its way, e moves on to a slot where at most one meeting is in
// its way, and so on until a meeting fits without ejecting anything. When both participants are
// busy, both meetings in the way must move on, and the chain branches into a small tree. Like
// the augmenting paths of bipartite matching (Kuhn), each meeting is expanded at most once per
// search, so the cost stays proportional to the part of the schedule explored. A failed branch is
// rolled back through the placement journal.
import { NO_SLOT } from '../instance/compile-model.js';
import type { SeededRandom } from '../random/seeded-random.js';
import { chooseFreeSlot } from './direct-insert.js';
import type { PlacementState } from './placement-state.js';

export interface ChainLimits {
  /** Longest chain, in ejections. */
  maxDepth: number;
  /** Meetings expanded per insertion attempt. */
  maxExpanded: number;
  /** Members of a full slot tried as the one to move out. */
  fullSlotSamples: number;
}

export class EjectionChains {
  private readonly visited: Int32Array;
  private stamp = 0;
  private expanded = 0;
  private readonly slotBuffer: Int32Array;

  constructor(
    private readonly state: PlacementState,
    private readonly random: SeededRandom,
    private readonly limits: ChainLimits,
  ) {
    this.visited = new Int32Array(state.model.meetingCount);
    this.slotBuffer = new Int32Array(Math.max(1, state.model.slotCount) * (limits.maxDepth + 2));
  }

  /** Places unplaced meeting m, possibly moving others; every moved meeting stays placed. */
  insert(m: number): boolean {
    this.stamp++;
    this.expanded = 0;
    return this.place(m, this.limits.maxDepth);
  }

  private place(x: number, depth: number): boolean {
    const { state, random, limits } = this;
    const { model, busy, load, capacity, placedPerParticipant, slotMembers, slotMemberStart } = state;
    const { meetingA, meetingB, slotCount, fixedSlot, candidateStart, candidateSlots, maxMeetings } = model;
    this.visited[x] = this.stamp;
    this.expanded++;
    const direct = chooseFreeSlot(state, x, random);
    if (direct !== NO_SLOT) {
      state.place(x, direct);
      return true;
    }
    const a = meetingA[x];
    const b = meetingB[x];
    if (depth === 0 || placedPerParticipant[a] >= maxMeetings[a] || placedPerParticipant[b] >= maxMeetings[b]) return false;

    // Candidate slots in random order, kept on a per-depth stretch of one buffer (no allocation).
    const first = candidateStart[x];
    const count = candidateStart[x + 1] - first;
    const offset = depth * slotCount;
    const slots = this.slotBuffer.subarray(offset, offset + count);
    slots.set(candidateSlots.subarray(first, first + count));
    random.shuffle(slots);

    // Breadth first: a single ejection whose meeting fits elsewhere at once ends the chain here;
    // then single ejections continued as chains; last, slots where both participants are busy,
    // whose two meetings must both find a new place (the chain branches).
    for (let pass = 0; pass < 3; pass++) {
      for (let k = 0; k < count; k++) {
        if (this.expanded >= limits.maxExpanded) return false;
        const s = slots[k];
        const ea = busy[a * slotCount + s];
        const eb = busy[b * slotCount + s];
        if (ea !== -1 && eb !== -1 && ea !== eb) {
          if (pass === 2 && this.tryThroughBoth(x, s, ea, eb, depth)) return true;
          continue;
        }
        if (pass === 2) continue;
        const blocker = ea !== -1 ? ea : eb;
        if (blocker !== -1) {
          if (this.tryThrough(x, s, blocker, depth, pass === 0)) return true;
          continue;
        }
        if (load[s] < capacity[s]) continue;
        // Both are free but every table is taken: move one of the slot's meetings out.
        const base = slotMemberStart[s];
        for (let i = 0; i < limits.fullSlotSamples; i++) {
          const y = slotMembers[base + random.below(load[s])];
          if (fixedSlot[y] !== NO_SLOT) continue;
          if (this.tryThrough(x, s, y, depth, pass === 0)) return true;
        }
      }
    }
    return false;
  }

  /** Puts x in s in place of both y and z, then re-places each of them by a chain. */
  private tryThroughBoth(x: number, s: number, y: number, z: number, depth: number): boolean {
    const { state } = this;
    const { fixedSlot } = state.model;
    if (this.visited[y] === this.stamp || this.visited[z] === this.stamp || fixedSlot[y] !== NO_SLOT || fixedSlot[z] !== NO_SLOT) return false;
    const mark = state.mark();
    state.unplace(y);
    state.unplace(z);
    state.place(x, s);
    if (this.place(y, depth - 1) && this.place(z, depth - 1)) return true;
    state.rollback(mark);
    return false;
  }

  /** Puts x in s in place of y, then re-places y: only directly on the first pass, by a chain on the second. */
  private tryThrough(x: number, s: number, y: number, depth: number, directOnly: boolean): boolean {
    const { state } = this;
    if (this.visited[y] === this.stamp || state.model.fixedSlot[y] !== NO_SLOT) return false;
    const mark = state.mark();
    state.unplace(y);
    state.place(x, s);
    if (directOnly) {
      const slot = chooseFreeSlot(state, y, this.random);
      if (slot !== NO_SLOT) {
        state.place(y, slot);
        return true;
      }
    } else if (this.place(y, depth - 1)) {
      return true;
    }
    state.rollback(mark);
    return false;
  }
}
