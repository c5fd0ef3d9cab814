#!/usr/bin/env node
// Booking benchmark: the time to book a meeting (accept a request with a slot) under 50 concurrent
// clients, against the built server on its own embedded PostgreSQL. Everything is set up through
// the API (edition, participants, registrations, requests), except the organiser, who is created the
// way `organiser:create` does it. Afterwards the database is checked for double bookings by SQL.
// Run from the repository root after a build: `npm run bench -- booking` (or `node bench/booking/run.mjs`).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { startServer } from '../../apps/api/dist/server.js';
import { createOrganiserCommand } from '../../apps/api/dist/cli/create-organiser-command.js';

// Overridable for quick experiments; the recorded result uses the defaults.
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const INVESTORS = Number(process.env.BENCH_PARTICIPANTS ?? 60);
const BUSINESSES = INVESTORS;
const REQUESTS_PER_BUSINESS = Math.min(20, INVESTORS);
const SEQUENTIAL = 100;
const TABLES = 40;
const HOT_SLOT_ATTEMPTS = 500;
const PASSWORD = 'bench-password-2026';

const dataDir = mkdtempSync(join(tmpdir(), 'serumpun-bench-booking-'));
const server = await startServer({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO_DATA: 'false', LOG_LEVEL: 'silent' });

async function call(method, path, body, token) {
  const headers = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(server.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function expectStatus(promise, status, what) {
  const response = await promise;
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Runs `task` over `items` with at most `limit` in flight. */
async function pool(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index], index);
      }
    }),
  );
  return results;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarise(latencies, wallMs) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1), perSecond: (sorted.length / wallMs) * 1000 };
}

const statusCounts = (statuses) => statuses.reduce((counts, status) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});
const fmt = (ms) => (Number.isFinite(ms) ? ms.toFixed(1) : '–');

try {
  const started = performance.now();
  const dataSource = server.app.get(DataSource);
  await createOrganiserCommand(['--email', 'bench-organiser@example.id', '--name', 'Bench Organiser', '--password', PASSWORD], dataSource);
  const organiser = (await expectStatus(call('POST', '/api/auth/login', { email: 'bench-organiser@example.id', password: PASSWORD }), 200, 'organiser login')).accessToken;

  // Two days three months ahead, two windows each, 20-minute slots with 5-minute breaks: 28 slots of 40 tables.
  const days = [90, 91].map((ahead) => new Date(Date.now() + ahead * 86_400_000).toISOString().slice(0, 10));
  const edition = await expectStatus(
    call(
      'POST',
      '/api/editions',
      {
        name: 'Booking benchmark',
        slug: 'bench-booking',
        city: 'Pontianak',
        venue: 'Pendopo Gubernur Kalimantan Barat',
        regionCode: 'ID-KB',
        startDate: days[0],
        endDate: days[1],
        meetingWindows: days.flatMap((date) => [
          { date, start: '09:00', end: '12:00' },
          { date, start: '13:30', end: '16:30' },
        ]),
        slotMinutes: 20,
        breakMinutes: 5,
        tableCount: TABLES,
        pendingRequestCap: 500,
      },
      organiser,
    ),
    201,
    'create edition',
  );
  const slots = await expectStatus(call('GET', `/api/editions/${edition.id}/slots`), 200, 'slots');

  const people = [
    ...Array.from({ length: INVESTORS }, (_, i) => ({ role: 'investor', email: `bench-investor-${i}@example.id`, fullName: `Investor ${i}` })),
    ...Array.from({ length: BUSINESSES }, (_, i) => ({ role: 'business', email: `bench-business-${i}@example.id`, fullName: `Usaha ${i}` })),
  ];
  const sessions = await pool(people, 8, async (person) => {
    const session = await expectStatus(call('POST', '/api/auth/register', { ...person, password: PASSWORD }), 201, 'register');
    await expectStatus(call('POST', `/api/editions/${edition.id}/registrations`, {}, session.accessToken), 201, 'edition registration');
    return { id: session.user.id, token: session.accessToken, role: person.role };
  });
  const investors = sessions.filter((s) => s.role === 'investor');
  const businesses = sessions.filter((s) => s.role === 'business');

  // Each business asks REQUESTS_PER_BUSINESS investors; a greedy plan gives every request a slot
  // where neither side is busy and a table is free, so phases 1 and 2 measure bookings that succeed.
  const pairs = businesses.flatMap((business, b) => Array.from({ length: REQUESTS_PER_BUSINESS }, (_, k) => ({ business, investor: investors[(b * 7 + k) % investors.length] })));
  const requests = await pool(pairs, CLIENTS, async (pair) => {
    const request = await expectStatus(call('POST', `/api/editions/${edition.id}/meeting-requests`, { toUserId: pair.investor.id }, pair.business.token), 201, 'request');
    return { ...pair, id: request.id };
  });
  const busy = new Set();
  const seated = new Map();
  const planned = [];
  const leftOver = [];
  for (const [index, request] of requests.entries()) {
    const slot = [...slots.keys()]
      .map((k) => slots[(k + index) % slots.length])
      .find((candidate) => (seated.get(candidate.id) ?? 0) < TABLES && !busy.has(`${request.investor.id}/${candidate.id}`) && !busy.has(`${request.business.id}/${candidate.id}`));
    if (!slot) {
      leftOver.push(request);
      continue;
    }
    busy.add(`${request.investor.id}/${slot.id}`).add(`${request.business.id}/${slot.id}`);
    seated.set(slot.id, (seated.get(slot.id) ?? 0) + 1);
    planned.push({ ...request, slotId: slot.id });
  }
  const setupMs = performance.now() - started;

  // Phase 1: one client books the first planned requests one after another (latency without queueing).
  const timedAccept = async (booking, slotId) => {
    const t0 = performance.now();
    const response = await call('POST', `/api/meeting-requests/${booking.id}/accept`, { slotId }, booking.investor.token);
    return { ms: performance.now() - t0, status: response.status };
  };
  const sequentialStart = performance.now();
  const sequential = await pool(planned.slice(0, SEQUENTIAL), 1, (booking) => timedAccept(booking, booking.slotId));
  const sequentialWall = performance.now() - sequentialStart;

  // Phase 2: the other planned bookings, 50 clients at once.
  const phase1Start = performance.now();
  const phase1 = await pool(planned.slice(SEQUENTIAL), CLIENTS, (booking) => timedAccept(booking, booking.slotId));
  const phase1Wall = performance.now() - phase1Start;

  // Phase 3: contention. The requests left over race, 50 at a time, for the first four slots:
  // most answers are 409 (someone is busy, or the slot is full); every answer must be quick and none 5xx.
  const hot = slots.slice(0, 4);
  const phase2Items = Array.from({ length: Math.min(HOT_SLOT_ATTEMPTS, leftOver.length * hot.length) }, (_, i) => ({ request: leftOver[i % leftOver.length], slot: hot[i % hot.length] }));
  const phase2Start = performance.now();
  const phase2 = await pool(phase2Items, CLIENTS, ({ request, slot }) => timedAccept(request, slot.id));
  const phase2Wall = performance.now() - phase2Start;

  const [doubleBooked] = await dataSource.query(
    `SELECT count(*)::int AS count FROM (SELECT p.user_id, m.slot_id FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id
      WHERE m.status <> 'cancelled' AND m.slot_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) x`,
  );
  const [sharedTables] = await dataSource.query(
    `SELECT count(*)::int AS count FROM (SELECT slot_id, table_id FROM meetings WHERE status <> 'cancelled' AND slot_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) x`,
  );
  const [inUnavailable] = await dataSource.query(
    `SELECT count(*)::int AS count FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id JOIN unavailabilities u ON u.user_id = p.user_id AND u.slot_id = m.slot_id WHERE m.status <> 'cancelled'`,
  );
  const [meetings] = await dataSource.query(`SELECT count(*)::int AS count FROM meetings WHERE slot_id IS NOT NULL AND status <> 'cancelled'`);

  const s0 = summarise(sequential.map((r) => r.ms), sequentialWall);
  const statuses0 = statusCounts(sequential.map((r) => r.status));
  const ok1 = phase1.filter((r) => r.status === 200).map((r) => r.ms);
  const s1 = summarise(phase1.map((r) => r.ms), phase1Wall);
  const s1ok = summarise(ok1, phase1Wall);
  const s2 = summarise(phase2.map((r) => r.ms), phase2Wall);
  const statuses1 = statusCounts(phase1.map((r) => r.status));
  const statuses2 = statusCounts(phase2.map((r) => r.status));
  const serverErrors = [...sequential, ...phase1, ...phase2].filter((r) => r.status >= 500).length;
  const violations = doubleBooked.count + sharedTables.count + inUnavailable.count;

  const report = `# Booking benchmark

Time to book a meeting (\`POST /api/meeting-requests/:id/accept\` with a \`slotId\`) with ${CLIENTS} concurrent
clients, on the built server and its embedded PostgreSQL 18 (one Node.js process, pool of 20 connections).
Edition: ${slots.length} slots × ${TABLES} tables; ${INVESTORS} investors and ${BUSINESSES} businesses registered through the API;
${requests.length} requests. A greedy plan gives a slot to every request it can place: phase 1 books ${SEQUENTIAL} of them
one at a time (latency without queueing), phase 2 books the rest with ${CLIENTS} clients at once (every booking should
succeed); phase 3 lets the left-over requests race, ${CLIENTS} at a time, for the first ${hot.length} slots (refusals: 409).
Times in milliseconds, measured at the client.

Run: ${new Date().toISOString()}, Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (other work on the machine slows every figure). Setup took ${fmt(setupMs / 1000)} s.

| phase | attempts | status codes | p50 | p95 | p99 | max | throughput |
|---|---:|---|---:|---:|---:|---:|---:|
| 1. planned, 1 client | ${s0.count} | ${JSON.stringify(statuses0)} | ${fmt(s0.p50)} | ${fmt(s0.p95)} | ${fmt(s0.p99)} | ${fmt(s0.max)} | ${s0.perSecond.toFixed(0)} bookings/s |
| 2. planned, ${CLIENTS} clients | ${s1.count} | ${JSON.stringify(statuses1)} | ${fmt(s1.p50)} | ${fmt(s1.p95)} | ${fmt(s1.p99)} | ${fmt(s1.max)} | ${s1ok.perSecond.toFixed(0)} bookings/s |
| 3. contended slots, ${CLIENTS} clients | ${s2.count} | ${JSON.stringify(statuses2)} | ${fmt(s2.p50)} | ${fmt(s2.p95)} | ${fmt(s2.p99)} | ${fmt(s2.max)} | ${s2.perSecond.toFixed(0)} answers/s |

After all phases (by SQL): ${meetings.count} booked meetings; participants in two meetings in one slot: ${doubleBooked.count};
tables with two meetings in one slot: ${sharedTables.count}; meetings in an unavailable slot: ${inUnavailable.count}; 5xx answers: ${serverErrors}.
`;
  mkdirSync(join(process.cwd(), 'bench/results'), { recursive: true });
  writeFileSync(join(process.cwd(), 'bench/results/booking.md'), report);
  console.log(report);
  if (violations > 0 || serverErrors > 0) {
    console.error('FAILED: double bookings or server errors');
    process.exitCode = 1;
  }
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
