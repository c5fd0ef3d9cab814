import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { Role } from '@serumpun/shared';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildBusinessProfile, buildInvestorProfile, FX_RATES, recordQueries } from '../../opportunities/__tests__/fixtures';

let api: FakeApi;
let queries: ReturnType<typeof recordQueries>;

const LIM = buildInvestorProfile();
const SITI = buildInvestorProfile({ organisation: 'Modal Ventura Khatulistiwa', fullName: 'Siti Rahmawati', countryCode: 'ID', regionCode: 'ID-KB', investorType: 'angel' });

jest.setTimeout(20_000);

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi()
    .on('GET /api/fx-rates', { status: 200, body: FX_RATES })
    .on('GET /api/investors', { status: 200, body: { items: [LIM, SITI], nextCursor: null } });
  queries = recordQueries();
});

function signInAs(role: Role) {
  const user = buildUser({ role, fullName: 'Dayang Nurfaizah' });
  sessionStore.start(buildSession(user));
  return user;
}

describe('the investor directory', () => {
  it('lists visible investors with their ticket range, instruments and sectors', async () => {
    signInAs('business');
    renderApp('/investors');

    const card = (await screen.findByRole('link', { name: 'Borneo Growth Partners' })).closest('article') as HTMLElement;
    expect(screen.getByRole('link', { name: 'Borneo Growth Partners' })).toHaveAttribute('href', `/investors/${LIM.id}`);
    expect(within(card).getByText('Dana modal ventura')).toBeInTheDocument();
    expect(within(card).getByText(/^MYR\s500\.000,00 – MYR\s5\.000\.000,00$/)).toBeInTheDocument();
    expect(await within(card).findByText(/≈ Rp/)).toHaveTextContent('(kurs per 30 Okt 2025)');
    expect(within(card).getByRole('list', { name: 'Sektor yang diminati' })).toHaveTextContent(/C10.*Industri Makanan.*A.*Pertanian/);
  });

  it('filters by sector, region and text through the URL', async () => {
    signInAs('organiser');
    const { user, location } = renderApp('/investors');
    await screen.findByRole('link', { name: 'Borneo Growth Partners' });

    await user.type(screen.getByRole('combobox', { name: 'Berminat pada sektor' }), 'c10');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(location()).toBe('/investors?sector=C10'));
    await user.type(screen.getByRole('combobox', { name: 'Berminat pada wilayah' }), 'pontianak');
    await user.keyboard('{Enter}');
    await user.type(screen.getByRole('searchbox', { name: 'Cari investor' }), 'agro{Enter}');

    await waitFor(() => expect(location()).toBe('/investors?q=agro&sector=C10&region=ID-KB'));
    await waitFor(() => expect(queries.queriesTo('/api/investors').at(-1)!.toString()).toBe('sector=C10&region=ID-KB&q=agro&limit=20'));
  });

  it('is not there for investors', async () => {
    signInAs('investor');
    renderApp('/investors');

    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
  });
});

describe('public profiles', () => {
  it('show an investor’s interests, ticket and a safe link to their website', async () => {
    api.on(`GET /api/investors/${LIM.id}`, { status: 200, body: { ...LIM, website: 'https://bgp.example.my/about' } });
    signInAs('business');
    renderApp(`/investors/${LIM.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Borneo Growth Partners' })).toBeInTheDocument();
    expect(screen.getByText('C10 · Industri Makanan')).toBeInTheDocument();
    expect(screen.getByText('Kalimantan Barat')).toBeInTheDocument();
    const website = screen.getByRole('link', { name: 'bgp.example.my/about' });
    expect(website).toHaveAttribute('href', 'https://bgp.example.my/about');
    expect(website).toHaveAttribute('rel', 'noopener noreferrer nofollow');
  });

  it('hide an investor profile the API refuses (another investor asking)', async () => {
    api.on(`GET /api/investors/${LIM.id}`, apiError(403, 'Forbidden', 'Forbidden'));
    signInAs('investor');
    renderApp(`/investors/${LIM.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
  });

  it('show a business behind an opportunity', async () => {
    const business = buildBusinessProfile({ website: 'javascript:alert(1)' });
    api.on(`GET /api/businesses/${business.id}`, { status: 200, body: business });
    signInAs('investor');
    renderApp(`/businesses/${business.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'PT Sawit Lestari Kapuas' })).toBeInTheDocument();
    expect(screen.getByText('Perseroan Terbatas (PT)')).toBeInTheDocument();
    expect(screen.getByText('Kalimantan Barat, Indonesia')).toBeInTheDocument();
    expect(screen.getByText('C10 · Industri Makanan')).toBeInTheDocument();
    // Not a link: only http(s) addresses become links.
    expect(screen.queryByRole('link', { name: /javascript/ })).not.toBeInTheDocument();
  });
});
