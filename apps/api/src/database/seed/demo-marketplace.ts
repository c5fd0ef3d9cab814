import type { EntityManager } from 'typeorm';
import { businessProfileInputSchema, createOpportunitySchema, investorProfileInputSchema, sectionOf } from '@serumpun/shared';
import { CURRENT_FX_RATES_SQL } from '../../modules/fx/fx.repository.js';
import { DEMO_BUSINESSES, DEMO_INVESTORS } from './demo-marketplace-people.js';
import { DEMO_CLOSED_TITLES, DEMO_OPPORTUNITIES } from './demo-marketplace-opportunities.js';

export interface MarketplaceSeedReport {
  usersCreated: number;
  profilesCreated: number;
  opportunitiesCreated: number;
}

/**
 * The demo marketplace: businesses and investors with full profiles, and their opportunities. Accounts
 * are keyed by email, profiles by user and opportunities by owner and title, so a second run changes
 * nothing. Every record goes through the same zod schemas as the API, so demo data is valid data.
 * `passwordHash` is the demo password hashed once by the caller (hashing per account would be slow).
 */
export async function seedDemoMarketplace(manager: EntityManager, passwordHash: string): Promise<MarketplaceSeedReport> {
  const people = [
    ...DEMO_BUSINESSES.map((b) => ({ email: b.email, fullName: b.fullName, role: 'business' })),
    ...DEMO_INVESTORS.map((i) => ({ email: i.email, fullName: i.fullName, role: 'investor' })),
  ];
  const inserted: Array<{ id: string }> = await manager.query(
    `INSERT INTO users (email, password_hash, full_name, role, locale)
     SELECT p.email, $1, p.full_name, p.role, 'id' FROM unnest($2::text[], $3::text[], $4::text[]) AS p(email, full_name, role)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [passwordHash, people.map((p) => p.email), people.map((p) => p.fullName), people.map((p) => p.role)],
  );
  const userRows: Array<{ id: string; email: string }> = await manager.query(`SELECT id, email FROM users WHERE email = ANY($1::text[])`, [people.map((p) => p.email)]);
  const userId = new Map(userRows.map((row) => [row.email, row.id]));
  const idOf = (email: string) => {
    const id = userId.get(email);
    if (!id) throw new Error(`Demo account ${email} is missing`);
    return id;
  };

  let profilesCreated = 0;
  for (const business of DEMO_BUSINESSES) {
    const p = businessProfileInputSchema.parse(business.profile);
    const rows: unknown[] = await manager.query(
      `INSERT INTO business_profiles (user_id, company_name, business_kind, legal_form, registration_number, country_code, region_code,
         sectors, founded_year, employees, revenue_band, description, website, languages)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (user_id) DO NOTHING RETURNING id`,
      [idOf(business.email), p.companyName, p.businessKind, p.legalForm, p.registrationNumber, p.countryCode, p.regionCode, p.sectors,
        p.foundedYear, p.employees, p.revenueBand, p.description, p.website, p.languages],
    );
    profilesCreated += rows.length;
  }
  for (const investor of DEMO_INVESTORS) {
    const p = investorProfileInputSchema.parse(investor.profile);
    const rows: unknown[] = await manager.query(
      `INSERT INTO investor_profiles (user_id, organisation, investor_type, country_code, region_code, sectors, regions,
         ticket_min_amount, ticket_min_currency, ticket_max_amount, ticket_max_currency, ticket_min_usd, ticket_max_usd,
         instruments, stages, languages, sustainability_tags, bio, website, visible)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8::numeric, $9, $10::numeric, $11, round($8::numeric / r.units_per_usd, 2), round($10::numeric / r.units_per_usd, 2),
              $12, $13, $14, $15, $16, $17, $18
         FROM (${CURRENT_FX_RATES_SQL}) r WHERE r.currency = $9
       ON CONFLICT (user_id) DO NOTHING RETURNING id`,
      [idOf(investor.email), p.organisation, p.investorType, p.countryCode, p.regionCode, p.sectors, p.regions, p.ticketMin.amount,
        p.ticketMin.currency, p.ticketMax.amount, p.ticketMax.currency, p.instruments, p.stages, p.languages, p.sustainabilityTags, p.bio,
        p.website, p.visible],
    );
    profilesCreated += rows.length;
  }

  let opportunitiesCreated = 0;
  // Listed a few hours apart, the first of the list the most recent, so `newest` has a stable order.
  for (const [index, demo] of DEMO_OPPORTUNITIES.entries()) {
    const { owner, ...request } = demo;
    const o = createOpportunitySchema.parse(request);
    const closed = DEMO_CLOSED_TITLES.has(o.title);
    const rows: unknown[] = await manager.query(
      `INSERT INTO opportunities (user_id, title, summary, description, sector_code, sector_section, region_code, amount, currency,
         amount_usd, fx_rate_date, instruments, stage, sustainability_environmental, sustainability_social, sustainability_tags,
         status, close_reason, listed_at, published_at, closed_at)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8::numeric, $9, round($8::numeric / r.units_per_usd, 2), r.as_of, $10, $11, $12, $13, $14,
              $15, $16, now() - make_interval(hours => $17), CASE WHEN $15 <> 'draft' THEN now() - make_interval(hours => $17) END,
              CASE WHEN $15 = 'closed' THEN now() - make_interval(hours => $17) + interval '30 days' END
         FROM (${CURRENT_FX_RATES_SQL}) r
        WHERE r.currency = $9 AND NOT EXISTS (SELECT 1 FROM opportunities x WHERE x.user_id = $1 AND x.title = $2)
       RETURNING id`,
      [idOf(owner), o.title, o.summary, o.description, o.sectorCode, sectionOf(o.sectorCode), o.regionCode, o.amount.amount, o.amount.currency,
        o.instruments, o.stage, o.sustainability.environmental, o.sustainability.social, o.sustainability.tags,
        closed ? 'closed' : o.status, closed ? 'funded' : null, 7 * index + 3],
    );
    opportunitiesCreated += rows.length;
  }
  return { usersCreated: inserted.length, profilesCreated, opportunitiesCreated };
}
