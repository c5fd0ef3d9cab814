import type { MatchBusiness, MatchInvestor, MatchOpportunity } from '@serumpun/matching';

/** The matching columns of an investor profile (amounts in USD as exact strings). */
export interface InvestorMatchRow {
  userId: string;
  visible: boolean;
  regionCode: string | null;
  sectors: string[];
  regions: string[];
  ticketMinUsd: string;
  ticketMaxUsd: string;
  instruments: string[];
  stages: string[];
  languages: string[];
  sustainabilityTags: string[];
}

/** The matching columns of an opportunity, with its owner's meeting languages. */
export interface OpportunityMatchRow {
  id: string;
  userId: string;
  status: string;
  sectorCode: string;
  regionCode: string;
  amountUsd: string;
  instruments: string[];
  stage: string;
  sustainabilityTags: string[];
  languages: string[];
}

/** The matching columns of a business profile (null fields when the business has no profile yet). */
export interface BusinessMatchRow {
  userId: string;
  sectors: string[];
  regionCode: string | null;
  languages: string[];
}

export const INVESTOR_MATCH_COLUMNS = `p.user_id AS "userId", p.visible, p.region_code AS "regionCode", p.sectors, p.regions,
  p.ticket_min_usd::text AS "ticketMinUsd", p.ticket_max_usd::text AS "ticketMaxUsd", p.instruments, p.stages, p.languages,
  p.sustainability_tags AS "sustainabilityTags"`;

export const OPPORTUNITY_MATCH_COLUMNS = `o.id, o.user_id AS "userId", o.status, o.sector_code AS "sectorCode", o.region_code AS "regionCode",
  o.amount_usd::text AS "amountUsd", o.instruments, o.stage, o.sustainability_tags AS "sustainabilityTags"`;

export function toMatchInvestor(row: InvestorMatchRow): MatchInvestor {
  return {
    id: row.userId,
    visible: row.visible,
    regionCode: row.regionCode,
    sectors: row.sectors,
    regions: row.regions,
    ticketMin: row.ticketMinUsd,
    ticketMax: row.ticketMaxUsd,
    instruments: row.instruments,
    stages: row.stages,
    languages: row.languages,
    sustainabilityTags: row.sustainabilityTags,
  };
}

export function toMatchOpportunity(row: OpportunityMatchRow): MatchOpportunity & { row: OpportunityMatchRow } {
  return {
    id: row.id,
    businessId: row.userId,
    status: row.status,
    sectorCode: row.sectorCode,
    regionCode: row.regionCode,
    amount: row.amountUsd,
    instruments: row.instruments,
    stage: row.stage,
    languages: row.languages,
    sustainabilityTags: row.sustainabilityTags,
    row,
  };
}

export function toMatchBusiness(business: BusinessMatchRow, opportunities: readonly OpportunityMatchRow[]): MatchBusiness {
  return {
    id: business.userId,
    sectors: business.sectors,
    regionCode: business.regionCode,
    languages: business.languages,
    opportunities: opportunities.map(toMatchOpportunity),
  };
}
