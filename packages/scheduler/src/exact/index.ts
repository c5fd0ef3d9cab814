// `@serumpun/scheduler/exact`: the HiGHS reference, kept off the main entry because `highs` is a
// development dependency (tests and benchmark only).
export { closeExactSolver, solveExact, type ExactSolution } from './solve-exact.js';
export { buildTimeIndexedModel, type TimeIndexedModel } from './time-indexed-model.js';
