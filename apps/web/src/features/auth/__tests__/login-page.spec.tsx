import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen } from '@testing-library/react';
import { apiError, buildSession, buildUser, PONTIANAK_2025 } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';

let api: FakeApi;

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi().on('GET /api/editions', { status: 200, body: { items: [PONTIANAK_2025], nextCursor: null } });
});

async function signIn(user: ReturnType<typeof renderApp>['user'], password = 'Serumpun-demo-2025') {
  await user.type(screen.getByLabelText('Email'), 'Investor@Demo.Serumpun.id ');
  await user.type(screen.getByLabelText('Kata sandi'), password);
  await user.click(screen.getByRole('button', { name: 'Masuk' }));
}

describe('login page', () => {
  it('signs in with the normalised email and opens the home page', async () => {
    api.on('POST /api/auth/login', { status: 200, body: buildSession(buildUser({ fullName: 'Budi Santoso' })) });
    const { user, location } = renderApp('/login');

    await signIn(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Selamat datang, Budi Santoso' })).toBeInTheDocument();
    expect(location()).toBe('/');
    expect(api.to('POST /api/auth/login')[0].body).toEqual({ email: 'investor@demo.serumpun.id', password: 'Serumpun-demo-2025' });
  });

  it('shows wrong credentials (401) as a form-level error, not on a field', async () => {
    api.on('POST /api/auth/login', apiError(401, 'Unauthorized', 'Invalid credentials'));
    const { user } = renderApp('/login');

    await signIn(user, 'salah-sekali');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Email atau kata sandi salah.');
    expect(alert).toHaveFocus();
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
  });

  it('says "too many attempts" in the chosen language when rate-limited (429)', async () => {
    api.on('POST /api/auth/login', apiError(429, 'Too Many Requests', 'ThrottlerException: Too Many Requests'));
    const { user } = renderApp('/login');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'ms');

    await user.type(screen.getByLabelText('E-mel'), 'investor@demo.serumpun.id');
    await user.type(screen.getByLabelText('Kata laluan'), 'Serumpun-demo-2025');
    await user.click(screen.getByRole('button', { name: 'Log masuk' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Terlalu banyak percubaan. Sila cuba lagi kemudian.');
  });

  it('says how long to wait when the API sends Retry-After', async () => {
    api.on('POST /api/auth/login', { ...apiError(429, 'Too Many Requests', 'Too Many Requests'), headers: { 'Retry-After': '90' } });
    const { user } = renderApp('/login');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'en');

    await user.type(screen.getByLabelText('Email'), 'investor@demo.serumpun.id');
    await user.type(screen.getByLabelText('Password'), 'Serumpun-demo-2025');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Please try again in 2 minutes.');
  });

  it('tells the person when the server cannot be reached', async () => {
    globalThis.fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const { user } = renderApp('/login');

    await signIn(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('Server Serumpun tidak dapat dihubungi.');
  });

  it('returns to the page in next after signing in', async () => {
    api.on('POST /api/auth/login', { status: 200, body: buildSession(buildUser({ role: 'organiser' })) });
    const { user, location } = renderApp('/login?next=%2Freports%3Fsort%3Dscore');

    await signIn(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Laporan hasil' })).toBeInTheDocument();
    expect(location()).toBe('/reports?sort=score');
  });

  it('ignores a next that points outside the app', async () => {
    api.on('POST /api/auth/login', { status: 200, body: buildSession() });
    const { user, location } = renderApp('/login?next=%2F%2Fevil.example%2Fphish');

    await signIn(user);

    await screen.findByRole('heading', { level: 1, name: /^Selamat datang/ });
    expect(location()).toBe('/');
  });

  it('keeps next when the person goes on to register instead', () => {
    renderApp('/login?next=%2Fmatches');

    expect(screen.getByRole('link', { name: 'Daftar sekarang' })).toHaveAttribute('href', '/register?next=%2Fmatches');
  });
});
