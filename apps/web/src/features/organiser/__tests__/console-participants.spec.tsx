import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { Participant } from '@serumpun/shared';
import { sessionStore } from '../../auth/session/session-store';
import { buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildParticipant, buildRegistration, EDITION, page } from '../../meetings/__tests__/meeting-factories';

const organiser = buildUser({ role: 'organiser', fullName: 'Yohana Sitompul' });
const base = `/api/editions/${EDITION.id}`;
let api: FakeApi;
let participants: Participant[];

beforeEach(async () => {
  await resetDevice();
  sessionStore.start(buildSession(organiser));
  participants = [
    buildParticipant({ fullName: 'Hendra Wijaya' }),
    buildParticipant({ fullName: 'Rahman Hakim', role: 'investor', organisation: 'Modal Ventura Khatulistiwa', checkedInAt: '2099-10-29T08:40:00+07:00' }),
    buildParticipant({ fullName: 'Siti Rahmawati', role: 'investor', organisation: null, status: 'pending' }),
  ];
  // The server's side of it: checking in sets the time, approving sets the status.
  api = installFakeApi()
    .on(`GET ${base}`, { status: 200, body: EDITION })
    .on(`GET ${base}/participants`, () => page(participants));
  for (const person of participants) {
    api.on(`POST ${base}/participants/${person.userId}/check-in`, () => {
      person.checkedInAt = '2099-10-29T09:05:00+07:00';
      return { status: 200, body: buildRegistration({ id: person.userId }, { checkedInAt: person.checkedInAt }) };
    });
    api.on(`POST ${base}/registrations/${person.userId}/approve`, () => {
      person.status = 'approved';
      return { status: 200, body: buildRegistration({ id: person.userId }) };
    });
  }
});

describe('participants and check-in', () => {
  it('checks a participant in at the door: the toggle turns on and shows the time', async () => {
    const { user } = renderApp(`/editions/${EDITION.id}/console/participants`);

    const toggle = await screen.findByRole('button', { name: 'Check-in Hendra Wijaya' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('1 dari 2 peserta sudah hadir')).toBeInTheDocument();

    await user.click(toggle);

    const done = await screen.findByRole('button', { name: 'Hendra Wijaya hadir pukul 09:05' });
    expect(done).toHaveAttribute('aria-pressed', 'true');
    expect(done).toHaveTextContent('Hadir 09:05');
    expect(done).toBeDisabled();
    expect(api.to(`POST ${base}/participants/${participants[0].userId}/check-in`)).toHaveLength(1);
    await waitFor(() => expect(screen.getByText('2 dari 2 peserta sudah hadir')).toBeInTheDocument());
  });

  it('shows who has arrived already, and approves a pending registration', async () => {
    const { user } = renderApp(`/editions/${EDITION.id}/console/participants`);

    expect(await screen.findByRole('button', { name: 'Rahman Hakim hadir pukul 08:40' })).toHaveAttribute('aria-pressed', 'true');
    const pendingRow = screen.getByText('Siti Rahmawati').closest('tr')!;
    expect(within(pendingRow).getByRole('button', { name: 'Check-in Siti Rahmawati' })).toBeDisabled();

    await user.click(within(pendingRow).getByRole('button', { name: 'Setujui pendaftaran Siti Rahmawati' }));

    await waitFor(() => expect(within(screen.getByText('Siti Rahmawati').closest('tr')!).getByText('Disetujui')).toBeInTheDocument());
    expect(within(screen.getByText('Siti Rahmawati').closest('tr')!).getByRole('button', { name: 'Check-in Siti Rahmawati' })).toBeEnabled();
  });

  it('filters the list by name as the organiser types', async () => {
    const { user } = renderApp(`/editions/${EDITION.id}/console/participants`);
    await screen.findByText('Hendra Wijaya');

    await user.type(screen.getByLabelText('Cari nama atau organisasi'), 'khatulistiwa');

    expect(screen.getByText('Rahman Hakim')).toBeInTheDocument();
    expect(screen.queryByText('Hendra Wijaya')).not.toBeInTheDocument();
  });
});
