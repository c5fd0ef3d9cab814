import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { CONVERSATION_MESSAGE_MAX_LENGTH, type ConversationMessage } from '@serumpun/shared';
import { act, screen, waitFor, within } from '@testing-library/react';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildRegistration, buildRequest, EDITION, page, setViewerTimeZone, SLOTS, uuid } from './meeting-factories';

const business = buildUser({ role: 'business', fullName: 'Hendra Wijaya' });
const me = { id: business.id, fullName: business.fullName, role: 'business' };
const investor = { id: '66666666-6666-4666-8666-000000000030', fullName: 'Rahman Hakim', role: 'investor' };
const base = `/api/editions/${EDITION.id}`;
const request = buildRequest(investor, me);
const messagesPath = `/api/meeting-requests/${request.id}/messages`;

function buildMessage(authorId: string, body: string, createdAt: string): ConversationMessage {
  return { id: uuid(), requestId: request.id, authorId, body, createdAt };
}

/** A push, then the macrotask in which TanStack Query tells the components about the new data. */
async function pushAndSettle(push: () => void): Promise<void> {
  await act(async () => {
    push();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('request conversation', () => {
  let api: FakeApi;
  const first = buildMessage(investor.id, 'Apakah Anda bisa membawa contoh produk?', '2099-10-01T02:00:00.000Z');

  beforeEach(async () => {
    await resetDevice();
    setViewerTimeZone('Asia/Pontianak');
    sessionStore.start(buildSession(business));
    api = installFakeApi()
      .on('GET /api/notifications', { status: 200, body: { items: [], nextCursor: null, unreadCount: 0 } })
      .on(`GET ${base}`, { status: 200, body: EDITION })
      .on(`GET ${base}/registration`, { status: 200, body: buildRegistration(business) })
      .on(`GET ${base}/slots`, { status: 200, body: SLOTS })
      .on('GET /api/meeting-requests', page([request]))
      .on(`GET ${messagesPath}`, page([first]));
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  async function openConversation() {
    const view = renderApp(`/editions/${EDITION.id}/requests`);
    const card = (await screen.findByRole('heading', { name: 'Rahman Hakim' })).closest('li')!;
    await view.user.click(within(card).getByRole('button', { name: 'Pesan' }));
    const panel = await screen.findByRole('region', { name: 'Pesan dengan Rahman Hakim' });
    await within(panel).findByText('Apakah Anda bisa membawa contoh produk?');
    await waitFor(() => expect(view.realtime.socket.connected).toBe(true));
    return { ...view, panel };
  }

  it('shows the thread with who wrote each message and when, in the venue’s time', async () => {
    const { panel } = await openConversation();
    const log = within(panel).getByRole('log');
    const [message] = within(log).getAllByRole('listitem');
    expect(message).toHaveClass('conversation-message--theirs');
    expect(message).toHaveTextContent('Rahman Hakim');
    expect(message).toHaveTextContent('09.00');
  });

  it('sends a message, counts its characters, and shows it once even when the socket also pushes it', async () => {
    const sent = buildMessage(me.id, 'Tentu, kami bawa tiga contoh.', '2099-10-01T02:05:00.000Z');
    api.on(`POST ${messagesPath}`, { status: 201, body: sent });
    const { panel, user, realtime } = await openConversation();

    const box = within(panel).getByLabelText('Pesan Anda');
    expect(within(panel).getByRole('button', { name: 'Kirim' })).toBeDisabled();
    await user.type(box, 'Tentu, kami bawa tiga contoh.');
    expect(box).toHaveAccessibleDescription(`29 / ${CONVERSATION_MESSAGE_MAX_LENGTH} karakter`);
    await user.click(within(panel).getByRole('button', { name: 'Kirim' }));

    const mine = await within(panel).findByText('Tentu, kami bawa tiga contoh.');
    expect(mine.closest('li')).toHaveClass('conversation-message--mine');
    expect(mine.closest('li')).toHaveTextContent('Anda');
    expect(api.to(`POST ${messagesPath}`)[0].body).toEqual({ body: 'Tentu, kami bawa tiga contoh.' });
    expect(box).toHaveValue('');

    await pushAndSettle(() => realtime.socket.push('conversation.message', sent));
    expect(within(panel).getAllByText('Tentu, kami bawa tiga contoh.')).toHaveLength(1);
  });

  it('appends a message from the other side as it arrives, in time order', async () => {
    const { panel, realtime } = await openConversation();
    const reply = buildMessage(investor.id, 'Baik, sampai jumpa di meja 3.', '2099-10-01T02:10:00.000Z');
    await pushAndSettle(() => realtime.socket.push('conversation.message', reply));

    const items = within(within(panel).getByRole('log')).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.conversation-message__body')?.textContent)).toEqual([
      'Apakah Anda bisa membawa contoh produk?',
      'Baik, sampai jumpa di meja 3.',
    ]);
    // A message of another request's thread is not shown here.
    await pushAndSettle(() => realtime.socket.push('conversation.message', { ...reply, id: uuid(), requestId: uuid(), body: 'Bukan untuk utas ini.' }));
    expect(within(panel).queryByText('Bukan untuk utas ini.')).not.toBeInTheDocument();
  });

  it('refuses to send a message over the limit and says why', async () => {
    const { panel, user } = await openConversation();
    const box = within(panel).getByLabelText('Pesan Anda');
    await user.click(box);
    await user.paste('a'.repeat(CONVERSATION_MESSAGE_MAX_LENGTH + 1));

    expect(within(panel).getByRole('alert')).toHaveTextContent(`Pesan paling banyak ${CONVERSATION_MESSAGE_MAX_LENGTH} karakter.`);
    expect(within(panel).getByRole('button', { name: 'Kirim' })).toBeDisabled();
    expect(box).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the API’s refusal of the message next to the box', async () => {
    api.on(`POST ${messagesPath}`, apiError(400, 'Bad Request', 'Validation failed', [{ path: 'body', message: 'Pesan tidak boleh kosong.' }]));
    const { panel, user } = await openConversation();
    await user.type(within(panel).getByLabelText('Pesan Anda'), 'Halo');
    await user.click(within(panel).getByRole('button', { name: 'Kirim' }));

    await waitFor(() => expect(within(panel).getByLabelText('Pesan Anda')).toHaveAccessibleDescription(/Pesan tidak boleh kosong\./));
    // What was typed is kept, to fix and send again.
    expect(within(panel).getByLabelText('Pesan Anda')).toHaveValue('Halo');
  });

  it('says how long to wait when messages are sent too quickly', async () => {
    api.on(`POST ${messagesPath}`, { ...apiError(429, 'Too Many Requests', 'Terlalu banyak pesan.'), headers: { 'Retry-After': '30' } });
    const { panel, user } = await openConversation();
    await user.type(within(panel).getByLabelText('Pesan Anda'), 'Halo lagi');
    await user.click(within(panel).getByRole('button', { name: 'Kirim' }));

    expect(await within(panel).findByRole('alert')).toHaveTextContent('Anda mengirim pesan terlalu cepat. Coba lagi dalam 30 detik.');
  });
});
