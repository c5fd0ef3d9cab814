// The body of a schedule run's worker thread: solves one instance, posting progress as it goes.
// Kept free of Nest and the database so it loads fast and stays plain JavaScript once built.
import { parentPort, workerData } from 'node:worker_threads';
import { solveSchedule } from '@serumpun/scheduler';
import type { SolverMessage } from './schedule-solver.js';

const port = parentPort;
if (!port) throw new Error('schedule-run.worker must run in a worker thread');

/** Posting on every call would flood the parent during local search: one message per percent. */
const STEP = 0.01;
let posted = -1;
const post = (message: SolverMessage) => port.postMessage(message);

try {
  const result = solveSchedule(workerData, {
    onProgress: (fraction) => {
      if (fraction - posted < STEP && fraction < 1) return;
      posted = fraction;
      post({ type: 'progress', fraction });
    },
  });
  post({ type: 'done', result });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
