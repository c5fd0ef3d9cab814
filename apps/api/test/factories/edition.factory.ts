import { randomBytes } from 'node:crypto';
import type { CreateEditionRequest, Edition, Role, Slot } from '@serumpun/shared';
import { AccessTokenService } from '../../src/modules/auth/access-token.service.js';
import type { TestApp } from '../support/test-app.js';
import { createOrganiser } from './user.factory.js';

/** A date `days` from today (UTC), `YYYY-MM-DD`. */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A future one-day edition in Pontianak: 09:00–12:00, 30-minute slots (6 slots), 4 tables. */
export function buildEdition(overrides: Partial<CreateEditionRequest> = {}): CreateEditionRequest {
  const date = overrides.startDate ?? daysFromToday(60);
  return {
    name: `Dialog Uji ${randomBytes(3).toString('hex')}`,
    slug: `uji-${randomBytes(4).toString('hex')}`,
    city: 'Pontianak',
    venue: 'Pendopo Gubernur Kalimantan Barat',
    regionCode: 'ID-KB',
    timeZone: 'Asia/Pontianak',
    startDate: date,
    endDate: date,
    meetingWindows: [{ date, start: '09:00', end: '12:00' }],
    slotMinutes: 30,
    breakMinutes: 0,
    tableCount: 4,
    ...overrides,
  };
}

export interface TestParticipant {
  id: string;
  token: string;
  fullName: string;
  role: Role;
}

/** An organiser who can create editions, signed in. */
export async function organiserToken(t: TestApp): Promise<string> {
  return (await createOrganiser(t)).accessToken;
}

export async function createEdition(t: TestApp, token: string, overrides: Partial<CreateEditionRequest> = {}): Promise<Edition> {
  const response = await t.http.post<Edition>('/api/editions', buildEdition(overrides), { token });
  if (response.status !== 201) throw new Error(`create edition failed: ${response.status} ${response.text}`);
  return response.body;
}

export async function slotsOf(t: TestApp, editionId: string): Promise<Slot[]> {
  const response = await t.http.get<Slot[]>(`/api/editions/${editionId}/slots`);
  if (response.status !== 200) throw new Error(`slots failed: ${response.status} ${response.text}`);
  return response.body;
}

// One well-formed argon2id hash for every bulk participant: they sign in with tokens minted below,
// so hashing a password for each of hundreds of users would only slow the specs down.
const UNUSABLE_PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2VydW1wdW4tdGVzdA$0000000000000000000000000000000000000000000';

/**
 * Many participants at once: users inserted directly, access tokens minted by the app's own token
 * service, and (unless `register: false`) an approved registration for the edition. Use the API
 * (`registerUser`) when registration itself is under test.
 */
export async function createParticipants(
  t: TestApp,
  count: number,
  options: { role?: 'investor' | 'business'; editionId?: string; register?: boolean; namePrefix?: string } = {},
): Promise<TestParticipant[]> {
  const role = options.role ?? 'investor';
  const batch = randomBytes(4).toString('hex');
  const names = Array.from({ length: count }, (_, i) => `${options.namePrefix ?? (role === 'investor' ? 'Investor' : 'Usaha')} ${batch}-${String(i + 1).padStart(3, '0')}`);
  const rows = await t.sql<{ id: string; full_name: string }>(
    `INSERT INTO users (email, password_hash, full_name, role)
     SELECT 'p-' || $1 || '-' || n || '@example.id', $2, name, $3 FROM unnest($4::text[]) WITH ORDINALITY AS names(name, n)
     RETURNING id, full_name`,
    [batch, UNUSABLE_PASSWORD_HASH, role, names],
  );
  const tokens = t.app.get(AccessTokenService);
  const participants = await Promise.all(
    rows.map(async (row) => ({ id: row.id, fullName: row.full_name, role, token: await tokens.issue({ id: row.id, role }) })),
  );
  if (options.editionId && options.register !== false) {
    await t.sql(`INSERT INTO registrations (edition_id, user_id, status) SELECT $1, unnest($2::uuid[]), 'approved'`, [
      options.editionId,
      participants.map((participant) => participant.id),
    ]);
  }
  return participants.sort((a, b) => a.fullName.localeCompare(b.fullName));
}

/** A business's opportunity, inserted directly (the marketplace API is not under test here). */
export async function insertOpportunity(
  t: TestApp,
  userId: string,
  overrides: { title?: string; status?: 'draft' | 'published'; sectorCode?: string; amount?: string; currency?: string } = {},
): Promise<{ id: string; title: string }> {
  const title = overrides.title ?? `Pabrik pengolahan lada ${randomBytes(2).toString('hex')}`;
  const sectorCode = overrides.sectorCode ?? 'C10';
  const [row] = await t.sql<{ id: string }>(
    `INSERT INTO opportunities (user_id, title, summary, description, sector_code, sector_section, region_code, amount, currency, amount_usd, fx_rate_date,
                                instruments, stage, status, published_at)
     VALUES ($1, $2, 'Ringkasan', 'Uraian', $3, left($3, 1), 'ID-KB', $4, $5, 100000, '2025-10-30', '{equity}', 'growth', $6,
             CASE WHEN $6 = 'published' THEN now() END)
     RETURNING id`,
    [userId, title, sectorCode, overrides.amount ?? '1500000000.00', overrides.currency ?? 'IDR', overrides.status ?? 'published'],
  );
  return { id: row.id, title };
}
