import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import { sessionStore } from '../../auth/session/session-store';
import { buildSession, buildUser, PONTIANAK_2025 } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { rememberLocale, renderApp, resetDevice } from '../../../test/render-app';

let api: FakeApi;

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi().on('GET /api/editions', { status: 200, body: { items: [PONTIANAK_2025], nextCursor: null } });
});

describe('interface language', () => {
  it('is Indonesian on a first visit, even when the browser prefers English', () => {
    expect(navigator.language).toMatch(/^en/);

    renderApp('/login');

    expect(screen.getByRole('heading', { level: 1, name: 'Masuk ke Serumpun' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('id');
  });

  it('offers each language by its own name', () => {
    renderApp('/login');

    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['Bahasa Indonesia', 'English', 'Bahasa Melayu']);
  });

  it('changes the visible text, the page language, and remembers the choice', async () => {
    const { user } = renderApp('/login');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'en');

    expect(screen.getByRole('heading', { level: 1, name: 'Sign in to Serumpun' })).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('serumpun.locale')).toBe('en');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ms');

    expect(screen.getByRole('heading', { level: 1, name: 'Log masuk ke Serumpun' })).toBeInTheDocument();
    expect(screen.getByLabelText('Kata laluan')).toBeInTheDocument();
    expect(localStorage.getItem('serumpun.locale')).toBe('ms');
  });

  it('starts in the remembered language on the next visit', async () => {
    rememberLocale('ms');
    await jest.isolateModulesAsync(async () => {
      // A fresh copy of the i18n module, as a page load would evaluate it.
      const { i18n } = await import('../../../i18n/i18n');
      expect(i18n.language).toBe('ms');
      expect(i18n.t('auth.fields.password')).toBe('Kata laluan');
      expect(document.documentElement.lang).toBe('ms');
    });
  });

  it('saves the choice to the signed-in account so emails follow it', async () => {
    const person = buildUser({ fullName: 'Aminah Binti Yusof', locale: 'id' });
    sessionStore.start(buildSession(person));
    api.on('PATCH /api/me', (request) => ({ status: 200, body: { ...person, ...(request.body as object) } }));
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Selamat datang, Aminah Binti Yusof' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'ms');

    expect(screen.getByRole('heading', { level: 1, name: 'Selamat datang, Aminah Binti Yusof' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Langkah seterusnya' })).toBeInTheDocument();
    await waitFor(() => expect(api.to('PATCH /api/me').map((r) => r.body)).toEqual([{ locale: 'ms' }]));
    await waitFor(() => expect(sessionStore.getState()).toMatchObject({ user: { locale: 'ms' } }));
  });

  it('adopts the account language on sign-in when this device has no choice of its own', async () => {
    api.on('POST /api/auth/login', { status: 200, body: buildSession(buildUser({ fullName: 'Lim Wei Jie', locale: 'en' })) });
    const { user } = renderApp('/login');

    await user.type(screen.getByLabelText('Email'), 'lim@example.my');
    await user.type(screen.getByLabelText('Kata sandi'), 'Serumpun-demo-2025');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Lim Wei Jie' })).toBeInTheDocument();
    expect(api.to('PATCH /api/me')).toHaveLength(0);
  });

  it('keeps the language chosen on this device at sign-in and updates the account to it', async () => {
    api
      .on('POST /api/auth/login', { status: 200, body: buildSession(buildUser({ fullName: 'Lim Wei Jie', locale: 'en' })) })
      .on('PATCH /api/me', (request) => ({ status: 200, body: { ...buildUser({ fullName: 'Lim Wei Jie' }), ...(request.body as object) } }));
    const { user } = renderApp('/login');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'ms');

    await user.type(screen.getByLabelText('E-mel'), 'lim@example.my');
    await user.type(screen.getByLabelText('Kata laluan'), 'Serumpun-demo-2025');
    await user.click(screen.getByRole('button', { name: 'Log masuk' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Selamat datang, Lim Wei Jie' })).toBeInTheDocument();
    await waitFor(() => expect(api.to('PATCH /api/me').map((r) => r.body)).toEqual([{ locale: 'ms' }]));
  });
});
