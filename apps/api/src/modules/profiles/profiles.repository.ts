import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  divisionsOf,
  isSectionCode,
  sectionOf,
  type BusinessProfileData,
  type InvestorProfileData,
  type ListInvestorsQuery,
} from '@serumpun/shared';
import { CURRENT_FX_RATES_SQL } from '../fx/fx.repository.js';
import type { UsdAmount } from '../fx/fx.service.js';
import { SqlParams } from '../../database/sql-params.js';

/** An investor profile row as selected below (camelCase aliases, numerics as exact strings). */
export interface InvestorProfileRow {
  id: string;
  userId: string;
  fullName: string;
  organisation: string;
  investorType: string;
  countryCode: string;
  regionCode: string | null;
  sectors: string[];
  regions: string[];
  ticketMinAmount: string;
  ticketMinCurrency: string;
  ticketMaxAmount: string;
  ticketMaxCurrency: string;
  ticketMinUsd: string;
  ticketMaxUsd: string;
  instruments: string[];
  stages: string[];
  languages: string[];
  sustainabilityTags: string[];
  bio: string;
  website: string | null;
  visible: boolean;
  createdAt: Date;
  updatedAt: Date;
  cursorKey: string;
}

export interface BusinessProfileRow {
  id: string;
  userId: string;
  fullName: string;
  companyName: string;
  businessKind: string;
  legalForm: string;
  registrationNumber: string | null;
  countryCode: string;
  regionCode: string;
  sectors: string[];
  foundedYear: number | null;
  employees: number | null;
  revenueBand: string | null;
  description: string;
  website: string | null;
  languages: string[];
  createdAt: Date;
  updatedAt: Date;
}

export const INVESTOR_COLUMNS = `p.id, p.user_id AS "userId", u.full_name AS "fullName", p.organisation, p.investor_type AS "investorType",
  p.country_code AS "countryCode", p.region_code AS "regionCode", p.sectors, p.regions,
  p.ticket_min_amount::text AS "ticketMinAmount", p.ticket_min_currency AS "ticketMinCurrency",
  p.ticket_max_amount::text AS "ticketMaxAmount", p.ticket_max_currency AS "ticketMaxCurrency",
  p.ticket_min_usd::text AS "ticketMinUsd", p.ticket_max_usd::text AS "ticketMaxUsd",
  p.instruments, p.stages, p.languages, p.sustainability_tags AS "sustainabilityTags", p.bio, p.website, p.visible,
  p.created_at AS "createdAt", p.updated_at AS "updatedAt", p.created_at::text AS "cursorKey"`;

const BUSINESS_COLUMNS = `b.id, b.user_id AS "userId", u.full_name AS "fullName", b.company_name AS "companyName",
  b.business_kind AS "businessKind", b.legal_form AS "legalForm", b.registration_number AS "registrationNumber",
  b.country_code AS "countryCode", b.region_code AS "regionCode", b.sectors, b.founded_year AS "foundedYear",
  b.employees, b.revenue_band AS "revenueBand", b.description, b.website, b.languages,
  b.created_at AS "createdAt", b.updated_at AS "updatedAt"`;

/**
 * The sector codes an interest in `code` overlaps with: a division matches itself and its section
 * (an investor in "C" takes any manufacturing); a section matches itself and all its divisions.
 */
export function overlappingSectorCodes(code: string): string[] {
  if (isSectionCode(code)) return [code, ...divisionsOf(code).map((division) => division.code)];
  const section = sectionOf(code);
  return section ? [code, section] : [code];
}

@Injectable()
export class ProfilesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findInvestor(by: { id?: string; userId?: string }): Promise<InvestorProfileRow | null> {
    const [column, value] = by.id ? ['p.id', by.id] : ['p.user_id', by.userId];
    const rows: InvestorProfileRow[] = await this.dataSource.query(
      `SELECT ${INVESTOR_COLUMNS} FROM investor_profiles p JOIN users u ON u.id = p.user_id WHERE ${column} = $1`,
      [value],
    );
    return rows[0] ?? null;
  }

  async findBusiness(by: { id?: string; userId?: string }): Promise<BusinessProfileRow | null> {
    const [column, value] = by.id ? ['b.id', by.id] : ['b.user_id', by.userId];
    const rows: BusinessProfileRow[] = await this.dataSource.query(
      `SELECT ${BUSINESS_COLUMNS} FROM business_profiles b JOIN users u ON u.id = b.user_id WHERE ${column} = $1`,
      [value],
    );
    return rows[0] ?? null;
  }

  /** Creates or replaces the investor profile of a user (one per user: the unique user_id decides). */
  async upsertInvestor(userId: string, data: InvestorProfileData, usd: { min: UsdAmount; max: UsdAmount }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO investor_profiles (user_id, organisation, investor_type, country_code, region_code, sectors, regions,
         ticket_min_amount, ticket_min_currency, ticket_max_amount, ticket_max_currency, ticket_min_usd, ticket_max_usd,
         instruments, stages, languages, sustainability_tags, bio, website, visible)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
       ON CONFLICT (user_id) DO UPDATE SET organisation = EXCLUDED.organisation, investor_type = EXCLUDED.investor_type,
         country_code = EXCLUDED.country_code, region_code = EXCLUDED.region_code, sectors = EXCLUDED.sectors, regions = EXCLUDED.regions,
         ticket_min_amount = EXCLUDED.ticket_min_amount, ticket_min_currency = EXCLUDED.ticket_min_currency,
         ticket_max_amount = EXCLUDED.ticket_max_amount, ticket_max_currency = EXCLUDED.ticket_max_currency,
         ticket_min_usd = EXCLUDED.ticket_min_usd, ticket_max_usd = EXCLUDED.ticket_max_usd, instruments = EXCLUDED.instruments,
         stages = EXCLUDED.stages, languages = EXCLUDED.languages, sustainability_tags = EXCLUDED.sustainability_tags,
         bio = EXCLUDED.bio, website = EXCLUDED.website, visible = EXCLUDED.visible, updated_at = now()`,
      [
        userId,
        data.organisation,
        data.investorType,
        data.countryCode,
        data.regionCode,
        data.sectors,
        data.regions,
        data.ticketMin.amount,
        data.ticketMin.currency,
        data.ticketMax.amount,
        data.ticketMax.currency,
        usd.min.amountUsd,
        usd.max.amountUsd,
        data.instruments,
        data.stages,
        data.languages,
        data.sustainabilityTags,
        data.bio,
        data.website,
        data.visible,
      ],
    );
  }

  async upsertBusiness(userId: string, data: BusinessProfileData): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO business_profiles (user_id, company_name, business_kind, legal_form, registration_number, country_code, region_code,
         sectors, founded_year, employees, revenue_band, description, website, languages)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (user_id) DO UPDATE SET company_name = EXCLUDED.company_name, business_kind = EXCLUDED.business_kind,
         legal_form = EXCLUDED.legal_form, registration_number = EXCLUDED.registration_number, country_code = EXCLUDED.country_code,
         region_code = EXCLUDED.region_code, sectors = EXCLUDED.sectors, founded_year = EXCLUDED.founded_year,
         employees = EXCLUDED.employees, revenue_band = EXCLUDED.revenue_band, description = EXCLUDED.description,
         website = EXCLUDED.website, languages = EXCLUDED.languages, updated_at = now()`,
      [
        userId,
        data.companyName,
        data.businessKind,
        data.legalForm,
        data.registrationNumber,
        data.countryCode,
        data.regionCode,
        data.sectors,
        data.foundedYear,
        data.employees,
        data.revenueBand,
        data.description,
        data.website,
        data.languages,
      ],
    );
  }

  /** Newest profiles first, keyset-paginated on (created_at, id). */
  async listInvestors(
    query: ListInvestorsQuery,
    options: { visibleOnly: boolean; after: { createdAt: string; id: string } | null },
  ): Promise<InvestorProfileRow[]> {
    const params = new SqlParams();
    const where: string[] = [];
    if (options.visibleOnly) where.push('p.visible');
    if (query.sector) where.push(`p.sectors && ${params.add(overlappingSectorCodes(query.sector))}::text[]`);
    if (query.region) where.push(`p.regions @> ARRAY[${params.add(query.region)}::text]`);
    if (query.investorType) where.push(`p.investor_type = ${params.add(query.investorType)}`);
    if (query.instrument) where.push(`p.instruments @> ARRAY[${params.add(query.instrument)}::text]`);
    if (query.q) {
      where.push(`strpos(serumpun_unaccent(lower(p.organisation || ' ' || p.bio)), serumpun_unaccent(lower(${params.add(query.q)}))) > 0`);
    }
    if (options.after) {
      where.push(`(p.created_at, p.id) < (${params.add(options.after.createdAt)}::timestamptz, ${params.add(options.after.id)}::uuid)`);
    }
    const limit = params.add(query.limit + 1);
    return this.dataSource.query(
      `SELECT ${INVESTOR_COLUMNS} FROM investor_profiles p JOIN users u ON u.id = p.user_id
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY p.created_at DESC, p.id DESC LIMIT ${limit}`,
      params.values,
    );
  }

  /** Ticket bounds in dollars follow the current rates (one UPDATE, rows already right are left alone). */
  async recomputeTicketsUsd(manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE investor_profiles p
          SET ticket_min_usd = round(p.ticket_min_amount / r.units_per_usd, 2),
              ticket_max_usd = round(p.ticket_max_amount / r.units_per_usd, 2)
         FROM (${CURRENT_FX_RATES_SQL}) r
        WHERE r.currency = p.ticket_min_currency
          AND (p.ticket_min_usd <> round(p.ticket_min_amount / r.units_per_usd, 2) OR p.ticket_max_usd <> round(p.ticket_max_amount / r.units_per_usd, 2))`,
    );
  }
}
