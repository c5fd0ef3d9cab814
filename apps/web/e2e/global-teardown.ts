import { rmSync } from 'node:fs';
import { readE2eState } from './e2e-state';

const STOP_TIMEOUT_MS = 30_000;

/** Stops the API (which stops its embedded PostgreSQL on SIGTERM) and removes the temp dirs. */
export default async function globalTeardown(): Promise<void> {
  const state = readE2eState();
  const child = globalThis.__serumpunApi;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS).unref());
    if ((await Promise.race([exited, timer])) === 'timeout') {
      console.warn(`The API did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; killing it`);
      child.kill('SIGKILL');
      await exited;
    }
  }
  if (state.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
  rmSync(state.stateDir, { recursive: true, force: true });
}
