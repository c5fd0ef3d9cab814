import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { computeFlowBound } from '../../bound/flow-bound.js';
import { generateInstance } from '../../generator/generate-instance.js';
import { compileModel, NO_SLOT, type ScheduleModel } from '../../instance/compile-model.js';
import { parseInstance } from '../../instance/parse-instance.js';
import { createSeededRandom } from '../../random/seeded-random.js';
import { solveSchedule } from '../../solve-schedule.js';
import { validateSchedule } from '../../validator/validate-schedule.js';
import { searchByAgreement } from '../agreement-search.js';
import { mostlyTight, placeInitially } from '../initial-placement.js';
import { compareScores, PlacementState } from '../placement-state.js';
import { PropagatedConstruction } from '../propagated-construction.js';

// "Requests = free slots": a hidden perfect schedule decides every participant's free slots and
// every slot's tables, so the optimum places every meeting and the flow bound is exact.
const planted = (participants: number, seed: number) => generateInstance({ participants, slots: [10, 18], requests: [3, 9], planted: true }, seed);

function setUp(participants: number, seed: number): { model: ScheduleModel; state: PlacementState; selected: Uint8Array; eligible: Uint8Array } {
  const model = compileModel(parseInstance(planted(participants, seed)));
  const bound = computeFlowBound(model);
  return { model, state: new PlacementState(model, bound.eligible), selected: bound.selected, eligible: bound.eligible };
}

/** The rules the placement state must keep: candidate slots only, one meeting per participant and slot, tables. */
function expectConsistent(model: ScheduleModel, slotOf: Int32Array): void {
  const busy = new Set<string>();
  const load = new Int32Array(model.slotCount);
  for (let m = 0; m < model.meetingCount; m++) {
    const s = slotOf[m];
    if (s === NO_SLOT) continue;
    expect(Array.from(model.candidateSlots.subarray(model.candidateStart[m], model.candidateStart[m + 1]))).toContain(s);
    for (const p of [model.meetingA[m], model.meetingB[m]]) {
      expect(busy.has(`${p}@${s}`)).toBe(false);
      busy.add(`${p}@${s}`);
    }
    load[s]++;
  }
  for (let s = 0; s < model.slotCount; s++) expect(load[s]).toBeLessThanOrEqual(model.slotTables[s]);
}

describe('tight instances (as many requests as free slots)', () => {
  it('are recognised as tight, and random editions are not', () => {
    const tight = setUp(40, 1);
    expect(mostlyTight(tight.model, tight.selected, tight.eligible)).toBe(true);
    const model = compileModel(parseInstance(generateInstance({ participants: 60 }, 1)));
    const bound = computeFlowBound(model);
    expect(mostlyTight(model, bound.selected, bound.eligible)).toBe(false);
  });

  it('the propagated construction only makes legal placements', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const { model, state, selected, eligible } = setUp(30, seed);
        const meetings = Array.from({ length: model.meetingCount }, (_, m) => m).filter((m) => selected[m] && eligible[m]);
        const placed = new PropagatedConstruction(state, createSeededRandom(seed)).run(Int32Array.from(meetings));
        expect(placed).toBe(state.count);
        expectConsistent(model, state.slotOf);
      }),
      { numRuns: 40 },
    );
  });

  it('the agreement search never leaves the schedule worse, and keeps it legal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const { model, state, selected, eligible } = setUp(30, seed);
        const random = createSeededRandom(seed);
        placeInitially(state, selected, eligible, random, { maxChain: 10, maxAttempts: 4 }, false);
        const before = state.snapshotScore();
        const meetings = Array.from({ length: model.meetingCount }, (_, m) => m).filter((m) => selected[m] && eligible[m]);
        searchByAgreement(state, Int32Array.from(meetings), random, {
          deadline: Number.POSITIVE_INFINITY,
          maxIterations: 5000,
          stallIterations: 5000,
          tenureBase: 1,
          tenureSpread: 2,
        });
        expect(compareScores(state, before)).toBeGreaterThanOrEqual(0);
        expectConsistent(model, state.slotOf);
      }),
      { numRuns: 40 },
    );
  });

  it('places every meeting of small planted editions (the bound is the optimum there)', () => {
    for (const seed of [1, 2, 3]) {
      const instance = planted(40, seed);
      instance.options = { seed, maxIterations: 200_000, timeLimitMs: 60_000 };
      const result = solveSchedule(instance);
      expect(validateSchedule(instance, result)).toEqual([]);
      expect(result.unplaced).toEqual([]);
      expect(result.stats.placedCount).toBe(instance.meetings.length);
      expect(result.stats.placedWeight).toBe(result.upperBound.weight);
    }
  });

  it('gives a valid schedule, under the bound, and the same one for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 10, max: 60 }), (seed, participants) => {
        const instance = planted(participants, seed);
        instance.options = { seed, maxIterations: 20_000, timeLimitMs: 60_000 };
        const first = solveSchedule(instance);
        expect(validateSchedule(instance, first)).toEqual([]);
        expect(first.stats.placedWeight).toBeLessThanOrEqual(first.upperBound.weight);
        const second = solveSchedule(structuredClone(instance));
        expect(second.assignments).toEqual(first.assignments);
      }),
      { numRuns: 25 },
    );
  });
});
