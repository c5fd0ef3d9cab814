import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { generateInstance, type InstanceShape } from '../../generator/generate-instance.js';
import { solveSchedule } from '../../solve-schedule.js';
import { validateSchedule } from '../../validator/validate-schedule.js';
import { arbitraryInstance, buildInstance } from '../../__tests__/factories.js';
import { solveExact } from '../solve-exact.js';

const small: InstanceShape = { participants: 24, slots: [6, 10], slotsPerSession: 5, requests: [2, 6] };
const CASES: { name: string; shape: InstanceShape; seeds: number[] }[] = [
  { name: 'a plain edition', shape: small, seeds: [1, 2, 3] },
  { name: 'scarce tables', shape: { ...small, tableFactor: 0.7 }, seeds: [4, 5] },
  { name: 'popular investors', shape: { ...small, popularShare: 0.2, popularFactor: 4 }, seeds: [6, 7] },
  { name: 'fixed meetings, hosts and caps', shape: { ...small, fixedShare: 0.1, homeTableShare: 0.4, maxMeetingsShare: 0.2 }, seeds: [8, 9] },
  { name: 'company-to-company meetings', shape: { ...small, peerShare: 0.3 }, seeds: [10, 11] },
  { name: 'requests equal to free slots', shape: { participants: 16, slots: [6, 8], requests: [2, 5], planted: true }, seeds: [12, 13] },
];

describe('the heuristic against the exact optimum (HiGHS)', () => {
  for (const { name, shape, seeds } of CASES) {
    for (const seed of seeds) {
      it(`matches the optimum on ${name} (seed ${seed}), under the flow bound`, async () => {
        const instance = generateInstance(shape, seed);
        instance.options = { seed: 1, timeLimitMs: 10000 };
        const exact = await solveExact(instance, { timeLimitMs: 20000 });
        expect(exact.status).toBe('optimal');
        const result = solveSchedule(instance);
        expect(validateSchedule(instance, result)).toEqual([]);
        expect(result.upperBound.weight).toBeGreaterThanOrEqual(exact.weight as number);
        expect(result.stats.placedWeight).toBe(exact.weight);
        expect(result.stats.placedCount).toBe(exact.count);
      });
    }
  }

  it('matches the optimum on random small instances with every feature of the format', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryInstance(), async (instance) => {
        const exact = await solveExact(instance, { timeLimitMs: 10000 });
        expect(exact.status).toBe('optimal');
        const result = solveSchedule(instance);
        expect(result.upperBound.weight).toBeGreaterThanOrEqual((exact.weight as number) - 1e-9);
        expect(result.stats.placedWeight).toBeCloseTo(exact.weight as number, 9);
        expect(result.stats.placedCount).toBe(exact.count);
      }),
      { numRuns: 60 },
    );
  });

  it('finds the optimum of a hand-made instance, fixed meetings included', async () => {
    const instance = buildInstance({
      tables: [1, 1],
      meetings: [{ a: 'p1', b: 'p2', fixed: { slot: 's1', table: 1 } }, { a: 'p1', b: 'p3', weight: 2 }, 'p3-p4', 'p2-p4'],
    });
    const exact = await solveExact(instance);
    expect(exact).toMatchObject({ status: 'optimal', weight: 3, count: 2 });
    expect(exact.slots).toEqual(expect.arrayContaining([{ meeting: 'm1', slot: 's1' }, { meeting: 'm2', slot: 's2' }]));
  });

  // A hang would surface as Jest's own timeout; the answer must say it is not a proven optimum.
  it('gives up at its time limit instead of hanging', async () => {
    const instance = generateInstance({ participants: 120, planted: true }, 1);
    const exact = await solveExact(instance, { timeLimitMs: 300 });
    expect(exact.status).not.toBe('optimal');
  });
});
