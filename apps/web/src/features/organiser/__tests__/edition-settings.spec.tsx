import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildMeeting, EDITION, page, SLOTS, TABLES } from '../../meetings/__tests__/meeting-factories';

const organiser = buildUser({ role: 'organiser', fullName: 'Yohana Sitompul' });
const base = `/api/editions/${EDITION.id}`;
const rahman = { id: '66666666-6666-4666-8666-000000000030', fullName: 'Rahman Hakim', role: 'investor' };
const hendra = { id: '66666666-6666-4666-8666-000000000031', fullName: 'Hendra Wijaya', role: 'business' };
const booked = buildMeeting([rahman, hendra], SLOTS[3], TABLES[2]);
let api: FakeApi;

beforeEach(async () => {
  await resetDevice();
  sessionStore.start(buildSession(organiser));
  api = installFakeApi()
    .on(`GET ${base}`, { status: 200, body: EDITION })
    .on(`GET ${base}/meetings`, page([booked]));
});

describe('edition settings', () => {
  it('saves windows, lengths, tables, the cap, the deadline in venue time, and approval', async () => {
    api.on(`PATCH ${base}`, (request) => ({ status: 200, body: { ...EDITION, ...(request.body as object), requestDeadline: '2099-10-28T17:00:00+07:00' } }));
    const { user } = renderApp(`/editions/${EDITION.id}/console/settings`);

    const slotLength = await screen.findByLabelText('Lama pertemuan (menit)');
    await user.clear(slotLength);
    await user.type(slotLength, '20');
    await user.type(screen.getByLabelText('Batas waktu permintaan (waktu setempat)'), '2099-10-28T17:00');
    await user.click(screen.getByLabelText('Pendaftaran peserta perlu persetujuan penyelenggara'));
    await user.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));

    expect(await screen.findByText('Pengaturan tersimpan.')).toBeInTheDocument();
    expect(api.to(`PATCH ${base}`)[0].body).toEqual({
      meetingWindows: EDITION.meetingWindows,
      slotMinutes: 20,
      breakMinutes: 0,
      tableCount: 3,
      pendingRequestCap: 20,
      requestDeadline: '2099-10-28T17:00:00+07:00',
      registrationApproval: true,
      force: false,
    });
  });

  it('lists the meetings a change would drop (409), and saves only with force after a warning', async () => {
    const message = 'Perubahan ini mengambil slot atau meja dari 1 pertemuan yang sudah dijadwalkan.';
    api
      .on(`PATCH ${base}`, (request) =>
        (request.body as { force: boolean }).force ? { status: 200, body: { ...EDITION, tableCount: 2 } } : apiError(409, 'Conflict', message),
      )
      .on(`POST ${base}/layout-preview`, {
        status: 200,
        body: {
          slotsAdded: 0,
          slotsRemoved: 0,
          slotsKept: 6,
          tablesAdded: 0,
          tablesRemoved: 1,
          affectedMeetings: [{ meetingId: booked.id, slotId: SLOTS[3].id, tableNumber: 3, startsAt: SLOTS[3].startsAt, participantIds: [rahman.id, hendra.id], reason: 'table_removed' }],
        },
      });
    const { user } = renderApp(`/editions/${EDITION.id}/console/settings`);

    const tables = await screen.findByLabelText('Jumlah meja');
    await user.clear(tables);
    await user.type(tables, '2');
    await user.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));

    const panel = (await screen.findByRole('heading', { name: 'Perubahan ini memengaruhi pertemuan yang sudah dijadwalkan' })).parentElement!;
    expect(panel).toHaveTextContent(message);
    const affected = await within(panel).findByRole('list', { name: 'Pertemuan yang terdampak' });
    await waitFor(() => expect(affected).toHaveTextContent('Rahman Hakim ↔ Hendra Wijaya — Kam, 29 Okt 14:30, Meja 3 · mejanya dihapus'));
    const force = within(panel).getByRole('button', { name: 'Tetap simpan (paksa)' });
    expect(force).toBeDisabled();

    await user.click(within(panel).getByLabelText(/Saya mengerti/));
    await user.click(force);

    expect(await screen.findByText('Pengaturan tersimpan.')).toBeInTheDocument();
    const patches = api.to(`PATCH ${base}`);
    expect(patches.map((p) => (p.body as { force: boolean }).force)).toEqual([false, true]);
    expect((patches[1].body as { tableCount: number }).tableCount).toBe(2);
  });

  it('puts the API’s field messages next to the window they are about', async () => {
    api.on(`PATCH ${base}`, apiError(400, 'Bad Request', 'Data tidak valid', [{ path: 'meetingWindows.1.end', message: 'Harus setelah waktu mulai' }]));
    const { user } = renderApp(`/editions/${EDITION.id}/console/settings`);

    await user.click(await screen.findByRole('button', { name: 'Simpan pengaturan' }));

    const ends = await screen.findAllByLabelText('Selesai');
    await waitFor(() => expect(ends[1]).toHaveAccessibleDescription('Harus setelah waktu mulai'));
    expect(ends[0]).not.toHaveAttribute('aria-invalid');
  });
});
