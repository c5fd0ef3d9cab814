import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { Match, Role } from '@serumpun/shared';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { rememberLocale, renderApp, resetDevice } from '../../../test/render-app';
import { buildRegistration, EDITION, setViewerTimeZone } from '../../meetings/__tests__/meeting-factories';
import { recordQueries } from '../../opportunities/__tests__/fixtures';
import { buildInvestorMatch, buildOpportunityMatch, REGION_REASON_ID, SECTOR_REASON_ID, serveMatches, TICKET_REASON_ID } from './match-factories';

const sagu = buildOpportunityMatch({ title: 'Pabrik sagu Kapuas Hulu' }, { score: 82 });
const kopi = buildOpportunityMatch({ title: 'Kopi liberika Kayong Utara', sectorCode: 'C11', sectorSection: 'C' }, { score: 55, reasons: [REGION_REASON_ID, { code: 'sector.same_section', label: 'Seksi sektor sama: C Industri Pengolahan', points: 15 }, TICKET_REASON_ID] });
let api: FakeApi;

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi().on('GET /api/editions', { status: 200, body: { items: [], nextCursor: null } });
});

afterEach(() => {
  jest.restoreAllMocks();
});

function signInAs(role: Role) {
  const user = buildUser({ role, fullName: 'Rahman Hakim' });
  sessionStore.start(buildSession(user));
  return user;
}

/** A match card by its title. */
async function card(title: string) {
  return (await screen.findByRole('heading', { level: 2, name: title })).closest('li') as HTMLElement;
}

describe('matches for an investor', () => {
  it('ranks opportunities with their score and the reasons in Indonesian, each linked to its page', async () => {
    signInAs('investor');
    serveMatches(api, [sagu, kopi]);
    renderApp('/matches');

    expect(await screen.findByRole('heading', { level: 1, name: 'Kecocokan untuk Anda' })).toBeInTheDocument();
    const first = await card('Pabrik sagu Kapuas Hulu');
    expect(within(first).getByRole('img', { name: 'Skor kecocokan: 82 dari 100' })).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Pabrik sagu Kapuas Hulu' })).toHaveAttribute('href', `/opportunities/${sagu.opportunity.id}`);
    const reasons = within(within(first).getByRole('list', { name: 'Alasan kecocokan' })).getAllByRole('listitem');
    expect(reasons.map((item) => item.textContent)).toEqual(['Sektor sama: C10 Industri Makanan +30 poin', 'Wilayah minat: Kalimantan Barat +20 poin', 'Ukuran investasi sesuai +20 poin']);
    // Best first, as the API ranked them.
    const titles = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(titles).toEqual(['Pabrik sagu Kapuas Hulu', 'Kopi liberika Kayong Utara']);
    expect(api.to('GET /api/matches')[0].headers['Accept-Language']).toBe('id');
  });

  it('shows the server’s English labels and an English page when English is chosen', async () => {
    rememberLocale('en');
    const { i18n } = await import('../../../i18n/i18n');
    await i18n.changeLanguage('en');
    signInAs('investor');
    api.on('GET /api/matches', (request) => ({
      status: 200,
      body: {
        items: [request.headers['Accept-Language'] === 'en' ? { ...sagu, reasons: [{ ...SECTOR_REASON_ID, label: 'Same sector: C10 Manufacture of food products' }] } : sagu],
        nextCursor: null,
      },
    }));
    renderApp('/matches');

    expect(await screen.findByRole('heading', { level: 1, name: 'Your matches' })).toBeInTheDocument();
    const first = await card('Pabrik sagu Kapuas Hulu');
    expect(within(first).getByRole('list', { name: 'Why this matches' })).toHaveTextContent('Same sector: C10 Manufacture of food products +30 points');
    expect(within(first).getByRole('img', { name: 'Match score: 82 out of 100' })).toBeInTheDocument();
  });

  it('dismisses a match at once and brings it back with Undo', async () => {
    signInAs('investor');
    const server = serveMatches(api, [sagu, kopi]);
    const { user } = renderApp('/matches');

    await user.click(within(await card('Pabrik sagu Kapuas Hulu')).getByRole('button', { name: 'Sembunyikan' }));

    expect(screen.queryByRole('heading', { level: 2, name: 'Pabrik sagu Kapuas Hulu' })).not.toBeInTheDocument();
    const notice = screen.getByText('“Pabrik sagu Kapuas Hulu” disembunyikan dari kecocokan Anda.').closest('[role="status"]') as HTMLElement;
    await waitFor(() => expect(server.dismissed.has(sagu.opportunity.id)).toBe(true));
    expect(api.to('POST /api/matches/dismiss')[0].body).toEqual({ targetId: sagu.opportunity.id });
    const undo = within(notice).getByRole('button', { name: 'Urungkan' });
    await waitFor(() => expect(undo).toBeEnabled());
    expect(undo).toHaveFocus();

    await user.click(undo);

    expect(await card('Pabrik sagu Kapuas Hulu')).toBeInTheDocument();
    expect(api.to(`DELETE /api/matches/dismissed/${sagu.opportunity.id}`)).toHaveLength(1);
    await waitFor(() => expect(screen.queryByText(/disembunyikan dari kecocokan Anda/)).not.toBeInTheDocument());
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Pabrik sagu Kapuas Hulu', 'Kopi liberika Kayong Utara']);
  });

  it('keeps a dismissed match away after a reload', async () => {
    signInAs('investor');
    serveMatches(api, [sagu, kopi]);
    const first = renderApp('/matches');
    await first.user.click(within(await card('Pabrik sagu Kapuas Hulu')).getByRole('button', { name: 'Sembunyikan' }));
    await waitFor(() => expect(api.to('POST /api/matches/dismiss')).toHaveLength(1));
    first.unmount();

    renderApp('/matches');

    expect(await card('Kopi liberika Kayong Utara')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'Pabrik sagu Kapuas Hulu' })).not.toBeInTheDocument();
  });

  it('puts a dismissed match back, and says why, when the API refuses the dismissal', async () => {
    signInAs('investor');
    serveMatches(api, [sagu, kopi]);
    api.on('POST /api/matches/dismiss', apiError(404, 'Not Found', 'Peluang investasi tidak ditemukan.'));
    const { user } = renderApp('/matches');

    await user.click(within(await card('Kopi liberika Kayong Utara')).getByRole('button', { name: 'Sembunyikan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Peluang investasi tidak ditemukan.');
    expect(await card('Kopi liberika Kayong Utara')).toBeInTheDocument();
    expect(screen.queryByText(/disembunyikan dari kecocokan Anda/)).not.toBeInTheDocument();
  });

  it('saves a match for later, lists it under Saved, and forgets it again', async () => {
    signInAs('investor');
    const server = serveMatches(api, [sagu, kopi]);
    const { user, location } = renderApp('/matches');

    const save = within(await card('Kopi liberika Kayong Utara')).getByRole('button', { name: /Simpan/ });
    expect(save).toHaveAttribute('aria-pressed', 'false');
    await user.click(save);

    const saved = within(await card('Kopi liberika Kayong Utara')).getByRole('button', { name: /Tersimpan/ });
    expect(saved).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(server.saved.has(kopi.opportunity.id)).toBe(true));
    expect(api.to('POST /api/matches/save')[0].body).toEqual({ targetId: kopi.opportunity.id });

    await user.click(screen.getByRole('tab', { name: 'Tersimpan' }));
    expect(location()).toBe('/matches?tab=saved');
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Kopi liberika Kayong Utara']));
    // Saved matches are kept, not dismissed, from this list.
    expect(screen.queryByRole('button', { name: 'Sembunyikan' })).not.toBeInTheDocument();

    await user.click(within(await card('Kopi liberika Kayong Utara')).getByRole('button', { name: /Tersimpan/ }));
    await waitFor(() => expect(api.to(`DELETE /api/matches/saved/${kopi.opportunity.id}`)).toHaveLength(1));
    expect(await screen.findByText('Belum ada kecocokan tersimpan')).toBeInTheDocument();
  });

  it('loads the next page with the cursor', async () => {
    signInAs('investor');
    const queries = recordQueries();
    api.on('GET /api/matches', () =>
      queries.lastQuery().get('cursor') === 'halaman-2' ? { status: 200, body: { items: [kopi], nextCursor: null } } : { status: 200, body: { items: [sagu], nextCursor: 'halaman-2' } },
    );
    const { user } = renderApp('/matches');

    await card('Pabrik sagu Kapuas Hulu');
    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));

    expect(await card('Kopi liberika Kayong Utara')).toBeInTheDocument();
    expect(queries.queriesTo('/api/matches').map((query) => query.toString())).toEqual(['limit=20', 'limit=20&cursor=halaman-2']);
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();
  });

  it('explains how to get matches when there are none, with the way to the profile', async () => {
    signInAs('investor');
    serveMatches(api, []);
    renderApp('/matches');

    expect(await screen.findByText('Belum ada kecocokan')).toBeInTheDocument();
    expect(screen.getByText(/Kecocokan dihitung dari profil Anda/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lengkapi profil' })).toHaveAttribute('href', '/profile');
  });

  it('asks for a profile when the API has none to match', async () => {
    signInAs('investor');
    api.on('GET /api/matches', apiError(404, 'Not Found', 'Profil belum dibuat.'));
    renderApp('/matches');

    expect(await screen.findByText('Lengkapi profil Anda untuk melihat kecocokan')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Lengkapi profil' })).toHaveAttribute('href', '/profile');
  });

  it('offers to try again when the matches cannot be loaded', async () => {
    signInAs('investor');
    api.on('GET /api/matches', apiError(503, 'Service Unavailable', 'Database down'));
    const { user } = renderApp('/matches');

    expect(await screen.findByText(/Kecocokan tidak dapat dimuat/)).toBeInTheDocument();
    serveMatches(api, [sagu]);
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await card('Pabrik sagu Kapuas Hulu')).toBeInTheDocument();
  });
});

describe('matches for a business', () => {
  it('ranks investors, linked to their public profile, and dismisses by the investor’s user id', async () => {
    signInAs('business');
    const lim = buildInvestorMatch({ organisation: 'Borneo Growth Partners', fullName: 'Lim Wei Ming' }, { score: 64 });
    serveMatches(api, [lim]);
    const { user } = renderApp('/matches');

    expect(await screen.findByRole('heading', { level: 1, name: 'Investor yang cocok' })).toBeInTheDocument();
    const investor = await card('Borneo Growth Partners');
    expect(within(investor).getByRole('link', { name: 'Borneo Growth Partners' })).toHaveAttribute('href', `/investors/${lim.investor.id}`);
    expect(within(investor).getByText('Lim Wei Ming')).toBeInTheDocument();
    expect(within(investor).getByRole('img', { name: 'Skor kecocokan: 64 dari 100' })).toBeInTheDocument();

    await user.click(within(investor).getByRole('button', { name: 'Sembunyikan' }));
    await waitFor(() => expect(api.to('POST /api/matches/dismiss')[0]?.body).toEqual({ targetId: lim.investor.userId }));
  });
});

describe('a meeting from a match', () => {
  it('is offered once the investor is registered for an edition, and goes to the business about that opportunity', async () => {
    setViewerTimeZone('Asia/Pontianak');
    const investor = signInAs('investor');
    serveMatches(api, [sagu] as Match[]);
    api
      .on('GET /api/editions', { status: 200, body: { items: [EDITION], nextCursor: null } })
      .on(`GET /api/editions/${EDITION.id}/registration`, { status: 200, body: buildRegistration(investor) })
      .on(`POST /api/editions/${EDITION.id}/meeting-requests`, { status: 201, body: { id: '99999999-9999-4999-8999-000000000001', status: 'pending' } });
    const { user } = renderApp('/matches');

    expect(await screen.findByText(`Permintaan pertemuan dari halaman ini dikirim untuk ${EDITION.name}.`)).toBeInTheDocument();
    await user.click(within(await card('Pabrik sagu Kapuas Hulu')).getByRole('button', { name: 'Ajukan pertemuan' }));
    const dialog = screen.getByRole('dialog', { name: 'Ajukan pertemuan dengan PT Sawit Lestari Kapuas' });
    expect(within(dialog).getByLabelText('Tentang peluang (opsional)')).toHaveValue(sagu.opportunity.id);
    await user.click(within(dialog).getByRole('button', { name: 'Kirim permintaan' }));

    expect(await screen.findByText('Permintaan pertemuan terkirim ke PT Sawit Lestari Kapuas.')).toBeInTheDocument();
    expect(api.to(`POST /api/editions/${EDITION.id}/meeting-requests`)[0].body).toEqual({ toUserId: sagu.opportunity.userId, opportunityId: sagu.opportunity.id });
  });

  it('is not offered without a registration', async () => {
    signInAs('investor');
    serveMatches(api, [sagu]);
    api
      .on('GET /api/editions', { status: 200, body: { items: [EDITION], nextCursor: null } })
      .on(`GET /api/editions/${EDITION.id}/registration`, apiError(404, 'Not Found', 'Pendaftaran tidak ditemukan.'));
    renderApp('/matches');

    const first = await card('Pabrik sagu Kapuas Hulu');
    await waitFor(() => expect(api.to(`GET /api/editions/${EDITION.id}/registration`)).toHaveLength(1));
    expect(within(first).queryByRole('button', { name: 'Ajukan pertemuan' })).not.toBeInTheDocument();
  });
});
