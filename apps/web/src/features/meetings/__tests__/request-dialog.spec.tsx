import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildMeeting, buildParticipant, buildRegistration, EDITION, page, setViewerTimeZone, SLOTS, TABLES } from './meeting-factories';

const investor = buildUser({ role: 'investor', fullName: 'Rahman Hakim' });
const base = `/api/editions/${EDITION.id}`;
const OPPORTUNITY_ID = '77777777-7777-4777-8777-000000000001';
const sagu = buildParticipant({ fullName: 'Hendra Wijaya', organisation: 'CV Sagu Kapuas', sectors: ['C10', 'A01'], opportunities: [{ id: OPPORTUNITY_ID, title: 'Pabrik sagu Kapuas Hulu', sectorCode: 'C10', amount: { amount: '1500000000.00', currency: 'IDR' } }] });
const sarawak = buildParticipant({ fullName: 'Dayang Nurfaizah', organisation: 'Borneo Agro Sdn Bhd', countryCode: 'MY', sectors: ['A01'] });
let api: FakeApi;

beforeEach(async () => {
  await resetDevice();
  setViewerTimeZone('Asia/Pontianak');
  sessionStore.start(buildSession(investor));
  api = installFakeApi()
    .on(`GET ${base}`, { status: 200, body: EDITION })
    .on(`GET ${base}/registration`, { status: 200, body: buildRegistration(investor) })
    .on(`GET ${base}/participants`, page([sagu, sarawak]))
    .on(`GET ${base}/slots`, { status: 200, body: SLOTS })
    .on(`GET ${base}/availability`, { status: 200, body: { unavailableSlotIds: [SLOTS[1].id] } })
    .on(`GET ${base}/meetings`, page([buildMeeting([{ id: investor.id, fullName: investor.fullName, role: 'investor' }, { id: sarawak.userId, fullName: sarawak.fullName, role: 'business' }], SLOTS[0], TABLES[0])]))
    .on('GET /api/meeting-requests', page([]));
});

afterEach(() => {
  jest.restoreAllMocks();
});

async function openDialog(user: ReturnType<typeof renderApp>['user']) {
  const card = (await screen.findByRole('heading', { level: 3, name: 'Hendra Wijaya' })).closest('li')!;
  await user.click(within(card).getByRole('button', { name: 'Ajukan pertemuan' }));
  return screen.getByRole('dialog', { name: 'Ajukan pertemuan dengan Hendra Wijaya' });
}

describe('participant directory', () => {
  it('lists businesses for an investor, with sectors, country and showcased opportunities', async () => {
    renderApp(`/editions/${EDITION.id}/participants`);

    const card = (await screen.findByRole('heading', { level: 3, name: 'Hendra Wijaya' })).closest('li')!;
    expect(within(card).getByText('CV Sagu Kapuas · Indonesia')).toBeInTheDocument();
    expect(within(card).getByText(/^C10 · /)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Pabrik sagu Kapuas Hulu' })).toHaveAttribute('href', `/opportunities/${OPPORTUNITY_ID}`);
    expect(within(card).getByText(/^Rp\s?1,5\sM$/)).toBeInTheDocument();
    expect(screen.getByText('2 peserta')).toBeInTheDocument();
    // An investor starts on the businesses.
    expect(screen.getByLabelText('Peran')).toHaveValue('business');
  });

  it('asks the API again when a filter changes, and keeps the filters in the address', async () => {
    const { user, location } = renderApp(`/editions/${EDITION.id}/participants`);
    await screen.findByRole('heading', { level: 3, name: 'Hendra Wijaya' });

    await user.selectOptions(screen.getByLabelText('Negara'), 'MY');

    await waitFor(() => expect(location()).toBe(`/editions/${EDITION.id}/participants?country=MY`));
    await waitFor(() => expect(api.to(`GET ${base}/participants`).length).toBeGreaterThan(1));
  });
});

describe('request a meeting', () => {
  it('sends the message, the opportunity and a proposed slot where the sender is free', async () => {
    api.on(`POST ${base}/meeting-requests`, { status: 201, body: { id: '99999999-9999-4999-8999-000000000001', status: 'pending' } });
    const { user } = renderApp(`/editions/${EDITION.id}/participants`);
    const dialog = await openDialog(user);

    expect(within(dialog).getByLabelText('Pesan (opsional)')).toHaveFocus();
    const slotOptions = within(within(dialog).getByLabelText('Usulan slot waktu (opsional)')).getAllByRole('option').map((o) => o.textContent);
    // 13:00 is taken by my other meeting and 13:30 is marked unavailable.
    expect(slotOptions).toEqual(['Biarkan penerima memilih', '14:00–14:30', '14:30–15:00', '09:00–09:30', '09:30–10:00']);
    expect(within(dialog).getByLabelText('Tentang peluang (opsional)')).toHaveValue(OPPORTUNITY_ID);

    await user.type(within(dialog).getByLabelText('Pesan (opsional)'), 'Kami tertarik pada pabrik sagu Anda.');
    await user.selectOptions(within(dialog).getByLabelText('Usulan slot waktu (opsional)'), SLOTS[2].id);
    await user.click(within(dialog).getByRole('button', { name: 'Kirim permintaan' }));

    expect(await screen.findByText('Permintaan pertemuan terkirim ke Hendra Wijaya.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.to(`POST ${base}/meeting-requests`)[0].body).toEqual({
      toUserId: sagu.userId,
      message: 'Kami tertarik pada pabrik sagu Anda.',
      opportunityId: OPPORTUNITY_ID,
      proposedSlotId: SLOTS[2].id,
    });
  });

  it('shows the 422 "cap reached" beside the send button, since no field causes it', async () => {
    api.on(`POST ${base}/meeting-requests`, apiError(422, 'Unprocessable Entity', 'Anda sudah memiliki 20 permintaan yang menunggu jawaban; tunggu jawabannya atau batalkan salah satu.'));
    const { user } = renderApp(`/editions/${EDITION.id}/participants`);
    const dialog = await openDialog(user);

    await user.click(within(dialog).getByRole('button', { name: 'Kirim permintaan' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Anda sudah memiliki 20 permintaan yang menunggu jawaban');
    expect(alert.closest('.dialog__actions')).toContainElement(within(dialog).getByRole('button', { name: 'Kirim permintaan' }));
    expect(alert).toHaveFocus();
  });

  it('shows the 409 "already pending" next to the person it is about', async () => {
    api.on(
      `POST ${base}/meeting-requests`,
      apiError(409, 'Conflict', 'Sudah ada permintaan', [{ path: 'toUserId', message: 'Anda sudah memiliki permintaan yang menunggu jawaban Hendra Wijaya.' }]),
    );
    const { user } = renderApp(`/editions/${EDITION.id}/participants`);
    const dialog = await openDialog(user);

    await user.click(within(dialog).getByRole('button', { name: 'Kirim permintaan' }));

    const message = await within(dialog).findByText('Anda sudah memiliki permintaan yang menunggu jawaban Hendra Wijaya.');
    expect(message.closest('.dialog__recipient')).not.toBeNull();
    expect(within(dialog).queryByText('Sudah ada permintaan')).not.toBeInTheDocument();
  });

  it('shows a refusal about the proposed slot on the slot control', async () => {
    api.on(`POST ${base}/meeting-requests`, apiError(422, 'Unprocessable Entity', 'Slot sudah lewat', [{ path: 'proposedSlotId', message: 'Slot ini sudah dimulai.' }]));
    const { user } = renderApp(`/editions/${EDITION.id}/participants`);
    const dialog = await openDialog(user);
    await user.selectOptions(within(dialog).getByLabelText('Usulan slot waktu (opsional)'), SLOTS[2].id);

    await user.click(within(dialog).getByRole('button', { name: 'Kirim permintaan' }));

    await waitFor(() => expect(within(dialog).getByLabelText('Usulan slot waktu (opsional)')).toHaveAccessibleDescription(/Slot ini sudah dimulai\./));
    expect(within(dialog).getByLabelText('Usulan slot waktu (opsional)')).toHaveAttribute('aria-invalid', 'true');
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const { user } = renderApp(`/editions/${EDITION.id}/participants`);
    await openDialog(user);

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const card = screen.getByRole('heading', { level: 3, name: 'Hendra Wijaya' }).closest('li')!;
    expect(within(card).getByRole('button', { name: 'Ajukan pertemuan' })).toHaveFocus();
  });
});
