import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { generateSlotTimes, zonedTimeToInstant, type Locale, type MeetingOutcomeResult, type MeetingStatus, type MeetingRequestStatus } from '@serumpun/shared';
import { DEMO_EDITIONS, type DemoEdition } from './demo-editions.js';

// The people, registrations, availability, requests and meetings of the demo editions, written
// straight to the tables in the seed's transaction (so the invariants are checked by the same
// constraints and triggers as the API's writes). Deterministic: a fixed pseudo-random sequence per
// edition. Idempotent: accounts are keyed by email, registrations by (edition, user), and an
// edition that already has meeting requests keeps them.

export const DEMO_PARTICIPANT_COUNT = 80;

interface DemoPerson {
  email: string;
  fullName: string;
  role: 'investor' | 'business';
  locale: Locale;
  organisation: string;
  countryCode: string;
  sectors: string[];
}

const FIRST_NAMES = [
  'Ahmad', 'Dewi', 'Fajar', 'Indah', 'Joko', 'Kartika', 'Lestari', 'Nurul', 'Putri', 'Rahmat',
  'Sari', 'Taufik', 'Utami', 'Wahyu', 'Yusuf', 'Azlan', 'Farid', 'Hafizah', 'Siti Hajar', 'Zainal',
];
const FAMILY_NAMES = [
  'Saputra', 'Wijaya', 'Pratama', 'Kusuma', 'Hidayat', 'Nugroho', 'Santoso', 'Lim', 'Tan', 'Abdullah', 'Rahman', 'Hassan',
  'Ibrahim', 'Setiawan', 'Halim', 'Sulaiman', 'Siregar', 'Effendi', 'Yusof', 'Bakar', 'Jong', 'Ling', 'Anyi',
];
const INVESTOR_PLACES = ['Khatulistiwa', 'Kapuas', 'Borneo', 'Rajang', 'Temburong', 'Nusantara', 'Mahakam', 'Selat Karimata', 'Equator', 'Kinabalu'];
const INVESTOR_KINDS = ['Ventura', 'Capital Partners', 'Angel Network', 'Impact Fund'];
const INVESTOR_HOMES = [
  { countryCode: 'ID', locale: 'id' },
  { countryCode: 'ID', locale: 'id' },
  { countryCode: 'MY', locale: 'ms' },
  { countryCode: 'BN', locale: 'ms' },
  { countryCode: 'SG', locale: 'en' },
] as const;
const BUSINESSES: Array<[string, string[]]> = [
  ['Lada Putih Sambas', ['A01', 'C10']],
  ['Kopi Liberika Kayong', ['C10', 'A01']],
  ['Madu Kelulut Kapuas Hulu', ['A01']],
  ['Tenun Ikat Sintang', ['C13']],
  ['Lidah Buaya Pontianak', ['C10']],
  ['Sawit Lestari Ketapang', ['A01']],
  ['Karet Rakyat Sanggau', ['C22']],
  ['Rumput Laut Kubu Raya', ['A03']],
  ['Ekowisata Danau Sentarum', ['N79', 'I55']],
  ['Kerajinan Rotan Kapuas', ['C31']],
  ['Udang Vaname Mempawah', ['A03']],
  ['Surya Singkawang', ['D35']],
  ['Logistik Sungai Kapuas', ['H50']],
  ['Kuching Pepper', ['C10']],
  ['Sagu Mukah', ['C10']],
  ['Beras Bario', ['A01']],
  ['Halal Food Brunei', ['C10', 'G46']],
  ['Agrowisata Tebedu', ['N79']],
  ['Kelapa Terpadu Ketapang', ['C10', 'A01']],
  ['Tani Digital Borneo', ['J62']],
];
const BUSINESS_HOMES = ['ID', 'ID', 'MY', 'ID', 'BN'] as const;
const MESSAGES = [
  'Kami tertarik menjajaki kerja sama dan ingin mendengar rencana ekspansi Anda.',
  'Boleh kita bertemu untuk membahas kebutuhan pendanaan dan skema kemitraan?',
  'We would like to understand your offtake contracts and export plans.',
  'Kami ingin berdiskusi tentang pembiayaan modal kerja untuk musim panen berikutnya.',
  'Kami sedang mencari mitra pemasok untuk pasar Sarawak dan Brunei.',
];

/** The 80 participants the demo creates itself: 40 investors (peserta-01…40) and 40 businesses (41…80). */
export function demoParticipants(): DemoPerson[] {
  return Array.from({ length: DEMO_PARTICIPANT_COUNT }, (_, i): DemoPerson => {
    const number = String(i + 1).padStart(2, '0');
    const fullName = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${FAMILY_NAMES[(i * 7) % FAMILY_NAMES.length]}`;
    if (i < DEMO_PARTICIPANT_COUNT / 2) {
      const home = INVESTOR_HOMES[i % INVESTOR_HOMES.length];
      return {
        email: `peserta-${number}@demo.serumpun.id`,
        fullName,
        role: 'investor',
        locale: home.locale,
        organisation: `${INVESTOR_PLACES[i % INVESTOR_PLACES.length]} ${INVESTOR_KINDS[Math.floor(i / INVESTOR_PLACES.length) % INVESTOR_KINDS.length]}`,
        countryCode: home.countryCode,
        sectors: [BUSINESSES[(i * 3) % BUSINESSES.length][1][0], BUSINESSES[(i * 3 + 1) % BUSINESSES.length][1][0]].filter((code, k, all) => all.indexOf(code) === k),
      };
    }
    const b = i - DEMO_PARTICIPANT_COUNT / 2;
    const [product, sectors] = BUSINESSES[b % BUSINESSES.length];
    const countryCode = BUSINESS_HOMES[b % BUSINESS_HOMES.length];
    const form = countryCode === 'ID' ? (b < BUSINESSES.length ? 'Koperasi' : 'PT') : b < BUSINESSES.length ? 'Syarikat' : 'Sdn Bhd';
    return {
      email: `peserta-${number}@demo.serumpun.id`,
      fullName,
      role: 'business',
      locale: countryCode === 'ID' ? 'id' : 'ms',
      organisation: form === 'Sdn Bhd' ? `${product} Sdn Bhd` : `${form} ${product}`,
      countryCode,
      sectors,
    };
  });
}

/** mulberry32: a small seeded generator, so every run of the seed makes the same demo. */
function randomSequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Parameterised multi-row INSERTs in chunks (never string-built values). */
async function insertRows(manager: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][], suffix = ''): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) {
    const values: unknown[] = [];
    const tuples = rows.slice(start, start + 500).map((row) => `(${row.map((value) => `$${values.push(value)}`).join(', ')})`);
    await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ${suffix}`, values);
  }
}

interface Participant {
  id: string;
  role: 'investor' | 'business';
  countryCode: string | null;
}

interface EditionScript {
  /** Who registers: from the other demo accounts (marketplace seed) and the participants created here. */
  take: (others: Participant[], ours: Participant[]) => Participant[];
  pendingRegistrations: number;
  requests: Partial<Record<MeetingRequestStatus, number>>;
  meetings: Partial<Record<MeetingStatus | 'unplaced', number>>;
  checkedIn: boolean;
  unavailableShare: number;
}

const SCRIPTS: Record<string, EditionScript> = {
  'pontianak-2025': {
    // About 80 in the room: every other demo account, topped up with ours.
    take: (others, ours) => [...others, ...ours.slice(0, Math.max(20, DEMO_PARTICIPANT_COUNT - others.length))],
    pendingRegistrations: 0,
    requests: { declined: 15, cancelled: 10, expired: 12 },
    meetings: { held: 70, no_show: 8, cancelled: 8, scheduled: 12, unplaced: 8 },
    checkedIn: true,
    unavailableShare: 0.2,
  },
  'semarang-2026': {
    take: (others, ours) => [...others, ...ours].filter((_, i) => i % 3 === 0 || i % 7 === 1),
    pendingRegistrations: 0,
    requests: { declined: 5, expired: 3 },
    meetings: { held: 25, no_show: 3, cancelled: 2 },
    checkedIn: true,
    unavailableShare: 0.1,
  },
  'palembang-2026': {
    take: (others, ours) => [...others, ...ours].filter((_, i) => i % 3 === 1 || i % 5 === 0),
    pendingRegistrations: 3,
    requests: { pending: 18, declined: 4, cancelled: 3 },
    meetings: { scheduled: 14, unplaced: 5 },
    checkedIn: false,
    unavailableShare: 0.15,
  },
};

export interface DemoMeetingsReport {
  participantsCreated: number;
  requestsCreated: number;
  meetingsCreated: number;
}

/**
 * Creates the demo participants (password hash computed once by the caller), registers them and the
 * other demo accounts for the editions, and fills each edition with requests and meetings in every state.
 */
export async function seedDemoMeetings(manager: EntityManager, passwordHash: string): Promise<DemoMeetingsReport> {
  const people = demoParticipants();
  const created = (await manager.query(
    `INSERT INTO users (email, password_hash, full_name, role, locale)
     SELECT email, $1, full_name, role, locale FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS p(email, full_name, role, locale)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [passwordHash, people.map((p) => p.email), people.map((p) => p.fullName), people.map((p) => p.role), people.map((p) => p.locale)],
  )) as unknown[];
  const cards = new Map(people.map((person) => [person.email, person]));
  // Every demo participant, including those of the marketplace seed when it has run.
  const accounts = (await manager.query(
    `SELECT u.id, u.email, u.role, COALESCE(ip.country_code, bp.country_code) AS country_code
       FROM users u LEFT JOIN investor_profiles ip ON ip.user_id = u.id LEFT JOIN business_profiles bp ON bp.user_id = u.id
      WHERE u.email LIKE '%@demo.serumpun.id' AND u.role IN ('investor', 'business') ORDER BY u.email`,
  )) as Array<{ id: string; email: string; role: 'investor' | 'business'; country_code: string | null }>;
  const participants: Participant[] = accounts.map((account) => ({ id: account.id, role: account.role, countryCode: account.country_code ?? cards.get(account.email)?.countryCode ?? null }));
  const ours = participants.filter((_, i) => cards.has(accounts[i].email));
  const others = participants.filter((_, i) => !cards.has(accounts[i].email));
  const cardOf = new Map(accounts.map((account) => [account.id, cards.get(account.email)]));

  const report: DemoMeetingsReport = { participantsCreated: created.length, requestsCreated: 0, meetingsCreated: 0 };
  for (const [index, edition] of DEMO_EDITIONS.entries()) {
    const script = SCRIPTS[edition.slug];
    const [row] = (await manager.query('SELECT id FROM editions WHERE slug = $1', [edition.slug])) as Array<{ id: string }>;
    if (!script || !row) continue;
    await ensureLayout(manager, row.id, edition);
    const registered = script.take(others, ours);
    await insertRows(
      manager,
      'registrations',
      ['edition_id', 'user_id', 'status', 'organisation', 'country_code', 'sectors', 'checked_in_at'],
      registered.map((participant, i) => {
        const card = cardOf.get(participant.id);
        const pending = i >= registered.length - script.pendingRegistrations;
        const checkedIn = script.checkedIn && !pending && i % 10 !== 9 ? zonedTimeToInstant(edition.startDate, '08:30', edition.timeZone) : null;
        return [row.id, participant.id, pending ? 'pending' : 'approved', card?.organisation ?? null, card?.countryCode ?? null, card?.sectors ?? [], checkedIn];
      }),
      'ON CONFLICT DO NOTHING',
    );
    await manager.query(
      `INSERT INTO registration_opportunities (edition_id, user_id, opportunity_id)
       SELECT r.edition_id, r.user_id, o.id FROM registrations r JOIN opportunities o ON o.user_id = r.user_id AND o.status = 'published'
        WHERE r.edition_id = $1 ON CONFLICT DO NOTHING`,
      [row.id],
    );
    const [{ count }] = (await manager.query('SELECT count(*)::int AS count FROM meeting_requests WHERE edition_id = $1', [row.id])) as Array<{ count: number }>;
    if (count > 0) continue;
    const approved = registered.slice(0, registered.length - script.pendingRegistrations);
    const written = await seedEditionMeetings(manager, row.id, edition, script, approved, randomSequence(2025 + index * 101));
    report.requestsCreated += written.requests;
    report.meetingsCreated += written.meetings;
  }
  return report;
}

/** Slots and numbered tables from the edition's windows, when it has none yet. */
async function ensureLayout(manager: EntityManager, editionId: string, edition: DemoEdition): Promise<void> {
  const slots = generateSlotTimes(edition.meetingWindows, edition.slotMinutes, edition.breakMinutes, edition.timeZone);
  await manager.query(
    `INSERT INTO slots (edition_id, starts_at, ends_at) SELECT $1, s, e FROM unnest($2::timestamptz[], $3::timestamptz[]) AS x(s, e)
      WHERE NOT EXISTS (SELECT 1 FROM slots WHERE edition_id = $1)`,
    [editionId, slots.map((slot) => slot.startsAt.toISOString()), slots.map((slot) => slot.endsAt.toISOString())],
  );
  const half = Math.ceil(edition.tableCount / 2);
  await manager.query(
    `INSERT INTO meeting_tables (edition_id, number, location)
     SELECT $1, n, CASE WHEN n <= $3 THEN 'Aula utama' ELSE 'Serambi timur' END FROM generate_series(1, $2::int) n
      WHERE NOT EXISTS (SELECT 1 FROM meeting_tables WHERE edition_id = $1)`,
    [editionId, edition.tableCount, half],
  );
}

interface PlannedMeeting {
  id: string;
  requestId: string;
  investor: Participant;
  business: Participant;
  status: MeetingStatus;
  slot: { id: string; startsAt: Date; endsAt: Date } | null;
  tableId: string | null;
  tableNumber: number | null;
}

async function seedEditionMeetings(
  manager: EntityManager,
  editionId: string,
  edition: DemoEdition,
  script: EditionScript,
  registered: Participant[],
  random: () => number,
): Promise<{ requests: number; meetings: number }> {
  const slots = ((await manager.query('SELECT id, starts_at, ends_at FROM slots WHERE edition_id = $1 ORDER BY starts_at', [editionId])) as Array<{ id: string; starts_at: Date; ends_at: Date }>).map(
    (slot) => ({ id: slot.id, startsAt: slot.starts_at, endsAt: slot.ends_at }),
  );
  const tables = (await manager.query('SELECT id, number FROM meeting_tables WHERE edition_id = $1 ORDER BY number', [editionId])) as Array<{ id: string; number: number }>;
  const opportunities = (await manager.query(
    `SELECT o.id, o.user_id FROM opportunities o JOIN registrations r ON r.user_id = o.user_id AND r.edition_id = $1 WHERE o.status = 'published'`,
    [editionId],
  )) as Array<{ id: string; user_id: string }>;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const investors = registered.filter((p) => p.role === 'investor');
  const businesses = registered.filter((p) => p.role === 'business');
  if (investors.length === 0 || businesses.length === 0 || slots.length === 0) return { requests: 0, meetings: 0 };

  // Slots some participants cannot attend.
  const unavailable = new Set<string>();
  for (const participant of registered) {
    if (random() >= script.unavailableShare) continue;
    for (let k = 0; k < 1 + Math.floor(random() * 2); k++) unavailable.add(`${participant.id}/${pick(slots).id}`);
  }
  await insertRows(
    manager,
    'unavailabilities',
    ['edition_id', 'user_id', 'slot_id'],
    [...unavailable].map((key) => [editionId, ...key.split('/')]),
  );

  // Distinct investor–business pairs, each getting one request.
  const usedPairs = new Set<string>();
  const nextPair = (): [Participant, Participant] | null => {
    for (let attempt = 0; attempt < 200; attempt++) {
      const pair: [Participant, Participant] = [pick(investors), pick(businesses)];
      const key = `${pair[0].id}/${pair[1].id}`;
      if (!usedPairs.has(key)) {
        usedPairs.add(key);
        return pair;
      }
    }
    return null;
  };
  const busy = new Set<string>();
  const seated = new Map<string, number>();
  const placeFor = (a: Participant, b: Participant) => {
    const order = [...slots].sort(() => random() - 0.5);
    for (const slot of order) {
      const taken = seated.get(slot.id) ?? 0;
      if (taken >= tables.length) continue;
      if ([a, b].some((p) => busy.has(`${p.id}/${slot.id}`) || unavailable.has(`${p.id}/${slot.id}`))) continue;
      busy.add(`${a.id}/${slot.id}`).add(`${b.id}/${slot.id}`);
      seated.set(slot.id, taken + 1);
      return { slot, table: tables[taken] };
    }
    return null;
  };

  const editionStart = zonedTimeToInstant(edition.startDate, '08:00', edition.timeZone).getTime();
  const latest = Math.min(editionStart - 86_400_000, Date.now() - 3_600_000);
  const requestRows: unknown[][] = [];
  const meetings: PlannedMeeting[] = [];
  const addRequest = (status: MeetingRequestStatus, pair: [Participant, Participant]) => {
    const [investor, business] = pair;
    const fromInvestor = random() < 0.5;
    const createdAt = new Date(latest - Math.floor(random() * 14 * 86_400_000));
    const respondedAt = status === 'pending' ? null : status === 'expired' ? (edition.requestDeadline ?? new Date(editionStart)) : new Date(createdAt.getTime() + Math.floor(random() * 36) * 3_600_000);
    const opportunity = opportunities.filter((o) => o.user_id === business.id);
    const id = randomUUID();
    requestRows.push([
      id,
      editionId,
      (fromInvestor ? investor : business).id,
      (fromInvestor ? business : investor).id,
      opportunity.length > 0 && random() < 0.7 ? pick(opportunity).id : null,
      pick(MESSAGES),
      status,
      status === 'declined' && random() < 0.6 ? 'Belum sesuai dengan fokus investasi kami saat ini.' : null,
      createdAt,
      respondedAt,
    ]);
    return id;
  };

  for (const [status, count] of Object.entries(script.requests) as Array<[MeetingRequestStatus, number]>) {
    for (let i = 0; i < count; i++) {
      const pair = nextPair();
      if (pair) addRequest(status, pair);
    }
  }
  for (const [status, count] of Object.entries(script.meetings) as Array<[MeetingStatus | 'unplaced', number]>) {
    for (let i = 0; i < count; i++) {
      const pair = nextPair();
      if (!pair) continue;
      const place = status === 'unplaced' ? null : placeFor(pair[0], pair[1]);
      if (status !== 'unplaced' && !place) continue;
      meetings.push({
        id: randomUUID(),
        requestId: addRequest('accepted', pair),
        investor: pair[0],
        business: pair[1],
        status: status === 'unplaced' ? 'scheduled' : status,
        slot: place?.slot ?? null,
        tableId: place?.table.id ?? null,
        tableNumber: place?.table.number ?? null,
      });
    }
  }

  await insertRows(
    manager,
    'meeting_requests',
    ['id', 'edition_id', 'from_user_id', 'to_user_id', 'opportunity_id', 'message', 'status', 'decline_reason', 'created_at', 'responded_at'],
    requestRows,
  );
  const respondedAt = new Map(requestRows.map((r) => [r[0] as string, r[9] as Date]));
  const recipientOf = new Map(requestRows.map((r) => [r[0] as string, r[3] as string]));
  await insertRows(
    manager,
    'meetings',
    ['id', 'edition_id', 'request_id', 'slot_id', 'table_id', 'status', 'sequence', 'checked_in_at', 'created_at'],
    meetings.map((m) => [
      m.id,
      editionId,
      m.requestId,
      m.slot?.id ?? null,
      m.tableId,
      m.status,
      m.status === 'cancelled' ? 1 : 0,
      m.status === 'held' && m.slot ? new Date(m.slot.startsAt.getTime() + 120_000) : null,
      respondedAt.get(m.requestId),
    ]),
  );
  // Its own statement: the participants' trigger reads the meetings inserted above.
  await insertRows(
    manager,
    'meeting_participants',
    ['meeting_id', 'user_id', 'edition_id'],
    meetings.flatMap((m) => [m.investor.id, m.business.id].sort().map((userId) => [m.id, userId, editionId])),
  );

  const events: unknown[][] = [];
  const outcomes: unknown[][] = [];
  const currency = (p: Participant) => ({ ID: 'IDR', MY: 'MYR', BN: 'BND', SG: 'SGD' })[p.countryCode ?? 'ID'] ?? 'USD';
  for (const m of meetings) {
    if (!m.slot) continue;
    const place = [m.slot.id, m.slot.startsAt, m.slot.endsAt, m.tableNumber];
    events.push([m.id, recipientOf.get(m.requestId), 'booked', null, null, null, null, ...place, null, respondedAt.get(m.requestId)]);
    const after = new Date(m.slot.endsAt.getTime() + 300_000);
    if (m.status === 'cancelled') {
      events.push([m.id, m.business.id, 'cancelled', ...place, null, null, null, null, 'Jadwal penerbangan berubah', new Date(m.slot.startsAt.getTime() - 86_400_000)]);
    }
    if (m.status === 'held' || m.status === 'no_show') events.push([m.id, m.investor.id, m.status, null, null, null, null, null, null, null, null, null, after]);
    if (m.status !== 'held') continue;
    for (const side of [m.investor, m.business]) {
      if (random() > 0.7) continue;
      const roll = random();
      const result: MeetingOutcomeResult = roll < 0.3 ? 'no_interest' : roll < 0.75 ? 'follow_up' : roll < 0.9 ? 'term_sheet' : 'deal';
      const withAmount = result === 'term_sheet' || result === 'deal';
      const amount = withAmount ? (currency(m.investor) === 'IDR' ? String((1 + Math.floor(random() * 40)) * 250_000_000) : String((1 + Math.floor(random() * 40)) * 25_000)) : null;
      outcomes.push([m.id, side.id, result, amount, withAmount ? currency(m.investor) : null, null, after]);
      events.push([m.id, side.id, 'outcome_recorded', null, null, null, null, null, null, null, null, result, after]);
    }
  }
  await insertRows(
    manager,
    'meeting_events',
    ['meeting_id', 'actor_user_id', 'kind', 'from_slot_id', 'from_starts_at', 'from_ends_at', 'from_table_number', 'to_slot_id', 'to_starts_at', 'to_ends_at', 'to_table_number', 'reason', 'at'],
    events,
  );
  await insertRows(manager, 'meeting_outcomes', ['meeting_id', 'user_id', 'result', 'amount', 'currency', 'notes', 'recorded_at'], outcomes);
  return { requests: requestRows.length, meetings: meetings.length };
}
