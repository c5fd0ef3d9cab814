import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { sessionStore } from '../../auth/session/session-store';
import { buildSession, buildUser, PONTIANAK_2025 } from '../../../test/factories';
import { installFakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildRequest, EDITION, page } from './meeting-factories';

const business = buildUser({ role: 'business', fullName: 'Hendra Wijaya' });
const me = { id: business.id, fullName: business.fullName, role: 'business' };
const investor = { id: '66666666-6666-4666-8666-000000000050', fullName: 'Rahman Hakim', role: 'investor' };

beforeEach(async () => {
  await resetDevice();
  sessionStore.start(buildSession(business));
  installFakeApi()
    .on('GET /api/editions', page([PONTIANAK_2025, EDITION]))
    .on('GET /api/meeting-requests', page([buildRequest(investor, me), buildRequest({ ...investor, id: '66666666-6666-4666-8666-000000000051' }, me)]));
});

describe('meetings page', () => {
  it('leads from the main navigation to each edition’s agenda, requests and directory, with the requests waiting', async () => {
    const { user, location } = renderApp('/');

    await user.click(within(screen.getByRole('navigation', { name: 'Navigasi utama' })).getByRole('link', { name: 'Pertemuan' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Pertemuan' })).toBeInTheDocument();
    expect(location()).toBe('/meetings');
    const upcoming = (await screen.findByRole('link', { name: EDITION.name })).closest('li')!;
    expect(within(upcoming).getByText('2 permintaan menunggu jawaban Anda')).toBeInTheDocument();
    expect(within(upcoming).getByRole('link', { name: 'Agenda saya' })).toHaveAttribute('href', `/editions/${EDITION.id}/agenda`);
    expect(within(upcoming).getByRole('link', { name: 'Permintaan' })).toHaveAttribute('href', `/editions/${EDITION.id}/requests`);
    // The past edition stays reachable, after the upcoming ones.
    const items = screen.getAllByRole('listitem').filter((li) => li.classList.contains('meeting-edition'));
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([EDITION.name, PONTIANAK_2025.name]);
  });

  it('is one of the starting points on the home page', async () => {
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 3, name: 'Pertemuan di edisi dialog' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Ke pertemuan/ })).toHaveAttribute('href', '/meetings');
  });
});
