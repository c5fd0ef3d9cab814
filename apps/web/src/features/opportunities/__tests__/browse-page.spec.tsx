import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { Role } from '@serumpun/shared';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildOpportunity, FX_RATES, recordQueries, searchResult } from './fixtures';

let api: FakeApi;
let queries: ReturnType<typeof recordQueries>;

const SAWIT = buildOpportunity({ title: 'Pabrik minyak sawit mini di Sanggau' });
const KUCHING = buildOpportunity({
  title: 'Solar rooftops for Kuching schools',
  summary: 'Leasing solar panels to 40 schools in Kuching.',
  sectorCode: 'D35',
  sectorSection: 'D',
  regionCode: 'MY-13',
  countryCode: 'MY',
  amount: { amount: '4215000', currency: 'MYR' },
  instruments: ['ppp'],
  stage: 'greenfield',
  sustainability: { environmental: null, social: null, tags: ['renewable_energy', 'low_carbon'] },
  business: null,
});

function signInAs(role: Role = 'investor') {
  sessionStore.start(buildSession(buildUser({ role, fullName: 'Siti Rahmawati' })));
}

// Whole-page journeys with many fields: slow in jsdom on a busy machine.
jest.setTimeout(20_000);

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi()
    .on('GET /api/fx-rates', { status: 200, body: FX_RATES })
    .on('GET /api/opportunities', { status: 200, body: searchResult([SAWIT, KUCHING], { total: 21 }) });
  queries = recordQueries();
  signInAs();
});

const lastSearch = () => queries.queriesTo('/api/opportunities').at(-1)!;

describe('browsing opportunities', () => {
  it('shows each result with its sector, place, amount, instruments, stage and sustainability tags', async () => {
    renderApp('/opportunities');

    const card = (await screen.findByRole('link', { name: 'Solar rooftops for Kuching schools' })).closest('article')!;
    const inCard = within(card as HTMLElement);
    expect(inCard.getByText('Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin')).toBeInTheDocument();
    expect(inCard.getByText('Sarawak, Malaysia')).toBeInTheDocument();
    expect(inCard.getByText(/^MYR\s4\.215\.000,00$/)).toBeInTheDocument();
    expect(inCard.getByText(/Kerja sama pemerintah dan badan usaha \(KPBU\)/)).toBeInTheDocument();
    expect(inCard.getByText('Proyek baru (greenfield)')).toBeInTheDocument();
    expect(inCard.getByRole('list', { name: 'Label keberlanjutan' })).toHaveTextContent(/Energi terbarukan.*Rendah karbon/);
    expect(screen.getByRole('link', { name: 'Pabrik minyak sawit mini di Sanggau' })).toHaveAttribute('href', `/opportunities/${SAWIT.id}`);
    expect(screen.getByRole('heading', { level: 2, name: '21 peluang' })).toBeInTheDocument();
  });

  it('shows the facet counts of the first page beside each filter value', async () => {
    renderApp('/opportunities');
    await screen.findByRole('link', { name: SAWIT.title });

    const sector = screen.getByRole('group', { name: 'Sektor' });
    expect(within(sector).getByRole('radio', { name: 'Industri Pengolahan (12 peluang)' })).toBeInTheDocument();
    expect(within(sector).getByRole('radio', { name: 'Pertanian, Kehutanan dan Perikanan (7 peluang)' })).toBeInTheDocument();
    expect(within(sector).getByRole('radio', { name: 'Semua sektor' })).toBeChecked();
    const country = screen.getByRole('group', { name: 'Negara' });
    expect(within(country).getByRole('radio', { name: 'Malaysia (5 peluang)' })).toBeInTheDocument();
    expect(within(country).getByRole('radio', { name: 'Brunei Darussalam (1 peluang)' })).toBeInTheDocument();
    const island = screen.getByRole('group', { name: 'Pulau' });
    expect(within(island).getByRole('radio', { name: 'Kalimantan (Borneo) (18 peluang)' })).toBeInTheDocument();
  });

  it('puts each filter in the URL and the request, and the back button undoes it', async () => {
    const { user, location, router } = renderApp('/opportunities');
    await screen.findByRole('link', { name: SAWIT.title });

    await user.click(screen.getByRole('radio', { name: /^Industri Pengolahan/ }));
    await waitFor(() => expect(location()).toBe('/opportunities?sector=C'));
    await waitFor(() => expect(lastSearch().get('sector')).toBe('C'));

    // A section narrows further to one of its divisions.
    await user.selectOptions(screen.getByLabelText('Subsektor'), 'C10');
    await waitFor(() => expect(location()).toBe('/opportunities?sector=C10'));

    await user.click(screen.getByRole('radio', { name: /^Malaysia/ }));
    await user.selectOptions(screen.getByLabelText('Instrumen'), 'equity');
    await user.type(screen.getByLabelText('Dari'), '250.000');
    await user.click(screen.getByRole('button', { name: 'Terapkan' }));

    await waitFor(() => expect(location()).toBe('/opportunities?sector=C10&country=MY&instrument=equity&minAmountUsd=250000'));
    await waitFor(() => expect(lastSearch().toString()).toBe('sector=C10&country=MY&instrument=equity&minAmountUsd=250000&limit=20'));

    await act(() => router.navigate(-1));
    expect(location()).toBe('/opportunities?sector=C10&country=MY&instrument=equity');
    await waitFor(() => expect(screen.getByLabelText('Dari')).toHaveValue(''));
    expect(screen.getByRole('radio', { name: /^Malaysia/ })).toBeChecked();
  });

  it('searches the full text, ranks by relevance, and lists the active filters to remove', async () => {
    const { user, location } = renderApp('/opportunities?island=borneo');
    await screen.findByRole('link', { name: SAWIT.title });
    expect(lastSearch().get('island')).toBe('borneo');

    await user.type(screen.getByRole('searchbox', { name: 'Cari peluang' }), 'sawit{Enter}');

    await waitFor(() => expect(location()).toBe('/opportunities?q=sawit&island=borneo'));
    await waitFor(() => expect(lastSearch().get('q')).toBe('sawit'));
    expect(screen.getByLabelText('Urutkan')).toHaveValue('relevance');

    await user.selectOptions(screen.getByLabelText('Urutkan'), 'amount');
    await waitFor(() => expect(lastSearch().get('sort')).toBe('amount'));

    const active = screen.getByRole('list', { name: 'Filter aktif' });
    await user.click(within(active).getByRole('button', { name: 'Hapus filter Kalimantan (Borneo)' }));
    await waitFor(() => expect(location()).toBe('/opportunities?q=sawit&sort=amount'));
  });

  it('opens a shared link with its filters applied, ignoring values the API would refuse', async () => {
    renderApp('/opportunities?country=BN&stage=growth&sector=ZZ&minAmountUsd=abc');

    await screen.findByRole('link', { name: SAWIT.title });
    expect(lastSearch().toString()).toBe('country=BN&stage=growth&limit=20');
    expect(screen.getByRole('radio', { name: /^Brunei Darussalam/ })).toBeChecked();
    expect(screen.getByLabelText('Tahap usaha')).toHaveValue('growth');
  });

  it('loads the next page with the cursor', async () => {
    api.on('GET /api/opportunities', () =>
      queries.lastQuery().get('cursor') === 'page-2'
        ? { status: 200, body: searchResult([KUCHING], { total: null, facets: null }) }
        : { status: 200, body: searchResult([SAWIT], { nextCursor: 'page-2', total: 2 }) },
    );
    const { user } = renderApp('/opportunities');
    await screen.findByRole('link', { name: SAWIT.title });

    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));

    expect(await screen.findByRole('link', { name: KUCHING.title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: SAWIT.title })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();
    // The facets of the first page stay.
    expect(screen.getByRole('radio', { name: 'Industri Pengolahan (12 peluang)' })).toBeInTheDocument();
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    api.on('GET /api/opportunities', { status: 200, body: searchResult([], { total: 0 }) });
    const { user, location } = renderApp('/opportunities?country=MY&q=durian');

    expect(await screen.findByText('Belum ada peluang yang cocok')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Hapus semua filter' })[0]);

    await waitFor(() => expect(location()).toBe('/opportunities?q=durian'));
  });

  it('shows a skeleton while loading, then an error with a way to try again', async () => {
    api.on('GET /api/opportunities', apiError(503, 'Service Unavailable', 'down'));
    const { user } = renderApp('/opportunities');

    expect(screen.getByRole('status')).toHaveTextContent('Memuat peluang…');
    expect(await screen.findByText('Daftar peluang tidak dapat dimuat.')).toBeInTheDocument();

    api.on('GET /api/opportunities', { status: 200, body: searchResult([SAWIT]) });
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));

    expect(await screen.findByRole('link', { name: SAWIT.title })).toBeInTheDocument();
  });

  it('folds the filters behind a button that says whether they are open (for phones)', async () => {
    const { user } = renderApp('/opportunities?country=MY&stage=growth');
    const toggle = await screen.findByRole('button', { name: 'Filter (2)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', 'opportunity-filters');

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById('opportunity-filters')).toHaveClass('filters--open');
  });

  it('shows amounts in the viewer’s chosen currency beside the original, with the rate’s date', async () => {
    const { user } = renderApp('/opportunities');
    const card = (await screen.findByRole('link', { name: SAWIT.title })).closest('article') as HTMLElement;
    // Indonesian viewers see rupiah by default: an amount in rupiah needs no conversion.
    expect(within(card).getByText(/^Rp\s16\.630\.000\.000$/)).toBeInTheDocument();
    expect(within(card).queryByText(/≈/)).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Tampilkan nilai dalam'), 'USD');

    expect(within(card).getByText(/≈ US\$1\.000\.000,00/)).toHaveTextContent('≈ US$1.000.000,00 (kurs per 30 Okt 2025)');
    expect(localStorage.getItem('serumpun.currency')).toBe('USD');
  });

  it('offers businesses their own list and a way to post', async () => {
    sessionStore.reset();
    signInAs('business');
    renderApp('/opportunities');

    expect(await screen.findByRole('link', { name: 'Pasang peluang baru' })).toHaveAttribute('href', '/opportunities/new');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Peluang saya' })).toHaveAttribute('href', '/my/opportunities');
  });
});
