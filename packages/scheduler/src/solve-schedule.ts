// The scheduler's pipeline: validate, bound, place greedily, improve by local search, compact idle
// gaps, seat at tables. Each stage lives in its own module; this one only wires them together.
import { computeFlowBound } from './bound/flow-bound.js';
import { compileModel, NO_SLOT, type ScheduleModel } from './instance/compile-model.js';
import { parseInstance } from './instance/parse-instance.js';
import { assignTables } from './placement/assign-tables.js';
import { compactIdleGaps } from './placement/compact-idle-gaps.js';
import { mostlyTight, placeInitially } from './placement/initial-placement.js';
import { searchPlacement } from './placement/local-search.js';
import { PlacementState } from './placement/placement-state.js';
import { searchByAgreement } from './placement/agreement-search.js';
import { createSeededRandom } from './random/seeded-random.js';
import { buildResult, roundWeight } from './result/build-result.js';
import type { ScheduleResult, SolveHooks } from './types.js';

export const DEFAULT_TIME_LIMIT_MS = 5000;
export const DEFAULT_SEED = 1;

// Search effort, tuned on the benchmark (the adversarial family decides it; the others reach the
// bound long before any of these limits matter).
const KEMPE_LIMITS = { maxChain: 40, maxAttempts: 48 };
const CHAIN_LIMITS = { maxDepth: 8, maxExpanded: 50, fullSlotSamples: 2 };
const SEARCH_EFFORT = { sampleSize: 4, kempeTries: 1, tabuBase: 10, tabuSpread: 10, resetIterations: 20000 };
/** Steps without improvement before the search gives up: a deterministic stop, unlike the clock. */
const stallIterations = (model: ScheduleModel): number => Math.max(2000, model.meetingCount);
/**
 * Tight instances only (see mostlyTight): the agreement search's tabu tenure (short: its moves
 * mostly shift a disagreement along a chain, and a long tenure stops it from coming back to
 * meet another), its stall limit, and its share of the time limit, after which the insertion
 * search takes over.
 */
const AGREEMENT_EFFORT = { tenureBase: 1, tenureSpread: 2 };
const AGREEMENT_STALL_MIN = 100000;
const AGREEMENT_STALL_PER_MEETING = 1000;
const AGREEMENT_SHARE = 0.8;
/** Shares of the time limit after which the local search, then the gap compaction, stop. */
const SEARCH_SHARE = 0.85;
const COMPACTION_SHARE = 0.95;

/**
 * Schedules an instance (parsed JSON; it is validated here and an InvalidInstanceError names the
 * first offending item). Deterministic for a seed unless the time limit cuts the search short.
 */
export function solveSchedule(input: unknown, hooks: SolveHooks = {}): ScheduleResult {
  const startedAt = performance.now();
  const instance = parseInstance(input);
  const options = instance.options ?? {};
  const timeLimit = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  let reported = 0;
  const report = (fraction: number): void => {
    if (!hooks.onProgress || fraction < reported) return;
    reported = fraction;
    hooks.onProgress(fraction);
  };
  report(0);

  const model = compileModel(instance);
  const bound = computeFlowBound(model);
  report(0.1);

  const random = createSeededRandom(options.seed ?? DEFAULT_SEED);
  const state = new PlacementState(model, bound.eligible);
  const tight = mostlyTight(model, bound.selected, bound.eligible);
  placeInitially(state, bound.selected, bound.eligible, random, KEMPE_LIMITS, tight);
  report(0.2);
  if (tight) {
    const meetings: number[] = [];
    for (let m = 0; m < model.meetingCount; m++) if (bound.selected[m] && bound.eligible[m] && model.fixedSlot[m] === NO_SLOT) meetings.push(m);
    searchByAgreement(state, Int32Array.from(meetings), random, {
      ...AGREEMENT_EFFORT,
      deadline: startedAt + AGREEMENT_SHARE * timeLimit,
      maxIterations: options.maxIterations ?? Number.POSITIVE_INFINITY,
      stallIterations: Math.max(AGREEMENT_STALL_MIN, AGREEMENT_STALL_PER_MEETING * meetings.length),
    });
    state.commit();
    report(0.5);
  }

  searchPlacement(state, random, {
    ...SEARCH_EFFORT,
    deadline: startedAt + SEARCH_SHARE * timeLimit,
    maxIterations: options.maxIterations ?? Number.POSITIVE_INFINITY,
    stallIterations: stallIterations(model),
    target: {
      weightUnits: bound.weightUnits,
      count: bound.count,
      zeroParticipants: unavoidableZeroMeetingParticipants(model, bound.eligible),
      moved: state.moved,
    },
    kempe: KEMPE_LIMITS,
    chains: CHAIN_LIMITS,
    onProgress: (fraction) => report(0.2 + 0.7 * fraction),
  });
  report(0.9);

  compactIdleGaps(state, startedAt + COMPACTION_SHARE * timeLimit);
  const tableOf = assignTables(model, state.slotOf);
  // Rounded weights (more than three decimals) may each be off by half a unit: widen the bound by that.
  const rounding = model.weightsExact ? 0 : (bound.count * 0.5) / model.weightScale;
  const upperBound = { weight: roundWeight(bound.weightUnits / model.weightScale + rounding), count: bound.count };
  const result = buildResult(model, state.slotOf, tableOf, upperBound, startedAt);
  report(1);
  return result;
}

/** Participants with requests none of which can be placed at all. */
function unavoidableZeroMeetingParticipants(model: ScheduleModel, eligible: Uint8Array): number {
  const { participantCount, participantMeetingStart, participantMeetings, fixedSlot } = model;
  let count = 0;
  for (let p = 0; p < participantCount; p++) {
    const start = participantMeetingStart[p];
    const end = participantMeetingStart[p + 1];
    if (start === end) continue;
    let possible = false;
    for (let k = start; k < end && !possible; k++) possible = eligible[participantMeetings[k]] === 1 || fixedSlot[participantMeetings[k]] !== NO_SLOT;
    if (!possible) count++;
  }
  return count;
}
