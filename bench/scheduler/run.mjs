#!/usr/bin/env node
// `npm run bench -- scheduler`: runs the scheduler and a plain greedy on seeded instance families,
// checks every result with the independent validator, compares with the HiGHS optimum (small
// families) or the flow bound (large ones), prints a markdown table and writes it to
// bench/results/scheduler.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateInstance, scheduleGreedily, solveSchedule, validateSchedule } from '@serumpun/scheduler';
import { solveExact } from '@serumpun/scheduler/exact';
import { FAMILIES } from './families.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXACT_TIME_LIMIT_MS = 30000;
const only = process.argv.slice(2).find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

const percentile = (values, p) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const percent = (value) => `${(100 * value).toFixed(2)} %`;

const rows = [];
const large = [];
let exactInstances = 0;
let exactHits = 0;
const benchStart = performance.now();
for (const family of FAMILIES) {
  if (only && !family.name.includes(only)) continue;
  const runs = [];
  for (const seed of family.seeds) {
    const instance = generateInstance(family.shape, seed);
    instance.options = { seed, ...family.options };
    const cpuBefore = process.cpuUsage();
    const result = solveSchedule(instance);
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
    const greedy = scheduleGreedily(instance);
    const violations = validateSchedule(instance, result).length + validateSchedule(instance, greedy).length;
    let reference = { weight: result.upperBound.weight, count: result.upperBound.count, kind: 'bound' };
    let hit = null;
    if (family.exact) {
      const exact = await solveExact(instance, { timeLimitMs: EXACT_TIME_LIMIT_MS });
      if (exact.status === 'optimal') {
        reference = { weight: exact.weight, count: exact.count, kind: 'optimum' };
        hit = result.stats.placedWeight === exact.weight && result.stats.placedCount === exact.count;
        exactInstances++;
        if (hit) exactHits++;
      }
    }
    runs.push({ instance, result, cpuMs, greedy, violations, reference, hit });
    process.stderr.write(
      `${family.name} seed ${seed}: ${instance.meetings.length} meetings, placed ${result.stats.placedWeight}/${reference.weight} (${reference.kind}), ${result.stats.ms} ms (CPU ${cpuMs} ms)\n`,
    );
  }
  const weightRatios = runs.map((run) => run.result.stats.placedWeight / run.reference.weight);
  const countRatios = runs.map((run) => run.result.stats.placedCount / run.reference.count);
  if (!family.exact) large.push(...weightRatios.map((ratio, i) => ({ ratio, family: family.name, seed: family.seeds[i] })));
  const times = runs.map((run) => run.result.stats.ms);
  const references = new Set(runs.map((run) => run.reference.kind));
  rows.push({
    family: family.name,
    meetings: Math.round(mean(runs.map((run) => run.instance.meetings.length))),
    reference: [...references].join('/'),
    weight: `${percent(mean(weightRatios))} (min ${percent(Math.min(...weightRatios))})`,
    count: `${percent(mean(countRatios))} (min ${percent(Math.min(...countRatios))})`,
    optimum: family.exact ? `${runs.filter((run) => run.hit).length}/${runs.filter((run) => run.hit !== null).length}` : '—',
    greedy: percent(mean(runs.map((run) => run.greedy.stats.placedWeight / run.reference.weight))),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    cpu95: percentile(runs.map((run) => run.cpuMs), 95),
    zero: mean(runs.map((run) => run.result.stats.zeroMeetingParticipants)).toFixed(1),
    gaps: `${Math.round(mean(runs.map((run) => run.result.stats.idleGaps)))} (greedy ${Math.round(mean(runs.map((run) => run.greedy.stats.idleGaps)))})`,
    violations: runs.reduce((sum, run) => sum + run.violations, 0),
  });
}

const header = ['family', 'meetings', 'vs', 'placed weight ÷ ref', 'placed count ÷ ref', 'optimum hit', 'greedy weight ÷ ref', 'p50 ms', 'p95 ms', 'p95 CPU ms', 'zero-meeting', 'idle gaps', 'violations'];
const keys = ['family', 'meetings', 'reference', 'weight', 'count', 'optimum', 'greedy', 'p50', 'p95', 'cpu95', 'zero', 'gaps', 'violations'];
const table = [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map((row) => `| ${keys.map((key) => row[key]).join(' | ')} |`),
].join('\n');
const worst = large.reduce((low, entry) => (entry.ratio < low.ratio ? entry : low), { ratio: Infinity });
const summary = [
  exactInstances > 0 ? `- Optimum reached on ${exactHits}/${exactInstances} exact-solvable instances (${percent(exactHits / exactInstances)}; target ≥ 90 %).` : null,
  large.length > 0 ? `- Lowest placed weight ÷ reference on large instances: ${percent(worst.ratio)} (${worst.family}, seed ${worst.seed}; target ≥ 99.5 %).` : null,
  `- Whole benchmark: ${Math.round((performance.now() - benchStart) / 1000)} s.`,
].filter(Boolean);

const markdown = [
  '# Scheduler benchmark',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Machine: ${availableParallelism()} cores, Node ${process.version}, ${process.platform}/${process.arch}; load average at the end ${loadavg().map((load) => load.toFixed(1)).join(' / ')} (the machine is shared, so wall times include waiting for a core)`,
  '- Command: `npm run bench -- scheduler` (runs `node bench/scheduler/run.mjs` after building)',
  `- Scheduler with default options (time limit 5 s) and the instance seed; exact reference: HiGHS time-indexed integer program, ${EXACT_TIME_LIMIT_MS / 1000} s limit.`,
  '- "ref" is the HiGHS optimum for the exact families and the flow upper bound otherwise (for "requests = free slots" the bound equals the hidden perfect schedule). Weight and count ratios are means over the seeds with the minimum in brackets; "optimum hit" counts instances where weight and count both equal the optimum. Times are the scheduler\'s own `stats.ms` (wall clock), and the CPU time of the same call, which is what the scheduler costs when the shared machine is busy. Zero-meeting participants and idle gaps are means per instance.',
  '',
  table,
  '',
  ...summary,
  '',
].join('\n');
if (!only) {
  mkdirSync(join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(join(repoRoot, 'bench', 'results', 'scheduler.md'), markdown);
}
console.log(markdown);
const anyViolation = rows.some((row) => row.violations > 0);
process.exit(anyViolation ? 1 : 0);
