#!/usr/bin/env node
// Runs Jest for the workspace in the current folder in native ESM mode and records its totals in
// <repo>/.test-results/ so that `npm test` can print one total for the whole monorepo.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(repoRoot, '.test-results');
mkdirSync(resultsDir, { recursive: true });

const args = process.argv.slice(2);
const configIndex = args.indexOf('--config');
const suiteName = basename(process.cwd()) + (configIndex >= 0 ? '-' + basename(args[configIndex + 1], '.js').replace(/^jest\.?/, '').replace(/\.config$/, '') : '');
const outputFile = join(resultsDir, `${suiteName || 'unit'}.json`);

const require = createRequire(join(repoRoot, 'package.json'));
const jestBin = join(dirname(require.resolve('jest/package.json')), 'bin', 'jest.js');
const nodeOptions = [process.env.NODE_OPTIONS, '--experimental-vm-modules', '--no-warnings=ExperimentalWarning'].filter(Boolean).join(' ');

const result = spawnSync(process.execPath, [jestBin, '--json', `--outputFile=${outputFile}`, ...args], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: nodeOptions },
});
try {
  const summary = JSON.parse(readFileSync(outputFile, 'utf8'));
  console.log(`${suiteName}: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped`);
} catch {
  // Jest failed before writing results; its own output already says why.
}
process.exit(result.status ?? 1);
