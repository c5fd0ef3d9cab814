import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildRegistration, registerUser } from './factories/user.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function userCount(): Promise<number> {
  const [{ count }] = await t.sql<{ count: number }>('SELECT count(*)::int AS count FROM users');
  return count;
}

function expectApiError(body: unknown, statusCode: number) {
  expect(body).toEqual(expect.objectContaining({ statusCode, error: expect.any(String), message: expect.any(String) }));
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+|SELECT |INSERT /);
}

describe('bad input never becomes a 5xx or a half-written record', () => {
  const badBodies: Array<[string, unknown, string[]]> = [
    ['wrong types', { email: 42, password: true, fullName: ['x'], role: 7 }, ['email', 'password', 'fullName', 'role']],
    ['missing fields', {}, ['email', 'password', 'fullName', 'role']],
    ['unknown fields', { ...buildRegistration(), isAdmin: true, role2: 'x' }, ['isAdmin', 'role2']],
    ['100 KB strings', { ...buildRegistration(), fullName: 'A'.repeat(100_000), email: `${'a'.repeat(100_000)}@example.id` }, ['email', 'fullName']],
    ['null body fields', { email: null, password: null, fullName: null, role: null }, ['email', 'password', 'fullName', 'role']],
    ['an array instead of an object', [1, 2, 3], ['']],
  ];

  it.each(badBodies)('refuses %s with a 400 naming each bad field', async (_name, body, fields) => {
    const before = await userCount();
    const response = await t.http.post('/api/auth/register', body);
    expect(response.status).toBe(400);
    expectApiError(response.body, 400);
    expect(response.body.details.map((d: { path: string }) => d.path).sort()).toEqual([...fields].sort());
    expect(await userCount()).toBe(before);
  });

  it('refuses malformed JSON with a 400', async () => {
    const response = await t.http.post('/api/auth/register', undefined, { raw: '{"email": "a@b.id", ' });
    expect(response.status).toBe(400);
    expectApiError(response.body, 400);
  });

  it('refuses an empty JSON body with a 400 naming the required fields', async () => {
    const response = await t.http.post('/api/auth/login', undefined, { raw: '' });
    expect(response.status).toBe(400);
    expectApiError(response.body, 400);
  });

  it('refuses a body over the size limit with a 413', async () => {
    const response = await t.http.post('/api/auth/register', undefined, { raw: JSON.stringify({ fullName: 'x'.repeat(600_000) }) });
    expect(response.status).toBe(413);
    expectApiError(response.body, 413);
  });

  it('refuses a body that is not JSON with a 415', async () => {
    const response = await t.http.post('/api/auth/login', undefined, { raw: 'email=a@b.id', headers: { 'content-type': 'text/plain' } });
    expect(response.status).toBe(415);
    expectApiError(response.body, 415);
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const response = await t.http.get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expectApiError(response.body, 404);
  });

  it('refuses bad query parameters with a 400 naming them', async () => {
    const response = await t.http.get('/api/editions?limit=5000&when=someday');
    expect(response.status).toBe(400);
    expect(response.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['limit', 'when']);
  });

  it('refuses a tampered cursor with a 400', async () => {
    const response = await t.http.get('/api/editions?cursor=not-a-cursor');
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'cursor' })]);
  });

  it('answers an id that is not a UUID with a 404, not a database error', async () => {
    const response = await t.http.get('/api/editions/not-a-uuid');
    expect(response.status).toBe(404);
  });
});

describe('errors speak the reader’s language', () => {
  const body = { email: 'not-an-email', password: 'short', fullName: 'Ani', role: 'investor' };

  it('answers in Bahasa Indonesia by default', async () => {
    const response = await t.http.post('/api/auth/register', body);
    expect(response.body.details).toEqual(
      expect.arrayContaining([
        { path: 'email', message: 'Alamat email tidak valid', code: 'invalid_format' },
        { path: 'password', message: 'Minimal 10 karakter', code: 'too_small' },
      ]),
    );
  });

  it('answers in English when asked', async () => {
    const response = await t.http.post('/api/auth/register', body, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(response.body.details).toEqual(expect.arrayContaining([{ path: 'password', message: 'At least 10 characters', code: 'too_small' }]));
  });

  it('answers in Bahasa Melayu when asked', async () => {
    const response = await t.http.post('/api/auth/register', body, { headers: { 'accept-language': 'ms-MY' } });
    expect(response.body.details).toEqual(expect.arrayContaining([{ path: 'email', message: 'Alamat e-mel tidak sah', code: 'invalid_format' }]));
  });

  it('words a wrong sign-in for the reader too', async () => {
    const session = await registerUser(t.http);
    const response = await t.http.post('/api/auth/login', { email: session.user.email, password: 'wrong-password' }, { headers: { 'accept-language': 'ms' } });
    expect(response.body.message).toBe('E-mel atau kata laluan salah.');
  });
});
