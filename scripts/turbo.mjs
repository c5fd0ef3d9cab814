// What the root scripts share: the repository's root, and running turbo quietly and offline.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// No telemetry or update checks: CI and venue laptops may have no internet.
const turboEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', DO_NOT_TRACK: '1' };

/** Runs `turbo run …` in the repository root with inherited output; returns its exit status. */
export function runTurbo(args) {
  return spawnSync('npx', ['turbo', 'run', ...args], { cwd: repoRoot, stdio: 'inherit', env: turboEnv }).status ?? 1;
}
