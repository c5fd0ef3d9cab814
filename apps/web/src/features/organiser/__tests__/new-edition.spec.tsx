import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { Edition } from '@serumpun/shared';
import { i18n } from '../../../i18n/i18n';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi, type FakeRequest } from '../../../test/fake-api';
import { rememberLocale, renderApp, resetDevice } from '../../../test/render-app';
import { page } from '../../meetings/__tests__/meeting-factories';

// Typing into the region picker's long list is slow in jsdom on a busy machine.
jest.setTimeout(30_000);

const organiser = buildUser({ role: 'organiser', fullName: 'Yohana Sitompul' });
const NEW_ID = '77777777-7777-4777-8777-777777777777';
let api: FakeApi;

function created(request: FakeRequest): Edition {
  return {
    id: NEW_ID,
    slug: 'banjarmasin-2099',
    pendingRequestCap: 20,
    requestDeadline: null,
    registrationApproval: false,
    ...(request.body as Omit<Edition, 'id' | 'slug' | 'pendingRequestCap' | 'requestDeadline' | 'registrationApproval'>),
  };
}

beforeEach(async () => {
  await resetDevice();
  sessionStore.start(buildSession(organiser));
  api = installFakeApi()
    .on('GET /api/editions', page([]))
    .on(`GET /api/editions/${NEW_ID}/meetings`, page([]));
});

type User = ReturnType<typeof renderApp>['user'];

async function chooseRegion(user: User, search: string, optionName: string) {
  await user.type(screen.getByRole('combobox', { name: /Provinsi|Province|Wilayah/ }), search);
  const option = [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((element) => element.textContent === optionName);
  if (!option) throw new Error(`no region option ${optionName}`);
  await user.click(option);
}

async function fillBanjarmasin(user: User) {
  await user.type(await screen.findByLabelText('Nama edisi'), 'Dialog Intra-Regional Borneo — Banjarmasin');
  await user.type(screen.getByLabelText('Kota'), 'Banjarmasin');
  await user.type(screen.getByLabelText('Tempat'), 'Hotel Galaxy Banjarmasin');
  await chooseRegion(user, 'Kalimantan Selatan', 'Kalimantan Selatan');
  await user.type(screen.getByLabelText('Tanggal mulai'), '2099-03-10');
  await user.type(screen.getByLabelText('Tanggal selesai'), '2099-03-11');
  await user.type(screen.getByLabelText('Jumlah meja'), '12');
}

describe('new edition', () => {
  it('is a primary button on the editions page, without the old "coming soon" notice', async () => {
    const { user, location } = renderApp('/editions');

    const button = await screen.findByRole('link', { name: 'Edisi baru' });
    expect(screen.queryByText(/segera hadir/i)).not.toBeInTheDocument();
    await user.click(button);

    expect(location()).toBe('/editions/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Edisi baru' })).toBeInTheDocument();
  });

  it('posts exactly the contract body, then lands on the new edition’s settings with a confirmation', async () => {
    api.on('POST /api/editions', (request) => ({ status: 201, body: created(request) })).on(`GET /api/editions/${NEW_ID}`, (request) => ({
      status: 200,
      body: created(api.to('POST /api/editions')[0] ?? request),
    }));
    const { user, location } = renderApp('/editions/new');

    await fillBanjarmasin(user);
    const slot = screen.getByLabelText('Lama pertemuan (menit)');
    await user.clear(slot);
    await user.type(slot, '20');
    await user.type(screen.getByLabelText('Jeda antarpertemuan (menit)'), '{Backspace}10');
    // Two days, one 13:00–17:00 session each: 240 minutes fit 8 meetings of 20 with 10-minute breaks.
    expect(screen.getByText('2 hari · 16 slot · 12 meja = 192 tempat pertemuan')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Buat edisi' }));

    await waitFor(() => expect(location()).toBe(`/editions/${NEW_ID}/console/settings`));
    expect(api.to('POST /api/editions').map((request) => request.body)).toEqual([
      {
        name: 'Dialog Intra-Regional Borneo — Banjarmasin',
        city: 'Banjarmasin',
        venue: 'Hotel Galaxy Banjarmasin',
        regionCode: 'ID-KS',
        timeZone: 'Asia/Makassar',
        startDate: '2099-03-10',
        endDate: '2099-03-11',
        meetingWindows: [
          { date: '2099-03-10', start: '13:00', end: '17:00' },
          { date: '2099-03-11', start: '13:00', end: '17:00' },
        ],
        slotMinutes: 20,
        breakMinutes: 10,
        tableCount: 12,
      },
    ]);
    expect(await screen.findByText(/^Edisi “Dialog Intra-Regional Borneo — Banjarmasin” sudah dibuat/)).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { level: 1, name: 'Pengaturan edisi' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dialog Intra-Regional Borneo — Banjarmasin' })).toBeInTheDocument();
  });

  it('puts the API’s field messages beside their fields, in the language the person chose', async () => {
    rememberLocale('en');
    await i18n.changeLanguage('en');
    api.on(
      'POST /api/editions',
      apiError(400, 'Bad Request', 'The request is not valid (endDate, meetingWindows.1.end, tableCount)', [
        { path: 'endDate', message: 'The end date cannot be before the start date' },
        { path: 'meetingWindows.1.end', message: 'The session is shorter than one meeting (30 minutes)' },
        { path: 'tableCount', message: 'Must be at most 500' },
      ]),
    );
    const { user } = renderApp('/editions/new');

    await user.type(await screen.findByLabelText('Edition name'), 'Borneo Intra-Regional Dialogue — Kuching');
    await user.type(screen.getByLabelText('City'), 'Kuching');
    await user.type(screen.getByLabelText('Venue'), 'Borneo Convention Centre Kuching');
    await chooseRegion(user, 'Sarawak', 'Sarawak');
    await user.type(screen.getByLabelText('Start date'), '2099-03-10');
    await user.type(screen.getByLabelText('End date'), '2099-03-11');
    await user.type(screen.getByLabelText('Number of tables'), '40');
    await user.click(screen.getByRole('button', { name: 'Create edition' }));

    await waitFor(() => expect(screen.getByLabelText('End date')).toHaveAccessibleDescription('The end date cannot be before the start date'));
    const ends = screen.getAllByLabelText('End');
    expect(ends[1]).toHaveAccessibleDescription('The session is shorter than one meeting (30 minutes)');
    expect(ends[0]).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Number of tables')).toHaveAccessibleDescription('Must be at most 500');
    expect(screen.getByLabelText('Edition name')).not.toHaveAttribute('aria-invalid');
  });

  it('checks the form with the shared schema before sending, in the interface language', async () => {
    const { user } = renderApp('/editions/new');

    await fillBanjarmasin(user);
    const end = screen.getByLabelText('Tanggal selesai');
    await user.clear(end);
    await user.type(end, '2099-03-09');
    await user.clear(screen.getByLabelText('Nama edisi'));
    await user.click(screen.getByRole('button', { name: 'Buat edisi' }));

    expect(await screen.findByLabelText('Nama edisi')).toHaveAccessibleDescription('Contoh: Dialog Intra-Regional Borneo — Banjarmasin Wajib diisi');
    expect(api.to('POST /api/editions')).toHaveLength(0);

    await user.type(screen.getByLabelText('Nama edisi'), 'Dialog Banjarmasin');
    await user.click(screen.getByRole('button', { name: 'Buat edisi' }));
    await waitFor(() => expect(screen.getByLabelText('Tanggal selesai')).toHaveAccessibleDescription('Tanggal selesai tidak boleh sebelum tanggal mulai'));
    expect(api.to('POST /api/editions')).toHaveLength(0);
  });

  it('takes the time zone from the region, and keeps a zone the organiser picks', async () => {
    const { user } = renderApp('/editions/new');
    const zone = await screen.findByLabelText('Zona waktu');
    expect(zone).toHaveValue('');

    await chooseRegion(user, 'Kalimantan Selatan', 'Kalimantan Selatan');
    expect(zone).toHaveValue('Asia/Makassar');
    expect(within(zone).getByRole('option', { selected: true })).toHaveTextContent('WITA · UTC+8 (Asia/Makassar)');

    await chooseRegion(user, 'Kalimantan Barat', 'Kalimantan Barat');
    expect(zone).toHaveValue('Asia/Pontianak');

    await user.selectOptions(zone, 'Asia/Jakarta');
    expect(zone).toHaveValue('Asia/Jakarta');
    await user.type(screen.getByLabelText('Kota'), 'Pontianak');
    expect(zone).toHaveValue('Asia/Jakarta');
  });

  it('lays out one session per day from the dates, and lets the organiser add and remove sessions', async () => {
    const { user } = renderApp('/editions/new');

    await user.type(await screen.findByLabelText('Tanggal mulai'), '2099-03-10');
    await user.type(screen.getByLabelText('Tanggal selesai'), '2099-03-12');
    expect(screen.getAllByLabelText(/^Tanggal sesi/).map((input) => (input as HTMLInputElement).value)).toEqual(['2099-03-10', '2099-03-11', '2099-03-12']);

    await user.click(screen.getByRole('button', { name: 'Hapus sesi 2' }));
    expect(screen.getAllByLabelText(/^Tanggal sesi/).map((input) => (input as HTMLInputElement).value)).toEqual(['2099-03-10', '2099-03-12']);

    await user.click(screen.getByRole('button', { name: 'Tambah sesi' }));
    const starts = screen.getAllByLabelText('Mulai');
    expect(starts).toHaveLength(3);
    expect(screen.getByLabelText('Tanggal sesi 3')).toHaveValue('2099-03-12');
    await user.clear(starts[2]);
    await user.type(starts[2], '09:00');
    await user.clear(screen.getAllByLabelText('Selesai')[2]);
    await user.type(screen.getAllByLabelText('Selesai')[2], '11:00');

    // Once the sessions are edited by hand, a date change no longer replaces them.
    const end = screen.getByLabelText('Tanggal selesai');
    await user.clear(end);
    await user.type(end, '2099-03-13');
    expect(screen.getAllByLabelText(/^Tanggal sesi/)).toHaveLength(3);
    expect(screen.getAllByLabelText('Mulai')[2]).toHaveValue('09:00');
  });

  it('is not there for participants', async () => {
    sessionStore.start(buildSession(buildUser({ role: 'investor' })));
    renderApp('/editions/new');

    expect(await screen.findByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Nama edisi')).not.toBeInTheDocument();
    expect(api.to('POST /api/editions')).toHaveLength(0);
  });
});
