#!/usr/bin/env node
// `npm test`: every workspace's Jest suites through turbo, then one total over all of them.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runTurbo } from './turbo.mjs';

const resultsDir = join(repoRoot, '.test-results');
rmSync(resultsDir, { recursive: true, force: true });

const turboStatus = runTurbo(['test', '--output-logs=full', '--concurrency=2', '--continue', ...process.argv.slice(2)]);

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
if (existsSync(resultsDir)) {
  for (const file of readdirSync(resultsDir).filter((f) => f.endsWith('.json')).sort()) {
    const summary = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
    passed += summary.numPassedTests;
    // A suite that fails to load has no failed tests but still fails the run: count it as one.
    failed += summary.numFailedTests + summary.numRuntimeErrorTestSuites;
    skipped += summary.numPendingTests;
    lines.push(`  ${file.replace(/\.json$/, '').padEnd(20)} ${summary.numPassedTests} passed, ${summary.numFailedTests + summary.numRuntimeErrorTestSuites} failed, ${summary.numPendingTests} skipped`);
  }
}
console.log('\nTest totals by suite:\n' + lines.join('\n'));
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(turboStatus === 0 && failed === 0 ? 0 : 1);
