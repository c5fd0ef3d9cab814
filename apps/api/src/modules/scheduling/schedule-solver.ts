import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ScheduleInstance, ScheduleResult } from '@serumpun/scheduler';

/** What the worker thread tells its parent. */
export type SolverMessage = { type: 'progress'; fraction: number } | { type: 'done'; result: ScheduleResult } | { type: 'failed'; message: string };

export interface SolverRun {
  result: Promise<ScheduleResult>;
  /** Stops the thread; `result` then rejects. */
  terminate(): Promise<void>;
}

/**
 * The worker's file. Built, it sits next to this module. Under Jest this module runs from its
 * TypeScript source, which a worker thread cannot load, so the built copy in `dist` is used (the
 * API's test setup requires a build anyway).
 */
export function solverWorkerUrl(): URL {
  const beside = new URL('./schedule-run.worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const built = new URL(beside.href.replace(/\/src\/modules\/scheduling\//, '/dist/modules/scheduling/'));
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error(`the schedule worker is not built (${fileURLToPath(built)}): run npm run build -w @serumpun/api`);
}

/** Solves an instance in a worker thread, so the API's event loop keeps answering meanwhile. */
export function solveInWorker(instance: ScheduleInstance, onProgress: (fraction: number) => void): SolverRun {
  const worker = new Worker(solverWorkerUrl(), { workerData: instance });
  let settled = false;
  const result = new Promise<ScheduleResult>((resolve, reject) => {
    worker.on('message', (message: SolverMessage) => {
      if (message.type === 'progress') onProgress(message.fraction);
      else if (message.type === 'done') {
        settled = true;
        resolve(message.result);
      } else {
        settled = true;
        reject(new Error(message.message));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the schedule worker stopped (exit code ${code})`));
    });
  });
  return {
    result,
    terminate: async () => {
      await worker.terminate();
    },
  };
}
