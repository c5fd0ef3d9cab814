import { beforeEach, describe, expect, it } from '@jest/globals';
import { userSchema } from '@serumpun/shared';
import { sessionStore } from '../../features/auth/session/session-store';
import { i18n } from '../../i18n/i18n';
import { apiError, buildSession, buildUser } from '../../test/factories';
import { deferred, installFakeApi, type FakeApi, type FakeReply } from '../../test/fake-api';
import { resetDevice } from '../../test/render-app';
import { ApiRequestError, ApiUnreachableError, apiRequest } from '../api-client';

const me = buildUser();
let api: FakeApi;

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi();
  sessionStore.start(buildSession(me, 'old'));
});

/** GET /api/me answers 200 only to the given access token, 401 to any other. */
function meAcceptsOnly(token: string) {
  api.on('GET /api/me', (request) =>
    request.headers.Authorization === `Bearer ${token}` ? { status: 200, body: me } : apiError(401, 'Unauthorized', 'Token expired'),
  );
}

describe('apiRequest', () => {
  it('sends the access token and the interface language', async () => {
    meAcceptsOnly('access-old');
    await i18n.changeLanguage('ms');

    await apiRequest('/api/me', { schema: userSchema });

    expect(api.to('GET /api/me')[0].headers).toMatchObject({ Authorization: 'Bearer access-old', 'Accept-Language': 'ms' });
  });

  it('turns an error body into an ApiRequestError carrying the field details', async () => {
    api.on('POST /api/things', apiError(400, 'Bad Request', 'Invalid input', [{ path: 'email', message: 'Alamat email tidak valid' }]));

    const failure = apiRequest('/api/things', { method: 'POST', body: {} });

    await expect(failure).rejects.toBeInstanceOf(ApiRequestError);
    await expect(failure).rejects.toMatchObject({ status: 400, details: [{ path: 'email', message: 'Alamat email tidak valid' }] });
  });

  it('reports a request that never got an answer as unreachable, keeping the session', async () => {
    globalThis.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;

    await expect(apiRequest('/api/me')).rejects.toBeInstanceOf(ApiUnreachableError);
    expect(sessionStore.getState().status).toBe('authenticated');
  });
});

describe('silent token refresh', () => {
  it('renews an expired access token once, stores the rotated refresh token and retries', async () => {
    meAcceptsOnly('access-new');
    api.on('POST /api/auth/refresh', { status: 200, body: { accessToken: 'access-new', refreshToken: 'refresh-new' } });

    const user = await apiRequest('/api/me', { schema: userSchema });

    expect(user).toEqual(me);
    expect(api.to('POST /api/auth/refresh').map((r) => r.body)).toEqual([{ refreshToken: 'refresh-old' }]);
    expect(api.to('GET /api/me').map((r) => r.headers.Authorization)).toEqual(['Bearer access-old', 'Bearer access-new']);
    expect(localStorage.getItem('serumpun.refreshToken')).toBe('refresh-new');
    expect(sessionStore.getAccessToken()).toBe('access-new');
  });

  it('shares one refresh between requests that fail at the same time', async () => {
    meAcceptsOnly('access-new');
    const refreshAnswer = deferred<FakeReply>();
    api.on('POST /api/auth/refresh', () => refreshAnswer.promise);

    const three = Promise.all([apiRequest('/api/me'), apiRequest('/api/me'), apiRequest('/api/me')]);
    // Let all three get their 401 before the refresh answers.
    await new Promise((resolve) => setTimeout(resolve, 0));
    refreshAnswer.resolve({ status: 200, body: { accessToken: 'access-new', refreshToken: 'refresh-new' } });

    await expect(three).resolves.toHaveLength(3);
    expect(api.to('POST /api/auth/refresh')).toHaveLength(1);
    expect(api.to('GET /api/me').filter((r) => r.headers.Authorization === 'Bearer access-new')).toHaveLength(3);
  });

  it('retries only once: a second 401 ends the session', async () => {
    meAcceptsOnly('never');
    api.on('POST /api/auth/refresh', { status: 200, body: { accessToken: 'access-new', refreshToken: 'refresh-new' } });

    await expect(apiRequest('/api/me')).rejects.toMatchObject({ status: 401 });
    expect(api.to('POST /api/auth/refresh')).toHaveLength(1);
    expect(api.to('GET /api/me')).toHaveLength(2);
    expect(sessionStore.getState()).toEqual({ status: 'anonymous', reason: 'expired' });
  });

  it('ends the session and forgets the refresh token when the refresh is refused', async () => {
    meAcceptsOnly('access-new');
    api.on('POST /api/auth/refresh', apiError(401, 'Unauthorized', 'Refresh token revoked'));

    await expect(apiRequest('/api/me')).rejects.toMatchObject({ status: 401 });
    expect(sessionStore.getState()).toEqual({ status: 'anonymous', reason: 'expired' });
    expect(localStorage.getItem('serumpun.refreshToken')).toBeNull();
    expect(sessionStore.getAccessToken()).toBeNull();
  });

  it('does not try to refresh for sign-in requests, whose 401 means wrong credentials', async () => {
    api.on('POST /api/auth/login', apiError(401, 'Unauthorized', 'Invalid credentials'));

    await expect(apiRequest('/api/auth/login', { method: 'POST', body: {}, auth: false })).rejects.toMatchObject({ status: 401 });
    expect(api.to('POST /api/auth/refresh')).toHaveLength(0);
    expect(sessionStore.getState().status).toBe('authenticated');
  });
});
