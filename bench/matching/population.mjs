// The synthetic population of the offline evaluation. Each investor has hidden true preferences (sectors,
// regions, a ticket range, instruments) and a stated profile that is a noisy copy of them, the way real
// forms are filled in: a division stated as its whole section or forgotten, aspirational extra sectors,
// regions left out, ticket bounds rounded or guessed, blank fields. The truth also depends on things no
// profile says (pair-specific taste). Rankings only ever see the stated profiles.

import {
  DIVISION_CODES,
  INSTRUMENT_CODES,
  ISLAND_GROUP_CODES,
  REGIONS,
  STAGE_CODES,
  SUSTAINABILITY_TAG_CODES,
  sectionOf,
} from '@serumpun/shared';
import { hashUnit } from './random.mjs';

/** The divisions that dominate proposals in Borneo and beyond: agriculture, plantations, food, wood, energy, tourism. */
const POPULAR_DIVISIONS = [
  'A01', 'A02', 'A03', 'B05', 'B06', 'B08', 'C10', 'C11', 'C16', 'C17', 'C20', 'C22', 'C23', 'D35', 'E38',
  'F41', 'F42', 'G46', 'H49', 'H52', 'I55', 'J62', 'K64', 'L68', 'M71', 'N79', 'P85', 'Q86', 'R93', 'E36',
];
const DIVISION_WEIGHTS = DIVISION_CODES.map((code) => (POPULAR_DIVISIONS.includes(code) ? 3 : 1));
const BORNEO = REGIONS.filter((region) => region.islandGroup === 'borneo');
const ISLAND_WEIGHTS = ISLAND_GROUP_CODES.map((code) => ({ borneo: 6, java: 3, sumatra: 2, sulawesi: 1, 'peninsular-malaysia': 2 })[code] ?? 0.5);
const regionsOf = (island) => REGIONS.filter((region) => region.islandGroup === island);

/** Units per US dollar, as organisers would enter them. */
export const FX = { IDR: '16650', MYR: '4.2150', BND: '1.2900', SGD: '1.2900' };
const CURRENCY_OF_COUNTRY = { ID: 'IDR', MY: 'MYR', BN: 'BND' };

const languagesOf = (random, country) => {
  const languages = country === 'ID' ? ['id'] : ['ms'];
  if (random.chance(0.7)) languages.push('en');
  if (country !== 'ID' && random.chance(0.3)) languages.push('id');
  if (random.chance(0.08)) languages.push('zh');
  return languages;
};

const usd = (value) => value.toFixed(2);

function createTruth(random) {
  const island = random.weighted(ISLAND_GROUP_CODES, ISLAND_WEIGHTS);
  const home = random.pick(regionsOf(island));
  const regions = new Set([home.code]);
  for (let n = random.below(3); n > 0; n--) regions.add(random.chance(0.6) ? random.pick(regionsOf(island)).code : random.pick(REGIONS).code);
  const divisions = new Set([random.weighted(DIVISION_CODES, DIVISION_WEIGHTS)]);
  if (random.chance(0.3)) divisions.add(random.weighted(DIVISION_CODES, DIVISION_WEIGHTS));
  const centre = 10 ** random.uniform(4.5, 7.5);
  const width = 10 ** random.uniform(0.3, 1.0);
  return {
    home,
    divisions,
    regions,
    ticket: [centre / Math.sqrt(width), centre * Math.sqrt(width)],
    instruments: new Set(random.sample(INSTRUMENT_CODES, 1 + random.below(3))),
    stages: new Set(random.sample(STAGE_CODES, 2 + random.below(3))),
    languages: languagesOf(random, home.country),
    sustainability: random.chance(0.4) ? random.sample(SUSTAINABILITY_TAG_CODES, 1 + random.below(2)) : [],
  };
}

/** What the investor writes in the profile: the truth with the noise of a form filled in by a person. */
function stateProfile(random, id, truth) {
  const sectors = [];
  for (const division of truth.divisions) {
    const roll = random.next();
    if (roll < 0.75) sectors.push(division);
    else if (roll < 0.9) sectors.push(sectionOf(division));
  }
  for (let n = random.chance(0.4) ? (random.chance(0.35) ? 2 : 1) : 0; n > 0; n--) sectors.push(random.pick(DIVISION_CODES));
  const regions = random.chance(0.1) ? [] : [...truth.regions].filter(() => random.chance(0.8));
  if (regions.length > 0 && random.chance(0.3)) regions.push(random.pick(REGIONS).code);
  const blur = () => 10 ** random.normal(0, 0.2);
  const statesTicket = random.chance(0.9);
  return {
    id,
    visible: true,
    regionCode: truth.home.code,
    sectors: [...new Set(sectors)],
    regions: [...new Set(regions)],
    ticketMin: statesTicket ? usd(truth.ticket[0] * blur()) : null,
    ticketMax: statesTicket ? usd(truth.ticket[1] * blur()) : null,
    instruments: [...truth.instruments].filter(() => random.chance(0.9)),
    stages: [...truth.stages],
    languages: truth.languages,
    sustainabilityTags: truth.sustainability,
  };
}

export function createInvestors(random, count) {
  return Array.from({ length: count }, (_, n) => {
    const truth = createTruth(random);
    return { truth, profile: stateProfile(random, `inv-${String(n).padStart(5, '0')}`, truth) };
  });
}

/** An opportunity as the API would map its row: amounts mostly in USD strings, some still in local money. */
export function createOpportunity(random, id, businessId = null) {
  const region = random.chance(0.45) ? random.pick(BORNEO) : random.pick(REGIONS);
  const amountUsd = 10 ** random.uniform(4, 8);
  const roll = random.next();
  return {
    id,
    businessId,
    status: roll < 0.9 ? 'published' : roll < 0.95 ? 'draft' : 'closed',
    sectorCode: random.weighted(DIVISION_CODES, DIVISION_WEIGHTS),
    regionCode: region.code,
    amount: random.chance(0.3)
      ? { amount: (amountUsd * Number(FX[CURRENCY_OF_COUNTRY[region.country]])).toFixed(2), currency: CURRENCY_OF_COUNTRY[region.country] }
      : usd(amountUsd),
    instruments: random.sample(INSTRUMENT_CODES, 1 + random.below(2)),
    stage: random.pick(STAGE_CODES),
    languages: languagesOf(random, region.country),
    sustainabilityTags: random.sample(SUSTAINABILITY_TAG_CODES, random.below(4)),
  };
}

export function createOpportunities(random, count, prefix = 'opp') {
  return Array.from({ length: count }, (_, n) => createOpportunity(random, `${prefix}-${String(n).padStart(6, '0')}`));
}

const amountInUsd = (amount) => (typeof amount === 'object' ? Number(amount.amount) / Number(FX[amount.currency] ?? 1) : Number(amount));
const REGION_BY_CODE = new Map(REGIONS.map((region) => [region.code, region]));

/**
 * The hidden utility of an opportunity to an investor, 0..~1. Its shape is deliberately not the scorer's:
 * other tier values, a steeper ticket decay, multiplicative deal-breakers and pair-specific noise.
 */
export function trueUtility(investor, opportunity) {
  const { truth, profile } = investor;
  const sector = truth.divisions.has(opportunity.sectorCode)
    ? 1
    : [...truth.divisions].some((division) => sectionOf(division) === sectionOf(opportunity.sectorCode)) ? 0.4 : 0;
  const region = REGION_BY_CODE.get(opportunity.regionCode);
  const trueRegions = [...truth.regions].map((code) => REGION_BY_CODE.get(code));
  const place = truth.regions.has(region.code)
    ? 1
    : trueRegions.some((r) => r.islandGroup === region.islandGroup) ? 0.5 : trueRegions.some((r) => r.country === region.country) ? 0.15 : 0;
  const amount = Math.log10(amountInUsd(opportunity.amount));
  const [low, high] = truth.ticket.map(Math.log10);
  const outside = amount < low ? low - amount : amount > high ? amount - high : 0;
  const ticket = Math.max(0, 1 - outside / 0.8);
  let utility = 0.45 * sector + 0.3 * place + 0.25 * ticket;
  if (!opportunity.instruments.some((code) => truth.instruments.has(code))) utility *= 0.75;
  if (!truth.stages.has(opportunity.stage)) utility *= 0.9;
  if (!opportunity.languages.some((code) => truth.languages.includes(code))) utility *= 0.9;
  if (truth.sustainability.some((tag) => opportunity.sustainabilityTags.includes(tag))) utility += 0.05;
  // Taste no profile captures: a Gaussian-like draw (sum of uniforms) fixed per pair.
  const u = hashUnit(`${profile.id}|${opportunity.id}`) + hashUnit(`${opportunity.id}|${profile.id}`) - 1;
  return utility + 0.07 * u;
}

/** Graded relevance for NDCG (0..3); 2 and above counts as relevant for precision. */
export function relevanceOf(utility) {
  return utility >= 0.8 ? 3 : utility >= 0.6 ? 2 : utility >= 0.4 ? 1 : 0;
}

/** An edition's registered participants: investors, and businesses with one to three opportunities. */
export function createEdition(random, investorCount, businessCount) {
  const investors = createInvestors(random, investorCount).map(({ profile }) => ({ ...profile, role: 'investor' }));
  const businesses = Array.from({ length: businessCount }, (_, n) => {
    const id = `biz-${String(n).padStart(5, '0')}`;
    const opportunities = Array.from({ length: 1 + random.below(3) }, (__, k) => createOpportunity(random, `${id}-o${k}`, id));
    const first = opportunities[0];
    return {
      role: 'business',
      id,
      sectors: [first.sectorCode],
      regionCode: first.regionCode,
      languages: first.languages,
      opportunities,
    };
  });
  // Meeting requests already made (up to four per investor), which suggestions must leave out.
  const requested = [];
  for (const investor of investors) {
    for (let n = random.below(5); n > 0; n--) requested.push([investor.id, random.pick(businesses).id]);
  }
  return { participants: random.shuffle([...investors, ...businesses]), requested };
}
