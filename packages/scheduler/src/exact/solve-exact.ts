// The exact reference for tests and the benchmark: the time-indexed integer program solved by
// HiGHS (WebAssembly) in a worker thread. HiGHS gets the time limit, and the worker is terminated
// shortly after it regardless, so a stuck solve can never hang a test run.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ScheduleInstance } from '../types.js';
import { HIGHS_WORKER_SOURCE } from './highs-worker-source.js';
import { buildTimeIndexedModel, type TimeIndexedModel } from './time-indexed-model.js';

export interface ExactSolution {
  /** 'optimal' when proven; otherwise weight and count are the best found (or absent). */
  status: 'optimal' | 'time-limit' | 'failed';
  weight?: number;
  count?: number;
  /** Slot of each placed meeting (tables are not part of the integer program). */
  slots?: { meeting: string; slot: string }[];
  ms: number;
  error?: string;
}

interface WorkerReply {
  status: ExactSolution['status'];
  objective?: number;
  columns?: number[];
  error?: string;
}

const GRACE_MS = 2000;

// Node has the WebAssembly global; its types live in the DOM lib, which this package does not load.
declare const WebAssembly: { compile(bytes: Uint8Array): Promise<CompiledModule> };
/** An opaque WebAssembly.Module, handed to the worker as is. */
type CompiledModule = object;

/**
 * One worker serves every solve in turn: starting HiGHS (compiling 3.5 MB of WebAssembly) costs
 * more than solving a small instance. It is unref'd so that it never keeps the process alive, and
 * replaced after a hard time-out.
 */
let worker: Worker | undefined;
let queue: Promise<unknown> = Promise.resolve();

async function startWorker(): Promise<Worker> {
  if (worker) return worker;
  const require = createRequire(import.meta.url);
  const wasmModule = await WebAssembly.compile(await readFile(require.resolve('highs/runtime')));
  const started = new Worker(HIGHS_WORKER_SOURCE, { eval: true, workerData: { highsPath: require.resolve('highs'), wasmModule } });
  started.unref();
  // A worker that fails or exits between solves is simply replaced by the next solve.
  const forget = (): void => {
    if (worker === started) worker = undefined;
  };
  started.on('error', forget);
  started.on('exit', forget);
  worker = started;
  return started;
}

/** Stops the shared HiGHS worker (a later solve starts a new one). */
export async function closeExactSolver(): Promise<void> {
  const current = worker;
  worker = undefined;
  if (current) await current.terminate();
}

function solveOnWorker(model: TimeIndexedModel, timeLimitMs: number): Promise<WorkerReply> {
  const run = queue.then(async () => {
    const current = await startWorker();
    return new Promise<WorkerReply>((resolve) => {
      const finish = (reply: WorkerReply, discard: boolean): void => {
        clearTimeout(timer);
        current.off('message', onMessage);
        current.off('error', onError);
        if (discard) void closeExactSolver();
        resolve(reply);
      };
      const onMessage = (reply: WorkerReply): void => finish(reply, false);
      const onError = (error: Error): void => finish({ status: 'failed', error: String(error) }, true);
      const timer = setTimeout(() => finish({ status: 'time-limit', error: 'worker terminated at the hard time limit' }, true), timeLimitMs + GRACE_MS);
      current.on('message', onMessage);
      current.on('error', onError);
      current.postMessage({ model, timeLimitSeconds: timeLimitMs / 1000 });
    });
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function solveExact(instance: ScheduleInstance, { timeLimitMs = 30000 }: { timeLimitMs?: number } = {}): Promise<ExactSolution> {
  const startedAt = performance.now();
  const model = buildTimeIndexedModel(instance);
  const elapsed = (): number => Math.round(performance.now() - startedAt);
  if (model.numCols === 0) {
    return { status: 'optimal', weight: model.fixedWeight, count: model.fixedCount, slots: fixedSlots(instance), ms: elapsed() };
  }
  const reply = await solveOnWorker(model, timeLimitMs);
  if (!reply.columns || reply.columns.length !== model.numCols) {
    return { status: reply.status === 'optimal' ? 'failed' : reply.status, ms: elapsed(), ...(reply.error ? { error: reply.error } : {}) };
  }
  const slots = fixedSlots(instance);
  let weight = model.fixedWeight;
  let count = model.fixedCount;
  reply.columns.forEach((value, column) => {
    if (value < 0.5) return;
    const meeting = instance.meetings[model.columnMeeting[column]];
    slots.push({ meeting: meeting.id, slot: model.columnSlot[column] });
    weight += meeting.weight ?? 1;
    count++;
  });
  return { status: reply.status, weight: Math.round(weight * 1e9) / 1e9, count, slots, ms: elapsed() };
}

function fixedSlots(instance: ScheduleInstance): { meeting: string; slot: string }[] {
  return instance.meetings.filter((meeting) => meeting.fixed).map((meeting) => ({ meeting: meeting.id, slot: meeting.fixed?.slot as string }));
}
