#!/usr/bin/env node
// `npm start`: build whatever is stale (turbo's cache makes a warm start quick), then run the
// server, which provides its database, migrates, loads demo data and serves API + web on PORT.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only', '--log-prefix=none'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('The build failed; see above.');
  process.exit(build.status ?? 1);
}
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s; starting the server…`);

const server = spawn(process.execPath, [join(repoRoot, 'apps/api/dist/main.js')], { cwd: repoRoot, stdio: 'inherit' });
// Ctrl-C reaches the server too (same process group); it stops its PostgreSQL and exits, and we
// leave with its code. A SIGTERM sent to this process alone is passed on.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => server.kill('SIGTERM'));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
