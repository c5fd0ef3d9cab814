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

// The server runs in a process group of its own (`detached`), and so does the PostgreSQL it starts:
// the terminal's Ctrl-C then reaches only this process, which passes it on, and the server closes
// its connections before it stops its database (in the terminal's group, PostgreSQL would get the
// signal at the same moment and cut every connection first).
const server = spawn(process.execPath, [join(repoRoot, 'apps/api/dist/main.js')], { cwd: repoRoot, stdio: 'inherit', detached: true });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
