import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SignJWT, UnsecuredJWT } from 'jose';
import { buildRegistration, createOrganiser, registerUser, TEST_PASSWORD } from './factories/user.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ loginRateLimit: { perEmail: 3, perIp: 1000, windowSeconds: 900 } });
});
afterAll(async () => {
  await t.close();
});

describe('registration', () => {
  it('creates an investor and answers with the user and a token pair', async () => {
    const registration = buildRegistration({ role: 'investor', locale: 'en' });
    const response = await t.http.post('/api/auth/register', registration);
    expect(response.status).toBe(201);
    expect(response.body.user).toEqual({ id: expect.any(String), email: registration.email, fullName: registration.fullName, role: 'investor', locale: 'en' });
    expect(response.body.accessToken).toEqual(expect.any(String));
    expect(response.body.refreshToken).toEqual(expect.any(String));
    expect(response.body.user.passwordHash).toBeUndefined();
  });

  it('stores the password as an argon2id hash with at least OWASP parameters', async () => {
    const session = await registerUser(t.http, { role: 'business' });
    const [row] = await t.sql<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [session.user.id]);
    const [, algorithm, , parameters] = row.password_hash.split('$');
    expect(algorithm).toBe('argon2id');
    const params = Object.fromEntries(parameters.split(',').map((pair) => pair.split('=')));
    expect(Number(params.m)).toBeGreaterThanOrEqual(19_456);
    expect(Number(params.t)).toBeGreaterThanOrEqual(2);
  });

  it('defaults the language to Bahasa Indonesia', async () => {
    const session = await registerUser(t.http, { locale: undefined });
    expect(session.user.locale).toBe('id');
  });

  it('refuses to let anyone register as an organiser', async () => {
    const response = await t.http.post('/api/auth/register', buildRegistration({ role: 'organiser' as never }));
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'role' })]);
    const [{ count }] = await t.sql<{ count: number }>(`SELECT count(*)::int AS count FROM users WHERE role = 'organiser'`);
    expect(count).toBe(0);
  });

  it('answers 409 for an email that is already registered, whatever its case', async () => {
    const first = await registerUser(t.http);
    const response = await t.http.post('/api/auth/register', buildRegistration({ email: first.user.email.toUpperCase() }), { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(409);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'email', message: 'This email is already registered. Please sign in.' })]);
  });

  it('lets exactly one of many simultaneous registrations of one email through', async () => {
    const registration = buildRegistration();
    const responses = await Promise.all(Array.from({ length: 10 }, () => t.http.post('/api/auth/register', registration)));
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
  });

  it('refuses a password shorter than 10 characters, naming the field', async () => {
    const response = await t.http.post('/api/auth/register', buildRegistration({ password: 'short-pw1' }));
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual([expect.objectContaining({ path: 'password', message: 'Minimal 10 karakter' })]);
  });
});

describe('login', () => {
  it('signs in with the right password', async () => {
    const session = await registerUser(t.http);
    const response = await t.http.post('/api/auth/login', { email: session.user.email, password: session.password });
    expect(response.status).toBe(200);
    expect(response.body.user.id).toBe(session.user.id);
    expect(response.body.refreshToken).not.toBe(session.refreshToken);
  });

  it('gives a wrong password and an unknown email the very same 401', async () => {
    const session = await registerUser(t.http);
    const wrongPassword = await t.http.post('/api/auth/login', { email: session.user.email, password: 'not-the-password' });
    const unknownEmail = await t.http.post('/api/auth/login', { email: 'nobody-here@example.id', password: 'not-the-password' });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownEmail.body);
  });

  it('rate-limits repeated failures for one email with a 429 and Retry-After', async () => {
    const session = await registerUser(t.http);
    for (let i = 0; i < 3; i++) {
      expect((await t.http.post('/api/auth/login', { email: session.user.email, password: 'wrong-password' })).status).toBe(401);
    }
    const limited = await t.http.post('/api/auth/login', { email: session.user.email, password: session.password }, { headers: { 'accept-language': 'ms' } });
    expect(limited.status).toBe(429);
    expect(limited.body.message).toMatch(/Terlalu banyak cubaan log masuk/);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('refresh tokens', () => {
  it('rotates: each refresh returns a new pair and the new access token works', async () => {
    const session = await registerUser(t.http);
    const refreshed = await t.http.post('/api/auth/refresh', { refreshToken: session.refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).not.toBe(session.refreshToken);
    const me = await t.http.get('/api/me', { token: refreshed.body.accessToken });
    expect(me.body.id).toBe(session.user.id);
  });

  it('revokes the whole family when a rotated token is presented again', async () => {
    const session = await registerUser(t.http);
    const first = await t.http.post('/api/auth/refresh', { refreshToken: session.refreshToken });
    expect(first.status).toBe(200);
    const replay = await t.http.post('/api/auth/refresh', { refreshToken: session.refreshToken });
    expect(replay.status).toBe(401);
    // The thief's replay also ends the legitimate successor.
    const successor = await t.http.post('/api/auth/refresh', { refreshToken: first.body.refreshToken });
    expect(successor.status).toBe(401);
  });

  it('keeps other sessions of the same user alive when one family is revoked', async () => {
    const session = await registerUser(t.http);
    const otherDevice = await t.http.post('/api/auth/login', { email: session.user.email, password: session.password });
    await t.http.post('/api/auth/refresh', { refreshToken: session.refreshToken });
    await t.http.post('/api/auth/refresh', { refreshToken: session.refreshToken });
    expect((await t.http.post('/api/auth/refresh', { refreshToken: otherDevice.body.refreshToken })).status).toBe(200);
  });

  it('refuses a forged or malformed refresh token with 401', async () => {
    const session = await registerUser(t.http);
    const [id] = session.refreshToken.split('.');
    expect((await t.http.post('/api/auth/refresh', { refreshToken: `${id}.${'A'.repeat(43)}` })).status).toBe(401);
    expect((await t.http.post('/api/auth/refresh', { refreshToken: 'garbage' })).status).toBe(401);
  });

  it('logout ends the presented session: its refresh token no longer works', async () => {
    const session = await registerUser(t.http);
    const logout = await t.http.post('/api/auth/logout', { refreshToken: session.refreshToken }, { token: session.accessToken });
    expect(logout.status).toBe(204);
    expect((await t.http.post('/api/auth/refresh', { refreshToken: session.refreshToken })).status).toBe(401);
  });

  it('logout without a token ends every session of the user', async () => {
    const session = await registerUser(t.http);
    const other = await t.http.post('/api/auth/login', { email: session.user.email, password: session.password });
    expect((await t.http.post('/api/auth/logout', undefined, { token: session.accessToken })).status).toBe(204);
    expect((await t.http.post('/api/auth/refresh', { refreshToken: other.body.refreshToken })).status).toBe(401);
  });
});

describe('access tokens and /api/me', () => {
  it('returns the caller', async () => {
    const session = await registerUser(t.http, { role: 'business', locale: 'ms' });
    const me = await t.http.get('/api/me', { token: session.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ id: session.user.id, email: session.user.email, fullName: session.user.fullName, role: 'business', locale: 'ms' });
  });

  it('changes the caller’s language with PATCH /api/me', async () => {
    const session = await registerUser(t.http);
    const updated = await t.http.patch('/api/me', { locale: 'en' }, { token: session.accessToken });
    expect(updated.status).toBe(200);
    expect(updated.body.locale).toBe('en');
    expect((await t.http.patch('/api/me', { role: 'organiser' }, { token: session.accessToken })).status).toBe(400);
  });

  it('answers 401 without a token, with a malformed one, and with one signed by someone else', async () => {
    expect((await t.http.get('/api/me')).status).toBe(401);
    expect((await t.http.get('/api/me', { token: 'not.a.jwt' })).status).toBe(401);
    const forged = await new SignJWT({ role: 'organiser' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('00000000-0000-4000-8000-000000000000')
      .setIssuer('serumpun')
      .setAudience('serumpun-api')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('x'.repeat(48)));
    expect((await t.http.get('/api/me', { token: forged })).status).toBe(401);
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const session = await registerUser(t.http);
    const unsigned = new UnsecuredJWT({ role: 'organiser' }).setSubject(session.user.id).setIssuer('serumpun').setAudience('serumpun-api').setExpirationTime('5m').encode();
    expect((await t.http.get('/api/me', { token: unsigned })).status).toBe(401);
  });

  it('refuses an expired token', async () => {
    const session = await registerUser(t.http);
    const expired = await new SignJWT({ role: session.user.role })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(session.user.id)
      .setIssuer('serumpun')
      .setAudience('serumpun-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(t.config.jwtAccessSecret));
    expect((await t.http.get('/api/me', { token: expired })).status).toBe(401);
  });
});

describe('organisers', () => {
  it('lets an organiser create another organiser, who can then sign in', async () => {
    const organiser = await createOrganiser(t);
    const email = `new-organiser-${Date.now()}@example.id`;
    const created = await t.http.post('/api/organisers', { email, fullName: 'Bambang Organiser', password: TEST_PASSWORD }, { token: organiser.accessToken });
    expect(created.status).toBe(201);
    expect(created.body).toEqual(expect.objectContaining({ email, role: 'organiser' }));
    const login = await t.http.post('/api/auth/login', { email, password: TEST_PASSWORD });
    expect(login.body.user.role).toBe('organiser');
  });

  it('answers 403 to an investor or a business and 401 to a stranger', async () => {
    const investor = await registerUser(t.http, { role: 'investor' });
    const business = await registerUser(t.http, { role: 'business' });
    const body = { email: 'x-organiser@example.id', fullName: 'X Organiser', password: TEST_PASSWORD };
    expect((await t.http.post('/api/organisers', body, { token: investor.accessToken })).status).toBe(403);
    expect((await t.http.post('/api/organisers', body, { token: business.accessToken })).status).toBe(403);
    expect((await t.http.post('/api/organisers', body)).status).toBe(401);
  });
});

describe('security headers', () => {
  it('sends security headers on every response and no X-Powered-By', async () => {
    for (const response of [await t.http.get('/api/health'), await t.http.get('/api/me'), await t.http.get('/api/nope')]) {
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
