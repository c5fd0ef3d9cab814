#!/usr/bin/env node
// A quick experiment on the "requests = free slots" family only, stage by stage: the propagated
// construction, then the agreement search (and its optional chain search), without the insertion
// search that follows in solveSchedule. Reads the built package's internals (build it first).
//   node bench/scheduler/tight-experiment.mjs [agreementMs=3000] [participants=1000] [seeds=1,2,3]
import { generateInstance } from '@serumpun/scheduler';

const dist = new URL('../../packages/scheduler/dist/', import.meta.url);
const { parseInstance } = await import(new URL('instance/parse-instance.js', dist));
const { compileModel, NO_SLOT } = await import(new URL('instance/compile-model.js', dist));
const { computeFlowBound } = await import(new URL('bound/flow-bound.js', dist));
const { PlacementState } = await import(new URL('placement/placement-state.js', dist));
const { PropagatedConstruction } = await import(new URL('placement/propagated-construction.js', dist));
const { searchByAgreement } = await import(new URL('placement/agreement-search.js', dist));
const { createSeededRandom } = await import(new URL('random/seeded-random.js', dist));

const [agreementMs = '3000', participants = '1000', seedList = '1,2,3'] = process.argv.slice(2);
const percent = (part, whole) => `${((100 * part) / whole).toFixed(2)} %`;
for (const seed of seedList.split(',').map(Number)) {
  const instance = generateInstance({ participants: Number(participants), slots: [18, 36], requests: [5, 16], planted: true }, seed);
  const model = compileModel(parseInstance(instance));
  const bound = computeFlowBound(model);
  const random = createSeededRandom(seed);
  const state = new PlacementState(model, bound.eligible);
  const order = [];
  for (let m = 0; m < model.meetingCount; m++) if (bound.eligible[m] && bound.selected[m]) order.push(m);
  const started = performance.now();
  const placed = new PropagatedConstruction(state, random).run(Int32Array.from(order));
  let line = `seed ${seed}: ${order.length} meetings, construction ${placed} (${percent(placed, order.length)}) in ${Math.round(performance.now() - started)} ms`;
  state.commit();
  const deadline = performance.now() + Number(agreementMs);
  searchByAgreement(state, Int32Array.from(order), random, {
    tenureBase: 1,
    tenureSpread: 2,
    deadline,
    maxIterations: Number.POSITIVE_INFINITY,
    stallIterations: Math.max(100000, 1000 * order.length),
  });
  const count = order.filter((m) => state.slotOf[m] !== NO_SLOT).length;
  line += `; agreement ${count} (${percent(count, order.length)}), weight ${percent(state.weightUnits, bound.weightUnits)} of the bound`;
  console.log(line);
}
