#!/usr/bin/env node
// `npm run bench -- search`: opportunity search over HTTP against the running API with 100,000
// opportunities, next to the very same SQL run directly through pg (the floor). Writes
// bench/results/search.md. Options: --rows=N (default 100000), --requests=N (default 200),
// --data-dir=PATH to keep the database in PATH and reuse it on the next run (for EXPLAIN sessions).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const apiDist = join(repoRoot, 'apps/api/dist');
const option = (name, fallback) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ROWS = option('rows', 100_000);
const REQUESTS = option('requests', 200);
const WARMUP = 30;
const CONCURRENCY = 8;
const TARGET_P95_MS = 50;

const { startServer } = await import(join(apiDist, 'server.js'));
const { OpportunitiesRepository } = await import(join(apiDist, 'modules/opportunities/opportunities.repository.js'));
const { OpportunitiesService } = await import(join(apiDist, 'modules/opportunities/opportunities.service.js'));
const { searchOpportunitiesQuerySchema, regionsOfIsland } = await import('@serumpun/shared');
const { DataSource } = await import('typeorm');

const keptDataDir = process.argv.find((arg) => arg.startsWith('--data-dir='))?.split('=')[1];
const dataDir = keptDataDir ? resolve(keptDataDir) : mkdtempSync(join(tmpdir(), 'serumpun-bench-search-'));
mkdirSync(dataDir, { recursive: true });
console.log(`Starting the API on a fresh embedded PostgreSQL (${dataDir})…`);
const server = await startServer({ ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'false', LOG_LEVEL: 'silent', DATABASE_URL: '' });
const databaseUrl = server.app.get(DataSource).options.url;
// The planner setting the API sets per text-search transaction where the server does not (see opportunities.repository.ts).
const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, options: '-c random_page_cost=1.1' });

try {
  const business = await session('business');
  const investor = await session('investor');
  const { rows: [{ count }] } = await pool.query('SELECT count(*)::int AS count FROM opportunities');
  if (count !== ROWS) {
    console.log(`Inserting ${ROWS.toLocaleString('en')} opportunities…`);
    const started = performance.now();
    await pool.query('DELETE FROM opportunities');
    await insertOpportunities(business.user.id, ROWS);
    // What autovacuum does on its own soon after a bulk load: statistics, and a visibility map for index-only scans.
    await pool.query('VACUUM (ANALYZE) opportunities');
    console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(`Database: ${databaseUrl}`);

  const firstPage = await api('/api/opportunities?sector=C&limit=20', investor.accessToken);
  const cases = [
    { name: 'sector filter (sector=C)', query: { sector: 'C' } },
    { name: 'island + instrument (borneo, equity)', query: { island: 'borneo', instrument: 'equity' } },
    { name: 'full-text word (q=sawit)', query: { q: 'sawit' } },
    { name: 'typo (q=liberka)', query: { q: 'liberka' } },
    { name: 'amount range, sort=amount', query: { minAmountUsd: '250000', maxAmountUsd: '5000000', sort: 'amount' } },
    { name: 'page 2 via cursor (sector=C)', query: { sector: 'C', cursor: firstPage.nextCursor } },
  ];

  const results = [];
  const loadBefore = loadavg()[0];
  // What any signed-in request costs over HTTP here (token check, routing, one primary-key read, JSON):
  // the part of a search's HTTP time that no SQL change can remove, shown beside the ratios.
  for (let i = 0; i < WARMUP; i++) await api('/api/me', investor.accessToken);
  const baseline = await measure(REQUESTS, () => api('/api/me', investor.accessToken));
  console.log(`  baseline GET /api/me                   http p50 ${fmt(baseline.p50)} p95 ${fmt(baseline.p95)}`);
  const bare = await measureBareHttp(cases.at(-1).query, investor.user.id);
  console.log(`  bare Fastify route, page 2's SQL       http p50 ${fmt(bare.http.p50)} p95 ${fmt(bare.http.p95)} | sql p50 ${fmt(bare.sql.p50)} p95 ${fmt(bare.sql.p95)}`);
  for (const benchCase of cases) {
    const path = `/api/opportunities?${new URLSearchParams(benchCase.query)}`;
    const check = await api(path, investor.accessToken);
    const statements = await captureSql(benchCase.query, investor.user.id);
    for (let i = 0; i < WARMUP; i++) {
      await api(path, investor.accessToken);
      await runSql(statements);
    }
    const load = loadavg()[0];
    // HTTP and SQL alternate, so that both see the same moments of a shared machine's load.
    const [http, sql] = await measureAlternately(REQUESTS, () => api(path, investor.accessToken), () => runSql(statements));
    const httpConcurrent = await measureConcurrent(REQUESTS * 2, CONCURRENCY, () => api(path, investor.accessToken));
    const shape = statements.map((group) => group.map(() => '1').join('+')).join(', ');
    results.push({ ...benchCase, matches: check.total, items: check.items.length, http, httpConcurrent, sql, shape, load });
    console.log(
      `  ${benchCase.name.padEnd(38)} http p50 ${fmt(http.p50)} p95 ${fmt(http.p95)} | c${CONCURRENCY} p95 ${fmt(httpConcurrent.p95)} | sql p50 ${fmt(sql.p50)} p95 ${fmt(sql.p95)}`,
    );
  }
  const report = renderReport(results, { before: loadBefore, after: loadavg()[0] }, baseline, bare);
  console.log('\n' + report);
  mkdirSync(join(repoRoot, 'bench/results'), { recursive: true });
  writeFileSync(join(repoRoot, 'bench/results/search.md'), report);
  console.log('Wrote bench/results/search.md');
  const worst = Math.max(...results.map((r) => r.http.p95));
  if (worst > TARGET_P95_MS) console.log(`NOTE: the slowest p95 (${fmt(worst)} ms) is above the ${TARGET_P95_MS} ms target.`);
} finally {
  await pool.end();
  await server.stop();
  if (!keptDataDir) rmSync(dataDir, { recursive: true, force: true });
}

/** Signs in the bench's user of this role, registering it on a fresh database. */
async function session(role) {
  const credentials = { email: `bench-${role}@example.id`, password: 'bench-password-2025' };
  const post = (path, body) => fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const login = await post('/api/auth/login', credentials);
  if (login.status === 200) return login.json();
  const response = await post('/api/auth/register', { ...credentials, fullName: `Bench ${role}`, role });
  if (response.status !== 201) throw new Error(`register ${role}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function api(path, token) {
  const response = await fetch(server.url + path, { headers: { authorization: `Bearer ${token}` } });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/**
 * The statements the API runs for a query, taken from the built service and repository with a data
 * source that records instead of executing, so the floor runs exactly the same SQL and parameters.
 * Statements the API runs at the same time on two connections (a page and its facet counts) are
 * recorded as one group; groups follow one another (a typo's fuzzy retry comes after the full-text try).
 */
async function captureSql(query, viewerId) {
  const groups = [];
  let inFlight = 0;
  // Run for real (the service decides on full-text or fuzzy matching from the results) and recorded.
  const recorder = {
    query: async (text, values) => {
      if (!text.startsWith('SET LOCAL') && !text.startsWith('SHOW')) {
        if (inFlight === 0) groups.push([]);
        groups.at(-1).push({ text, values });
      }
      inFlight++;
      try {
        return (await pool.query(text, values)).rows;
      } finally {
        inFlight--;
      }
    },
    transaction: (work) => work(recorder),
  };
  const fx = { onRatesChanged: () => undefined };
  const service = new OpportunitiesService(new OpportunitiesRepository(recorder), fx);
  await service.search({ id: viewerId, role: 'investor' }, searchOpportunitiesQuerySchema.parse(query));
  return groups;
}

/**
 * The floor of HTTP itself on this machine: a bare Fastify route (no Nest, no token, no validation, no
 * mapping) in this process that runs a query's SQL through its own pool and returns the rows as JSON,
 * measured alternately with the same SQL run directly. What it adds is what any HTTP API adds here.
 */
async function measureBareHttp(query, viewerId) {
  const { default: Fastify } = await import('fastify');
  const statements = await captureSql(query, viewerId);
  const routePool = new pg.Pool({ connectionString: databaseUrl, max: 4, options: '-c random_page_cost=1.1' });
  const bare = Fastify();
  bare.get('/sql', async () => {
    const rows = [];
    for (const group of statements) for (const result of await Promise.all(group.map((s) => routePool.query(s.text, s.values)))) rows.push(...result.rows);
    return rows;
  });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${bare.server.address().port}/sql`;
  const get = async () => (await fetch(url)).json();
  try {
    for (let i = 0; i < WARMUP; i++) {
      await get();
      await runSql(statements);
    }
    const [http, sql] = await measureAlternately(REQUESTS, get, () => runSql(statements));
    return { http, sql };
  } finally {
    await bare.close();
    await routePool.end();
  }
}

/** Like the API: each group's statements at the same time on their own connections, group after group. */
async function runSql(groups) {
  for (const group of groups) await Promise.all(group.map((s) => pool.query(s.text, s.values)));
}

async function measure(count, task) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return summarise(times);
}

async function measureAlternately(count, first, second) {
  const times = [[], []];
  for (let i = 0; i < count; i++) {
    for (const [k, task] of [first, second].entries()) {
      const start = performance.now();
      await task();
      times[k].push(performance.now() - start);
    }
  }
  return times.map(summarise);
}

async function measureConcurrent(count, concurrency, task) {
  const times = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) {
        const start = performance.now();
        await task();
        times.push(performance.now() - start);
      }
    }),
  );
  return { ...summarise(times), throughput: count / ((performance.now() - started) / 1000) };
}

function summarise(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) };
}

function fmt(ms) {
  return ms.toFixed(1).padStart(5);
}

function renderReport(results, load, baseline, bare) {
  const lines = [
    '# Opportunity search benchmark',
    '',
    `${ROWS.toLocaleString('en')} synthetic opportunities (Indonesian, Malay and English text; 21 sectors, all regions, five currencies).`,
    `Each query: ${WARMUP} warm-up requests, then ${REQUESTS} sequential HTTP requests alternating with ${REQUESTS} runs of the same SQL`,
    `directly through pg (the floor), as the API runs it (statements: \`1+1\` a page and its facet`,
    `counts in parallel on two connections, \`1\` one statement, \`1, 1\` one after the other); then ${REQUESTS * 2} requests at concurrency ${CONCURRENCY}.`,
    `Times in milliseconds. Target: HTTP p95 ≤ ${TARGET_P95_MS} ms and within 1.5× of the SQL floor.`,
    `Fixed cost of any signed-in request (GET /api/me: token check, one primary-key read, JSON): p50 ${baseline.p50.toFixed(1)}, p95 ${baseline.p95.toFixed(1)};`,
    'the column HTTP − SQL p50 is what a search adds over its SQL, to be read against it where the SQL itself takes a millisecond.',
    `Floor of HTTP itself: a bare Fastify route (no Nest, token, validation or mapping) in this process running page 2's SQL through`,
    `its own pool, alternating with that SQL run directly: HTTP p50 ${bare.http.p50.toFixed(1)}, p95 ${bare.http.p95.toFixed(1)}; SQL p50 ${bare.sql.p50.toFixed(1)}, p95 ${bare.sql.p95.toFixed(1)}`,
    `(${(bare.http.p95 / bare.sql.p95).toFixed(2)}× at p95, +${(bare.http.p50 - bare.sql.p50).toFixed(1)} ms at p50): no API can be nearer its SQL than that here.`,
    '',
    `Run: ${new Date().toISOString()}, Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs;`,
    `1-minute load average ${load.before.toFixed(1)} when measuring began and ${load.after.toFixed(1)} at the end, and in the column load as each query began (other work on the machine skews figures).`,
    '',
    '| query | load | matches | statements | HTTP p50 | HTTP p95 | HTTP p95 (c8) | c8 req/s | SQL p50 | SQL p95 | HTTP/SQL p95 | HTTP − SQL p50 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.name} | ${r.load.toFixed(1)} | ${r.matches ?? '(page 2)'} | ${r.shape} | ${r.http.p50.toFixed(1)} | ${r.http.p95.toFixed(1)} | ${r.httpConcurrent.p95.toFixed(1)} | ${r.httpConcurrent.throughput.toFixed(0)} | ${r.sql.p50.toFixed(1)} | ${r.sql.p95.toFixed(1)} | ${(r.http.p95 / r.sql.p95).toFixed(2)}× | ${(r.http.p50 - r.sql.p50).toFixed(1)} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Synthetic data: titles and text assembled from phrases in the three languages, spread over sectors,
// regions (with Borneo, Java and Sumatra weighted up), instruments, stages, amounts and dates.

async function insertOpportunities(userId, total) {
  const { SECTORS, REGIONS, INSTRUMENT_CODES, STAGE_CODES, SUSTAINABILITY_TAG_CODES } = await import('@serumpun/shared');
  const sectors = SECTORS.filter((s) => s.level === 'division');
  const weightedRegions = [
    ...regionsOfIsland('borneo'),
    ...regionsOfIsland('borneo'),
    ...regionsOfIsland('java'),
    ...regionsOfIsland('sumatra'),
    ...REGIONS,
  ].map((r) => r.code);
  const subjects = [
    'hilirisasi kelapa sawit', 'kebun kopi liberika', 'pabrik alumina', 'tambak udang vaname', 'ekowisata hutan mangrove',
    'logistik pelabuhan Kijing', 'PLTS atap', 'layanan digital UMKM', 'makanan halal beku', 'pengolahan rumput laut',
    'ladang lada putih', 'pemprosesan sawit mampan', 'kilang bauksit', 'perikanan tuna', 'pelancongan eko Sarawak',
    'solar farm', 'cold chain logistics', 'halal food processing', 'seaweed farming', 'digital payments platform',
    'biogas dari limbah sawit', 'kerajinan tenun ikat', 'madu kelulut', 'rumah sakit swasta', 'pusat data hijau',
  ];
  const verbs = ['Perluasan', 'Pembangunan', 'Modernisasi', 'Pembiayaan', 'Projek', 'Pengembangan', 'Expansion of', 'New', 'Peluasan'];
  const places = ['di Pontianak', 'di Ketapang', 'di Kuching', 'di Sambas', 'di Balikpapan', 'in Brunei-Muara', 'di Surabaya', 'di Medan', 'di Palembang', 'di Sibu', 'di Bintulu', 'near Kijing'];
  const sentences = [
    'Koperasi petani memasok bahan baku secara berkelanjutan dan bersertifikat.',
    'Dana digunakan untuk mesin, gudang, dan modal kerja selama dua tahun.',
    'Kami telah memiliki pembeli tetap di Malaysia dan Singapura.',
    'Syarikat ini mempunyai lesen penuh dan rekod kewangan yang diaudit.',
    'Projek ini mewujudkan peluang pekerjaan untuk komuniti setempat.',
    'The project has secured land rights and an environmental permit.',
    'Offtake agreements cover sixty percent of the planned capacity.',
    'Tanpa pembukaan hutan baru; seluruh lahan adalah lahan terdegradasi.',
    'Sertifikasi halal dan ISO sedang dalam proses.',
    'Energi terbarukan menggantikan genset diesel di lokasi produksi.',
  ];
  const currencies = [['IDR', 16630, 2], ['MYR', 4.215, 2], ['BND', 1.299, 1], ['SGD', 1.299, 1], ['USD', 1, 2]];
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (list) => list[Math.floor(random() * list.length)];

  const BATCH = 2000;
  for (let offset = 0; offset < total; offset += BATCH) {
    const n = Math.min(BATCH, total - offset);
    const columns = { title: [], summary: [], description: [], sector: [], section: [], region: [], amount: [], currency: [], instruments: [], stage: [], tags: [], status: [], listed: [] };
    for (let i = 0; i < n; i++) {
      const sector = pick(sectors);
      const subject = pick(subjects);
      const [currency, perUsd] = pick(currencies);
      const usd = Math.round(10 ** (4 + random() * 4)); // US$10k to US$100m, log-uniform
      const statusRoll = random();
      columns.title.push(`${pick(verbs)} ${subject} ${pick(places)}`);
      columns.summary.push(`${subject[0].toUpperCase()}${subject.slice(1)}: ${pick(sentences)}`);
      columns.description.push(`${pick(sentences)} ${pick(sentences)} ${pick(sentences)} ${pick(sentences)}`);
      columns.sector.push(sector.code);
      columns.section.push(sector.section);
      columns.region.push(pick(weightedRegions));
      columns.amount.push((usd * perUsd).toFixed(2));
      columns.currency.push(currency);
      columns.instruments.push(`{${[...new Set([pick(INSTRUMENT_CODES), pick(INSTRUMENT_CODES)])].join(',')}}`);
      columns.stage.push(pick(STAGE_CODES));
      columns.tags.push(random() < 0.5 ? `{${pick(SUSTAINABILITY_TAG_CODES)}}` : '{}');
      columns.status.push(statusRoll < 0.95 ? 'published' : statusRoll < 0.98 ? 'closed' : 'draft');
      columns.listed.push(new Date(Date.now() - Math.floor(random() * 730 * 86_400_000)).toISOString());
    }
    await pool.query(
      `INSERT INTO opportunities (user_id, title, summary, description, sector_code, sector_section, region_code, amount, currency,
         amount_usd, fx_rate_date, instruments, stage, sustainability_tags, status, close_reason, listed_at, published_at, closed_at)
       SELECT $1, d.title, d.summary, d.description, d.sector, d.section, d.region, d.amount, d.currency,
              round(d.amount / r.units_per_usd, 2), r.as_of, d.instruments::text[], d.stage, d.tags::text[], d.status,
              CASE WHEN d.status = 'closed' THEN 'funded' END, d.listed,
              CASE WHEN d.status <> 'draft' THEN d.listed END, CASE WHEN d.status = 'closed' THEN d.listed END
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::numeric[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::timestamptz[])
              AS d(title, summary, description, sector, section, region, amount, currency, instruments, stage, tags, status, listed)
         JOIN (SELECT DISTINCT ON (currency) currency, units_per_usd, as_of FROM fx_rates ORDER BY currency, as_of DESC) r ON r.currency = d.currency`,
      [userId, columns.title, columns.summary, columns.description, columns.sector, columns.section, columns.region, columns.amount, columns.currency, columns.instruments, columns.stage, columns.tags, columns.status, columns.listed],
    );
  }
}
