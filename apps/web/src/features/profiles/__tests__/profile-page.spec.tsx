import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { Role } from '@serumpun/shared';
import { i18n } from '../../../i18n/i18n';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildBusinessProfile, buildInvestorProfile, FX_RATES } from '../../opportunities/__tests__/fixtures';

let api: FakeApi;
type User = ReturnType<typeof renderApp>['user'];

// Long forms with searchable pickers: slow in jsdom on a busy machine.
jest.setTimeout(40_000);

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi()
    .on('GET /api/fx-rates', { status: 200, body: FX_RATES })
    .on('GET /api/me/profile', apiError(404, 'Not Found', 'Anda belum mengisi profil.'));
});

function signInAs(role: Role) {
  sessionStore.start(buildSession(buildUser({ role, fullName: 'Lim Wei Ming' })));
}

async function fill(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** Searches a picker and chooses an option (label and listbox lookups: role queries over the whole form are slow). */
async function pick(user: User, label: string, query: string, option: RegExp | string) {
  const combobox = screen.getByLabelText(label, { selector: 'input' });
  await user.clear(combobox);
  await fill(user, combobox, query);
  const listbox = document.getElementById(combobox.getAttribute('aria-controls')!)!;
  await user.click(within(listbox).getByRole('option', { name: option }));
}

describe('the investor profile editor', () => {
  it('creates the profile: pickers, ticket range in one currency, and the visibility choice explained', async () => {
    api.on('PUT /api/me/profile', (request) => ({ status: 200, body: buildInvestorProfile({ ...(request.body as object), id: 'dddddddd-0000-4000-8000-000000000777' }) }));
    signInAs('investor');
    const { user } = renderApp('/profile');

    expect(await screen.findByText('Anda belum mengisi profil. Lengkapi formulir di bawah ini lalu simpan.')).toBeInTheDocument();
    await fill(user, screen.getByLabelText('Nama organisasi'), 'Borneo Growth Partners');
    await user.selectOptions(screen.getByLabelText('Jenis investor'), 'venture_fund');
    await user.selectOptions(screen.getByLabelText('Negara'), 'MY');
    await pick(user, 'Provinsi atau negara bagian asal', 'kuching', 'Sarawak');
    await pick(user, 'Sektor yang diminati', 'makanan', /Industri Makanan/);
    await pick(user, 'Sektor yang diminati', 'pertanian', /Seluruh kategori A/);
    await user.keyboard('{Escape}');
    await pick(user, 'Wilayah yang diminati', 'pontianak', 'Kalimantan Barat');
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('checkbox', { name: 'Pertumbuhan' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mata uang' }), 'MYR');
    await fill(user, screen.getByLabelText('Tiket minimum'), '500.000');
    await fill(user, screen.getByLabelText('Tiket maksimum'), '5.000.000');
    await user.click(screen.getByRole('checkbox', { name: 'Ekuitas (penyertaan modal)' }));
    await user.click(screen.getByRole('checkbox', { name: /^Bahasa Inggris/ }));
    const visible = screen.getByRole('checkbox', { name: 'Tampilkan profil saya di direktori investor' });
    expect(visible).toBeChecked();
    expect(visible).toHaveAccessibleDescription(/pelaku usaha dapat menemukan Anda di direktori investor/);

    await user.click(screen.getByRole('button', { name: 'Simpan profil' }));

    expect(await screen.findByText('Profil tersimpan.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lihat profil publik' })).toHaveAttribute('href', '/investors/dddddddd-0000-4000-8000-000000000777');
    expect(api.to('PUT /api/me/profile')[0].body).toEqual({
      organisation: 'Borneo Growth Partners',
      investorType: 'venture_fund',
      countryCode: 'MY',
      regionCode: 'MY-13',
      sectors: ['C10', 'A'],
      regions: ['ID-KB'],
      ticketMin: { amount: '500000', currency: 'MYR' },
      ticketMax: { amount: '5000000', currency: 'MYR' },
      instruments: ['equity'],
      stages: ['growth'],
      languages: ['id', 'en'],
      sustainabilityTags: [],
      bio: '',
      website: null,
      visible: true,
    });
  });

  it('starts from the saved profile and shows the API’s field errors next to the fields', async () => {
    api
      .on('GET /api/me/profile', { status: 200, body: buildInvestorProfile() })
      .on(
        'PUT /api/me/profile',
        apiError(400, 'Bad Request', 'Data tidak valid', [{ path: 'ticketMax.amount', message: 'Jumlah ini tidak masuk akal (lebih dari US$ 100000000000 dengan kurs saat ini).' }]),
      );
    signInAs('investor');
    const { user } = renderApp('/profile');

    expect(await screen.findByLabelText('Nama organisasi')).toHaveValue('Borneo Growth Partners');
    expect(screen.getByLabelText('Tiket maksimum')).toHaveValue('5000000');
    expect(screen.getByRole('list', { name: 'Pilihan Anda Sektor yang diminati' })).toHaveTextContent(/C10 Industri Makanan.*A Pertanian, Kehutanan dan Perikanan/);

    await user.click(screen.getByRole('button', { name: 'Simpan profil' }));

    await waitFor(() => expect(screen.getByLabelText('Tiket maksimum')).toHaveAccessibleDescription(/Jumlah ini tidak masuk akal/));
    expect(screen.getByLabelText('Tiket minimum')).not.toHaveAttribute('aria-invalid');
  });

  it('checks a reversed ticket range on the client, quoting the minimum in the reader’s language', async () => {
    api.on('GET /api/me/profile', { status: 200, body: buildInvestorProfile({ ticketMin: { amount: '9000000', currency: 'MYR' } }) });
    signInAs('investor');
    const { user } = renderApp('/profile');
    await screen.findByLabelText('Nama organisasi');

    await user.click(screen.getByRole('button', { name: 'Simpan profil' }));

    expect(await screen.findByLabelText('Tiket maksimum')).toHaveAccessibleDescription(/Tidak boleh lebih kecil dari batas bawah \(MYR\s9\.000\.000,00\)/);

    await act(() => i18n.changeLanguage('ms'));
    await user.click(screen.getByRole('button', { name: 'Simpan profil' }));

    await waitFor(() => expect(screen.getByLabelText('Tiket maksimum')).toHaveAccessibleDescription(/Tidak boleh kurang daripada nilai minimum \(RM\s9,000,000\.00\)/));
    expect(api.to('PUT /api/me/profile')).toHaveLength(0);
  });
});

describe('the business profile editor', () => {
  it('offers only the legal forms and regions of the chosen country', async () => {
    signInAs('business');
    const { user } = renderApp('/profile');
    const legalForm = await screen.findByLabelText('Bentuk badan usaha');
    expect(legalForm).toBeDisabled();

    await user.selectOptions(screen.getByLabelText('Negara'), 'MY');
    const malaysian = within(legalForm).getAllByRole('option').map((option) => option.getAttribute('value'));
    expect(malaysian).toEqual(['', 'my_sdn_bhd', 'my_berhad', 'my_enterprise', 'my_partnership', 'my_plt', 'my_koperasi']);
    await user.selectOptions(legalForm, 'my_sdn_bhd');
    await user.click(screen.getByRole('combobox', { name: 'Provinsi, negara bagian, atau distrik' }));
    expect(document.querySelectorAll('[role="option"]')).toHaveLength(16);

    // Another country: the Malaysian legal form goes, Indonesian ones come.
    await user.selectOptions(screen.getByLabelText('Negara'), 'ID');
    expect(legalForm).toHaveValue('');
    expect(within(legalForm).getByRole('option', { name: 'Perseroan Terbatas (PT)' })).toBeInTheDocument();
  });

  it('saves the business profile with optional numbers left out', async () => {
    api.on('PUT /api/me/profile', (request) => ({ status: 200, body: buildBusinessProfile(request.body as object) }));
    signInAs('business');
    const { user } = renderApp('/profile');

    await fill(user, await screen.findByLabelText('Nama usaha'), 'PT Sawit Lestari Kapuas');
    await user.selectOptions(screen.getByLabelText('Negara'), 'ID');
    await user.selectOptions(screen.getByLabelText('Bentuk badan usaha'), 'id_pt');
    await pick(user, 'Provinsi, negara bagian, atau distrik', 'pontianak', 'Kalimantan Barat');
    await pick(user, 'Sektor usaha (KBLI)', 'c10', /Industri Makanan/);
    await user.keyboard('{Escape}');
    await fill(user, screen.getByLabelText('Tahun berdiri'), '2015');
    await fill(user, screen.getByLabelText('Tentang usaha'), 'Pengolahan kelapa sawit skala kecil bersama petani plasma di Sanggau.');

    await user.click(screen.getByRole('button', { name: 'Simpan profil' }));

    expect(await screen.findByText('Profil tersimpan.')).toBeInTheDocument();
    expect(api.to('PUT /api/me/profile')[0].body).toEqual({
      companyName: 'PT Sawit Lestari Kapuas',
      businessKind: 'sme',
      legalForm: 'id_pt',
      registrationNumber: null,
      countryCode: 'ID',
      regionCode: 'ID-KB',
      sectors: ['C10'],
      foundedYear: 2015,
      employees: null,
      revenueBand: null,
      description: 'Pengolahan kelapa sawit skala kecil bersama petani plasma di Sanggau.',
      website: null,
      languages: ['id'],
    });
  });
});

describe('the profile page', () => {
  it('lets the viewer choose the currency amounts are shown in', async () => {
    signInAs('investor');
    const { user } = renderApp('/profile');

    const select = await screen.findByLabelText('Tampilkan nilai dalam');
    expect(select).toHaveValue('IDR');
    await user.selectOptions(select, 'SGD');

    expect(localStorage.getItem('serumpun.currency')).toBe('SGD');
  });

  it('is not there for organisers, who have no marketplace profile', async () => {
    signInAs('organiser');
    renderApp('/profile');

    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
  });
});
