// The schedule under construction: which slot each meeting holds, who is busy when, how full each
// slot is, and the running score. Every change is journaled so that a tentative move (an ejection
// chain, a Kempe swap) can be rolled back in time proportional to its size.
import { NO_SLOT, type ScheduleModel } from '../instance/compile-model.js';

/** What the solver maximises, in this order: weight, count, then fewer zero-meeting participants and moves. */
export interface Score {
  weightUnits: number;
  count: number;
  zeroParticipants: number;
  moved: number;
}

/** Positive when `a` is better than `b`. */
export function compareScores(a: Score, b: Score): number {
  if (a.weightUnits !== b.weightUnits) return a.weightUnits - b.weightUnits;
  if (a.count !== b.count) return a.count - b.count;
  if (a.zeroParticipants !== b.zeroParticipants) return b.zeroParticipants - a.zeroParticipants;
  return b.moved - a.moved;
}

export class PlacementState implements Score {
  readonly model: ScheduleModel;
  readonly slotOf: Int32Array;
  /** busy[p * slotCount + s]: the meeting participant p holds in slot s, or -1. */
  readonly busy: Int32Array;
  readonly load: Int32Array;
  /** Tables of each slot (meetings it can hold). */
  readonly capacity: Int32Array;
  readonly placedPerParticipant: Int32Array;
  /** Meetings of slot s are slotMembers[slotMemberStart[s] .. + load[s]). */
  readonly slotMemberStart: Int32Array;
  readonly slotMembers: Int32Array;
  private readonly memberPosition: Int32Array;
  weightUnits = 0;
  count = 0;
  zeroParticipants = 0;
  moved = 0;
  /** Unplaced meetings the local search still tries to place, with O(1) add and remove. */
  readonly pool: Int32Array;
  poolSize = 0;
  private readonly poolPosition: Int32Array;
  private readonly inPoolScope: Uint8Array;
  private journal = new Int32Array(1024);
  private journalLength = 0;

  constructor(model: ScheduleModel, poolScope: Uint8Array) {
    const { meetingCount, participantCount, slotCount, participantMeetingStart, currentSlot } = model;
    this.model = model;
    this.slotOf = new Int32Array(meetingCount).fill(NO_SLOT);
    this.busy = new Int32Array(participantCount * slotCount).fill(-1);
    this.load = new Int32Array(slotCount);
    this.capacity = model.slotTables.slice();
    this.placedPerParticipant = new Int32Array(participantCount);
    this.slotMemberStart = new Int32Array(slotCount + 1);
    for (let s = 0; s < slotCount; s++) this.slotMemberStart[s + 1] = this.slotMemberStart[s] + Math.max(0, this.capacity[s]);
    this.slotMembers = new Int32Array(this.slotMemberStart[slotCount]);
    this.memberPosition = new Int32Array(meetingCount).fill(-1);
    for (let p = 0; p < participantCount; p++) if (participantMeetingStart[p + 1] > participantMeetingStart[p]) this.zeroParticipants++;
    for (let m = 0; m < meetingCount; m++) if (currentSlot[m] !== NO_SLOT) this.moved++;
    this.pool = new Int32Array(meetingCount);
    this.poolPosition = new Int32Array(meetingCount).fill(-1);
    this.inPoolScope = poolScope;
    for (let m = 0; m < meetingCount; m++) if (poolScope[m]) this.addToPool(m);
  }

  canPlace(m: number, s: number): boolean {
    const { meetingA, meetingB, maxMeetings, slotCount } = this.model;
    const a = meetingA[m];
    const b = meetingB[m];
    return this.load[s] < this.capacity[s]
      && this.busy[a * slotCount + s] === -1
      && this.busy[b * slotCount + s] === -1
      && this.placedPerParticipant[a] < maxMeetings[a]
      && this.placedPerParticipant[b] < maxMeetings[b];
  }

  /** Puts an unplaced meeting in slot s. The caller has checked that the slot is free for both. */
  place(m: number, s: number): void {
    this.record(m, NO_SLOT);
    this.attach(m, s);
  }

  unplace(m: number): void {
    this.record(m, this.slotOf[m]);
    this.detach(m);
  }

  /** Moves a placed meeting to another slot without changing the count (a Kempe step, a compaction). */
  move(m: number, s: number): void {
    this.record(m, this.slotOf[m]);
    this.detach(m);
    this.attach(m, s);
  }

  /** A point to roll back to; commit() forgets older points. */
  mark(): number {
    return this.journalLength;
  }

  rollback(mark: number): void {
    while (this.journalLength > mark) {
      this.journalLength -= 2;
      const m = this.journal[this.journalLength];
      const previous = this.journal[this.journalLength + 1];
      if (this.slotOf[m] !== NO_SLOT) this.detach(m);
      if (previous !== NO_SLOT) this.attach(m, previous);
    }
  }

  commit(): void {
    this.journalLength = 0;
  }

  snapshotScore(): Score {
    return { weightUnits: this.weightUnits, count: this.count, zeroParticipants: this.zeroParticipants, moved: this.moved };
  }

  private record(m: number, previous: number): void {
    if (this.journalLength + 2 > this.journal.length) {
      const bigger = new Int32Array(this.journal.length * 2);
      bigger.set(this.journal);
      this.journal = bigger;
    }
    this.journal[this.journalLength++] = m;
    this.journal[this.journalLength++] = previous;
  }

  private attach(m: number, s: number): void {
    const { meetingA, meetingB, slotCount, weightUnits, currentSlot } = this.model;
    const a = meetingA[m];
    const b = meetingB[m];
    this.slotOf[m] = s;
    this.busy[a * slotCount + s] = m;
    this.busy[b * slotCount + s] = m;
    const position = this.slotMemberStart[s] + this.load[s];
    this.slotMembers[position] = m;
    this.memberPosition[m] = position;
    this.load[s]++;
    if (this.placedPerParticipant[a]++ === 0) this.zeroParticipants--;
    if (this.placedPerParticipant[b]++ === 0) this.zeroParticipants--;
    this.weightUnits += weightUnits[m];
    this.count++;
    if (currentSlot[m] !== NO_SLOT && currentSlot[m] === s) this.moved--;
    this.removeFromPool(m);
  }

  private detach(m: number): void {
    const { meetingA, meetingB, slotCount, weightUnits, currentSlot } = this.model;
    const s = this.slotOf[m];
    const a = meetingA[m];
    const b = meetingB[m];
    this.slotOf[m] = NO_SLOT;
    this.busy[a * slotCount + s] = -1;
    this.busy[b * slotCount + s] = -1;
    this.load[s]--;
    const position = this.memberPosition[m];
    const last = this.slotMembers[this.slotMemberStart[s] + this.load[s]];
    this.slotMembers[position] = last;
    this.memberPosition[last] = position;
    this.memberPosition[m] = -1;
    if (--this.placedPerParticipant[a] === 0) this.zeroParticipants++;
    if (--this.placedPerParticipant[b] === 0) this.zeroParticipants++;
    this.weightUnits -= weightUnits[m];
    this.count--;
    if (currentSlot[m] !== NO_SLOT && currentSlot[m] === s) this.moved++;
    if (this.inPoolScope[m]) this.addToPool(m);
  }

  private addToPool(m: number): void {
    if (this.poolPosition[m] !== -1) return;
    this.poolPosition[m] = this.poolSize;
    this.pool[this.poolSize++] = m;
  }

  private removeFromPool(m: number): void {
    const position = this.poolPosition[m];
    if (position === -1) return;
    const last = this.pool[--this.poolSize];
    this.pool[position] = last;
    this.poolPosition[last] = position;
    this.poolPosition[m] = -1;
  }
}
