import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { apiError, buildSession, buildUser, PONTIANAK_2025 } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';

let api: FakeApi;

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi().on('GET /api/editions', { status: 200, body: { items: [PONTIANAK_2025], nextCursor: null } });
});

async function fillValidForm(user: ReturnType<typeof renderApp>['user'], role: RegExp = /^investor$/i) {
  await user.click(screen.getByRole('radio', { name: role }));
  await user.type(screen.getByLabelText('Nama lengkap'), 'Siti Rahmawati');
  await user.type(screen.getByLabelText('Email'), 'siti@example.id');
  await user.type(screen.getByLabelText('Kata sandi'), 'sungai-kapuas-2025');
}

describe('registration page', () => {
  it('explains what investors and businesses each do', () => {
    renderApp('/register');

    const investor = screen.getByRole('radio', { name: 'Investor' });
    const business = screen.getByRole('radio', { name: 'Pelaku usaha' });
    expect(investor).toHaveAccessibleDescription(/Jelajahi peluang investasi.*Dapatkan kecocokan.*Ajukan pertemuan/);
    expect(business).toHaveAccessibleDescription(/UMKM, koperasi, startup, BUMN\/BUMD.*unit pemerintah daerah.*Pasang proposal.*kecocokan dengan investor/);
  });

  it('validates on the client with messages in the chosen language', async () => {
    const { user } = renderApp('/register');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'ms');

    await user.type(screen.getByLabelText('E-mel'), 'bukan-emel');
    await user.type(screen.getByLabelText('Kata laluan'), 'pendek');
    await user.click(screen.getByRole('button', { name: 'Daftar' }));

    expect(await screen.findByText('Alamat e-mel tidak sah')).toBeInTheDocument();
    expect(screen.getByLabelText('Kata laluan')).toHaveAccessibleDescription(/Sekurang-kurangnya 10 aksara\..*Sekurang-kurangnya 10 aksara/);
    expect(screen.getByLabelText('E-mel')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Nama penuh')).toHaveAccessibleDescription('Wajib diisi');
    // No role chosen yet: asked to choose, not told the (empty) choice is unknown.
    expect(screen.getByRole('group', { name: 'Saya mendaftar sebagai' })).toHaveAccessibleDescription('Pilih salah satu');
    expect(api.to('POST /api/auth/register')).toHaveLength(0);
  });

  it('re-words the errors on screen when the language changes', async () => {
    const { user } = renderApp('/register');
    await user.click(screen.getByRole('button', { name: 'Daftar' }));
    expect(await screen.findAllByText('Wajib diisi')).not.toHaveLength(0);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'en');

    expect(await screen.findAllByText('Required')).not.toHaveLength(0);
    expect(screen.queryByText('Wajib diisi')).not.toBeInTheDocument();
  });

  it('puts the API field errors of a 400 next to their fields', async () => {
    api.on('POST /api/auth/register', apiError(400, 'Bad Request', 'Data tidak valid', [
      { path: 'fullName', message: 'Nama harus memuat huruf' },
      { path: 'password', message: 'Kata sandi terlalu umum' },
    ]));
    const { user } = renderApp('/register');
    await fillValidForm(user);

    await user.click(screen.getByRole('button', { name: 'Daftar' }));

    expect(await screen.findByLabelText('Nama lengkap')).toHaveAccessibleDescription('Nama harus memuat huruf');
    expect(screen.getByLabelText('Kata sandi')).toHaveAccessibleDescription(/Kata sandi terlalu umum/);
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(screen.getByLabelText('Nama lengkap')).toHaveFocus());
  });

  it('shows an already-registered email (409) next to the email field', async () => {
    api.on('POST /api/auth/register', apiError(409, 'Conflict', 'Email sudah terdaftar'));
    const { user } = renderApp('/register');
    await fillValidForm(user);

    await user.click(screen.getByRole('button', { name: 'Daftar' }));

    const email = await screen.findByLabelText('Email');
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription('Email ini sudah terdaftar. Silakan masuk atau gunakan email lain.'),
    );
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
  });

  it('uses the message of a 409 email detail when the API sends one', async () => {
    api.on('POST /api/auth/register', apiError(409, 'Conflict', 'Conflict', [{ path: 'email', message: 'Email sudah dipakai akun lain' }]));
    const { user } = renderApp('/register');
    await fillValidForm(user);

    await user.click(screen.getByRole('button', { name: 'Daftar' }));

    await waitFor(() => expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Email sudah dipakai akun lain'));
  });

  it('creates the account in the current language and opens the home page of the chosen role', async () => {
    const created = buildUser({ fullName: 'Siti Rahmawati', role: 'business', email: 'siti@example.id' });
    api.on('POST /api/auth/register', { status: 201, body: buildSession(created) });
    const { user, location } = renderApp('/register');
    await fillValidForm(user, /^pelaku usaha$/i);

    await user.click(screen.getByRole('button', { name: 'Daftar' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Selamat datang, Siti Rahmawati' })).toBeInTheDocument();
    expect(location()).toBe('/');
    expect(api.to('POST /api/auth/register')[0].body).toEqual({
      fullName: 'Siti Rahmawati',
      email: 'siti@example.id',
      password: 'sungai-kapuas-2025',
      role: 'business',
      locale: 'id',
    });
    expect(screen.getByRole('heading', { name: 'Peluang saya' })).toBeInTheDocument();
    expect(localStorage.getItem('serumpun.refreshToken')).toBe('refresh-1');
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Siti Rahmawati')).toBeInTheDocument();
    expect(within(header).getByText('Pelaku usaha')).toBeInTheDocument();
  });
});
