import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildRegistration, EDITION, setViewerTimeZone } from '../../meetings/__tests__/meeting-factories';
import { buildSuggestion } from './match-factories';

const base = `/api/editions/${EDITION.id}`;
const investor = buildUser({ role: 'investor', fullName: 'Rahman Hakim' });
const OPPORTUNITY_ID = '77777777-7777-4777-8777-000000000001';
const hendra = buildSuggestion({ investorId: investor.id, businessName: 'Hendra Wijaya', score: 71, opportunityId: OPPORTUNITY_ID, opportunityTitle: 'Pabrik sagu Kapuas Hulu' });
const dayang = buildSuggestion({ investorId: investor.id, businessId: '13131313-1313-4313-8313-000000000002', businessName: 'Dayang Nurfaizah', score: 48 });
let api: FakeApi;

beforeEach(async () => {
  await resetDevice();
  setViewerTimeZone('Asia/Pontianak');
  sessionStore.start(buildSession(investor));
  api = installFakeApi()
    .on(`GET ${base}`, { status: 200, body: EDITION })
    .on(`GET ${base}/suggested-meetings`, { status: 200, body: { items: [hendra, dayang] } });
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('suggested meetings on the edition page', () => {
  it('lists the people to meet with the mutual score, names and reasons, and requests a meeting', async () => {
    api
      .on(`GET ${base}/registration`, { status: 200, body: buildRegistration(investor) })
      .on(`POST ${base}/meeting-requests`, { status: 201, body: { id: '99999999-9999-4999-8999-000000000001', status: 'pending' } });
    const { user } = renderApp(`/editions/${EDITION.id}`);

    const section = (await screen.findByRole('heading', { level: 2, name: 'Saran pertemuan' })).closest('section') as HTMLElement;
    const first = (await within(section).findByRole('heading', { level: 3, name: 'Hendra Wijaya' })).closest('li') as HTMLElement;
    expect(within(first).getByRole('img', { name: 'Skor kecocokan: 71 dari 100' })).toBeInTheDocument();
    expect(within(first).getByText('Rahman Hakim ↔ Hendra Wijaya')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'Pabrik sagu Kapuas Hulu' })).toHaveAttribute('href', `/opportunities/${OPPORTUNITY_ID}`);
    expect(within(first).getByRole('list', { name: 'Alasan kecocokan' })).toHaveTextContent('Sektor sama: C10 Industri Makanan +30 poin');
    expect(within(section).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Hendra Wijaya', 'Dayang Nurfaizah']);

    await user.click(within(first).getByRole('button', { name: 'Ajukan pertemuan' }));
    const dialog = screen.getByRole('dialog', { name: 'Ajukan pertemuan dengan Hendra Wijaya' });
    expect(within(dialog).getByLabelText('Tentang peluang (opsional)')).toHaveValue(OPPORTUNITY_ID);
    await user.click(within(dialog).getByRole('button', { name: 'Kirim permintaan' }));

    expect(await within(section).findByText('Permintaan pertemuan terkirim ke Hendra Wijaya.')).toBeInTheDocument();
    expect(api.to(`POST ${base}/meeting-requests`)[0].body).toEqual({ toUserId: hendra.businessId, opportunityId: OPPORTUNITY_ID });
  });

  it('is not shown before the registration is approved, nor asked for', async () => {
    api.on(`GET ${base}/registration`, apiError(404, 'Not Found', 'Pendaftaran tidak ditemukan.'));
    renderApp(`/editions/${EDITION.id}`);

    expect(await screen.findByRole('button', { name: 'Daftar ke edisi ini' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Saran pertemuan' })).not.toBeInTheDocument();
    expect(api.to(`GET ${base}/suggested-meetings`)).toHaveLength(0);
  });
});
