import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Match, MatchList, MatchReasonDto, Opportunity } from '@serumpun/shared';
import { createEdition } from './factories/edition.factory.js';
import { createOpportunity } from './factories/opportunity.factory.js';
import { buildInvestorProfile, createBusiness, createInvestor } from './factories/profile.factory.js';
import { createOrganiser, registerUser } from './factories/user.factory.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** A signed-in participant with a profile (investor or business). */
interface Party {
  session: { user: { id: string; fullName: string } };
  token: string;
}

let t: TestApp;
let organiser: string;
let investor: Party;
let otherInvestor: Party;
let hiddenInvestor: Party;
let owner: Party;
let sarawak: Party;
let best: Opportunity;
let sameSection: Opportunity;
let elsewhere: Opportunity;
let draft: Opportunity;
let closed: Opportunity;
let sarawakPepper: Opportunity;
let bigKopi: Opportunity;

const ID = { 'accept-language': 'id' };
const EN = { 'accept-language': 'en' };
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const sum = (reasons: MatchReasonDto[]) => reasons.reduce((total, reason) => total + reason.points, 0);
const targetOf = (match: Match) => (match.kind === 'opportunity' ? match.opportunity.id : match.investor.userId);

async function matches(token: string, path = '/api/matches?limit=100', headers: Record<string, string> = ID): Promise<Match[]> {
  const response = await t.http.get<MatchList>(path, { token, headers });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${response.text}`);
  return response.body.items;
}

beforeAll(async () => {
  t = await createTestApp();
  organiser = (await createOrganiser(t)).accessToken;
  investor = await createInvestor(t.http);
  otherInvestor = await createInvestor(t.http, { organisation: 'Dana Agro Sarawak', countryCode: 'MY', regionCode: 'MY-13', sectors: ['A01'], regions: ['MY-13'] });
  hiddenInvestor = await createInvestor(t.http, { organisation: 'Tersembunyi Capital', visible: false });
  owner = await createBusiness(t.http);
  sarawak = await createBusiness(t.http, { companyName: 'Sarawak Agro Sdn. Bhd.', legalForm: 'my_sdn_bhd', countryCode: 'MY', regionCode: 'MY-13', sectors: ['A01'] });
  // The investor wants C10 or A01 in West Kalimantan or Sarawak, US$250k–2m, equity or convertible, early revenue or growth.
  best = await createOpportunity(t.http, owner.token, { title: 'Pabrik kopi liberika', sectorCode: 'C10', regionCode: 'ID-KB' });
  sameSection = await createOpportunity(t.http, owner.token, { title: 'Pabrik minuman', sectorCode: 'C11', regionCode: 'ID-KT', amount: { amount: '900000.00', currency: 'USD' } });
  elsewhere = await createOpportunity(t.http, owner.token, {
    title: 'Gudang di Jakarta',
    sectorCode: 'H52',
    regionCode: 'ID-JK',
    amount: { amount: '90000000.00', currency: 'USD' },
    instruments: ['debt'],
    stage: 'mature',
  });
  // Right sector and region, but far too big and on other terms.
  bigKopi = await createOpportunity(t.http, owner.token, {
    title: 'Kawasan industri kopi',
    sectorCode: 'C10',
    regionCode: 'ID-KB',
    amount: { amount: '90000000.00', currency: 'USD' },
    instruments: ['debt'],
    stage: 'mature',
  });
  draft = await createOpportunity(t.http, owner.token, { title: 'Draf kopi', status: 'draft' });
  closed = await createOpportunity(t.http, owner.token, { title: 'Kopi yang sudah didanai' });
  await t.http.patch(`/api/opportunities/${closed.id}`, { status: 'closed', closeReason: 'funded' }, { token: owner.token });
  sarawakPepper = await createOpportunity(t.http, sarawak.token, { title: 'Ladang lada Sarawak', sectorCode: 'A01', regionCode: 'MY-13', amount: { amount: '2000000.00', currency: 'MYR' } });
});
afterAll(async () => {
  await t.close();
});

describe("an investor's matches", () => {
  it('ranks published opportunities with reasons in Indonesian whose points add up to the score', async () => {
    const items = await matches(investor.token);
    expect(items.every((item) => item.kind === 'opportunity')).toBe(true);
    const top = items.find((item) => targetOf(item) === best.id);
    expect(top).toEqual(expect.objectContaining({ kind: 'opportunity', saved: false, opportunity: expect.objectContaining({ id: best.id, title: 'Pabrik kopi liberika' }) }));
    expect(top?.score).toBe(items[0].score);
    expect(top?.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'sector.same', label: expect.stringMatching(/^Sektor sama: C10/) })]));
    for (const item of items) {
      expect(sum(item.reasons)).toBe(item.score);
      expect(item.score).toBeGreaterThanOrEqual(0);
      expect(item.score).toBeLessThanOrEqual(100);
    }
    const scores = items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const ids = items.map(targetOf);
    expect(ids.indexOf(best.id)).toBeLessThan(ids.indexOf(sameSection.id));
    expect(ids.indexOf(sameSection.id)).toBeLessThan(ids.indexOf(elsewhere.id));
    expect(ids).toContain(sarawakPepper.id);
  });

  it('never lists draft or closed opportunities', async () => {
    const ids = (await matches(investor.token)).map(targetOf);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(closed.id);
  });

  it('labels reasons in the language asked for, else in the language saved with the user', async () => {
    const english = (await matches(investor.token, '/api/matches?limit=100', EN)).find((item) => targetOf(item) === best.id);
    expect(english?.reasons.find((reason) => reason.code === 'sector.same')?.label).toMatch(/^Same sector: C10/);
    const malay = await registerUser(t.http, { role: 'investor', locale: 'ms' });
    await t.http.put('/api/me/profile', buildInvestorProfile(), { token: malay.accessToken });
    const [item] = await matches(malay.accessToken, '/api/matches?limit=1', {});
    expect(item.reasons.map((reason) => reason.label)).toContain('Saiz pelaburan sesuai');
  });

  it('pages through the ranked list with a cursor', async () => {
    const all = (await matches(investor.token)).map(targetOf);
    const first = await t.http.get<MatchList>('/api/matches?limit=2', { token: investor.token, headers: ID });
    expect(first.body.items.map(targetOf)).toEqual(all.slice(0, 2));
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await t.http.get<MatchList>(`/api/matches?limit=2&cursor=${first.body.nextCursor}`, { token: investor.token, headers: ID });
    expect(second.body.items.map(targetOf)).toEqual(all.slice(2, 4));
    const bad = await t.http.get('/api/matches?cursor=nonsense', { token: investor.token });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ path: 'cursor' })]);
  });

  it('returns nothing for an investor without a profile', async () => {
    const fresh = await registerUser(t.http, { role: 'investor' });
    expect(await matches(fresh.accessToken)).toEqual([]);
  });
});

describe("a business's matches", () => {
  it('ranks visible investors through its best opportunity, never hidden ones', async () => {
    const items = await matches(owner.token);
    expect(items.every((item) => item.kind === 'investor')).toBe(true);
    const ids = items.map(targetOf);
    expect(ids).not.toContain(hiddenInvestor.session.user.id);
    for (const item of items) expect(sum(item.reasons)).toBe(item.score);
    const mine = items.find((item) => targetOf(item) === investor.session.user.id);
    expect(mine?.score).toBe(items[0].score);
    expect(mine).toEqual(expect.objectContaining({ investor: expect.objectContaining({ userId: investor.session.user.id, organisation: 'Modal Ventura Khatulistiwa' }) }));
  });

  it('refuses organisers, who have no matches of their own', async () => {
    const response = await t.http.get('/api/matches', { token: organiser });
    expect(response.status).toBe(403);
  });
});

describe("an opportunity's investors", () => {
  it('are listed for its owner and organisers, with reasons', async () => {
    const forOwner = await matches(owner.token, `/api/opportunities/${best.id}/matches`);
    const mine = forOwner.find((item) => targetOf(item) === investor.session.user.id);
    expect(mine).toEqual(expect.objectContaining({ kind: 'investor', investor: expect.objectContaining({ userId: investor.session.user.id }) }));
    expect(mine?.score).toBe(forOwner[0].score);
    expect(forOwner.map(targetOf)).not.toContain(hiddenInvestor.session.user.id);
    for (const item of forOwner) expect(sum(item.reasons)).toBe(item.score);
    const forOrganiser = await matches(organiser, `/api/opportunities/${best.id}/matches`);
    expect(forOrganiser.map(targetOf)).toEqual(forOwner.map(targetOf));
  });

  it('are forbidden to others, a draft is not found, an unknown id is not found and a malformed one is refused', async () => {
    expect((await t.http.get(`/api/opportunities/${best.id}/matches`, { token: sarawak.token })).status).toBe(403);
    expect((await t.http.get(`/api/opportunities/${draft.id}/matches`, { token: sarawak.token })).status).toBe(404);
    expect((await t.http.get(`/api/opportunities/${draft.id}/matches`, { token: investor.token })).status).toBe(404);
    expect((await t.http.get(`/api/opportunities/${UNKNOWN}/matches`, { token: owner.token })).status).toBe(404);
    const malformed = await t.http.get('/api/opportunities/not-a-uuid/matches', { token: owner.token });
    expect(malformed.status).toBe(400);
    expect(malformed.body.details).toEqual([expect.objectContaining({ path: 'id' })]);
  });

  it('are empty for a draft or closed opportunity, even for its owner', async () => {
    expect(await matches(owner.token, `/api/opportunities/${draft.id}/matches`)).toEqual([]);
    expect(await matches(owner.token, `/api/opportunities/${closed.id}/matches`)).toEqual([]);
  });
});

describe('dismissing and saving', () => {
  it('hides a dismissed opportunity for good, idempotently, until the dismissal is taken back', async () => {
    const dismissal = () => t.http.post('/api/matches/dismiss', { targetId: sameSection.id }, { token: investor.token });
    expect((await dismissal()).status).toBe(204);
    expect((await dismissal()).status).toBe(204);
    const [{ count }] = await t.sql<{ count: number }>('SELECT count(*)::int AS count FROM match_dismissals WHERE target_id = $1', [sameSection.id]);
    expect(count).toBe(1);
    expect((await matches(investor.token)).map(targetOf)).not.toContain(sameSection.id);
    // Nor does the pair come back from the other side.
    expect((await matches(owner.token, `/api/opportunities/${sameSection.id}/matches`)).map(targetOf)).not.toContain(investor.session.user.id);
    expect((await t.http.delete(`/api/matches/dismissed/${sameSection.id}`, { token: investor.token })).status).toBe(204);
    expect((await matches(investor.token)).map(targetOf)).toContain(sameSection.id);
  });

  it("lets a business dismiss an investor, which also hides the business's opportunities from that investor", async () => {
    expect((await t.http.post('/api/matches/dismiss', { targetId: otherInvestor.session.user.id }, { token: sarawak.token })).status).toBe(204);
    expect((await matches(sarawak.token)).map(targetOf)).not.toContain(otherInvestor.session.user.id);
    expect((await matches(otherInvestor.token)).map(targetOf)).not.toContain(sarawakPepper.id);
    await t.http.delete(`/api/matches/dismissed/${otherInvestor.session.user.id}`, { token: sarawak.token });
    expect((await matches(otherInvestor.token)).map(targetOf)).toContain(sarawakPepper.id);
  });

  it('saves a match, flags it, lists it and unsaves it', async () => {
    const save = () => t.http.post('/api/matches/save', { targetId: best.id }, { token: investor.token });
    expect((await save()).status).toBe(204);
    expect((await save()).status).toBe(204);
    const listed = (await matches(investor.token)).find((item) => targetOf(item) === best.id);
    expect(listed?.saved).toBe(true);
    const saved = await matches(investor.token, '/api/matches/saved');
    expect(saved.map(targetOf)).toEqual([best.id]);
    expect(saved[0]).toEqual(expect.objectContaining({ saved: true, kind: 'opportunity' }));
    expect((await t.http.delete(`/api/matches/saved/${best.id}`, { token: investor.token })).status).toBe(204);
    expect(await matches(investor.token, '/api/matches/saved')).toEqual([]);
  });

  it('unsaves what is dismissed', async () => {
    await t.http.post('/api/matches/save', { targetId: investor.session.user.id }, { token: owner.token });
    expect((await matches(owner.token, '/api/matches/saved')).map(targetOf)).toEqual([investor.session.user.id]);
    await t.http.post('/api/matches/dismiss', { targetId: investor.session.user.id }, { token: owner.token });
    expect(await matches(owner.token, '/api/matches/saved')).toEqual([]);
    expect((await matches(owner.token)).map(targetOf)).not.toContain(investor.session.user.id);
    await t.http.delete(`/api/matches/dismissed/${investor.session.user.id}`, { token: owner.token });
  });

  it('refuses targets that do not exist, are of the wrong kind, are drafts of others or are malformed', async () => {
    const post = (path: string, targetId: unknown, token: string) => t.http.post(path, { targetId }, { token });
    for (const path of ['/api/matches/dismiss', '/api/matches/save']) {
      expect((await post(path, UNKNOWN, investor.token)).status).toBe(404);
      expect((await post(path, otherInvestor.session.user.id, investor.token)).status).toBe(404); // an investor is not an investor's match
      expect((await post(path, draft.id, investor.token)).status).toBe(404);
      expect((await post(path, best.id, owner.token)).status).toBe(404); // a business matches investors, not opportunities
      expect((await post(path, hiddenInvestor.session.user.id, owner.token)).status).toBe(404);
      expect((await post(path, best.id, organiser)).status).toBe(403);
      const malformed = await post(path, 'not-a-uuid', investor.token);
      expect(malformed.status).toBe(400);
      expect(malformed.body.details).toEqual([expect.objectContaining({ path: 'targetId' })]);
    }
    expect((await t.http.delete(`/api/matches/saved/${UNKNOWN}`, { token: investor.token })).status).toBe(404);
    expect((await t.http.delete('/api/matches/dismissed/not-a-uuid', { token: investor.token })).status).toBe(400);
  });
});

describe("organisers' weights", () => {
  it('are readable by everyone and start at the defaults', async () => {
    const response = await t.http.get('/api/matching/weights', { token: investor.token });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ sector: 30, region: 20, ticket: 20, instrument: 10, stage: 10, language: 5, sustainability: 5 });
  });

  it('change the ranking when an organiser changes them', async () => {
    const before = (await matches(investor.token)).map(targetOf);
    expect(before.indexOf(sameSection.id)).toBeLessThan(before.indexOf(bigKopi.id));
    // Only the region counts: West Kalimantan is one of the investor's regions, Central Kalimantan only on the same island.
    const onlyRegion = { sector: 0, region: 100, ticket: 0, instrument: 0, stage: 0, language: 0, sustainability: 0 };
    const put = await t.http.put('/api/matching/weights', onlyRegion, { token: organiser });
    expect(put.status).toBe(200);
    expect(put.body).toEqual(onlyRegion);
    const after = await matches(investor.token);
    const ids = after.map(targetOf);
    expect(ids.indexOf(bigKopi.id)).toBeLessThan(ids.indexOf(sameSection.id));
    expect(after.find((item) => targetOf(item) === bigKopi.id)?.score).toBe(100);
    expect(after.find((item) => targetOf(item) === sameSection.id)?.score).toBe(60);
    for (const item of after) expect(sum(item.reasons)).toBe(item.score);
    await t.http.put('/api/matching/weights', { sector: 30, region: 20, ticket: 20, instrument: 10, stage: 10, language: 5, sustainability: 5 }, { token: organiser });
  });

  it('cannot be changed by participants, nor set to nonsense', async () => {
    const weights = { sector: 30, region: 20, ticket: 20, instrument: 10, stage: 10, language: 5, sustainability: 5 };
    expect((await t.http.put('/api/matching/weights', weights, { token: investor.token })).status).toBe(403);
    expect((await t.http.put('/api/matching/weights', weights, { token: owner.token })).status).toBe(403);
    const negative = await t.http.put('/api/matching/weights', { ...weights, sector: -1 }, { token: organiser });
    expect(negative.status).toBe(400);
    expect(negative.body.details).toEqual([expect.objectContaining({ path: 'sector' })]);
    const zero = await t.http.put('/api/matching/weights', { sector: 0, region: 0, ticket: 0, instrument: 0, stage: 0, language: 0, sustainability: 0 }, { token: organiser });
    expect(zero.status).toBe(400);
    const unknown = await t.http.put('/api/matching/weights', { ...weights, charisma: 10 }, { token: organiser });
    expect(unknown.status).toBe(400);
    expect((await t.http.get('/api/matching/weights', { token: organiser })).body).toEqual(weights);
  });
});

describe('suggested meetings', () => {
  it('suggest the other side to a participant, best first, leaving out pairs already requested', async () => {
    const edition = await createEdition(t, organiser);
    const register = (token: string) => t.http.post(`/api/editions/${edition.id}/registrations`, {}, { token });
    for (const party of [investor, otherInvestor, owner, sarawak]) expect((await register(party.token)).status).toBe(201);
    const path = `/api/editions/${edition.id}/suggested-meetings`;

    const forInvestor = await t.http.get(path, { token: investor.token, headers: ID });
    expect(forInvestor.status).toBe(200);
    expect(forInvestor.body.items.map((item: { businessId: string }) => item.businessId).sort()).toEqual([owner.session.user.id, sarawak.session.user.id].sort());
    const scores = forInvestor.body.items.map((item: { score: number }) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const top = forInvestor.body.items.find((item: { businessId: string }) => item.businessId === owner.session.user.id);
    expect(top).toEqual(
      expect.objectContaining({
        investorId: investor.session.user.id,
        investorName: investor.session.user.fullName,
        businessName: 'PT Kopi Liberika Kayong',
        opportunityId: best.id,
        opportunityTitle: 'Pabrik kopi liberika',
      }),
    );
    expect(sum(top.reasons)).toBe(top.investorScore);
    expect(top.score).toBeLessThanOrEqual(Math.max(top.investorScore, top.businessScore));
    expect(top.score).toBeGreaterThanOrEqual(Math.min(top.investorScore, top.businessScore));

    const forBusiness = await t.http.get(path, { token: sarawak.token });
    expect(forBusiness.body.items.map((item: { investorId: string }) => item.investorId).sort()).toEqual([investor.session.user.id, otherInvestor.session.user.id].sort());
    expect(sum(forBusiness.body.items[0].reasons)).toBe(forBusiness.body.items[0].businessScore);

    const request = await t.http.post(`/api/editions/${edition.id}/meeting-requests`, { toUserId: owner.session.user.id }, { token: investor.token });
    expect(request.status).toBe(201);
    const afterRequest = await t.http.get(path, { token: investor.token });
    expect(afterRequest.body.items.map((item: { businessId: string }) => item.businessId)).toEqual([sarawak.session.user.id]);
  });

  it("give an organiser the edition's strongest unrequested pairs, never a dismissed one", async () => {
    const edition = await createEdition(t, organiser);
    for (const party of [investor, otherInvestor, hiddenInvestor, owner, sarawak]) await t.http.post(`/api/editions/${edition.id}/registrations`, {}, { token: party.token });
    const path = `/api/editions/${edition.id}/suggested-meetings?limit=10`;
    const response = await t.http.get(path, { token: organiser });
    expect(response.status).toBe(200);
    const pairs = response.body.items.map((item: { investorId: string; businessId: string }) => `${item.investorId}:${item.businessId}`);
    expect(pairs).toHaveLength(4); // two visible investors × two businesses; the hidden investor is suggested to nobody
    const scores = response.body.items.map((item: { score: number }) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    await t.http.post('/api/matches/dismiss', { targetId: otherInvestor.session.user.id }, { token: owner.token });
    const after = await t.http.get(path, { token: organiser });
    expect(after.body.items.map((item: { investorId: string; businessId: string }) => `${item.investorId}:${item.businessId}`)).not.toContain(
      `${otherInvestor.session.user.id}:${owner.session.user.id}`,
    );
    await t.http.delete(`/api/matches/dismissed/${otherInvestor.session.user.id}`, { token: owner.token });
  });

  it('refuse a participant who is not registered, and an unknown edition', async () => {
    const edition = await createEdition(t, organiser);
    const response = await t.http.get(`/api/editions/${edition.id}/suggested-meetings`, { token: investor.token });
    expect(response.status).toBe(422);
    expect((await t.http.get(`/api/editions/${UNKNOWN}/suggested-meetings`, { token: organiser })).status).toBe(404);
    expect((await t.http.get(`/api/editions/${edition.id}/suggested-meetings?limit=0`, { token: organiser })).status).toBe(400);
  });
});
