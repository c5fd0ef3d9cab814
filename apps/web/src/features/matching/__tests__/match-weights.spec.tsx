import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { MatchWeightsDto } from '@serumpun/shared';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { EDITION, page } from '../../meetings/__tests__/meeting-factories';

const DEFAULTS: MatchWeightsDto = { sector: 30, region: 20, ticket: 20, instrument: 10, stage: 10, language: 5, sustainability: 5 };
const LABELS = ['Sektor', 'Wilayah', 'Ukuran investasi', 'Instrumen', 'Tahap usaha', 'Bahasa pertemuan', 'Keberlanjutan'];
let api: FakeApi;

beforeEach(async () => {
  await resetDevice();
  sessionStore.start(buildSession(buildUser({ role: 'organiser', fullName: 'Yohana Sitompul' })));
  api = installFakeApi()
    .on(`GET /api/editions/${EDITION.id}`, { status: 200, body: EDITION })
    .on(`GET /api/editions/${EDITION.id}/meetings`, page([]))
    .on('GET /api/matching/weights', { status: 200, body: DEFAULTS });
});

async function openPanel() {
  const view = renderApp(`/editions/${EDITION.id}/console/settings`);
  const panel = (await screen.findByRole('heading', { level: 2, name: 'Bobot kecocokan' })).closest('section') as HTMLElement;
  await within(panel).findByLabelText('Sektor');
  return { ...view, panel };
}

describe('matching weights in the organiser console', () => {
  it('shows the seven weights now in force, each with its share of a score', async () => {
    const { panel } = await openPanel();

    expect(LABELS.map((label) => (within(panel).getByLabelText(label) as HTMLInputElement).value)).toEqual(['30', '20', '20', '10', '10', '5', '5']);
    expect(within(panel).getByLabelText('Sektor')).toHaveAccessibleDescription('30% dari skor');
  });

  it('saves the whole set', async () => {
    api.on('PUT /api/matching/weights', (request) => ({ status: 200, body: request.body }));
    const { panel, user } = await openPanel();

    const sector = within(panel).getByLabelText('Sektor');
    await user.clear(sector);
    await user.type(sector, '50');
    expect(sector).toHaveAccessibleDescription('42% dari skor');
    await user.click(within(panel).getByRole('button', { name: 'Simpan bobot' }));

    expect(await within(panel).findByText('Bobot tersimpan. Kecocokan kini dihitung dengan bobot baru.')).toBeInTheDocument();
    expect(api.to('PUT /api/matching/weights')[0].body).toEqual({ ...DEFAULTS, sector: 50 });
  });

  it('refuses a weight outside 0..100 or not whole, beside its field, without asking the API', async () => {
    const { panel, user } = await openPanel();

    const region = within(panel).getByLabelText('Wilayah');
    await user.clear(region);
    await user.type(region, '150');
    const stage = within(panel).getByLabelText('Tahap usaha');
    await user.clear(stage);
    await user.type(stage, '2.5');
    await user.click(within(panel).getByRole('button', { name: 'Simpan bobot' }));

    expect(region).toHaveAccessibleDescription('Masukkan bilangan bulat dari 0 sampai 100.');
    expect(region).toHaveAttribute('aria-invalid', 'true');
    expect(stage).toHaveAccessibleDescription('Masukkan bilangan bulat dari 0 sampai 100.');
    expect(within(panel).getByLabelText('Sektor')).not.toHaveAttribute('aria-invalid');
    expect(api.to('PUT /api/matching/weights')).toHaveLength(0);
  });

  it('refuses all weights at zero', async () => {
    const { panel, user } = await openPanel();

    for (const label of LABELS) {
      const input = within(panel).getByLabelText(label);
      await user.clear(input);
      await user.type(input, '0');
    }
    await user.click(within(panel).getByRole('button', { name: 'Simpan bobot' }));

    expect(within(panel).getByRole('alert')).toHaveTextContent('Setidaknya satu bobot harus lebih dari nol.');
    expect(api.to('PUT /api/matching/weights')).toHaveLength(0);
  });

  it('shows the API’s refusal beside the field it names', async () => {
    api.on('PUT /api/matching/weights', apiError(400, 'Bad Request', 'Data tidak valid.', [{ path: 'ticket', message: 'Nilai maksimum 100.' }]));
    const { panel, user } = await openPanel();

    await user.click(within(panel).getByRole('button', { name: 'Simpan bobot' }));

    await waitFor(() => expect(within(panel).getByLabelText('Ukuran investasi')).toHaveAccessibleDescription(/Nilai maksimum 100\./));
    expect(within(panel).queryByText('Bobot tersimpan. Kecocokan kini dihitung dengan bobot baru.')).not.toBeInTheDocument();
  });

  it('shows the API’s refusal of the weights as a whole in its own words, not the bare summary', async () => {
    api.on(
      'PUT /api/matching/weights',
      apiError(400, 'Bad Request', 'Input tidak valid ((body))', [{ path: '', message: 'Setidaknya satu bobot harus lebih dari nol' }]),
    );
    const { panel, user } = await openPanel();

    await user.click(within(panel).getByRole('button', { name: 'Simpan bobot' }));

    await waitFor(() => expect(within(panel).getByRole('alert')).toHaveTextContent('Setidaknya satu bobot harus lebih dari nol'));
    expect(within(panel).getByRole('alert')).not.toHaveTextContent('(body)');
  });
});
