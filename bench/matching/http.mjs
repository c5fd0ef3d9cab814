// HTTP latency of the matching endpoints, picked up by bench/matching/run.mjs (see its header).
// Starts the built API on a fresh embedded PostgreSQL, bulk-loads a population made by population.mjs
// (100,000 opportunities of 20,000 businesses, 20,000 investor profiles; --quick: a tenth), and times over HTTP:
//   GET /api/matches for investors and for businesses (a different caller each request), and
//   GET /api/opportunities/:id/matches for owners: target p95 ≤ 50 ms;
//   GET /api/editions/:id/suggested-meetings for the organiser of an edition of 2,000 registered participants
//   (target ≤ 10 s), and for one participant;
//   POST /api/opportunities as a draft and as published (copies of published opportunities, so they match like
//   real ones): publishing also ranks the opportunity's investors and stores their match.new notifications.
// It also EXPLAINs (ANALYZE) the candidate queries of one investor and one business, so the plans are on record.
// MATCHING_BENCH_DATA_DIR=path keeps the database there and reuses it on the next run (for EXPLAIN sessions).

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInvestors, createOpportunity } from './population.mjs';
import { createRandom } from './random.mjs';

const TARGET_P95_MS = 50;
const TARGET_SUGGEST_MS = 10_000;
const UNUSABLE_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2VydW1wdW4tYmVuY2g$0000000000000000000000000000000000000000000';

export async function measureHttpLatency({ repoRoot, quick, getsOnly = false }) {
  const sizes = quick
    ? { businesses: 2_000, opportunities: 10_000, investors: 2_000, editionInvestors: 200, editionBusinesses: 300, requests: 60, warmup: 10, suggestRuns: 2 }
    : { businesses: 20_000, opportunities: 100_000, investors: 20_000, editionInvestors: 800, editionBusinesses: 1_200, requests: 300, warmup: 30, suggestRuns: 3 };
  const apiDist = join(repoRoot, 'apps/api/dist');
  const { startServer } = await import(join(apiDist, 'server.js'));
  const { AccessTokenService } = await import(join(apiDist, 'modules/auth/access-token.service.js'));
  const { DataSource } = await import('typeorm');
  const pg = (await import('pg')).default;

  const keptDataDir = process.env.MATCHING_BENCH_DATA_DIR;
  const dataDir = keptDataDir ? resolve(keptDataDir) : mkdtempSync(join(tmpdir(), 'serumpun-bench-matching-'));
  mkdirSync(dataDir, { recursive: true });
  console.log(`HTTP: starting the API on an embedded PostgreSQL (${dataDir})…`);
  const server = await startServer({ ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', DEMO_DATA: 'false', LOG_LEVEL: 'silent', DATABASE_URL: '' });
  const pool = new pg.Pool({ connectionString: server.app.get(DataSource).options.url, max: 4 });
  // Stopping the server terminates the embedded PostgreSQL; a connection still closing then must not crash the run.
  pool.on('error', () => undefined);
  const tokens = server.app.get(AccessTokenService);
  const sql = async (text, values) => (await pool.query(text, values)).rows;

  try {
    const [{ count }] = await sql('SELECT count(*)::int AS count FROM opportunities');
    let loadSeconds = null;
    if (count === 0) {
      const started = performance.now();
      await load(sql, sizes);
      loadSeconds = (performance.now() - started) / 1000;
      console.log(`HTTP: loaded in ${loadSeconds.toFixed(1)} s`);
    }
    const investors = await sql(`SELECT user_id AS id FROM investor_profiles ORDER BY user_id LIMIT $1`, [sizes.requests + sizes.warmup]);
    const businesses = await sql(
      `SELECT DISTINCT ON (o.user_id) o.user_id AS id, o.id AS "opportunityId" FROM opportunities o WHERE o.status = 'published' ORDER BY o.user_id, o.id LIMIT $1`,
      [sizes.requests + sizes.warmup],
    );
    const [edition] = await sql(`SELECT id FROM editions WHERE slug = 'bench-matching'`);
    const [organiser] = await sql(`SELECT id FROM users WHERE role = 'organiser' LIMIT 1`);
    const [participant] = await sql(`SELECT r.user_id AS id, u.role FROM registrations r JOIN users u ON u.id = r.user_id WHERE r.edition_id = $1 AND u.role = 'investor' ORDER BY r.user_id LIMIT 1`, [edition.id]);
    const token = (user, role) => tokens.issue({ id: user.id, role });
    const get = async (path, accessToken) => {
      const response = await fetch(server.url + path, { headers: { authorization: `Bearer ${accessToken}`, 'accept-language': 'id' } });
      const body = await response.json();
      if (response.status !== 200) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
      return body;
    };
    const investorTokens = await Promise.all(investors.map((user) => token(user, 'investor')));
    const businessTokens = await Promise.all(businesses.map((user) => token(user, 'business')));
    const organiserToken = await token(organiser, 'organiser');
    const participantToken = await token(participant, 'investor');

    const loadBefore = loadavg()[0];
    const cases = [
      { name: '`GET /api/matches`, investor → opportunities', tokens: investorTokens, path: () => '/api/matches?limit=20' },
      { name: '`GET /api/matches`, business → investors', tokens: businessTokens, path: () => '/api/matches?limit=20' },
      { name: '`GET /api/opportunities/:id/matches`, owner', tokens: businessTokens, path: (i) => `/api/opportunities/${businesses[i].opportunityId}/matches?limit=20` },
      { name: '`GET /api/matches?cursor=…` (page 2), investor', tokens: investorTokens, path: () => '/api/matches?limit=20&cursor=eyJvZmZzZXQiOjIwfQ' },
    ];
    const results = [];
    for (const benchCase of cases) {
      const sample = await get(benchCase.path(0), benchCase.tokens[0]);
      const times = [];
      for (let i = 0; i < sizes.warmup + sizes.requests; i++) {
        const index = i % benchCase.tokens.length;
        const start = performance.now();
        await get(benchCase.path(index), benchCase.tokens[index]);
        if (i >= sizes.warmup) times.push(performance.now() - start);
      }
      const stats = summarise(times);
      results.push({ ...benchCase, stats, items: sample.items.length, topScore: sample.items[0]?.score ?? null });
      console.log(`HTTP: ${benchCase.name.padEnd(55)} p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms`);
    }

    if (getsOnly) return results.map((r) => `${r.name}: p50 ${r.stats.p50.toFixed(1)} ms, p95 ${r.stats.p95.toFixed(1)} ms`).join('\n');
    const publish = await measurePublish({ sql, server, businesses, businessTokens, sizes });

    const suggestPath = `/api/editions/${edition.id}/suggested-meetings?limit=200`;
    const organiserSample = await get(suggestPath, organiserToken);
    const organiserTimes = [];
    for (let i = 0; i < sizes.suggestRuns; i++) {
      const start = performance.now();
      await get(suggestPath, organiserToken);
      organiserTimes.push(performance.now() - start);
    }
    const organiserStats = summarise(organiserTimes);
    const participantTimes = [];
    for (let i = 0; i < 5 + 20; i++) {
      const start = performance.now();
      await get(`/api/editions/${edition.id}/suggested-meetings?limit=20`, participantToken);
      if (i >= 5) participantTimes.push(performance.now() - start);
    }
    const participantStats = summarise(participantTimes);
    console.log(`HTTP: suggested meetings, organiser: median ${organiserStats.p50.toFixed(0)} ms; participant p95 ${participantStats.p95.toFixed(1)} ms`);
    const loadAfter = loadavg()[0];

    const plans = await explainCandidates(pool, investors[0].id, businesses[0].id);
    const [{ registered }] = await sql(`SELECT count(*)::int AS registered FROM registrations WHERE edition_id = $1`, [edition.id]);
    const [{ requested }] = await sql(`SELECT count(*)::int AS requested FROM meeting_requests WHERE edition_id = $1`, [edition.id]);
    const worst = Math.max(...results.map((r) => r.stats.p95));
    return [
      '## HTTP latency (API)',
      '',
      `The built API (\`startServer\`) on a fresh embedded PostgreSQL with ${sizes.opportunities.toLocaleString('en')} opportunities of ` +
        `${sizes.businesses.toLocaleString('en')} businesses (90% published, 30% priced in IDR, MYR or BND) and ${sizes.investors.toLocaleString('en')} investor profiles, ` +
        `all from population.mjs${loadSeconds === null ? ' (database reused)' : ` (loaded in ${loadSeconds.toFixed(0)} s)`}. ` +
        `Each endpoint: ${sizes.warmup} warm-up requests, then ${sizes.requests} sequential requests, each by a different caller (no caching helps). ` +
        `1-minute load average ${loadBefore.toFixed(1)} when timing began and ${loadAfter.toFixed(1)} at the end: other work shared the 2 cores.`,
      '',
      '| endpoint | items on page 1 | top score | p50 ms | p95 ms | max ms |',
      '|---|---|---|---|---|---|',
      ...results.map((r) => `| ${r.name} | ${r.items} | ${r.topScore ?? '–'} | ${r.stats.p50.toFixed(1)} | ${r.stats.p95.toFixed(1)} | ${r.stats.max.toFixed(1)} |`),
      '',
      `Target p95 ≤ ${TARGET_P95_MS} ms: ${worst <= TARGET_P95_MS ? 'met' : `NOT met (worst p95 ${worst.toFixed(1)} ms)`}.`,
      '',
      ...publish,
      '',
      '| suggested meetings | edition | runs | median ms | max ms |',
      '|---|---|---|---|---|',
      `| organiser, limit 200 (${organiserSample.items.length} returned, top mutual score ${organiserSample.items[0]?.score ?? '–'}) | ${registered.toLocaleString('en')} registered, ${requested.toLocaleString('en')} requests made | ${sizes.suggestRuns} | ${organiserStats.p50.toFixed(0)} | ${organiserStats.max.toFixed(0)} |`,
      `| one investor, limit 20 | the same | 20 | ${participantStats.p50.toFixed(0)} | ${participantStats.max.toFixed(0)} |`,
      '',
      `Target ≤ ${(TARGET_SUGGEST_MS / 1000).toFixed(0)} s for the organiser: ${organiserStats.max <= TARGET_SUGGEST_MS ? 'met' : 'NOT met'}.`,
      '',
      'Plans of the candidate queries (EXPLAIN ANALYZE, one investor and one business; the top nodes):',
      '',
      '```',
      ...plans,
      '```',
    ].join('\n');
  } finally {
    await pool.end();
    await server.stop();
    if (!keptDataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * `POST /api/opportunities`, as a draft and as published, each request by another business with a copy of one
 * of its published opportunities. A publish also ranks the opportunity's investors (the candidate query of
 * `GET /api/opportunities/:id/matches`) and stores `match.new` for the strong ones, in the same transaction.
 */
async function measurePublish({ sql, server, businesses, businessTokens, sizes }) {
  const sources = await sql(
    `SELECT o.title, o.summary, o.description, o.sector_code AS "sectorCode", o.region_code AS "regionCode", o.amount::text AS amount, o.currency,
            o.instruments, o.stage FROM opportunities o WHERE o.id = ANY($1::uuid[])`,
    [businesses.map((business) => business.opportunityId)],
  );
  const post = async (index, status) => {
    const source = sources[index % sources.length];
    const body = {
      title: source.title,
      // The population's texts are short stand-ins; the API wants real ones.
      summary: `${source.summary} — modal kerja dan perluasan usaha.`,
      description: `${source.description} Dana dipakai untuk mesin baru, gudang dan modal kerja selama dua tahun.`,
      sectorCode: source.sectorCode,
      regionCode: source.regionCode,
      amount: { amount: source.amount, currency: source.currency },
      instruments: source.instruments,
      stage: source.stage,
      sustainability: { environmental: null, social: null, tags: [] },
      status,
    };
    const response = await fetch(server.url + '/api/opportunities', {
      method: 'POST',
      headers: { authorization: `Bearer ${businessTokens[index % businessTokens.length]}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = await response.json();
    if (response.status !== 201) throw new Error(`POST /api/opportunities: ${response.status} ${JSON.stringify(answer)}`);
    return answer.id;
  };
  const runs = Math.min(sizes.requests, 100);
  const rows = [];
  const published = [];
  for (const status of ['draft', 'published']) {
    const times = [];
    for (let i = 0; i < sizes.warmup + runs; i++) {
      const start = performance.now();
      const id = await post(i, status);
      if (i >= sizes.warmup) {
        times.push(performance.now() - start);
        if (status === 'published') published.push(id);
      }
    }
    const stats = summarise(times);
    rows.push({ status, stats });
    console.log(`HTTP: POST /api/opportunities (${status})`.padEnd(61) + ` p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms`);
  }
  const [{ notified, told }] = await sql(
    `SELECT count(*)::int AS notified, count(DISTINCT opportunity_id)::int AS told FROM match_announcements WHERE opportunity_id = ANY($1::uuid[])`,
    [published],
  );
  return [
    `Publishing (\`POST /api/opportunities\`, ${runs} timed requests after ${sizes.warmup} warm-up ones per row, each by another business, copies of published opportunities): ` +
      `the published ones also ranked their investors and stored ${notified.toLocaleString('en')} \`match.new\` notifications ` +
      `(${(notified / published.length).toFixed(1)} per opportunity; ${told} of ${published.length} opportunities had an investor at or above the threshold).`,
    '',
    '| request | p50 ms | p95 ms | max ms |',
    '|---|---|---|---|',
    ...rows.map((row) => `| \`POST /api/opportunities\`, ${row.status === 'draft' ? 'draft (no matching)' : 'published (ranks investors, notifies)'} | ${row.stats.p50.toFixed(1)} | ${row.stats.p95.toFixed(1)} | ${row.stats.max.toFixed(1)} |`),
  ];
}

function summarise(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1) };
}

/** Runs the candidate queries the API runs (recorded from its repository) under EXPLAIN ANALYZE, with its settings. */
async function explainCandidates(pool, investorId, businessId) {
  const lines = [];
  const captured = [];
  const sql = async (text, values) => (await pool.query(text, values)).rows;
  // Transaction control and settings are recorded, not run (the plans below replay the settings).
  const recorder = {
    query: async (text, values) => (captured.push({ text, values }), /^(BEGIN|COMMIT|ROLLBACK|SET LOCAL)\b/.test(text) ? [] : sql(text, values)),
    transaction: (work) => work(recorder),
    createQueryRunner: () => ({ connect: async () => undefined, query: recorder.query, manager: recorder, release: async () => undefined }),
  };
  const apiDist = new URL('../../apps/api/dist/', import.meta.url);
  const { MatchCandidatesRepository } = await import(new URL('modules/matching/match-candidates.repository.js', apiDist).href);
  const { MatchFeedbackRepository } = await import(new URL('modules/matching/match-feedback.repository.js', apiDist).href);
  const { MatchRankingService } = await import(new URL('modules/matching/match-ranking.service.js', apiDist).href);
  const { DEFAULT_MATCH_WEIGHTS } = await import('@serumpun/matching');
  const ranking = new MatchRankingService(new MatchCandidatesRepository(recorder), new MatchFeedbackRepository(recorder));
  const request = { weights: { ...DEFAULT_MATCH_WEIGHTS }, locale: 'id', limit: 21 };
  for (const [label, run] of [
    ['investor', () => ranking.forInvestor(investorId, request)],
    ['business', () => ranking.forBusiness(businessId, request)],
  ]) {
    captured.length = 0;
    await run();
    const candidates = captured.filter((statement) => /AS pre\b|DESC, p\.user_id LIMIT/.test(statement.text));
    for (const statement of candidates) {
      const client = await pool.connect();
      let plan;
      try {
        await client.query('BEGIN');
        for (const setting of captured.filter((s) => s.text.includes('SET LOCAL'))) await client.query(setting.text.slice(setting.text.indexOf('SET LOCAL')));
        plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${statement.text}`, statement.values)).rows;
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
      const text = plan.map((row) => row['QUERY PLAN']);
      lines.push(`-- ${label}`);
      // Levels that never ran show as one "Limit (never executed)" line each.
      const nodes = text.filter(
        (line, index) => index === 0 || /(Execution|Planning) Time/.test(line) || (/^\s*->/.test(line) && (!/never executed/.test(line) || /->\s+Limit/.test(line))),
      );
      lines.push(...nodes.map((line) => (line.length > 150 ? `${line.slice(0, 147)}...` : line)));
    }
  }
  return lines;
}

/** Bulk-loads the population with INSERT … SELECT FROM unnest(…), a few thousand rows per statement. */
async function load(sql, sizes) {
  const random = createRandom(20251031);
  console.log(`HTTP: inserting ${sizes.businesses.toLocaleString('en')} businesses and ${sizes.opportunities.toLocaleString('en')} opportunities…`);
  const businessIds = await insertUsers(sql, 'business', sizes.businesses);
  const opportunities = [];
  const profiles = [];
  for (let n = 0; n < sizes.opportunities; n++) {
    // Every business gets at least one; the rest go at random (about five each).
    const businessId = n < businessIds.length ? businessIds[n] : businessIds[random.below(businessIds.length)];
    opportunities.push(createOpportunity(random, null, businessId));
  }
  const firstOf = new Map();
  for (const opportunity of opportunities) if (!firstOf.has(opportunity.businessId)) firstOf.set(opportunity.businessId, opportunity);
  for (const [userId, first] of firstOf) profiles.push({ userId, sector: first.sectorCode, region: first.regionCode, languages: first.languages });
  for (const batch of chunks(profiles, 5000)) {
    await sql(
      `INSERT INTO business_profiles (user_id, company_name, legal_form, country_code, region_code, sectors, description, languages)
       SELECT d.user_id, 'Usaha ' || left(d.user_id::text, 8), 'id_pt', left(d.region, 2), d.region, ARRAY[d.sector], 'Usaha bench', d.languages::text[]
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS d(user_id, sector, region, languages)`,
      [batch.map((p) => p.userId), batch.map((p) => p.sector), batch.map((p) => p.region), batch.map((p) => `{${p.languages.join(',')}}`)],
    );
  }
  for (const batch of chunks(opportunities, 4000)) {
    const money = batch.map((o) => (typeof o.amount === 'object' ? o.amount : { amount: o.amount, currency: 'USD' }));
    await sql(
      `INSERT INTO opportunities (user_id, title, summary, description, sector_code, sector_section, region_code, amount, currency,
         amount_usd, fx_rate_date, instruments, stage, sustainability_tags, status, close_reason, published_at, closed_at)
       SELECT d.user_id, 'Peluang ' || d.sector || ' di ' || d.region, 'Ringkasan', 'Uraian peluang', d.sector, left(d.sector, 1), d.region,
              d.amount, d.currency, round(d.amount / r.units_per_usd, 2), r.as_of, d.instruments::text[], d.stage, d.tags::text[], d.status,
              CASE WHEN d.status = 'closed' THEN 'funded' END, CASE WHEN d.status <> 'draft' THEN now() END, CASE WHEN d.status = 'closed' THEN now() END
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::numeric[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
              AS d(user_id, sector, region, amount, currency, instruments, stage, tags, status)
         JOIN (SELECT DISTINCT ON (currency) currency, units_per_usd, as_of FROM fx_rates ORDER BY currency, as_of DESC) r ON r.currency = d.currency`,
      [
        batch.map((o) => o.businessId),
        batch.map((o) => o.sectorCode),
        batch.map((o) => o.regionCode),
        money.map((m) => m.amount),
        money.map((m) => m.currency),
        batch.map((o) => `{${o.instruments.join(',')}}`),
        batch.map((o) => o.stage),
        batch.map((o) => `{${o.sustainabilityTags.join(',')}}`),
        batch.map((o) => o.status),
      ],
    );
  }

  console.log(`HTTP: inserting ${sizes.investors.toLocaleString('en')} investor profiles…`);
  const investorIds = await insertUsers(sql, 'investor', sizes.investors);
  const investors = createInvestors(random, sizes.investors).map(({ profile }, n) => ({ ...profile, userId: investorIds[n] }));
  for (const batch of chunks(investors, 4000)) {
    // A blank ticket is not allowed by the profile form: those investors state a wide range instead.
    const min = batch.map((p) => p.ticketMin ?? '10000.00');
    const max = batch.map((p, i) => (p.ticketMax && Number(p.ticketMax) >= Number(min[i]) ? p.ticketMax : (Number(min[i]) * 100).toFixed(2)));
    await sql(
      `INSERT INTO investor_profiles (user_id, organisation, investor_type, country_code, region_code, sectors, regions, ticket_min_amount,
         ticket_min_currency, ticket_max_amount, ticket_max_currency, ticket_min_usd, ticket_max_usd, instruments, stages, languages, sustainability_tags, visible)
       SELECT d.user_id, 'Investor ' || left(d.user_id::text, 8), 'venture_fund', left(d.region, 2), d.region, d.sectors::text[], d.regions::text[],
              d.min, 'USD', d.max, 'USD', d.min, d.max, d.instruments::text[], d.stages::text[], d.languages::text[], d.tags::text[], d.visible
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::numeric[], $6::numeric[], $7::text[], $8::text[], $9::text[], $10::text[], $11::boolean[])
              AS d(user_id, region, sectors, regions, min, max, instruments, stages, languages, tags, visible)`,
      [
        batch.map((p) => p.userId),
        batch.map((p) => p.regionCode),
        batch.map((p) => `{${p.sectors.join(',')}}`),
        batch.map((p) => `{${p.regions.join(',')}}`),
        min,
        max,
        batch.map((p) => `{${p.instruments.join(',')}}`),
        batch.map((p) => `{${p.stages.join(',')}}`),
        batch.map((p) => `{${p.languages.join(',')}}`),
        batch.map((p) => `{${p.sustainabilityTags.join(',')}}`),
        // One in twenty hides the profile from businesses.
        batch.map((_, i) => i % 20 !== 7),
      ],
    );
  }

  console.log('HTTP: an edition with registered participants and meeting requests…');
  await insertUsers(sql, 'organiser', 1);
  const [edition] = await sql(
    `INSERT INTO editions (slug, name, city, venue, region_code, time_zone, start_date, end_date)
     VALUES ('bench-matching', 'Dialog Bench', 'Pontianak', 'Pendopo', 'ID-KB', 'Asia/Pontianak', current_date + 60, current_date + 60) RETURNING id`,
  );
  const registeredInvestors = random.sample(investorIds, sizes.editionInvestors);
  const registeredBusinesses = random.sample(businessIds, sizes.editionBusinesses);
  await sql(`INSERT INTO registrations (edition_id, user_id, status) SELECT $1, unnest($2::uuid[]), 'approved'`, [edition.id, [...registeredInvestors, ...registeredBusinesses]]);
  // Up to four requests per investor: pairs the organiser's suggestions must leave out.
  const pairs = new Map();
  for (const investorId of registeredInvestors) {
    for (let n = random.below(5); n > 0; n--) {
      const businessId = random.pick(registeredBusinesses);
      pairs.set(`${investorId}:${businessId}`, [investorId, businessId]);
    }
  }
  const requests = [...pairs.values()];
  await sql(
    `INSERT INTO meeting_requests (edition_id, from_user_id, to_user_id, status) SELECT $1, f, t, 'pending' FROM unnest($2::uuid[], $3::uuid[]) AS d(f, t)`,
    [edition.id, requests.map(([f]) => f), requests.map(([, t]) => t)],
  );
  await sql('VACUUM (ANALYZE) opportunities');
  await sql('VACUUM (ANALYZE) investor_profiles');
  await sql('VACUUM (ANALYZE) business_profiles');
  await sql('ANALYZE');
}

async function insertUsers(sql, role, count) {
  const ids = [];
  for (let offset = 0; offset < count; offset += 5000) {
    const n = Math.min(5000, count - offset);
    const rows = await sql(
      `INSERT INTO users (email, password_hash, full_name, role)
       SELECT 'bench-' || $1 || '-' || g || '@example.id', $2, initcap($1) || ' ' || g, $1 FROM generate_series($3::int, $4::int) AS g
       RETURNING id`,
      [role, UNUSABLE_PASSWORD_HASH, offset + 1, offset + n],
    );
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}

function chunks(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
