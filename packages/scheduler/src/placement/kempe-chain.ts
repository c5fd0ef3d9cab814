// Insertion by an alternating path (a Kempe chain), the classic repair of edge colouring: when
// participant y is free in slot α but x is not, and x is free in slot β, swapping α and β along
// the path of α/β meetings that starts at x frees x in α without changing anyone's meeting count.
// Availability and table counts can break a chain, so each is checked before anything moves.
import { NO_SLOT } from '../instance/compile-model.js';
import type { SeededRandom } from '../random/seeded-random.js';
import type { PlacementState } from './placement-state.js';

export interface KempeLimits {
  /** Longest chain followed, in meetings. */
  maxChain: number;
  /** Chains examined per insertion attempt. */
  maxAttempts: number;
}

export function insertByKempeChain(state: PlacementState, m: number, random: SeededRandom, limits: KempeLimits): boolean {
  const { model, placedPerParticipant } = state;
  const a = model.meetingA[m];
  const b = model.meetingB[m];
  if (placedPerParticipant[a] >= model.maxMeetings[a] || placedPerParticipant[b] >= model.maxMeetings[b]) return false;
  const budget = { attempts: limits.maxAttempts };
  const firstX = random.below(2) === 0 ? a : b;
  const firstY = firstX === a ? b : a;
  return tryOrientation(state, m, firstX, firstY, random, limits.maxChain, budget)
    || tryOrientation(state, m, firstY, firstX, random, limits.maxChain, budget);
}

/** Scratch space reused across calls: these run millions of times and must not allocate. */
const scratch = { meetings: new Int32Array(64), origins: new Int32Array(64), alphas: new Int32Array(64), betas: new Int32Array(64) };

function ensureScratch(slotCount: number, maxChain: number): void {
  if (scratch.alphas.length < slotCount) {
    scratch.alphas = new Int32Array(slotCount);
    scratch.betas = new Int32Array(slotCount);
  }
  if (scratch.meetings.length < maxChain) {
    scratch.meetings = new Int32Array(maxChain);
    scratch.origins = new Int32Array(maxChain);
  }
}

/** Frees x in a slot α where y is already free, by a chain starting at x's α meeting. */
function tryOrientation(state: PlacementState, m: number, x: number, y: number, random: SeededRandom, maxChain: number, budget: { attempts: number }): boolean {
  const { model, busy } = state;
  const { slotCount, candidateStart, candidateSlots, available, fixedSlot, slotTables } = model;
  ensureScratch(slotCount, maxChain);
  const rowX = x * slotCount;
  const rowY = y * slotCount;
  let alphaCount = 0;
  for (let k = candidateStart[m]; k < candidateStart[m + 1]; k++) {
    const s = candidateSlots[k];
    const blocker = busy[rowX + s];
    if (busy[rowY + s] === -1 && blocker !== -1 && fixedSlot[blocker] === NO_SLOT) scratch.alphas[alphaCount++] = s;
  }
  if (alphaCount === 0) return false;
  let betaCount = 0;
  for (let s = 0; s < slotCount; s++) if (busy[rowX + s] === -1 && available[rowX + s] && slotTables[s] > 0) scratch.betas[betaCount++] = s;
  if (betaCount === 0) return false;
  const alphas = scratch.alphas.subarray(0, alphaCount);
  const betas = scratch.betas.subarray(0, betaCount);
  random.shuffle(alphas);
  random.shuffle(betas);
  for (const alpha of alphas) {
    for (const beta of betas) {
      if (budget.attempts-- <= 0) return false;
      if (applyChain(state, m, x, y, alpha, beta, maxChain)) return true;
    }
  }
  return false;
}

function applyChain(state: PlacementState, m: number, x: number, y: number, alpha: number, beta: number, maxChain: number): boolean {
  const { model, busy, load, capacity } = state;
  const { slotCount, meetingA, meetingB, available, fixedSlot } = model;
  const chain = scratch.meetings;
  let length = 0;
  let fromAlpha = 0;
  let participant = x;
  let slot = alpha;
  for (;;) {
    const e = busy[participant * slotCount + slot];
    if (e === -1) break;
    if (fixedSlot[e] !== NO_SLOT || length >= maxChain) return false;
    const other = meetingA[e] === participant ? meetingB[e] : meetingA[e];
    // Reaching y would put y's β meeting into α, where m is going: only possible off a bipartite graph.
    if (other === y) return false;
    const target = slot === alpha ? beta : alpha;
    if (!available[meetingA[e] * slotCount + target] || !available[meetingB[e] * slotCount + target]) return false;
    chain[length++] = e;
    if (slot === alpha) fromAlpha++;
    participant = other;
    slot = target;
  }
  const fromBeta = length - fromAlpha;
  if (load[alpha] - fromAlpha + fromBeta + 1 > capacity[alpha]) return false;
  if (load[beta] - fromBeta + fromAlpha > capacity[beta]) return false;
  const origins = scratch.origins;
  for (let i = 0; i < length; i++) {
    origins[i] = state.slotOf[chain[i]];
    state.unplace(chain[i]);
  }
  for (let i = 0; i < length; i++) state.place(chain[i], origins[i] === alpha ? beta : alpha);
  state.place(m, alpha);
  return true;
}
