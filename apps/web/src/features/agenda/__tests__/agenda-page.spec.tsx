import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { describeRange } from '../../editions/slot-time';
import { buildAgenda, buildAgendaItem, buildRegistration, EDITION, page, setViewerTimeZone, SLOTS, TABLES } from '../../meetings/__tests__/meeting-factories';

const investor = buildUser({ role: 'investor', fullName: 'Rahman Hakim' });
const business = { id: '66666666-6666-4666-8666-000000000001', fullName: 'Hendra Wijaya', role: 'business', organisation: 'CV Sagu Kapuas' };
const base = `/api/editions/${EDITION.id}`;
let api: FakeApi;

const firstDay = buildAgendaItem(business, SLOTS[0], TABLES[0], { opportunity: { id: '77777777-7777-4777-8777-000000000001', title: 'Pabrik sagu Kapuas Hulu' } });
const secondDay = buildAgendaItem({ ...business, id: '66666666-6666-4666-8666-000000000002', fullName: 'Dayang Nurfaizah', organisation: 'Borneo Agro Sdn Bhd' }, SLOTS[4], TABLES[1]);
const AGENDA = buildAgenda([
  { date: '2099-10-29', items: [firstDay] },
  { date: '2099-10-30', items: [secondDay] },
]);

beforeEach(async () => {
  await resetDevice();
  sessionStore.start(buildSession(investor));
  api = installFakeApi()
    .on(`GET ${base}`, { status: 200, body: EDITION })
    .on(`GET ${base}/registration`, { status: 200, body: buildRegistration(investor) })
    .on(`GET ${base}/meetings`, page([]))
    .on('GET /api/me/agenda', { status: 200, body: AGENDA })
    .on('GET /api/me/agenda-feed', { status: 200, body: { active: false, createdAt: null } });
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('venue time and the viewer’s own time', () => {
  it('adds the viewer’s time only when their zone reads differently', () => {
    const slot = SLOTS[0];
    expect(describeRange(slot.startsAt, slot.endsAt, 'Asia/Pontianak', 'Asia/Kuching')).toEqual({ venue: '13:00–13:30', viewer: '14:00–14:30' });
    // Jakarta is UTC+7 too: same clock, nothing to add.
    expect(describeRange(slot.startsAt, slot.endsAt, 'Asia/Pontianak', 'Asia/Jakarta')).toEqual({ venue: '13:00–13:30', viewer: null });
  });

  it('shows a Kuching phone the Pontianak agenda in venue time, with its own time beside it', async () => {
    setViewerTimeZone('Asia/Kuching');
    renderApp(`/editions/${EDITION.id}/agenda`);

    const row = (await screen.findByText('Hendra Wijaya')).closest('tr')!;
    expect(within(row).getByText('13:00–13:30')).toBeInTheDocument();
    expect(within(row).getByText('14:00–14:30 waktu Anda')).toBeInTheDocument();
    expect(within(row).getByText('Meja 1')).toBeInTheDocument();
    expect(within(row).getByText('Ruang Utama')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Pabrik sagu Kapuas Hulu' })).toBeInTheDocument();
    expect(screen.getByText(/Semua waktu mengikuti waktu setempat di lokasi acara \(WIB · UTC\+7\)/)).toHaveTextContent('Asia/Kuching, UTC+8');
  });

  it('shows a Pontianak phone venue time alone', async () => {
    setViewerTimeZone('Asia/Pontianak');
    renderApp(`/editions/${EDITION.id}/agenda`);

    const row = (await screen.findByText('Hendra Wijaya')).closest('tr')!;
    expect(within(row).getByText('13:00–13:30')).toBeInTheDocument();
    expect(screen.queryByText(/waktu Anda/)).not.toBeInTheDocument();
  });
});

describe('agenda page', () => {
  it('lists each day as its own table, with the days in the venue’s calendar', async () => {
    renderApp(`/editions/${EDITION.id}/agenda`);

    const days = await screen.findAllByRole('table');
    expect(days).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 2, name: 'Kamis, 29 Oktober 2099' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Jumat, 30 Oktober 2099' })).toBeInTheDocument();
    expect(within(days[1]).getByText('Dayang Nurfaizah')).toBeInTheDocument();
    expect(within(days[1]).getByText('Borneo Agro Sdn Bhd')).toBeInTheDocument();
    expect(screen.getByText('2 pertemuan terjadwal')).toBeInTheDocument();
  });

  it('has the hooks of the print stylesheet: no navigation or buttons on paper, a heading only paper shows, a page per day', async () => {
    const { container } = renderApp(`/editions/${EDITION.id}/agenda`);
    await screen.findByText('Hendra Wijaya');

    const root = container.querySelector('.agenda-page')!;
    expect(root).not.toBeNull();
    expect(screen.getByRole('navigation', { name: 'Halaman edisi' })).toHaveClass('no-print');
    expect(screen.getByRole('button', { name: 'Cetak agenda' }).closest('.no-print')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Unduh .ics' }).closest('.no-print')).not.toBeNull();
    expect(screen.getByRole('heading', { name: 'Langganan kalender' }).closest('.no-print')).not.toBeNull();
    const printHeader = root.querySelector('.print-only')!;
    expect(printHeader).toHaveTextContent('Rahman Hakim · Pendopo Gubernur Kalimantan Barat, Pontianak');
    expect(printHeader).toHaveTextContent('Waktu setempat: WIB · UTC+7 (Asia/Pontianak)');
    expect(root.querySelectorAll('.agenda-day')).toHaveLength(2);

    // …and the stylesheet acts on them.
    const css = readFileSync(new URL('../../../styles.css', import.meta.url), 'utf8');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.header,[\s\S]*\.subnav,[\s\S]*\.footer,[\s\S]*\.no-print[\s\S]*display: none !important/);
    expect(print).toMatch(/\.print-only \{\s*display: block !important;/);
    expect(print).toMatch(/\.agenda-day \+ \.agenda-day \{\s*break-before: page;/);
    expect(print).toMatch(/color: #000/);
  });

  it('prints with the browser’s print dialog', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderApp(`/editions/${EDITION.id}/agenda`);

    await user.click(await screen.findByRole('button', { name: 'Cetak agenda' }));

    expect(print).toHaveBeenCalled();
  });

  it('downloads the .ics with the session’s token', async () => {
    api.on('GET /api/me/agenda.ics', { status: 200, body: 'BEGIN:VCALENDAR' });
    URL.createObjectURL = jest.fn(() => 'blob:agenda') as unknown as typeof URL.createObjectURL;
    URL.revokeObjectURL = jest.fn() as unknown as typeof URL.revokeObjectURL;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp(`/editions/${EDITION.id}/agenda`);

    await user.click(await screen.findByRole('button', { name: 'Unduh .ics' }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(api.to('GET /api/me/agenda.ics')[0].headers.Authorization).toBe('Bearer access-1');
  });

  it('creates a subscribable address, copies it, and revokes it', async () => {
    const url = 'https://serumpun.example/api/calendar-feeds/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ.ics';
    api
      .on('POST /api/me/agenda-feed', { status: 201, body: { url, path: new URL(url).pathname, createdAt: '2099-10-01T02:00:00.000Z' } })
      .on('DELETE /api/me/agenda-feed', { status: 204 });
    const { user } = renderApp(`/editions/${EDITION.id}/agenda`);

    await user.click(await screen.findByRole('button', { name: 'Buat tautan langganan' }));

    const address = await screen.findByLabelText('Alamat langganan');
    expect(address).toHaveValue(url);
    expect(screen.getByRole('link', { name: 'Buka di aplikasi kalender' })).toHaveAttribute('href', url.replace('https:', 'webcal:'));
    await user.click(screen.getByRole('button', { name: 'Salin' }));
    // user-event stands in for the system clipboard.
    expect(await navigator.clipboard.readText()).toBe(url);
    expect(await screen.findByRole('button', { name: 'Tersalin' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Cabut tautan' }));

    expect(await screen.findByText('Belum ada tautan langganan.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Alamat langganan')).not.toBeInTheDocument();
    expect(api.to('DELETE /api/me/agenda-feed')).toHaveLength(1);
  });

  it('asks a participant who is not registered to register first', async () => {
    api.on(`GET ${base}/registration`, { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Pendaftaran tidak ditemukan.' } });
    renderApp(`/editions/${EDITION.id}/agenda`);

    expect(await screen.findByRole('heading', { name: 'Anda belum terdaftar di edisi ini' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ke halaman edisi' })).toHaveAttribute('href', `/editions/${EDITION.id}`);
    expect(api.to('GET /api/me/agenda')).toHaveLength(0);
  });
});

describe('on the day and afterwards', () => {
  // A meeting that started an hour ago.
  const startsAt = new Date(Date.now() - 60 * 60_000).toISOString();
  const endsAt = new Date(Date.now() - 40 * 60_000).toISOString();
  const past = buildAgendaItem(business, { id: SLOTS[0].id, startsAt, endsAt }, TABLES[0]);

  beforeEach(() => {
    api.on('GET /api/me/agenda', { status: 200, body: buildAgenda([{ date: startsAt.slice(0, 10), items: [past] }]) });
    api.on(`POST /api/meetings/${past.meetingId}/outcome`, { status: 200, body: {} });
  });

  it('marks the meeting held, then records what came of it with the amount of a deal', async () => {
    const { user } = renderApp(`/editions/${EDITION.id}/agenda`);

    await user.click(await screen.findByRole('button', { name: 'Terlaksana' }));

    await user.selectOptions(await screen.findByLabelText('Hasil pertemuan'), 'deal');
    await user.type(screen.getByLabelText('Nilai (opsional)'), '2500000000');
    await user.selectOptions(screen.getByLabelText('Mata uang'), 'IDR');
    await user.type(screen.getByLabelText('Catatan (opsional)'), 'Penandatanganan di Kuching bulan depan.');
    await user.click(screen.getByRole('button', { name: 'Simpan hasil' }));

    await waitFor(() => expect(api.to(`POST /api/meetings/${past.meetingId}/outcome`)).toHaveLength(2));
    const [held, outcome] = api.to(`POST /api/meetings/${past.meetingId}/outcome`).map((request) => request.body);
    expect(held).toEqual({ status: 'held' });
    expect(outcome).toEqual({ status: 'held', followUp: 'deal', amount: { amount: '2500000000', currency: 'IDR' }, notes: 'Penandatanganan di Kuching bulan depan.' });
  });

  it('checks the amount before sending it', async () => {
    const { user } = renderApp(`/editions/${EDITION.id}/agenda`);
    await user.click(await screen.findByRole('button', { name: 'Terlaksana' }));

    await user.selectOptions(await screen.findByLabelText('Hasil pertemuan'), 'term_sheet');
    await user.type(screen.getByLabelText('Nilai (opsional)'), '1.500.000');
    await user.click(screen.getByRole('button', { name: 'Simpan hasil' }));

    expect(await screen.findByLabelText('Nilai (opsional)')).toHaveAttribute('aria-invalid', 'true');
    expect(api.to(`POST /api/meetings/${past.meetingId}/outcome`)).toHaveLength(1);
  });

  it('shows the API’s refusal of the amount beside it, in the words the API chose for the reader', async () => {
    api.on(`POST /api/meetings/${past.meetingId}/outcome`, (request) =>
      (request.body as { followUp?: string }).followUp
        ? apiError(400, 'Bad Request', 'Input tidak valid (amount)', [{ path: 'amount', message: 'Nilai hanya diisi untuk term sheet atau kesepakatan' }])
        : { status: 200, body: {} },
    );
    const { user } = renderApp(`/editions/${EDITION.id}/agenda`);
    await user.click(await screen.findByRole('button', { name: 'Terlaksana' }));

    await user.selectOptions(await screen.findByLabelText('Hasil pertemuan'), 'deal');
    await user.type(screen.getByLabelText('Nilai (opsional)'), '2500000000');
    await user.click(screen.getByRole('button', { name: 'Simpan hasil' }));

    await waitFor(() => expect(screen.getByLabelText('Nilai (opsional)')).toHaveAccessibleDescription(/Nilai hanya diisi untuk term sheet atau kesepakatan/));
    expect(screen.queryByText('Input tidak valid (amount)')).not.toBeInTheDocument();
  });

  it('records a no-show', async () => {
    const { user } = renderApp(`/editions/${EDITION.id}/agenda`);

    await user.click(await screen.findByRole('button', { name: 'Rekan tidak hadir' }));

    await waitFor(() => expect(api.to(`POST /api/meetings/${past.meetingId}/outcome`)[0]?.body).toEqual({ status: 'no_show' }));
  });
});
