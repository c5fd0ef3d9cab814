#!/usr/bin/env node
// `npm run bench -- matching` (or `node bench/matching/run.mjs` from the repo root after `npx turbo run build`).
// 1. Offline evaluation: a synthetic population with hidden true preferences; precision@10 and NDCG@10 of
//    our ranking against a random ranking and a sector-only baseline.
// 2. In-process latency: ranking 100,000 opportunities for one investor, and suggestMeetings for an edition
//    of 2,000 participants (with and without candidate pruning, and for one participant).
// 3. HTTP latency: measured by the API's benchmark. HOOK: if bench/matching/http.mjs exists, it is imported
//    and its `measureHttpLatency({ repoRoot, quick, getsOnly })` must resolve to a Markdown section (a string starting
//    with "## HTTP latency"), which replaces the placeholder below. Nothing else in this file needs to change.
// Flags: --quick (a smaller population, for a smoke run; prints only). --http-only: only the HTTP part (prints
// only); --gets-only: only the GET /api/matches timings of the HTTP part (prints only; for profiling sessions,
// with MATCHING_BENCH_DATA_DIR to reuse the database). Writes bench/results/matching.md and prints it.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { rankOpportunitiesForInvestor, suggestMeetingsWithStats } from '@serumpun/matching';
import { sectionOf } from '@serumpun/shared';
import { FX, createEdition, createInvestors, createOpportunities, relevanceOf, trueUtility } from './population.mjs';
import { createRandom } from './random.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const quick = process.argv.includes('--quick');
const getsOnly = process.argv.includes('--gets-only');
const httpOnly = getsOnly || process.argv.includes('--http-only');
const SEED = 20251030; // the first edition, Pontianak
const sizes = quick
  ? { investors: 60, opportunities: 1500, rankOpportunities: 20_000, editionInvestors: 200, editionBusinesses: 300, runs: 2 }
  : { investors: 400, opportunities: 5000, rankOpportunities: 100_000, editionInvestors: 800, editionBusinesses: 1200, runs: 5 };
const K = 10;

// ---------------------------------------------------------------------------------------------------------
// Metrics

const precisionAt = (relevances) => relevances.slice(0, K).filter((rel) => rel >= 2).length / K;

function dcg(relevances) {
  return relevances.slice(0, K).reduce((sum, rel, index) => sum + (2 ** rel - 1) / Math.log2(index + 2), 0);
}

function summary(values) {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / Math.max(1, values.length - 1);
  return { mean, ci: 1.96 * Math.sqrt(variance / values.length) };
}

const fmt = ({ mean, ci }) => `${mean.toFixed(3)} ± ${ci.toFixed(3)}`;

// ---------------------------------------------------------------------------------------------------------
// 1. Offline evaluation

function evaluate() {
  const random = createRandom(SEED);
  const investors = createInvestors(random, sizes.investors);
  const opportunities = createOpportunities(random, sizes.opportunities);
  const published = opportunities.filter((o) => o.status === 'published');
  const rankings = {
    random: () => random.shuffle([...published]).slice(0, K),
    'sector only': (investor) => {
      const stated = investor.profile.sectors;
      const score = (o) => (stated.includes(o.sectorCode) ? 2 : stated.some((code) => sectionOf(code) === sectionOf(o.sectorCode)) ? 1 : 0);
      // Ties broken at random: the baseline has no other information.
      return random.shuffle([...published]).sort((a, b) => score(b) - score(a)).slice(0, K);
    },
    'Serumpun (default weights)': (investor) =>
      rankOpportunitiesForInvestor(investor.profile, opportunities, { limit: K, minScore: 0, fx: FX }).map((item) => item.opportunity),
    'Serumpun, sector + region + ticket only': (investor) =>
      rankOpportunitiesForInvestor(investor.profile, opportunities, {
        limit: K,
        minScore: 0,
        fx: FX,
        weights: { instrument: 0, stage: 0, language: 0, sustainability: 0 },
      }).map((item) => item.opportunity),
  };
  const scores = Object.fromEntries(Object.keys(rankings).map((name) => [name, { precision: [], ndcg: [] }]));
  let skipped = 0;
  let relevantTotal = 0;
  for (const investor of investors) {
    const relevance = new Map(published.map((o) => [o.id, relevanceOf(trueUtility(investor, o))]));
    const ideal = dcg([...relevance.values()].sort((a, b) => b - a));
    if (ideal === 0) {
      skipped++;
      continue;
    }
    relevantTotal += [...relevance.values()].filter((rel) => rel >= 2).length;
    for (const [name, rank] of Object.entries(rankings)) {
      const relevances = rank(investor).map((o) => relevance.get(o.id));
      scores[name].precision.push(precisionAt(relevances));
      scores[name].ndcg.push(dcg(relevances) / ideal);
    }
  }
  const evaluated = investors.length - skipped;
  const rows = Object.entries(scores).map(([name, { precision, ndcg }]) => `| ${name} | ${fmt(summary(precision))} | ${fmt(summary(ndcg))} |`);
  return [
    '## Ranking quality (offline, synthetic population)',
    '',
    `${investors.length} investors with hidden true preferences (sectors, regions, ticket range, instruments) and noisy`,
    `stated profiles; ${opportunities.length.toLocaleString('en')} opportunities (${published.length.toLocaleString('en')} published; 30% priced in IDR, MYR or BND).`,
    `Relevance is graded 0..3 from the hidden utility; precision@10 counts grade 2 and above (on average`,
    `${Math.round(relevantTotal / Math.max(1, evaluated))} relevant opportunities per investor). ${evaluated} investors evaluated, ${skipped} skipped (nothing relevant).`,
    'Figures are means over investors ± a 95% confidence half-width.',
    '',
    '| ranking | precision@10 | NDCG@10 |',
    '|---|---|---|',
    ...rows,
  ];
}

// ---------------------------------------------------------------------------------------------------------
// 2. In-process latency

function time(runs, action) {
  action(); // warm-up: compiles the hot paths
  const samples = [];
  let last;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    last = action();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0], max: samples[samples.length - 1], last };
}

const ms = (value) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const row = (operation, size, t) => `| ${operation} | ${size} | ${ms(t.median)} | ${ms(t.min)} | ${ms(t.max)} |`;

function latency() {
  const random = createRandom(SEED + 1);
  const [investor] = createInvestors(random, 1);
  const opportunities = createOpportunities(random, sizes.rankOpportunities);
  const ranking = time(sizes.runs, () => rankOpportunitiesForInvestor(investor.profile, opportunities, { limit: 20, fx: FX }));

  const { participants, requested } = createEdition(random, sizes.editionInvestors, sizes.editionBusinesses);
  const options = { limit: 200, excludePairs: requested, fx: FX };
  const pruned = time(Math.min(3, sizes.runs), () => suggestMeetingsWithStats(participants, options));
  const full = time(Math.min(3, sizes.runs), () => suggestMeetingsWithStats(participants, { ...options, pruning: false }));
  const same = JSON.stringify(pruned.last.suggestions) === JSON.stringify(full.last.suggestions);
  const someone = participants.filter((_, index) => index % Math.ceil(participants.length / 50) === 0);
  let next = 0;
  const single = time(someone.length, () => suggestMeetingsWithStats(participants, { ...options, limit: 20, participantId: someone[next++ % someone.length].id }));

  const stats = pruned.last.stats;
  const editionSize = `${participants.length.toLocaleString('en')} participants (${sizes.editionInvestors.toLocaleString('en')} investors, ${sizes.editionBusinesses.toLocaleString('en')} businesses)`;
  const LEVELS = ['a shared section and island', 'a shared section', 'a shared island', 'every other pair'];
  const percent = (part) => `${((100 * part) / stats.totalPairs).toFixed(1)}%`;
  return {
    // Exit non-zero if the target is missed or pruning ever changes the answer.
    ok: pruned.median <= 10_000 && same,
    lines: [
      '## In-process latency',
      '',
      `Milliseconds over ${sizes.runs} timed runs after a warm-up (suggestions: ${Math.min(3, sizes.runs)} runs; one participant: ${someone.length} different participants).`,
      '',
      '| operation | size | median ms | min ms | max ms |',
      '|---|---|---|---|---|',
      row('`rankOpportunitiesForInvestor`, limit 20', `${opportunities.length.toLocaleString('en')} opportunities`, ranking),
      row('`suggestMeetings` for the organiser, limit 200', editionSize, pruned),
      row('the same, every pair scored (`pruning: false`)', editionSize, full),
      row('`suggestMeetings` for one participant, limit 20', editionSize, single),
      '',
      `Pruning: the index listed ${stats.candidatePairs.toLocaleString('en')} of ${stats.totalPairs.toLocaleString('en')} investor–business pairs ` +
        `(${percent(stats.candidatePairs)}) by section and island; ${stats.scoredPairs.toLocaleString('en')} (${percent(stats.scoredPairs)}) were scored, ` +
        (stats.levelsScored === 1 ? 'level 1 only (a shared section and island)' : `levels 1–${stats.levelsScored} (down to ${LEVELS[stats.levelsScored - 1]})`) +
        (stats.levelsScored < LEVELS.length ? ', before the ceiling proved that no other pair could make the list. ' : '. ') +
        `Pruned and exhaustive suggestions are ${same ? 'identical' : 'DIFFERENT (a bug)'}; ${requested.length.toLocaleString('en')} already requested pairs were excluded. ` +
        `Target ≤ 10 s: ${pruned.median <= 10_000 ? 'met' : 'NOT met'}.`,
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// 3. HTTP latency (hook for the API benchmark)

async function httpLatency() {
  const hook = join(here, 'http.mjs');
  if (existsSync(hook)) {
    const { measureHttpLatency } = await import(pathToFileURL(hook).href);
    return (await measureHttpLatency({ repoRoot, quick, getsOnly })).trimEnd().split('\n');
  }
  return [
    '## HTTP latency (API)',
    '',
    'Not measured yet: `GET /api/matches`, `GET /api/opportunities/:id/matches` and the suggested meetings',
    'endpoint are timed by `bench/matching/http.mjs`, added with those endpoints (see the header of run.mjs).',
  ];
}

// ---------------------------------------------------------------------------------------------------------

const started = performance.now();
if (httpOnly) {
  console.log((await httpLatency()).join('\n'));
  process.exit(0);
}
const quality = evaluate();
const speed = latency();
const http = await httpLatency();
const cpuList = cpus();
const report = [
  '# Matching benchmark',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Command: \`npm run bench -- matching${quick ? ' --quick' : ''}\` (equivalently \`node bench/matching/run.mjs${quick ? ' --quick' : ''}\` after \`npx turbo run build\`)`,
  `- Machine: ${availableParallelism()} cores (${cpuList[0]?.model?.trim() ?? 'unknown CPU'}), Node ${process.version}, ${process.platform}/${process.arch}; ` +
    `load average ${loadavg().map((load) => load.toFixed(1)).join(' / ')} (1/5/15 min) at the end: other work on the machine slows the timings`,
  `- Seed: ${SEED}${quick ? ' (quick run: smaller population)' : ''}; total run time ${((performance.now() - started) / 1000).toFixed(1)} s`,
  '',
  ...quality,
  '',
  ...speed.lines,
  '',
  ...http,
  '',
].join('\n');

// A quick run only prints: bench/results/matching.md always holds the figures of a full run.
if (!quick) {
  const resultsDir = join(repoRoot, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'matching.md'), report);
}
console.log(report);
if (!speed.ok) process.exitCode = 1;
