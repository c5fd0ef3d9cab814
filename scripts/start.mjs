#!/usr/bin/env node
// `npm start`: build whatever is stale (turbo's cache makes a warm start quick), then run the
// server, which provides its database, migrates, loads demo data and serves API + web on PORT.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot, runTurbo } from './turbo.mjs';

const started = Date.now();
const buildStatus = runTurbo(['build', '--output-logs=errors-only', '--log-prefix=none']);
if (buildStatus !== 0) {
  console.error('The build failed; see above.');
  process.exit(buildStatus);
}
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s; starting the server…`);

const server = spawn(process.execPath, [join(repoRoot, 'apps/api/dist/main.js')], { cwd: repoRoot, stdio: 'inherit' });
// Ctrl-C reaches the server too (same process group); it stops its PostgreSQL and exits, and we
// leave with its code. A SIGTERM sent to this process alone is passed on.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => server.kill('SIGTERM'));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
