#!/usr/bin/env node
// Realtime benchmark: two API instances (separate processes) on one embedded PostgreSQL, 2,000
// socket.io clients split across them, then meeting requests sent over HTTP (half of them to the
// instance the recipient is NOT connected to). Measured: the delay from just before the HTTP
// request leaves to the arrival of the `notification` at the recipient's socket; the path is
// HTTP → transaction storing the notification → commit → NOTIFY → outbox dispatcher → socket.io
// (through the PostgreSQL adapter when the recipient is on the other instance).
// Run from the repository root: `npm run bench -- realtime` (or `node bench/realtime/run.mjs` after a build).
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import pg from 'pg';
import { io } from 'socket.io-client';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 2000);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 200);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const here = dirname(fileURLToPath(import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'serumpun-bench-realtime-'));

function startInstance(env) {
  const child = fork(join(here, 'instance.mjs'), [], { env: { ...process.env, ...env, DATA_DIR: dataDir }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (info) => resolve({ ...info, child }));
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}`)));
  });
}

const stopInstance = (instance) =>
  new Promise((resolve) => {
    instance.child.once('exit', resolve);
    instance.child.send('stop');
  });

async function call(baseUrl, method, path, body, token) {
  const headers = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function pool(items, limit, task) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await task(items[index], index);
      }
    }),
  );
}

function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const summarise = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) };
};
function openFilesLimit() {
  try {
    return /Max open files\s+(\S+)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : '–');

if (Number(openFilesLimit()) < CLIENTS + 256) console.warn(`warning: ulimit -n is ${openFilesLimit()}; ${CLIENTS} sockets may run out of file descriptors`);
const first = await startInstance({});
const second = await startInstance({ DATABASE_URL: first.databaseUrl, JWT_ACCESS_SECRET: first.jwtAccessSecret, JWT_REFRESH_SECRET: first.jwtRefreshSecret });
const instances = [first, second];
const db = new pg.Pool({ connectionString: first.databaseUrl, max: 2 });
const sockets = [];
try {
  const started = performance.now();
  const key = new TextEncoder().encode(first.jwtAccessSecret);
  const mint = (id, role) =>
    new SignJWT({ role }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject(id).setIssuer('serumpun').setAudience('serumpun-api').setIssuedAt().setExpirationTime('2h').sign(key);

  // People by SQL bulk insert (nobody signs in: tokens are minted with the instances' secret).
  const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2VydW1wdW4tYmVuY2g$0000000000000000000000000000000000000000000';
  const [{ id: organiserId }] = (
    await db.query(`INSERT INTO users (email, password_hash, full_name, role) VALUES ('bench-organiser@example.id', $1, 'Bench Organiser', 'organiser') RETURNING id`, [hash])
  ).rows;
  const half = CLIENTS / 2;
  const people = (
    await db.query(
      `INSERT INTO users (email, password_hash, full_name, role)
       SELECT 'bench-' || n || '@example.id', $1, 'Peserta ' || n, CASE WHEN n <= $2 THEN 'investor' ELSE 'business' END FROM generate_series(1, $3) n
       RETURNING id, role`,
      [hash, half, CLIENTS],
    )
  ).rows;
  const investors = people.filter((p) => p.role === 'investor');
  const businesses = people.filter((p) => p.role === 'business');
  const organiser = await mint(organiserId, 'organiser');
  const day = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const edition = await call(first.url, 'POST', '/api/editions', {
    name: 'Realtime benchmark', slug: 'bench-realtime', city: 'Kuching', venue: 'Borneo Convention Centre', regionCode: 'MY-13',
    startDate: day, endDate: day, meetingWindows: [{ date: day, start: '09:00', end: '17:00' }], slotMinutes: 20, breakMinutes: 5, tableCount: 40, pendingRequestCap: 50,
  }, organiser);
  if (edition.status !== 201) throw new Error(`edition: ${edition.status} ${JSON.stringify(edition.body)}`);
  await db.query(`INSERT INTO registrations (edition_id, user_id, status) SELECT $1, unnest($2::uuid[]), 'approved'`, [edition.body.id, people.map((p) => p.id)]);
  for (const person of people) person.token = await mint(person.id, person.role);

  // 2,000 sockets, alternating between the instances.
  const arrivals = new Map();
  let received = 0;
  const connectStart = performance.now();
  await pool(people, 100, async (person, index) => {
    person.instance = index % 2;
    const socket = io(instances[person.instance].url, { auth: { token: person.token }, transports: ['websocket'], reconnection: false, forceNew: true });
    sockets.push(socket);
    socket.on('notification', (notification) => {
      received++;
      arrivals.get(notification.payload.requestKey ?? notification.payload.fromUserId)?.(performance.now());
    });
    await new Promise((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
  });
  const connectMs = performance.now() - connectStart;
  const setupMs = performance.now() - started;

  // Each request goes to the instance the recipient is NOT on for odd k, the same one for even k.
  const pairs = [];
  for (let k = 0; pairs.length < SEQUENTIAL + CONCURRENT; k++) {
    for (let i = 0; i < investors.length && pairs.length < SEQUENTIAL + CONCURRENT; i++) pairs.push({ from: investors[i], to: businesses[(i + k) % businesses.length], k });
  }
  const measure = async (pair) => {
    const recipientInstance = pair.to.instance;
    const via = (pair.k + pairs.indexOf(pair)) % 2 === 0 ? recipientInstance : 1 - recipientInstance;
    const waitKey = pair.from.id;
    const arrived = new Promise((resolve) => arrivals.set(waitKey, resolve));
    const t0 = performance.now();
    const response = await call(instances[via].url, 'POST', `/api/editions/${edition.body.id}/meeting-requests`, { toUserId: pair.to.id }, pair.from.token);
    const httpMs = performance.now() - t0;
    if (response.status !== 201) throw new Error(`request: ${response.status} ${JSON.stringify(response.body)}`);
    const at = await arrived;
    arrivals.delete(waitKey);
    return { delay: at - t0, httpMs, afterResponse: at - t0 - httpMs, crossInstance: via !== recipientInstance };
  };

  // Phase 1: one request at a time (delay without queueing).
  const results1 = [];
  const seqStart = performance.now();
  await pool(pairs.slice(0, SEQUENTIAL), 1, async (pair) => results1.push(await measure(pair)));
  const seqWall = performance.now() - seqStart;
  // Phase 2: open loop, a new request every 1000/RATE ms whatever the answers (a busy event hour),
  // never two in flight from one sender (its id names the arrival).
  const busy = new Set();
  const queue = pairs.slice(SEQUENTIAL);
  const results2 = [];
  const inFlight = [];
  // The benchmark's own event loop (2,000 clients + the HTTP timing): a delay here inflates every figure.
  const loopDelay = monitorEventLoopDelay({ resolution: 1 });
  loopDelay.enable();
  const concStart = performance.now();
  for (let sent = 0; queue.length > 0; sent++) {
    const due = concStart + (sent * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    let index = queue.findIndex((pair) => !busy.has(pair.from.id));
    while (index < 0) {
      await new Promise((resolve) => setTimeout(resolve, 1));
      index = queue.findIndex((pair) => !busy.has(pair.from.id));
    }
    const [pair] = queue.splice(index, 1);
    busy.add(pair.from.id);
    inFlight.push(
      measure(pair).then((result) => {
        results2.push(result);
        busy.delete(pair.from.id);
      }),
    );
  }
  await Promise.all(inFlight);
  const concWall = performance.now() - concStart;
  loopDelay.disable();
  // The histogram records the interval between 1 ms samples: minus that interval, it is the delay.
  const loop = { p50: loopDelay.percentile(50) / 1e6 - 1, p99: loopDelay.percentile(99) / 1e6 - 1, max: loopDelay.max / 1e6 - 1 };
  const [{ undelivered }] = (await db.query('SELECT count(*)::int AS undelivered FROM notifications WHERE delivered_at IS NULL')).rows;

  const all = [...results1, ...results2];
  const s1 = summarise(results1.map((r) => r.delay));
  const s2 = summarise(results2.map((r) => r.delay));
  const cross = summarise(all.filter((r) => r.crossInstance).map((r) => r.delay));
  const same = summarise(all.filter((r) => !r.crossInstance).map((r) => r.delay));
  const http1 = summarise(results1.map((r) => r.httpMs));
  const http2 = summarise(results2.map((r) => r.httpMs));
  const after = summarise(all.map((r) => r.afterResponse));
  const load = loadavg().map((l) => l.toFixed(2)).join(' / ');
  const target = s2.p99 <= 100 && s1.p99 <= 100;
  const row = (name, s) => `| ${name} | ${s.count} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${fmt(s.max)} |`;

  const report = `# Realtime benchmark

Delay from an HTTP request that causes a notification (\`POST /api/editions/:id/meeting-requests\`) to the
\`notification\` event arriving at the recipient's socket.io client. Two API instances (two Node.js processes,
the built server) on one embedded PostgreSQL 18, events crossing instances through \`@socket.io/postgres-adapter\`;
${CLIENTS} socket.io clients (websocket transport) connected alternately to the two instances, all in the benchmark
process. Half of the requests are sent to the instance the recipient is not connected to. Path measured: HTTP →
transaction storing the request and its notification (outbox) → commit → NOTIFY → outbox dispatcher → socket.io.
Times in milliseconds, measured by the benchmark process (same clock for sending and arrival).
The request itself is one transaction of six round trips to PostgreSQL (BEGIN; edition, recipient and the
sender's registration lock in one statement; the other checks in one; the insert returning the request's view;
the notification row; COMMIT). On this shared 2-core machine the tail follows the machine's load: each round
trip waits for both the API process and a PostgreSQL backend to be scheduled.

Run: ${new Date().toISOString()}, Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load average at the end ${load}
(the machine is shared; other work slows every figure). Setup ${fmt(setupMs / 1000)} s, of which connecting ${CLIENTS} sockets ${fmt(connectMs / 1000)} s.
Open-files limit (\`ulimit -n\`): ${openFilesLimit()}; ${CLIENTS} client sockets need ${CLIENTS} descriptors in the benchmark process
and about ${CLIENTS / 2} in each instance (a default limit of 1,024 is too low: raise it before running).

| Phase | Notifications | p50 | p95 | p99 | max |
|---|---:|---:|---:|---:|---:|
${row('1: one request at a time', s1)}
${row(`2: open loop, ${RATE} requests/s (achieved ${fmt((results2.length / concWall) * 1000)}/s)`, s2)}
${row('both phases, recipient on the other instance', cross)}
${row('both phases, recipient on the same instance', same)}

For comparison, the HTTP response time alone (the request's own transaction, before any push): phase 1 p50 ${fmt(http1.p50)} ms,
p99 ${fmt(http1.p99)} ms; phase 2 p50 ${fmt(http2.p50)} ms, p99 ${fmt(http2.p99)} ms. Arrival relative to the HTTP response
(negative: the notification arrived before the response did): p50 ${fmt(after.p50)} ms, p99 ${fmt(after.p99)} ms, max ${fmt(after.max)} ms. Phase 1 took ${fmt(seqWall / 1000)} s, phase 2 ${fmt(concWall / 1000)} s.
Event-loop delay of the benchmark process itself during phase 2 (\`monitorEventLoopDelay\`, sampled every 1 ms): p50 ${fmt(loop.p50)} ms,
p99 ${fmt(loop.p99)} ms, max ${fmt(loop.max)} ms.
Notifications received by clients: ${received} for ${all.length} requests; rows left undelivered in the outbox: ${undelivered}.

Target p99 ≤ 100 ms: **${target ? 'met' : 'not met'}** on this run.
`;
  mkdirSync(join(here, '../results'), { recursive: true });
  writeFileSync(join(here, '../results/realtime.md'), report);
  console.log(report);
} finally {
  for (const socket of sockets) socket.close();
  await db.end();
  await stopInstance(second);
  await stopInstance(first);
  rmSync(dataDir, { recursive: true, force: true });
}
