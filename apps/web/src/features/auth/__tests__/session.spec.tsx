import { beforeEach, describe, expect, it } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import { apiError, buildSession, buildUser, PONTIANAK_2025 } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { sessionStore } from '../session/session-store';

let api: FakeApi;
const investor = buildUser({ fullName: 'Rahman Hakim', role: 'investor' });

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi().on('GET /api/editions', { status: 200, body: { items: [PONTIANAK_2025], nextCursor: null } });
});

/** A device that signed in earlier: only the refresh token survived the reload. */
function rememberedSession(refreshToken = 'refresh-remembered') {
  localStorage.setItem('serumpun.refreshToken', refreshToken);
  sessionStore.reset();
}

describe('protected routes', () => {
  it('send a visitor who is not signed in to login, remembering the page', async () => {
    const { location } = renderApp('/editions/abc?tab=agenda');

    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk ke Serumpun' })).toBeInTheDocument();
    expect(location()).toBe('/login?next=%2Feditions%2Fabc%3Ftab%3Dagenda');
  });

  it('treat a page of another role as not found', async () => {
    sessionStore.start(buildSession(investor));
    renderApp('/editions');

    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
  });
});

describe('session across reloads', () => {
  it('restores the session from the remembered refresh token, then loads the person', async () => {
    rememberedSession();
    api
      .on('POST /api/auth/refresh', { status: 200, body: { accessToken: 'access-2', refreshToken: 'refresh-2' } })
      .on('GET /api/me', (request) =>
        request.headers.Authorization === 'Bearer access-2' ? { status: 200, body: investor } : apiError(401, 'Unauthorized', 'No'),
      );

    const { location } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Selamat datang, Rahman Hakim' })).toBeInTheDocument();
    expect(location()).toBe('/');
    expect(api.to('POST /api/auth/refresh')[0].body).toEqual({ refreshToken: 'refresh-remembered' });
    expect(localStorage.getItem('serumpun.refreshToken')).toBe('refresh-2');
  });

  it('sends the person to login, keeping the page, when the remembered session has expired', async () => {
    rememberedSession();
    api.on('POST /api/auth/refresh', apiError(401, 'Unauthorized', 'Refresh token expired'));

    const { location } = renderApp('/matches');

    expect(await screen.findByText('Sesi Anda telah berakhir. Silakan masuk kembali untuk melanjutkan.')).toBeInTheDocument();
    expect(location()).toBe('/login?next=%2Fmatches');
    expect(localStorage.getItem('serumpun.refreshToken')).toBeNull();
  });

  it('offers to try again, keeping the session, when the API cannot be reached on load', async () => {
    rememberedSession();
    let online = false;
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((...args: Parameters<typeof fetch>) => {
      if (!online) return Promise.reject(new TypeError('Failed to fetch'));
      return realFetch(...args);
    }) as typeof fetch;
    api
      .on('POST /api/auth/refresh', { status: 200, body: { accessToken: 'access-2', refreshToken: 'refresh-2' } })
      .on('GET /api/me', { status: 200, body: investor });
    const { user } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Tidak ada koneksi' })).toBeInTheDocument();
    expect(localStorage.getItem('serumpun.refreshToken')).toBe('refresh-remembered');

    online = true;
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Selamat datang, Rahman Hakim' })).toBeInTheDocument();
  });
});

describe('an expired session while using the app', () => {
  it('goes to login with the current page in next, and signing in returns there', async () => {
    // Signed in with an access token the API no longer accepts, and a refresh token it revoked.
    sessionStore.start(buildSession(investor, 'stale'));
    const edition = { ...PONTIANAK_2025 };
    api
      .on(`GET /api/editions/${edition.id}`, (request) =>
        request.headers.Authorization === 'Bearer access-fresh' ? { status: 200, body: edition } : apiError(401, 'Unauthorized', 'Expired'),
      )
      .on('POST /api/auth/refresh', apiError(401, 'Unauthorized', 'Revoked'))
      .on('POST /api/auth/login', { status: 200, body: buildSession(investor, 'fresh') });

    const { user, location } = renderApp(`/editions/${edition.id}?from=home`);

    await screen.findByRole('heading', { level: 1, name: 'Masuk ke Serumpun' });
    expect(location()).toBe(`/login?next=${encodeURIComponent(`/editions/${edition.id}?from=home`)}`);
    expect(screen.getByRole('status')).toHaveTextContent('Sesi Anda telah berakhir.');
    expect(api.to('POST /api/auth/refresh')).toHaveLength(1);

    await user.type(screen.getByLabelText('Email'), 'rahman@example.id');
    await user.type(screen.getByLabelText('Kata sandi'), 'Serumpun-demo-2025');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    expect(await screen.findByRole('heading', { level: 1, name: edition.name })).toBeInTheDocument();
    expect(location()).toBe(`/editions/${edition.id}?from=home`);
  });
});

describe('signing out', () => {
  it('tells the API, forgets the session on this device and shows the login page', async () => {
    sessionStore.start(buildSession(investor));
    api.on('POST /api/auth/logout', { status: 204 });
    const { user, location } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Selamat datang, Rahman Hakim' });

    await user.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Keluar' }));

    expect(await screen.findByText('Anda telah keluar.')).toBeInTheDocument();
    await waitFor(() => expect(location()).toBe('/login'));
    expect(api.to('POST /api/auth/logout')[0].body).toEqual({ refreshToken: 'refresh-1' });
    expect(localStorage.getItem('serumpun.refreshToken')).toBeNull();
  });

  it('follows a sign-out in another tab', async () => {
    sessionStore.start(buildSession(investor));
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Selamat datang, Rahman Hakim' });

    act(() => {
      localStorage.removeItem('serumpun.refreshToken');
      window.dispatchEvent(new StorageEvent('storage', { key: 'serumpun.refreshToken', oldValue: 'refresh-1', newValue: null }));
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk ke Serumpun' })).toBeInTheDocument();
  });
});
