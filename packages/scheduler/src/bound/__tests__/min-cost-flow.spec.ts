import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MinCostFlow } from '../min-cost-flow.js';

/** Best total profit of a bipartite b-matching by brute force over every subset of edges. */
function bruteForceProfit(edges: { left: number; right: number; profit: number }[], leftCapacity: number[], rightCapacity: number[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << edges.length; mask++) {
    const usedLeft = leftCapacity.map(() => 0);
    const usedRight = rightCapacity.map(() => 0);
    let profit = 0;
    let feasible = true;
    edges.forEach((edge, index) => {
      if (!(mask & (1 << index))) return;
      profit += edge.profit;
      if (++usedLeft[edge.left] > leftCapacity[edge.left] || ++usedRight[edge.right] > rightCapacity[edge.right]) feasible = false;
    });
    if (feasible) best = Math.max(best, profit);
  }
  return best;
}

describe('MinCostFlow', () => {
  it('stops sending flow once no path has negative cost', () => {
    const flow = new MinCostFlow(4);
    flow.addArc(0, 1, 5, -3);
    flow.addArc(1, 2, 5, 1);
    const toSink = flow.addArc(2, 3, 2, 1);
    flow.addArc(1, 3, 5, 4);
    expect(flow.minimiseCost(0, 3)).toEqual({ flow: 2, cost: -2 });
    expect(flow.flowOn(toSink)).toBe(2);
  });

  it('finds the most profitable b-matching of small bipartite graphs', () => {
    const edgeArbitrary = fc.record({ left: fc.integer({ min: 0, max: 3 }), right: fc.integer({ min: 0, max: 3 }), profit: fc.integer({ min: 1, max: 4 }) });
    fc.assert(
      fc.property(
        fc.array(edgeArbitrary, { maxLength: 11 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
        (edges, leftCapacity, rightCapacity) => {
          const flow = new MinCostFlow(10);
          leftCapacity.forEach((capacity, i) => flow.addArc(0, 2 + i, capacity, 0));
          rightCapacity.forEach((capacity, j) => flow.addArc(6 + j, 1, capacity, 0));
          for (const edge of edges) flow.addArc(2 + edge.left, 6 + edge.right, 1, -edge.profit);
          expect(0 - flow.minimiseCost(0, 1).cost).toBe(bruteForceProfit(edges, leftCapacity, rightCapacity));
        },
      ),
      { numRuns: 200 },
    );
  });
});
