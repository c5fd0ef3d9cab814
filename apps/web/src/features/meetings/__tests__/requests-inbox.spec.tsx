import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { mutuallyFreeSlots, slotOptions } from '../free-slots';
import { buildMeeting, buildRegistration, buildRequest, EDITION, page, setViewerTimeZone, SLOTS, TABLES } from './meeting-factories';

const business = buildUser({ role: 'business', fullName: 'Hendra Wijaya' });
const me = { id: business.id, fullName: business.fullName, role: 'business' };
const investor = { id: '66666666-6666-4666-8666-000000000010', fullName: 'Rahman Hakim', role: 'investor' };
const other = { id: '66666666-6666-4666-8666-000000000011', fullName: 'Dayang Nurfaizah', role: 'investor' };
const base = `/api/editions/${EDITION.id}`;
let api: FakeApi;

describe('mutually free slots', () => {
  const now = new Date('2099-01-01T00:00:00Z');

  it('keeps only slots where neither side is busy or unavailable', () => {
    const free = mutuallyFreeSlots(
      SLOTS,
      { busySlotIds: [SLOTS[0].id], unavailableSlotIds: [SLOTS[1].id] },
      { busySlotIds: [SLOTS[2].id], unavailableSlotIds: [SLOTS[3].id] },
      now,
    );
    expect(free.map((slot) => slot.id)).toEqual([SLOTS[4].id, SLOTS[5].id]);
  });

  it('says why each other slot is blocked, including slots that have started', () => {
    const options = slotOptions(SLOTS, { busySlotIds: [SLOTS[0].id], unavailableSlotIds: [SLOTS[0].id] }, null, new Date(SLOTS[1].startsAt));
    expect(options.slice(0, 3).map((option) => option.blockers)).toEqual([['past', 'you_busy', 'you_unavailable'], ['past'], []]);
  });
});

describe('requests inbox', () => {
  const incoming = buildRequest(investor, me, { proposedSlotId: SLOTS[1].id, message: 'Kami ingin membahas pasokan sagu.' });
  const answered = buildRequest(other, me, { status: 'declined', declineReason: 'Jadwal kami sudah penuh.', createdAt: '2099-09-20T09:00:00+07:00' });
  const outgoing = buildRequest(me, other, { createdAt: '2099-09-25T09:00:00+07:00' });

  beforeEach(async () => {
    await resetDevice();
    setViewerTimeZone('Asia/Pontianak');
    sessionStore.start(buildSession(business));
    api = installFakeApi()
      .on(`GET ${base}`, { status: 200, body: EDITION })
      .on(`GET ${base}/registration`, { status: 200, body: buildRegistration(business) })
      .on(`GET ${base}/slots`, { status: 200, body: SLOTS })
      // I already meet someone at 13:00, and cannot attend 14:00.
      .on(`GET ${base}/meetings`, page([buildMeeting([me, other], SLOTS[0], TABLES[0])]))
      .on(`GET ${base}/availability`, { status: 200, body: { unavailableSlotIds: [SLOTS[2].id] } })
      .on('GET /api/meeting-requests', page([answered, incoming, outgoing]));
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('shows received requests first, open ones on top, with their status, message and proposed time', async () => {
    renderApp(`/editions/${EDITION.id}/requests`);

    await screen.findByRole('heading', { name: 'Rahman Hakim' });
    const tab = screen.getByRole('tab', { name: /Masuk/ });
    expect(tab).toHaveAttribute('aria-selected', 'true');
    expect(tab).toHaveTextContent('1');
    const cards = within(screen.getByRole('tabpanel')).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(within(cards[0]).getByRole('heading', { name: 'Rahman Hakim' })).toBeInTheDocument();
    expect(within(cards[0]).getByText('Menunggu jawaban')).toHaveClass('status--pending');
    expect(within(cards[0]).getByText('Kami ingin membahas pasokan sagu.')).toBeInTheDocument();
    expect(within(cards[0]).getByText('13:30–14:00')).toBeInTheDocument();
    expect(within(cards[1]).getByText('Ditolak')).toHaveClass('status--declined');
    expect(within(cards[1]).getByText('Jadwal kami sudah penuh.')).toBeInTheDocument();
    expect(within(cards[1]).queryByRole('button', { name: 'Terima' })).not.toBeInTheDocument();
  });

  it('offers only the slots where I am free, without busy or unavailable ones, and books the chosen one', async () => {
    api.on(`POST /api/meeting-requests/${incoming.id}/accept`, {
      status: 200,
      body: { status: 'accepted', meeting: { id: '88888888-8888-4888-8888-000000000001', slotId: SLOTS[3].id, tableId: TABLES[1].id, startsAt: SLOTS[3].startsAt, endsAt: SLOTS[3].endsAt, participantIds: [me.id, investor.id] } },
    });
    const { user } = renderApp(`/editions/${EDITION.id}/requests`);

    await user.click(await screen.findByRole('button', { name: 'Terima' }));

    const picker = await screen.findByRole('group', { name: 'Pilih slot waktu' });
    const choices = within(picker).getAllByRole('radio').map((radio) => radio.closest('label')!.textContent);
    // 13:00 (my meeting) and 14:00 (unavailable) are left out; 13:30 is the proposed one.
    expect(choices).toEqual(['13:30–14:00', '14:30–15:00', '09:00–09:30', '09:30–10:00', 'Serahkan ke penyelenggara (dijadwalkan kemudian)']);
    expect(within(picker).getByRole('radio', { name: '13:30–14:00' })).toBeChecked();
    expect(within(picker).getByText(/2 slot tidak ditampilkan/)).toBeInTheDocument();

    await user.click(within(picker).getByRole('radio', { name: '14:30–15:00' }));
    await user.click(screen.getByRole('button', { name: 'Terima dan jadwalkan' }));

    expect(await screen.findByText(/Pertemuan dengan Rahman Hakim dijadwalkan pada 29 Okt 2099/)).toBeInTheDocument();
    expect(api.to(`POST /api/meeting-requests/${incoming.id}/accept`)[0].body).toEqual({ slotId: SLOTS[3].id });
  });

  it('shows the API’s 409 for a slot the other side cannot make next to the picker', async () => {
    api.on(
      `POST /api/meeting-requests/${incoming.id}/accept`,
      apiError(409, 'Conflict', 'Conflict', [{ path: 'slotId', message: 'Rahman Hakim sudah memiliki pertemuan pada slot ini.' }]),
    );
    const { user } = renderApp(`/editions/${EDITION.id}/requests`);
    await user.click(await screen.findByRole('button', { name: 'Terima' }));
    await screen.findByRole('group', { name: 'Pilih slot waktu' });

    await user.click(screen.getByRole('button', { name: 'Terima dan jadwalkan' }));

    const picker = screen.getByRole('group', { name: 'Pilih slot waktu' });
    await waitFor(() => expect(picker).toHaveAccessibleDescription('Rahman Hakim sudah memiliki pertemuan pada slot ini.'));
    expect(screen.getByRole('button', { name: 'Terima dan jadwalkan' })).toBeInTheDocument();
  });

  it('accepts without a slot, leaving the time to the organisers', async () => {
    api.on(`POST /api/meeting-requests/${incoming.id}/accept`, { status: 200, body: { status: 'accepted', meeting: null } });
    const { user } = renderApp(`/editions/${EDITION.id}/requests`);
    await user.click(await screen.findByRole('button', { name: 'Terima' }));

    await user.click(await screen.findByRole('radio', { name: 'Serahkan ke penyelenggara (dijadwalkan kemudian)' }));
    await user.click(screen.getByRole('button', { name: 'Terima' }));

    expect(await screen.findByText('Permintaan Rahman Hakim diterima; penyelenggara akan menjadwalkan pertemuannya.')).toBeInTheDocument();
    expect(api.to(`POST /api/meeting-requests/${incoming.id}/accept`)[0].body).toEqual({});
  });

  it('declines with a reason', async () => {
    api.on(`POST /api/meeting-requests/${incoming.id}/decline`, { status: 200, body: { ...incoming, status: 'declined' } });
    const { user } = renderApp(`/editions/${EDITION.id}/requests`);
    await user.click(await screen.findByRole('button', { name: 'Tolak' }));

    await user.type(screen.getByLabelText('Alasan (opsional)'), 'Fokus kami tahun ini di Sarawak.');
    await user.click(screen.getByRole('button', { name: 'Tolak permintaan' }));

    expect(await screen.findByText('Permintaan dari Rahman Hakim ditolak.')).toBeInTheDocument();
    expect(api.to(`POST /api/meeting-requests/${incoming.id}/decline`)[0].body).toEqual({ reason: 'Fokus kami tahun ini di Sarawak.' });
  });

  it('lets the sender cancel a pending request from the sent tab', async () => {
    api.on(`POST /api/meeting-requests/${outgoing.id}/cancel`, { status: 200, body: { ...outgoing, status: 'cancelled' } });
    const { user, location } = renderApp(`/editions/${EDITION.id}/requests`);

    await user.click(await screen.findByRole('tab', { name: /Terkirim/ }));
    expect(location()).toBe(`/editions/${EDITION.id}/requests?tab=outgoing`);
    const card = within(screen.getByRole('tabpanel')).getByRole('listitem');
    expect(within(card).getByRole('heading', { name: 'Dayang Nurfaizah' })).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Batalkan permintaan' }));

    expect(await screen.findByText('Permintaan kepada Dayang Nurfaizah dibatalkan.')).toBeInTheDocument();
    expect(api.to(`POST /api/meeting-requests/${outgoing.id}/cancel`)).toHaveLength(1);
  });
});
