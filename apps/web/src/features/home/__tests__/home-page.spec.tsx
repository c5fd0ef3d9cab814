import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import type { Role } from '@serumpun/shared';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser, KUCHING_NEXT, PONTIANAK_2025 } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';

let api: FakeApi;

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi().on('GET /api/editions', { status: 200, body: { items: [PONTIANAK_2025, KUCHING_NEXT], nextCursor: null } });
});

function signInAs(role: Role) {
  sessionStore.start(buildSession(buildUser({ role, fullName: 'Dayang Nurfaizah' })));
}

describe('home page', () => {
  it.each<[Role, string[]]>([
    ['investor', ['Kecocokan untuk Anda', 'Jelajahi peluang', 'Lengkapi profil investor']],
    ['business', ['Peluang saya', 'Investor yang cocok', 'Lengkapi profil usaha']],
    ['organiser', ['Edisi', 'Penjadwalan', 'Laporan hasil']],
  ])('gives the %s their own starting points', async (role, teasers) => {
    signInAs(role);
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Selamat datang, Dayang Nurfaizah' })).toBeInTheDocument();
    for (const title of teasers) expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
  });

  it('shows upcoming and past editions with their dates and venue time zone', async () => {
    signInAs('investor');
    renderApp('/');

    const upcoming = await screen.findByRole('heading', { level: 3, name: 'Akan datang' });
    const upcomingList = upcoming.parentElement!;
    expect(within(upcomingList).getByRole('link', { name: KUCHING_NEXT.name })).toHaveAttribute('href', `/editions/${KUCHING_NEXT.id}`);
    expect(within(upcomingList).getByText(/^10\s?–\s?11 Maret 2099$/)).toBeInTheDocument();

    const pastList = screen.getByRole('heading', { level: 3, name: 'Sebelumnya' }).parentElement!;
    expect(within(pastList).getByRole('link', { name: PONTIANAK_2025.name })).toBeInTheDocument();
    expect(within(pastList).getByText('30 Oktober 2025')).toBeInTheDocument();
    expect(within(pastList).getByText('Zona waktu: WIB · UTC+7')).toBeInTheDocument();
    expect(within(pastList).getByText('Pendopo Gubernur Kalimantan Barat, Pontianak · Kalimantan Barat')).toBeInTheDocument();
  });

  it('offers to try again when the editions cannot be loaded', async () => {
    api.on('GET /api/editions', apiError(503, 'Service Unavailable', 'Database down'));
    signInAs('business');
    const { user } = renderApp('/');

    expect(await screen.findByText('Daftar edisi tidak dapat dimuat.')).toBeInTheDocument();
    api.on('GET /api/editions', { status: 200, body: { items: [PONTIANAK_2025], nextCursor: null } });
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));

    expect(await screen.findByRole('link', { name: PONTIANAK_2025.name })).toBeInTheDocument();
  });

  it('shows the signed-in person and their role in the header', async () => {
    signInAs('organiser');
    renderApp('/');

    const header = screen.getByRole('banner');
    expect(within(header).getByText('Dayang Nurfaizah')).toBeInTheDocument();
    expect(within(header).getByText('Penyelenggara')).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: 'Edisi' })).toHaveAttribute('href', '/editions');
  });
});

describe('addresses', () => {
  it('leads organisers from the home page to the reports', async () => {
    signInAs('organiser');
    renderApp('/');

    expect(await screen.findByRole('link', { name: 'Lihat laporan' })).toHaveAttribute('href', '/reports');
    expect(within(screen.getByRole('navigation', { name: 'Navigasi utama' })).getByRole('link', { name: 'Laporan' })).toHaveAttribute('href', '/reports');
  });

  it('an unknown address shows a not-found page', async () => {
    renderApp('/tidak-ada');

    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
  });
});
