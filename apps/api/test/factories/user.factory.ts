import { randomBytes } from 'node:crypto';
import type { AuthSession, RegisterRequest } from '@serumpun/shared';
import type { HttpClient } from '../support/http-client.js';

export const TEST_PASSWORD = 'correct-horse-battery';

export function buildRegistration(overrides: Partial<RegisterRequest> = {}): RegisterRequest {
  const suffix = randomBytes(4).toString('hex');
  return {
    email: `user-${suffix}@example.id`,
    password: TEST_PASSWORD,
    fullName: `Test User ${suffix}`,
    role: 'investor',
    ...overrides,
  };
}

/** Registers a user through the API and returns its session. */
export async function registerUser(http: HttpClient, overrides: Partial<RegisterRequest> = {}): Promise<AuthSession & { password: string }> {
  const registration = buildRegistration(overrides);
  const response = await http.post<AuthSession>('/api/auth/register', registration);
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${response.text}`);
  return { ...response.body, password: registration.password };
}

/** Organisers cannot register: insert one the way the CLI does, then sign in through the API. */
export async function createOrganiser(
  app: { http: HttpClient; sql: (text: string, values?: unknown[]) => Promise<unknown[]> },
): Promise<AuthSession & { password: string }> {
  const { hashPassword } = await import('../../src/modules/auth/password-hasher.js');
  const email = `organiser-${randomBytes(4).toString('hex')}@example.id`;
  await app.sql(`INSERT INTO users (email, password_hash, full_name, role) VALUES ($1, $2, 'Organiser', 'organiser')`, [email, await hashPassword(TEST_PASSWORD)]);
  const response = await app.http.post<AuthSession>('/api/auth/login', { email, password: TEST_PASSWORD });
  if (response.status !== 200) throw new Error(`organiser login failed: ${response.status} ${response.text}`);
  return { ...response.body, password: TEST_PASSWORD };
}
