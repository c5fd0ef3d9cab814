import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { sessionStore } from '../../auth/session/session-store';
import { buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';

const EDITION_ID = '11111111-1111-4111-8111-000000000001';
const unreadRequest = {
  id: '22222222-2222-4222-8222-000000000001',
  type: 'meeting_request.received',
  payload: { editionId: EDITION_ID, requestId: '33333333-3333-4333-8333-000000000001' },
  createdAt: '2026-11-27T03:00:00.000Z',
  readAt: null,
};
const readMeeting = { ...unreadRequest, id: '22222222-2222-4222-8222-000000000002', type: 'meeting.rescheduled', readAt: '2026-11-27T04:00:00.000Z' };

describe('notification bell', () => {
  let api: FakeApi;

  beforeEach(async () => {
    await resetDevice();
    sessionStore.start(buildSession(buildUser({ role: 'business' })));
    api = installFakeApi()
      .on('GET /api/notifications', { status: 200, body: { items: [unreadRequest, readMeeting], nextCursor: null, unreadCount: 1 } })
      .on('POST /api/notifications/read', { status: 200, body: { unreadCount: 0 } });
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('shows how many notifications are unread and lists them in the reader’s language, linked to where to act', async () => {
    const { user } = renderApp('/');
    const bell = await screen.findByRole('button', { name: 'Notifikasi, 1 belum dibaca' });
    await user.click(bell);

    const panel = screen.getByRole('region', { name: 'Notifikasi' });
    expect(within(panel).getByRole('link', { name: 'Permintaan pertemuan baru untuk Anda' })).toHaveAttribute('href', `/editions/${EDITION_ID}/requests`);
    expect(within(panel).getByRole('link', { name: 'Jadwal pertemuan Anda berubah' })).toHaveAttribute('href', `/editions/${EDITION_ID}/agenda`);
  });

  it('marks everything read in one go', async () => {
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Notifikasi, 1 belum dibaca' }));
    await user.click(screen.getByRole('button', { name: 'Tandai semua sudah dibaca' }));
    await waitFor(() => expect(api.to('POST /api/notifications/read')).toHaveLength(1));
    expect(api.to('POST /api/notifications/read')[0].body).toEqual({});
  });
});
