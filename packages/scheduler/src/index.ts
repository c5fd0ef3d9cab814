// Public entry of @serumpun/scheduler. The exact (HiGHS) reference is a separate entry,
// `@serumpun/scheduler/exact`, so that the solver never loads the WebAssembly solver.
export * from './types.js';
export { solveSchedule, DEFAULT_SEED, DEFAULT_TIME_LIMIT_MS } from './solve-schedule.js';
export { parseInstance } from './instance/parse-instance.js';
export { InvalidInstanceError, type InstanceIssue } from './instance/invalid-instance-error.js';
export { validateSchedule, type ScheduleViolation, type ViolationRule } from './validator/validate-schedule.js';
export { generateInstance, type InstanceShape } from './generator/generate-instance.js';
export { createSeededRandom, type SeededRandom } from './random/seeded-random.js';
export { scheduleGreedily } from './baseline/greedy-baseline.js';
