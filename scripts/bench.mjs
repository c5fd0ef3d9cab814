#!/usr/bin/env node
// `npm run bench [-- name ...]`: builds the workspaces, then runs bench/<name>/run.mjs for each
// named benchmark (all of them when none is named). Each writes its figures to bench/results/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runTurbo } from './turbo.mjs';

const benchDir = join(repoRoot, 'bench');
const available = readdirSync(benchDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(benchDir, entry.name, 'run.mjs')))
  .map((entry) => entry.name)
  .sort();
const requested = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const passThrough = process.argv.slice(2).filter((arg) => arg.startsWith('-'));
const unknown = requested.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}

const buildStatus = runTurbo(['build', '--output-logs=errors-only']);
if (buildStatus !== 0) process.exit(buildStatus);

let failed = false;
for (const name of requested.length > 0 ? requested : available) {
  console.log(`\n=== bench: ${name} ===`);
  const run = spawnSync(process.execPath, [join(benchDir, name, 'run.mjs'), ...passThrough], { cwd: repoRoot, stdio: 'inherit' });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
