import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { Opportunity, Role } from '@serumpun/shared';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildOpportunity, FX_RATES } from './fixtures';

let api: FakeApi;

const OWNER = buildUser({ role: 'business', fullName: 'Dayang Nurfaizah' });
const INVESTOR = buildUser({ role: 'investor', fullName: 'Lim Wei Ming' });
const OTHER_BUSINESS = buildUser({ role: 'business', fullName: 'Agus Santoso' });
const ORGANISER = buildUser({ role: 'organiser', fullName: 'Rina Kabar' });

function serve(opportunity: Opportunity) {
  api.on(`GET /api/opportunities/${opportunity.id}`, { status: 200, body: opportunity });
}

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi().on('GET /api/fx-rates', { status: 200, body: FX_RATES });
});

function signIn(user: ReturnType<typeof buildUser>) {
  sessionStore.start(buildSession(user));
}

describe('an opportunity page', () => {
  it('shows everything: description, sustainability, the business, the status and the amount', async () => {
    const opportunity = buildOpportunity({
      userId: OWNER.id,
      sustainability: { environmental: 'Limbah cair diolah menjadi biogas.', social: 'Bermitra dengan 300 petani plasma.', tags: ['circular_economy'] },
    });
    serve(opportunity);
    signIn(INVESTOR);
    localStorage.setItem('serumpun.currency', 'MYR');
    renderApp(`/opportunities/${opportunity.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: opportunity.title })).toBeInTheDocument();
    expect(screen.getByText('Diterbitkan', { selector: '.badge' })).toBeInTheDocument();
    expect(screen.getByText(/Kami mencari mitra untuk membangun pabrik kelapa sawit mini\.\s+Dana dipakai/)).toBeInTheDocument();
    expect(screen.getByText('Limbah cair diolah menjadi biogas.')).toBeInTheDocument();
    expect(screen.getByText('Bermitra dengan 300 petani plasma.')).toBeInTheDocument();
    expect(screen.getByText('Ekonomi sirkular')).toBeInTheDocument();
    const businessLinks = screen.getAllByRole('link', { name: 'PT Sawit Lestari Kapuas' });
    expect(businessLinks[0]).toHaveAttribute('href', `/businesses/${opportunity.business!.id}`);
    const facts = screen.getByRole('complementary', { name: 'Ringkasan peluang' });
    expect(within(facts).getByText('C10 · Industri Makanan')).toBeInTheDocument();
    expect(within(facts).getByText(/^Rp\s16\.630\.000\.000$/)).toBeInTheDocument();
    // 16,630,000,000 IDR at 16,630 per dollar is 1,000,000 USD, at 4.215 ringgit per dollar.
    expect(await within(facts).findByText(/^≈ MYR\s4\.215\.000,00/)).toHaveTextContent('(kurs per 30 Okt 2025)');
  });

  it('renders markup typed into the text as inert characters', async () => {
    const opportunity = buildOpportunity({
      title: '<img src=x onerror="alert(1)"> Tambak udang',
      description: '<script>window.hacked = true</script><b>tebal</b>',
    });
    serve(opportunity);
    signIn(INVESTOR);
    const { container } = renderApp(`/opportunities/${opportunity.id}`);

    expect(await screen.findByRole('heading', { level: 1, name: '<img src=x onerror="alert(1)"> Tambak udang' })).toBeInTheDocument();
    expect(screen.getByText('<script>window.hacked = true</script><b>tebal</b>')).toBeInTheDocument();
    expect(container.querySelector('main img, main script, main b')).toBeNull();
  });

  it.each<[string, ReturnType<typeof buildUser>]>([
    ['an investor', INVESTOR],
    ['another business', OTHER_BUSINESS],
  ])('hides the owner’s actions from %s', async (_who, viewer) => {
    const opportunity = buildOpportunity({ userId: OWNER.id });
    serve(opportunity);
    signIn(viewer);
    renderApp(`/opportunities/${opportunity.id}`);

    await screen.findByRole('heading', { level: 1, name: opportunity.title });
    expect(screen.queryByRole('link', { name: 'Ubah' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Terbitkan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tutup peluang' })).not.toBeInTheDocument();
  });

  it.each<[Role, ReturnType<typeof buildUser>]>([
    ['business', OWNER],
    ['organiser', ORGANISER],
  ])('lets the owner or an organiser (%s) publish a draft', async (_role, viewer) => {
    const draft = buildOpportunity({ userId: OWNER.id, status: 'draft', publishedAt: null });
    serve(draft);
    api.on(`PATCH /api/opportunities/${draft.id}`, { status: 200, body: { ...draft, status: 'published', publishedAt: '2025-11-01T00:00:00.000Z' } });
    signIn(viewer);
    const { user } = renderApp(`/opportunities/${draft.id}`);

    expect(await screen.findByRole('link', { name: 'Ubah' })).toHaveAttribute('href', `/opportunities/${draft.id}/edit`);
    expect(screen.getByText('Draf', { selector: '.badge' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Terbitkan' }));

    await waitFor(() => expect(screen.getByText('Diterbitkan', { selector: '.badge' })).toBeInTheDocument());
    expect(api.to(`PATCH /api/opportunities/${draft.id}`)[0].body).toEqual({ status: 'published' });
    expect(screen.getByRole('button', { name: 'Tutup peluang' })).toBeInTheDocument();
  });

  it('asks why before closing, and sends the reason', async () => {
    const opportunity = buildOpportunity({ userId: OWNER.id });
    serve(opportunity);
    api.on(`PATCH /api/opportunities/${opportunity.id}`, {
      status: 200,
      body: { ...opportunity, status: 'closed', closeReason: 'funded', closedAt: '2025-11-02T00:00:00.000Z' },
    });
    signIn(OWNER);
    const { user } = renderApp(`/opportunities/${opportunity.id}`);

    const closeButton = await screen.findByRole('button', { name: 'Tutup peluang' });
    await user.click(closeButton);
    expect(closeButton).toHaveAttribute('aria-expanded', 'true');
    const reasons = screen.getByRole('group', { name: 'Mengapa peluang ini ditutup?' });
    expect(within(reasons).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['funded', 'withdrawn', 'expired']);

    const confirm = screen.getAllByRole('button', { name: 'Tutup peluang' }).find((button) => button.getAttribute('type') === 'submit')!;
    await user.click(confirm);
    expect(reasons).toHaveAccessibleDescription('Pilih alasan penutupan.');
    expect(api.to(`PATCH /api/opportunities/${opportunity.id}`)).toHaveLength(0);

    await user.click(within(reasons).getByRole('radio', { name: /Pendanaan terpenuhi/ }));
    await user.click(confirm);

    expect(await screen.findByText('Peluang ini sudah ditutup: Pendanaan terpenuhi.')).toBeInTheDocument();
    expect(api.to(`PATCH /api/opportunities/${opportunity.id}`)[0].body).toEqual({ status: 'closed', closeReason: 'funded' });
    expect(screen.queryByRole('link', { name: 'Ubah' })).not.toBeInTheDocument();
  });

  it('shows the API’s refusal of the close reason beside the reasons, in its words', async () => {
    const opportunity = buildOpportunity({ userId: OWNER.id });
    serve(opportunity);
    api.on(
      `PATCH /api/opportunities/${opportunity.id}`,
      apiError(400, 'Bad Request', 'Input tidak valid (closeReason)', [{ path: 'closeReason', message: 'Alasan penutupan hanya diisi saat peluang ditutup' }]),
    );
    signIn(OWNER);
    const { user } = renderApp(`/opportunities/${opportunity.id}`);

    await user.click(await screen.findByRole('button', { name: 'Tutup peluang' }));
    const reasons = screen.getByRole('group', { name: 'Mengapa peluang ini ditutup?' });
    await user.click(within(reasons).getByRole('radio', { name: /Pendanaan terpenuhi/ }));
    await user.click(screen.getAllByRole('button', { name: 'Tutup peluang' }).find((button) => button.getAttribute('type') === 'submit')!);

    await waitFor(() => expect(reasons).toHaveAccessibleDescription('Alasan penutupan hanya diisi saat peluang ditutup'));
    expect(screen.queryByText('Input tidak valid (closeReason)')).not.toBeInTheDocument();
  });

  it('shows the API’s refusal when an action fails', async () => {
    const draft = buildOpportunity({ userId: OWNER.id, status: 'draft' });
    serve(draft);
    api.on(`PATCH /api/opportunities/${draft.id}`, apiError(409, 'Conflict', 'Peluang ini baru saja diubah oleh orang lain. Muat ulang lalu coba lagi.'));
    signIn(OWNER);
    const { user } = renderApp(`/opportunities/${draft.id}`);

    await user.click(await screen.findByRole('button', { name: 'Terbitkan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Peluang ini baru saja diubah oleh orang lain.');
  });

  it('is not found when the API says so', async () => {
    api.on('GET /api/opportunities/00000000-0000-4000-8000-000000000999', apiError(404, 'Not Found', 'Peluang investasi tidak ditemukan.'));
    signIn(INVESTOR);
    renderApp('/opportunities/00000000-0000-4000-8000-000000000999');

    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
  });
});
