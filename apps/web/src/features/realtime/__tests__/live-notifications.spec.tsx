import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import type { MeetingRequest, Notification } from '@serumpun/shared';
import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { sessionStore } from '../../auth/session/session-store';
import { buildRegistration, buildRequest, EDITION, page, SLOTS, uuid } from '../../meetings/__tests__/meeting-factories';
import { refreshForNotification } from '../../meetings/refresh-for-notification';
import { TOAST_MS } from '../components/RealtimeToasts';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';

const business = buildUser({ role: 'business', fullName: 'Hendra Wijaya' });
const me = { id: business.id, fullName: business.fullName, role: 'business' };
const investor = { id: '66666666-6666-4666-8666-000000000020', fullName: 'Rahman Hakim', role: 'investor' };
const base = `/api/editions/${EDITION.id}`;

function buildNotification(type: Notification['type'], payload: Record<string, unknown> = {}, createdAt = '2099-10-01T02:00:00.000Z'): Notification {
  return { id: uuid(), type, payload: { editionId: EDITION.id, ...payload }, createdAt, readAt: null };
}

describe('live notifications', () => {
  let api: FakeApi;
  // The "server": notifications are stored, then pushed; the list answers with what is stored.
  let stored: Notification[];
  let requests: MeetingRequest[];

  beforeEach(async () => {
    await resetDevice();
    sessionStore.start(buildSession(business));
    stored = [];
    requests = [];
    api = installFakeApi()
      .on('GET /api/notifications', () => ({ status: 200, body: { items: [...stored].reverse(), nextCursor: null, unreadCount: stored.filter((n) => !n.readAt).length } }))
      .on(`GET ${base}`, { status: 200, body: EDITION })
      .on(`GET ${base}/registration`, { status: 200, body: buildRegistration(business) })
      .on(`GET ${base}/slots`, { status: 200, body: SLOTS })
      .on('GET /api/meeting-requests', () => page(requests));
  });

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('connects once signed in, sending the access token', async () => {
    const { realtime } = renderApp('/');
    await waitFor(() => expect(realtime.socket.connected).toBe(true));
    expect(realtime.sockets).toHaveLength(1);
    expect(realtime.socket.handshakes[0]).toEqual({ token: 'access-1' });
  });

  it('shows a toast in the reader’s language, linked to where to act, and counts the notification unread', async () => {
    const { realtime, user } = renderApp('/');
    await screen.findByRole('button', { name: 'Notifikasi, 0 belum dibaca' });
    await waitFor(() => expect(realtime.socket.connected).toBe(true));

    const received = buildNotification('meeting_request.received', { requestId: uuid() });
    stored.push(received);
    act(() => realtime.socket.push('notification', received));

    const toast = (await screen.findByText('Permintaan pertemuan baru untuk Anda')).closest<HTMLElement>('.toast')!;
    expect(toast).toHaveAttribute('role', 'status');
    expect(within(toast).getByRole('link', { name: 'Buka' })).toHaveAttribute('href', `/editions/${EDITION.id}/requests`);
    expect(await screen.findByRole('button', { name: 'Notifikasi, 1 belum dibaca' })).toBeInTheDocument();

    // The same notification again (a replay after a reconnect) is neither counted nor shown twice.
    await act(async () => {
      realtime.socket.push('notification', received);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByRole('button', { name: 'Notifikasi, 1 belum dibaca' })).toBeInTheDocument();
    expect(screen.getAllByText('Permintaan pertemuan baru untuk Anda')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Tutup notifikasi' }));
    expect(screen.queryByText('Permintaan pertemuan baru untuk Anda')).not.toBeInTheDocument();
  });

  it('lets a toast go by itself after a while', async () => {
    jest.useFakeTimers();
    const { realtime } = renderApp('/');
    await waitFor(() => expect(realtime.socket.connected).toBe(true));
    const received = buildNotification('meeting.rescheduled');
    stored.push(received);
    act(() => realtime.socket.push('notification', received));
    expect(screen.getByText('Jadwal pertemuan Anda berubah').closest('.toast')).toHaveAttribute('role', 'status');

    act(() => jest.advanceTimersByTime(TOAST_MS));
    expect(screen.queryByText('Jadwal pertemuan Anda berubah')).not.toBeInTheDocument();
  });

  it('polls the bell every minute only while the connection is down', async () => {
    jest.useFakeTimers();
    const { realtime } = renderApp('/');
    await screen.findByRole('button', { name: 'Notifikasi, 0 belum dibaca' });
    await waitFor(() => expect(realtime.socket.connected).toBe(true));
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1_000);
    });
    const settled = api.to('GET /api/notifications').length;

    await act(async () => {
      await jest.advanceTimersByTimeAsync(2 * 60_000);
    });
    expect(api.to('GET /api/notifications')).toHaveLength(settled);

    act(() => realtime.socket.dropNetwork());
    await act(async () => {
      await jest.advanceTimersByTimeAsync(2 * 60_000 + 1_000);
    });
    expect(api.to('GET /api/notifications').length).toBe(settled + 2);
  });

  it('puts a request received while the inbox is open into it, without a reload', async () => {
    const { realtime } = renderApp(`/editions/${EDITION.id}/requests`);
    expect(await screen.findByText('Belum ada permintaan masuk.')).toBeInTheDocument();
    await waitFor(() => expect(realtime.socket.connected).toBe(true));

    const request = buildRequest(investor, me, { message: 'Kami ingin membahas pasokan sagu.' });
    requests.push(request);
    const received = buildNotification('meeting_request.received', { requestId: request.id, fromUserId: investor.id });
    stored.push(received);
    act(() => realtime.socket.push('notification', received));

    const card = (await screen.findByRole('heading', { name: 'Rahman Hakim' })).closest('li')!;
    expect(within(card).getByText('Kami ingin membahas pasokan sagu.')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /Masuk/ })).toHaveTextContent('1');
  });

  it('reads the inbox again after a reconnect, for someone with no notification to catch up from', async () => {
    const { realtime } = renderApp(`/editions/${EDITION.id}/requests`);
    expect(await screen.findByText('Belum ada permintaan masuk.')).toBeInTheDocument();
    await waitFor(() => expect(realtime.socket.connected).toBe(true));

    act(() => realtime.socket.dropNetwork());
    requests.push(buildRequest(investor, me));
    act(() => {
      realtime.socket.connect();
    });
    expect(await screen.findByRole('heading', { name: 'Rahman Hakim' })).toBeInTheDocument();
    expect(realtime.socket.handshakes.at(-1)).toEqual({ token: 'access-1' });
  });

  it('ignores a push that does not match the contract', async () => {
    const { realtime } = renderApp('/');
    await screen.findByRole('button', { name: 'Notifikasi, 0 belum dibaca' });
    await waitFor(() => expect(realtime.socket.connected).toBe(true));
    act(() => realtime.socket.push('notification', { id: 'not-a-uuid', type: 'meeting_request.received' } as unknown as Notification));
    expect(screen.getByRole('button', { name: 'Notifikasi, 0 belum dibaca' })).toBeInTheDocument();
    expect(api.to('GET /api/notifications').length).toBeGreaterThan(0);
  });
});

describe('what a notification refreshes', () => {
  const editionId = EDITION.id;
  const keys = {
    requests: [...scheduleKeys.requests(), { edition: editionId }],
    agenda: scheduleKeys.agenda(editionId),
    meetings: scheduleKeys.meetings(editionId),
    otherAgenda: scheduleKeys.agenda('another-edition'),
  };

  async function invalidatedBy(type: Notification['type']) {
    const client = new QueryClient();
    for (const key of Object.values(keys)) client.setQueryData(key, []);
    await refreshForNotification(client, buildNotification(type));
    return Object.fromEntries(Object.entries(keys).map(([name, key]) => [name, client.getQueryState(key)?.isInvalidated]));
  }

  it('a received request refreshes the inbox only', async () => {
    expect(await invalidatedBy('meeting_request.received')).toEqual({ requests: true, agenda: false, meetings: false, otherAgenda: false });
  });

  it.each(['meeting_request.accepted', 'meeting.scheduled', 'meeting.rescheduled', 'meeting.cancelled'] as const)('%s refreshes the inbox, the agenda and the edition’s meetings', async (type) => {
    expect(await invalidatedBy(type)).toEqual({ requests: true, agenda: true, meetings: true, otherAgenda: false });
  });
});
