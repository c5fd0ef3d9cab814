import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildOpportunity, FX_RATES, recordQueries, searchResult } from './fixtures';

let api: FakeApi;
const OWNER = buildUser({ role: 'business', fullName: 'Dayang Nurfaizah' });

// Whole-page journeys with many fields: slow in jsdom on a busy machine.
jest.setTimeout(40_000);

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi().on('GET /api/fx-rates', { status: 200, body: FX_RATES });
  sessionStore.start(buildSession(OWNER));
});

type User = ReturnType<typeof renderApp>['user'];

/** Pastes rather than types long text: typing letter by letter makes these journeys slow. */
async function fill(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/** Searches a picker and chooses an option (label and listbox lookups: role queries over the whole form are slow). */
async function pick(user: User, label: string, query: string, option: RegExp | string) {
  const combobox = screen.getByLabelText(label, { selector: 'input' });
  await fill(user, combobox, query);
  const listbox = document.getElementById(combobox.getAttribute('aria-controls')!)!;
  await user.click(within(listbox).getByRole('option', { name: option }));
}

async function fillValidForm(user: User) {
  await fill(user, screen.getByLabelText('Judul'), 'Pabrik minyak sawit mini di Sanggau');
  await fill(user, screen.getByLabelText('Ringkasan'), 'Pabrik berkapasitas 10 ton per jam untuk petani plasma.');
  await fill(user, screen.getByLabelText('Deskripsi'), 'Kami mencari mitra untuk membangun pabrik kelapa sawit mini di Sanggau.');
  await pick(user, 'Sektor (KBLI)', 'makanan', /Industri Makanan$/);
  await pick(user, 'Lokasi usaha atau proyek', 'Pontianak', 'Kalimantan Barat');
  await user.type(screen.getByLabelText('Nilai kebutuhan dana'), '1.500.000.000');
  await user.click(screen.getByRole('checkbox', { name: 'Ekuitas (penyertaan modal)' }));
  await user.selectOptions(screen.getByLabelText('Tahap usaha'), 'growth');
}

describe('posting an opportunity', () => {
  it('checks the fields on the client, in the interface language, before sending anything', async () => {
    const { user } = renderApp('/opportunities/new');
    await screen.findByRole('heading', { level: 1, name: 'Pasang peluang investasi' });

    await user.click(screen.getByRole('button', { name: 'Terbitkan' }));

    expect(await screen.findByLabelText('Judul')).toHaveAccessibleDescription(/Wajib diisi/);
    expect(screen.getByRole('combobox', { name: 'Sektor (KBLI)' })).toHaveAccessibleDescription(/Pilih salah satu/);
    expect(screen.getByLabelText('Nilai kebutuhan dana')).toHaveAccessibleDescription(/Wajib diisi/);
    expect(screen.getByRole('group', { name: 'Instrumen pendanaan' })).toHaveAccessibleDescription(/Pilih minimal 1/);
    expect(api.to('POST /api/opportunities')).toHaveLength(0);
  });

  it('publishes, sending the amount as a plain decimal however it was typed', async () => {
    const created = buildOpportunity({ userId: OWNER.id });
    api.on('POST /api/opportunities', { status: 201, body: created }).on(`GET /api/opportunities/${created.id}`, { status: 200, body: created });
    const { user, location } = renderApp('/opportunities/new');
    await screen.findByRole('heading', { level: 1, name: 'Pasang peluang investasi' });
    await fillValidForm(user);
    expect(screen.getByText(/^Terbaca: Rp\s1\.500\.000\.000$/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Terbitkan' }));

    await waitFor(() => expect(location()).toBe(`/opportunities/${created.id}`));
    expect(api.to('POST /api/opportunities')[0].body).toEqual({
      title: 'Pabrik minyak sawit mini di Sanggau',
      summary: 'Pabrik berkapasitas 10 ton per jam untuk petani plasma.',
      description: 'Kami mencari mitra untuk membangun pabrik kelapa sawit mini di Sanggau.',
      sectorCode: 'C10',
      regionCode: 'ID-KB',
      amount: { amount: '1500000000', currency: 'IDR' },
      instruments: ['equity'],
      stage: 'growth',
      sustainability: { environmental: null, social: null, tags: [] },
      status: 'published',
    });
    expect(await screen.findByText('Peluang Anda sudah diterbitkan dan dapat ditemukan investor.')).toBeInTheDocument();
  });

  it('shows the API’s field errors next to their fields', async () => {
    api.on(
      'POST /api/opportunities',
      apiError(400, 'Bad Request', 'Data tidak valid', [
        { path: 'title', message: 'Judul ini sudah Anda pakai' },
        { path: 'amount.amount', message: 'Jumlah ini tidak masuk akal (lebih dari US$ 100000000000 dengan kurs saat ini). Periksa mata uangnya.' },
        { path: 'instruments.0', message: 'Instrumen tidak dikenal' },
      ]),
    );
    const { user } = renderApp('/opportunities/new');
    await screen.findByRole('heading', { level: 1, name: 'Pasang peluang investasi' });
    await fillValidForm(user);

    await user.click(screen.getByRole('button', { name: 'Simpan sebagai draf' }));

    await waitFor(() => expect(screen.getByLabelText('Judul')).toHaveAccessibleDescription(/Judul ini sudah Anda pakai/));
    expect(screen.getByLabelText('Judul')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Nilai kebutuhan dana')).toHaveAccessibleDescription(/Jumlah ini tidak masuk akal/);
    expect(screen.getByRole('group', { name: 'Instrumen pendanaan' })).toHaveAccessibleDescription(/Instrumen tidak dikenal/);
    expect(screen.getByLabelText('Ringkasan')).not.toHaveAttribute('aria-invalid');
    expect(api.to('POST /api/opportunities')[0].body).toMatchObject({ status: 'draft' });
    await waitFor(() => expect(screen.getByLabelText('Judul')).toHaveFocus());
  });

  it('shows a refusal no field explains (a currency without a rate) above the form', async () => {
    api.on('POST /api/opportunities', apiError(422, 'Unprocessable Entity', 'Belum ada kurs untuk SGD.'));
    const { user } = renderApp('/opportunities/new');
    await screen.findByRole('heading', { level: 1, name: 'Pasang peluang investasi' });
    await fillValidForm(user);

    await user.click(screen.getByRole('button', { name: 'Terbitkan' }));

    expect(await screen.findByText('Belum ada kurs untuk SGD.')).toBeInTheDocument();
  });
});

describe('editing an opportunity', () => {
  it('starts from the saved values and sends the changes without touching the status', async () => {
    const opportunity = buildOpportunity({ userId: OWNER.id, amount: { amount: '2500000.50', currency: 'MYR' } });
    api
      .on(`GET /api/opportunities/${opportunity.id}`, { status: 200, body: opportunity })
      .on(`PATCH /api/opportunities/${opportunity.id}`, (request) => ({ status: 200, body: { ...opportunity, ...(request.body as object) } }));
    const { user, location } = renderApp(`/opportunities/${opportunity.id}/edit`);

    const title = await screen.findByLabelText('Judul');
    expect(title).toHaveValue(opportunity.title);
    // Written the Indonesian way in an Indonesian interface.
    expect(screen.getByLabelText('Nilai kebutuhan dana')).toHaveValue('2500000,50');
    expect(screen.getByRole('list', { name: 'Pilihan Anda Sektor (KBLI)' })).toHaveTextContent('C10 Industri Makanan');
    expect(screen.queryByRole('button', { name: 'Simpan dan terbitkan' })).not.toBeInTheDocument();

    await user.clear(title);
    await fill(user, title, 'Pabrik sawit mini Sanggau, tahap dua');
    await user.click(screen.getByRole('button', { name: 'Simpan perubahan' }));

    await waitFor(() => expect(location()).toBe(`/opportunities/${opportunity.id}`));
    const patch = api.to(`PATCH /api/opportunities/${opportunity.id}`)[0].body as Record<string, unknown>;
    expect(patch).toMatchObject({ title: 'Pabrik sawit mini Sanggau, tahap dua', amount: { amount: '2500000.50', currency: 'MYR' } });
    expect(patch).not.toHaveProperty('status');
    expect(await screen.findByText('Perubahan tersimpan.')).toBeInTheDocument();
  });

  it('is not offered to someone who does not own it', async () => {
    const opportunity = buildOpportunity();
    api.on(`GET /api/opportunities/${opportunity.id}`, { status: 200, body: opportunity });
    renderApp(`/opportunities/${opportunity.id}/edit`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
  });
});

describe('my opportunities', () => {
  it('lists the business’s own opportunities by status, with what can be done to each', async () => {
    const draft = buildOpportunity({ userId: OWNER.id, status: 'draft', title: 'Gudang dingin ikan di Singkawang' });
    const closed = buildOpportunity({ userId: OWNER.id, status: 'closed', closeReason: 'withdrawn', title: 'Kebun lada Sambas' });
    const queries = recordQueries();
    api.on('GET /api/opportunities', () =>
      queries.lastQuery().get('status') === 'closed' ? { status: 200, body: searchResult([closed]) } : { status: 200, body: searchResult([draft]) },
    );
    const { user } = renderApp('/my/opportunities');

    const item = (await screen.findByRole('link', { name: draft.title })).closest('li') as HTMLElement;
    expect(within(item).getByText('Draf')).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Terbitkan' })).toBeInTheDocument();
    expect(queries.queriesTo('/api/opportunities')[0].toString()).toBe('mine=true&sort=newest&limit=20');

    await user.click(screen.getByRole('link', { name: 'Ditutup' }));

    const closedItem = (await screen.findByRole('link', { name: closed.title })).closest('li') as HTMLElement;
    expect(within(closedItem).getByText('Peluang ini sudah ditutup: Ditarik kembali.')).toBeInTheDocument();
    expect(within(closedItem).queryByRole('link', { name: 'Ubah' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ditutup' })).toHaveAttribute('aria-current', 'page');
  });
});
