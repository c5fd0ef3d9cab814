import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildMeeting, buildOpportunity, buildRegistration, EDITION, page, setViewerTimeZone, SLOTS, TABLES } from '../../meetings/__tests__/meeting-factories';

const base = `/api/editions/${EDITION.id}`;
const notRegistered = { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'Pendaftaran tidak ditemukan.' } };
let api: FakeApi;

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi().on(`GET ${base}`, { status: 200, body: EDITION });
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('edition page', () => {
  it('shows the meeting sessions in venue time, with a Kuching viewer’s time beside them', async () => {
    setViewerTimeZone('Asia/Kuching');
    const investor = buildUser({ role: 'investor' });
    sessionStore.start(buildSession(investor));
    api.on(`GET ${base}/registration`, notRegistered);
    renderApp(`/editions/${EDITION.id}`);

    const sessions = (await screen.findByRole('heading', { level: 2, name: 'Jadwal sesi pertemuan' })).parentElement!;
    const firstDay = within(sessions).getByText('Kamis, 29 Oktober 2099').closest('li')!;
    expect(within(firstDay).getByText('13:00–15:00')).toBeInTheDocument();
    expect(within(firstDay).getByText('14:00–16:00 waktu Anda')).toBeInTheDocument();
    expect(within(sessions).getByText('Setiap pertemuan 30 menit, di 3 meja.')).toBeInTheDocument();
    expect(screen.getByText('WIB · UTC+7 (Asia/Pontianak)')).toBeInTheDocument();
  });

  it('registers an investor and then shows where to go next', async () => {
    const investor = buildUser({ role: 'investor' });
    sessionStore.start(buildSession(investor));
    api
      .on(`GET ${base}/registration`, notRegistered)
      .on(`POST ${base}/registrations`, { status: 201, body: buildRegistration(investor, { organisation: 'Modal Ventura Khatulistiwa' }) });
    const { user } = renderApp(`/editions/${EDITION.id}`);

    await user.type(await screen.findByLabelText('Organisasi (opsional)'), 'Modal Ventura Khatulistiwa');
    await user.selectOptions(screen.getByLabelText('Negara'), 'ID');
    await user.click(screen.getByRole('button', { name: 'Daftar ke edisi ini' }));

    expect(await screen.findByText('Anda terdaftar sebagai investor di edisi ini.')).toBeInTheDocument();
    expect(screen.getByText('Terdaftar')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Cari peserta' })).toHaveAttribute('href', `/editions/${EDITION.id}/participants`);
    expect(api.to(`POST ${base}/registrations`)[0].body).toEqual({ organisation: 'Modal Ventura Khatulistiwa', countryCode: 'ID', opportunityIds: [] });
  });

  it('lets a business choose which published opportunities to showcase', async () => {
    const business = buildUser({ role: 'business' });
    sessionStore.start(buildSession(business));
    const opportunity = buildOpportunity({ userId: business.id });
    api
      .on(`GET ${base}/registration`, notRegistered)
      .on('GET /api/opportunities', { status: 200, body: { items: [{ ...opportunity, score: null }], nextCursor: null, total: 1, facets: null } })
      .on(`POST ${base}/registrations`, { status: 201, body: buildRegistration(business, { opportunityIds: [opportunity.id] }) });
    const { user } = renderApp(`/editions/${EDITION.id}`);

    await user.click(await screen.findByRole('checkbox', { name: 'Pabrik sagu Kapuas Hulu' }));
    await user.click(screen.getByRole('button', { name: 'Daftar ke edisi ini' }));

    expect(await screen.findByText('Anda terdaftar sebagai pelaku usaha di edisi ini.')).toBeInTheDocument();
    expect(api.to(`POST ${base}/registrations`)[0].body).toMatchObject({ opportunityIds: [opportunity.id] });
  });

  it('says when a registration waits for the organisers’ approval', async () => {
    const business = buildUser({ role: 'business' });
    sessionStore.start(buildSession(business));
    api.on(`GET ${base}/registration`, { status: 200, body: buildRegistration(business, { status: 'pending' }) });
    renderApp(`/editions/${EDITION.id}`);

    expect(await screen.findByText('Menunggu persetujuan')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Daftar ke edisi ini' })).not.toBeInTheDocument();
  });

  it('shows a registration refused by the API as a form message', async () => {
    const investor = buildUser({ role: 'investor' });
    sessionStore.start(buildSession(investor));
    api.on(`GET ${base}/registration`, notRegistered).on(`POST ${base}/registrations`, apiError(422, 'Unprocessable Entity', 'Edisi ini sudah berakhir.'));
    const { user } = renderApp(`/editions/${EDITION.id}`);

    await user.click(await screen.findByRole('button', { name: 'Daftar ke edisi ini' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Edisi ini sudah berakhir.');
  });

  it('gives organisers the way into the console instead of registration', async () => {
    sessionStore.start(buildSession(buildUser({ role: 'organiser' })));
    renderApp(`/editions/${EDITION.id}`);

    expect(await screen.findByRole('heading', { level: 2, name: 'Konsol penyelenggara' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Jadwal' })).toHaveAttribute('href', `/editions/${EDITION.id}/console`);
    expect(screen.queryByRole('heading', { name: 'Pendaftaran peserta' })).not.toBeInTheDocument();
    expect(api.to(`GET ${base}/registration`)).toHaveLength(0);
  });
});

describe('availability', () => {
  const investor = buildUser({ role: 'investor' });

  beforeEach(() => {
    setViewerTimeZone('Asia/Pontianak');
    sessionStore.start(buildSession(investor));
    api
      .on(`GET ${base}/registration`, { status: 200, body: buildRegistration(investor) })
      .on(`GET ${base}/slots`, { status: 200, body: SLOTS })
      .on(`GET ${base}/availability`, { status: 200, body: { unavailableSlotIds: [SLOTS[5].id] } })
      .on(`GET ${base}/meetings`, page([buildMeeting([{ id: investor.id, fullName: investor.fullName, role: 'investor' }, { id: '66666666-6666-4666-8666-000000000040', fullName: 'Hendra Wijaya', role: 'business' }], SLOTS[0], TABLES[0])]))
      .on(`PUT ${base}/availability`, (request) => ({ status: 200, body: request.body }));
  });

  it('toggles slots day by day, keeps booked slots fixed, and saves the whole list', async () => {
    const { user } = renderApp(`/editions/${EDITION.id}/availability`);

    const booked = await screen.findByRole('button', { name: /13:00–13:30 Ada pertemuan/ });
    expect(booked).toBeDisabled();
    const at1330 = screen.getByRole('button', { name: /13:30–14:00/ });
    expect(at1330).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: /09:30–10:00/ })).toHaveAttribute('aria-pressed', 'true');

    await user.click(at1330);

    expect(at1330).toHaveAttribute('aria-pressed', 'true');
    expect(at1330).toHaveTextContent('Tidak bisa');
    expect(screen.getByText(/2 slot ditandai tidak bisa hadir · belum disimpan/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Simpan ketersediaan' }));

    expect(await screen.findByText('Ketersediaan tersimpan.')).toBeInTheDocument();
    expect((api.to(`PUT ${base}/availability`)[0].body as { unavailableSlotIds: string[] }).unavailableSlotIds.sort()).toEqual([SLOTS[1].id, SLOTS[5].id].sort());
  });

  it('marks a whole day unavailable, except the slot that already has a meeting', async () => {
    const { user } = renderApp(`/editions/${EDITION.id}/availability`);
    const day = (await screen.findByRole('heading', { level: 2, name: 'Kamis, 29 Oktober 2099' })).closest('section')!;

    await user.click(within(day).getByRole('button', { name: 'Tidak bisa sepanjang hari' }));
    await user.click(screen.getByRole('button', { name: 'Simpan ketersediaan' }));

    await waitFor(() => expect(api.to(`PUT ${base}/availability`)).toHaveLength(1));
    expect((api.to(`PUT ${base}/availability`)[0].body as { unavailableSlotIds: string[] }).unavailableSlotIds.sort()).toEqual(
      [SLOTS[1].id, SLOTS[2].id, SLOTS[3].id, SLOTS[5].id].sort(),
    );
  });
});
