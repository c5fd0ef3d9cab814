// The tabu-search move of the local search, for when no chain can insert a meeting without loss:
// among a few sampled unplaced meetings, place the one whose slot costs least in ejected meetings
// (by weight, then count, then zero-meeting participants, then moves), then try to re-place what
// was ejected. An ejected meeting may not return to the slot it left for a few steps, unless that
// would beat the best score (aspiration), so the walk cannot undo its last moves and cycle.
import { NO_SLOT } from '../instance/compile-model.js';
import type { SeededRandom } from '../random/seeded-random.js';
import { insertDirectly } from './direct-insert.js';
import { insertByKempeChain, type KempeLimits } from './kempe-chain.js';
import { compareScores, type PlacementState, type Score } from './placement-state.js';

export interface TabuSettings {
  /** Unplaced meetings examined per move. */
  sampleSize: number;
  /** Kempe-chain insertions tried before a move that loses weight. */
  kempeTries: number;
  /** Steps an ejected meeting stays barred from its slot: tabuBase + random below tabuSpread. */
  tabuBase: number;
  tabuSpread: number;
  kempe: KempeLimits;
}

/** Slot-table victims sampled when a full slot must give up a meeting. */
const VICTIM_SAMPLES = 4;
const MAX_EJECTED = 5;
const NOT_CAPPED = -2;

export class TabuEjection {
  private readonly tabuSlot: Int32Array;
  private readonly tabuUntil: Int32Array;
  private readonly change: Int32Array;
  private readonly touched = new Int32Array(2 * (MAX_EJECTED + 1));
  private readonly candidateEjected = new Int32Array(MAX_EJECTED);
  private readonly chosenEjected = new Int32Array(MAX_EJECTED);
  private readonly lightestA = new Int32Array(2);
  private readonly lightestB = new Int32Array(2);
  private chosenCount = 0;
  private bestMeeting = -1;
  private bestSlot = NO_SLOT;
  private bestWeight = 0;
  private bestCount = 0;
  private bestZero = 0;
  private bestMoved = 0;
  private ties = 0;
  private iteration = 0;
  private best: Score;

  constructor(
    private readonly state: PlacementState,
    private readonly random: SeededRandom,
    private readonly settings: TabuSettings,
  ) {
    const { meetingCount, participantCount } = state.model;
    this.tabuSlot = new Int32Array(meetingCount).fill(NO_SLOT);
    this.tabuUntil = new Int32Array(meetingCount);
    this.change = new Int32Array(participantCount);
    this.best = state.snapshotScore();
  }

  /** Makes one move at step `iteration`; `best` is the best score so far (for aspiration). Returns false if none exists. */
  move(iteration: number, best: Score): boolean {
    const { state, random, settings } = this;
    this.iteration = iteration;
    this.best = best;
    const sampleSize = Math.min(state.poolSize, settings.sampleSize);
    const whole = sampleSize === state.poolSize;
    this.bestSlot = NO_SLOT;
    this.ties = 0;
    for (let i = 0; i < sampleSize; i++) this.consider(whole ? state.pool[i] : state.pool[random.below(state.poolSize)]);
    if (this.bestSlot === NO_SLOT) return false;
    if (this.bestWeight < 0 || (this.bestWeight === 0 && this.bestCount < 0)) {
      for (let i = 0; i < settings.kempeTries; i++) {
        if (insertByKempeChain(state, state.pool[random.below(state.poolSize)], random, settings.kempe)) return true;
      }
    }
    const tenure = settings.tabuBase + random.below(settings.tabuSpread);
    const ejected = this.chosenEjected.slice(0, this.chosenCount);
    for (const e of ejected) {
      this.tabuSlot[e] = state.slotOf[e];
      this.tabuUntil[e] = iteration + tenure;
      state.unplace(e);
    }
    state.place(this.bestMeeting, this.bestSlot);
    random.shuffle(ejected);
    for (const e of ejected) {
      if (!insertDirectly(state, e, random)) insertByKempeChain(state, e, random, settings.kempe);
    }
    return true;
  }

  /** Evaluates every slot of unplaced meeting m, keeping the best (random among equals). */
  private consider(m: number): void {
    const { state, random } = this;
    const { model, slotOf } = state;
    const { candidateStart, candidateSlots, meetingA, meetingB, weightUnits, currentSlot } = model;
    const a = meetingA[m];
    const b = meetingB[m];
    this.findLightest(a, this.lightestA);
    this.findLightest(b, this.lightestB);
    for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) {
      const s = candidateSlots[k];
      const ejectedCount = this.collectEjected(m, s);
      if (ejectedCount < 0) continue;
      let deltaWeight = weightUnits[m];
      let deltaMoved = currentSlot[m] === s ? -1 : 0;
      for (let i = 0; i < ejectedCount; i++) {
        const e = this.candidateEjected[i];
        deltaWeight -= weightUnits[e];
        if (currentSlot[e] === slotOf[e]) deltaMoved++;
      }
      const deltaCount = 1 - ejectedCount;
      const deltaZero = this.zeroDelta(a, b, ejectedCount);
      const tabu = this.tabuSlot[m] === s && this.tabuUntil[m] > this.iteration;
      if (tabu && !this.beatsBest(deltaWeight, deltaCount, deltaZero, deltaMoved)) continue;
      let order = this.bestSlot === NO_SLOT ? 1 : deltaWeight - this.bestWeight;
      if (order === 0) order = deltaCount - this.bestCount;
      if (order === 0) order = this.bestZero - deltaZero;
      if (order === 0) order = this.bestMoved - deltaMoved;
      if (order > 0 || (order === 0 && random.below(++this.ties) === 0)) {
        if (order > 0) this.ties = 1;
        this.bestMeeting = m;
        this.bestSlot = s;
        this.bestWeight = deltaWeight;
        this.bestCount = deltaCount;
        this.bestZero = deltaZero;
        this.bestMoved = deltaMoved;
        this.chosenCount = ejectedCount;
        this.chosenEjected.set(this.candidateEjected.subarray(0, ejectedCount));
      }
    }
  }

  /**
   * Fills candidateEjected with the meetings that must leave for m to take slot s: both
   * participants' meetings there, a light meeting of s when its tables are full, and the lightest
   * meeting of a participant at their maxMeetings. Returns their number, or -1 if one is fixed.
   */
  private collectEjected(m: number, s: number): number {
    const { state, random } = this;
    const { model, busy, load, capacity, slotMembers, slotMemberStart } = state;
    const { meetingA, meetingB, slotCount, fixedSlot, weightUnits } = model;
    const ejected = this.candidateEjected;
    const a = meetingA[m];
    const b = meetingB[m];
    let count = 0;
    const ea = busy[a * slotCount + s];
    const eb = busy[b * slotCount + s];
    if (ea !== -1) {
      if (fixedSlot[ea] !== NO_SLOT) return -1;
      ejected[count++] = ea;
    }
    if (eb !== -1 && eb !== ea) {
      if (fixedSlot[eb] !== NO_SLOT) return -1;
      ejected[count++] = eb;
    }
    if (load[s] - count >= capacity[s]) {
      let victim = -1;
      const base = slotMemberStart[s];
      for (let i = 0; i < VICTIM_SAMPLES; i++) {
        const e = slotMembers[base + random.below(load[s])];
        if (fixedSlot[e] !== NO_SLOT || e === ea || e === eb) continue;
        if (victim === -1 || weightUnits[e] < weightUnits[victim]) victim = e;
      }
      if (victim === -1) return -1;
      ejected[count++] = victim;
    }
    for (let side = 0; side < 2; side++) {
      const lightest = side === 0 ? this.lightestA : this.lightestB;
      if (lightest[0] === NOT_CAPPED) continue;
      const p = side === 0 ? a : b;
      let leaving = false;
      for (let i = 0; i < count && !leaving; i++) leaving = meetingA[ejected[i]] === p || meetingB[ejected[i]] === p;
      if (leaving) continue;
      let victim = -1;
      if (lightest[0] !== -1 && !this.isEjected(lightest[0], count)) victim = lightest[0];
      else if (lightest[1] !== -1 && !this.isEjected(lightest[1], count)) victim = lightest[1];
      if (victim === -1 || count >= MAX_EJECTED) return -1;
      ejected[count++] = victim;
    }
    return count;
  }

  private isEjected(e: number, count: number): boolean {
    for (let i = 0; i < count; i++) if (this.candidateEjected[i] === e) return true;
    return false;
  }

  /** The two lightest movable meetings of p when p is at maxMeetings (else NOT_CAPPED). */
  private findLightest(p: number, into: Int32Array): void {
    const { model, busy, placedPerParticipant } = this.state;
    const { slotCount, fixedSlot, weightUnits, maxMeetings } = model;
    into[0] = NOT_CAPPED;
    into[1] = NOT_CAPPED;
    if (placedPerParticipant[p] < maxMeetings[p]) return;
    into[0] = -1;
    into[1] = -1;
    const row = p * slotCount;
    for (let t = 0; t < slotCount; t++) {
      const e = busy[row + t];
      if (e === -1 || fixedSlot[e] !== NO_SLOT) continue;
      if (into[0] === -1 || weightUnits[e] < weightUnits[into[0]]) {
        into[1] = into[0];
        into[0] = e;
      } else if (into[1] === -1 || weightUnits[e] < weightUnits[into[1]]) {
        into[1] = e;
      }
    }
  }

  /** Change in zero-meeting participants if m is placed and the collected meetings leave. */
  private zeroDelta(a: number, b: number, ejectedCount: number): number {
    const { change, touched } = this;
    const { meetingA, meetingB } = this.state.model;
    const placed = this.state.placedPerParticipant;
    let touchedCount = 0;
    const add = (p: number, amount: number): void => {
      let seen = false;
      for (let i = 0; i < touchedCount; i++) if (touched[i] === p) seen = true;
      if (!seen) touched[touchedCount++] = p;
      change[p] += amount;
    };
    add(a, 1);
    add(b, 1);
    for (let i = 0; i < ejectedCount; i++) {
      const e = this.candidateEjected[i];
      add(meetingA[e], -1);
      add(meetingB[e], -1);
    }
    let delta = 0;
    for (let i = 0; i < touchedCount; i++) {
      const p = touched[i];
      const before = placed[p];
      const after = before + change[p];
      if (before === 0 && after > 0) delta--;
      if (before > 0 && after === 0) delta++;
      change[p] = 0;
    }
    return delta;
  }

  private beatsBest(deltaWeight: number, deltaCount: number, deltaZero: number, deltaMoved: number): boolean {
    const { state, best } = this;
    const after = {
      weightUnits: state.weightUnits + deltaWeight,
      count: state.count + deltaCount,
      zeroParticipants: state.zeroParticipants + deltaZero,
      moved: state.moved + deltaMoved,
    };
    return compareScores(after, best) > 0;
  }
}
