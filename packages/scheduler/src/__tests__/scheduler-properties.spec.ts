import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { generateInstance } from '../generator/generate-instance.js';
import { solveSchedule } from '../solve-schedule.js';
import { validateSchedule } from '../validator/validate-schedule.js';
import { arbitraryInstance } from './factories.js';

const RUNS = 150;

describe('scheduler invariants on random instances', () => {
  it('always produces a schedule the independent validator accepts', () => {
    fc.assert(
      fc.property(arbitraryInstance(), (instance) => {
        expect(validateSchedule(instance, solveSchedule(instance))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('never places more weight than the flow bound', () => {
    fc.assert(
      fc.property(arbitraryInstance(), (instance) => {
        const result = solveSchedule(instance);
        expect(result.stats.placedWeight).toBeLessThanOrEqual(result.upperBound.weight + 1e-9);
        if (Math.abs(result.stats.placedWeight - result.upperBound.weight) < 1e-9) {
          expect(result.stats.placedCount).toBeLessThanOrEqual(result.upperBound.count);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('never moves a fixed meeting', () => {
    fc.assert(
      fc.property(arbitraryInstance(), (instance) => {
        const placed = new Map(solveSchedule(instance).assignments.map((assignment) => [assignment.meeting, assignment]));
        for (const meeting of instance.meetings) {
          if (!meeting.fixed) continue;
          expect(placed.get(meeting.id)).toEqual({ meeting: meeting.id, slot: meeting.fixed.slot, table: meeting.fixed.table });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same schedule for the same seed', () => {
    fc.assert(
      fc.property(arbitraryInstance(), (instance) => {
        const first = solveSchedule(instance);
        const second = solveSchedule(structuredClone(instance));
        expect(second.assignments).toEqual(first.assignments);
        expect(second.unplaced).toEqual(first.unplaced);
        expect(second.upperBound).toEqual(first.upperBound);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same schedule for the same seed on a generated edition with scarce tables', () => {
    const instance = generateInstance({ participants: 120, tableFactor: 0.7, popularShare: 0.1, fixedShare: 0.03, homeTableShare: 0.3 }, 7);
    instance.options = { seed: 3, maxIterations: 20000, timeLimitMs: 60000 };
    const first = solveSchedule(instance);
    const second = solveSchedule(structuredClone(instance));
    expect(second.assignments).toEqual(first.assignments);
    expect(validateSchedule(instance, first)).toEqual([]);
  });
});
