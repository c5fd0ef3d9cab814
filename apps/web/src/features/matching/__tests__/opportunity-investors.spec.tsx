import { beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { Opportunity, User } from '@serumpun/shared';
import { sessionStore } from '../../auth/session/session-store';
import { buildSession, buildUser } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { buildOpportunity, FX_RATES } from '../../opportunities/__tests__/fixtures';
import { buildInvestorMatch } from './match-factories';

const OWNER = buildUser({ role: 'business', fullName: 'Dayang Nurfaizah' });
const INVESTOR = buildUser({ role: 'investor', fullName: 'Lim Wei Ming' });
const OTHER_BUSINESS = buildUser({ role: 'business', fullName: 'Agus Santoso' });
const ORGANISER = buildUser({ role: 'organiser', fullName: 'Rina Kartika' });
const lim = buildInvestorMatch({ organisation: 'Borneo Growth Partners', fullName: 'Lim Wei Ming' }, { score: 76 });
const siti = buildInvestorMatch({ organisation: 'Modal Ventura Khatulistiwa', fullName: 'Siti Rahmawati' }, { score: 41 });
let api: FakeApi;

beforeEach(async () => {
  await resetDevice();
  api = installFakeApi()
    .on('GET /api/fx-rates', { status: 200, body: FX_RATES })
    .on('GET /api/editions', { status: 200, body: { items: [], nextCursor: null } });
});

function open(viewer: User, opportunity: Opportunity) {
  sessionStore.start(buildSession(viewer));
  api
    .on(`GET /api/opportunities/${opportunity.id}`, { status: 200, body: opportunity })
    .on(`GET /api/opportunities/${opportunity.id}/matches`, { status: 200, body: { items: [lim, siti], nextCursor: null } });
  return renderApp(`/opportunities/${opportunity.id}`);
}

describe('investors for an opportunity', () => {
  it('shows its owner the investors ranked for it, with scores, reasons and their profiles', async () => {
    const opportunity = buildOpportunity({ userId: OWNER.id });
    open(OWNER, opportunity);

    const section = (await screen.findByRole('heading', { level: 2, name: 'Investor untuk peluang ini' })).closest('section') as HTMLElement;
    const first = (await within(section).findByRole('heading', { level: 3, name: 'Borneo Growth Partners' })).closest('li') as HTMLElement;
    expect(within(first).getByRole('link', { name: 'Borneo Growth Partners' })).toHaveAttribute('href', `/investors/${lim.investor.id}`);
    expect(within(first).getByRole('img', { name: 'Skor kecocokan: 76 dari 100' })).toBeInTheDocument();
    expect(within(first).getByRole('list', { name: 'Alasan kecocokan' })).toHaveTextContent('Sektor sama: C10 Industri Makanan +30 poin');
    expect(within(section).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Borneo Growth Partners', 'Modal Ventura Khatulistiwa']);
  });

  it('shows an organiser the same list', async () => {
    const opportunity = buildOpportunity({ userId: OWNER.id });
    open(ORGANISER, opportunity);

    expect(await screen.findByRole('heading', { level: 2, name: 'Investor untuk peluang ini' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 3, name: 'Borneo Growth Partners' })).toBeInTheDocument();
  });

  it.each([
    ['an investor', INVESTOR],
    ['another business', OTHER_BUSINESS],
  ])('is not shown to %s, nor asked for', async (_who, viewer) => {
    const opportunity = buildOpportunity({ userId: OWNER.id });
    open(viewer, opportunity);

    expect(await screen.findByRole('heading', { level: 1, name: opportunity.title })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Investor untuk peluang ini' })).not.toBeInTheDocument();
    expect(api.to(`GET /api/opportunities/${opportunity.id}/matches`)).toHaveLength(0);
  });

  it('waits until a draft is published', async () => {
    const draft = buildOpportunity({ userId: OWNER.id, status: 'draft', publishedAt: null });
    open(OWNER, draft);

    expect(await screen.findByRole('heading', { level: 1, name: draft.title })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Investor untuk peluang ini' })).not.toBeInTheDocument();
    await waitFor(() => expect(api.to(`GET /api/opportunities/${draft.id}/matches`)).toHaveLength(0));
  });
});
