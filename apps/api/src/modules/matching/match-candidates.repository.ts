import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MatchWeights } from '@serumpun/matching';
import { regionCodesOf, sectorCodesOf } from './candidate-codes.js';
import { investorPreScore, opportunityPreScore, type BusinessOffer, type InvestorWishes } from './candidate-prescore.js';
import {
  INVESTOR_MATCH_COLUMNS,
  OPPORTUNITY_MATCH_COLUMNS,
  type BusinessMatchRow,
  type InvestorMatchRow,
  type OpportunityMatchRow,
} from './match-rows.js';
import { SqlParams } from './sql-params.js';

/**
 * How many candidates the exact scorer sees per list. SQL picks them by a cheap estimate of the score
 * (candidate-prescore.ts) among the rows sharing an ISIC section or an island with the caller's wishes,
 * through the indexes; lists end after this many items. See README.md ("Candidates").
 */
export const OPPORTUNITY_POOL = 1000;
export const INVESTOR_POOL = 500;

const OPPORTUNITY_POOL_COLUMNS = `o.id, o.user_id, o.sector_code, o.sector_section, o.region_code, o.amount_usd, o.instruments, o.stage, o.sustainability_tags`;

/** Candidate rows for the exact scorer, chosen by indexed SQL. */
@Injectable()
export class MatchCandidatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async investor(userId: string): Promise<InvestorMatchRow | null> {
    const rows: InvestorMatchRow[] = await this.dataSource.query(`SELECT ${INVESTOR_MATCH_COLUMNS} FROM investor_profiles p WHERE p.user_id = $1`, [userId]);
    return rows[0] ?? null;
  }

  async investors(userIds: readonly string[]): Promise<InvestorMatchRow[]> {
    return this.dataSource.query(`SELECT ${INVESTOR_MATCH_COLUMNS} FROM investor_profiles p WHERE p.user_id = ANY($1::uuid[])`, [userIds]);
  }

  async business(userId: string): Promise<BusinessMatchRow | null> {
    const rows: BusinessMatchRow[] = await this.dataSource.query(
      `SELECT b.user_id AS "userId", b.sectors, b.region_code AS "regionCode", b.languages FROM business_profiles b WHERE b.user_id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  /** Opportunities by id, any status, with their owner's languages. */
  async opportunities(ids: readonly string[]): Promise<OpportunityMatchRow[]> {
    return this.dataSource.query(
      `SELECT ${OPPORTUNITY_MATCH_COLUMNS}, coalesce(b.languages, '{}') AS languages
         FROM opportunities o LEFT JOIN business_profiles b ON b.user_id = o.user_id WHERE o.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** A business's published opportunities, with its languages. */
  async publishedOpportunitiesOf(userId: string): Promise<OpportunityMatchRow[]> {
    return this.dataSource.query(
      `SELECT ${OPPORTUNITY_MATCH_COLUMNS}, coalesce(b.languages, '{}') AS languages
         FROM opportunities o LEFT JOIN business_profiles b ON b.user_id = o.user_id
        WHERE o.user_id = $1 AND o.status = 'published' ORDER BY o.id`,
      [userId],
    );
  }

  /**
   * Published opportunities for an investor: first those sharing a section with the investor's sectors or lying
   * on an island of their regions (two index-only scans of opportunities_matching_idx), best estimate first;
   * the rest only when those do not fill the pool. Dismissed opportunities and businesses are left out.
   */
  async opportunitiesFor(
    investor: InvestorWishes,
    weights: MatchWeights,
    excluded: { opportunityIds: string[]; businessIds: string[] },
    pool = OPPORTUNITY_POOL,
  ): Promise<OpportunityMatchRow[]> {
    const sections = sectorCodesOf(investor.sectors).sections;
    const islandRegions = regionCodesOf(investor.regions).islandRegions;
    const branches = (params: SqlParams): { near: string[]; far: string | null } => {
      const inSection = sections.length > 0 ? `o.sector_section = ANY(${params.add(sections)}::text[])` : null;
      const onIsland = islandRegions.length > 0 ? `o.region_code = ANY(${params.add(islandRegions)}::text[])` : null;
      if (inSection && onIsland) return { near: [inSection, `${onIsland} AND NOT (${inSection})`], far: `NOT (${inSection}) AND NOT (${onIsland})` };
      const only = inSection ?? onIsland;
      return only ? { near: [only], far: `NOT (${only})` } : { near: ['TRUE'], far: null };
    };
    const run = async (which: 'near' | 'far', limit: number): Promise<OpportunityMatchRow[]> => {
      const params = new SqlParams();
      const { near, far } = branches(params);
      const conditions = which === 'near' ? near : far ? [far] : [];
      if (conditions.length === 0) return [];
      const common = `o.status = 'published' AND o.id <> ALL(${params.add(excluded.opportunityIds)}::uuid[]) AND o.user_id <> ALL(${params.add(excluded.businessIds)}::uuid[])`;
      const union = conditions.map((condition) => `SELECT ${OPPORTUNITY_POOL_COLUMNS} FROM opportunities o WHERE ${common} AND ${condition}`).join(' UNION ALL ');
      const preScore = opportunityPreScore(params, investor, weights);
      return this.dataSource.query(
        `WITH candidates AS (${union}),
         pool AS (SELECT o.*, ${preScore} AS pre FROM candidates o ORDER BY pre DESC, o.id LIMIT ${params.add(limit)})
         SELECT o.id, o.user_id AS "userId", 'published' AS status, o.sector_code AS "sectorCode", o.region_code AS "regionCode",
                o.amount_usd::text AS "amountUsd", o.instruments, o.stage, o.sustainability_tags AS "sustainabilityTags",
                coalesce(b.languages, '{}') AS languages
           FROM pool o LEFT JOIN business_profiles b ON b.user_id = o.user_id
          ORDER BY o.pre DESC, o.id`,
        params.values,
      );
    };
    const near = await run('near', pool);
    return near.length >= pool ? near : [...near, ...(await run('far', pool - near.length))];
  }

  /**
   * Visible investors for what a business offers: those whose sectors overlap a section of the offer or whose
   * regions lie on one of its islands (GIN indexes on both arrays), best estimate first; the rest only when
   * those do not fill the pool. `excludedUserIds` (dismissed) are left out.
   */
  async investorsFor(offer: BusinessOffer, weights: MatchWeights, excludedUserIds: string[], pool = INVESTOR_POOL): Promise<InvestorMatchRow[]> {
    const sectionWide = sectorCodesOf(offer.sectors).sectionWide;
    const islandRegions = regionCodesOf(offer.regions).islandRegions;
    const run = async (which: 'near' | 'far', limit: number): Promise<InvestorMatchRow[]> => {
      const params = new SqlParams();
      const near = `(p.sectors && ${params.add(sectionWide)}::text[] OR p.regions && ${params.add(islandRegions)}::text[])`;
      const condition = which === 'near' ? near : `NOT ${near}`;
      const preScore = investorPreScore(params, offer, weights);
      return this.dataSource.query(
        `SELECT ${INVESTOR_MATCH_COLUMNS} FROM investor_profiles p
          WHERE p.visible AND ${condition} AND p.user_id <> ALL(${params.add(excludedUserIds)}::uuid[])
          ORDER BY ${preScore} DESC, p.user_id LIMIT ${params.add(limit)}`,
        params.values,
      );
    };
    const near = await run('near', pool);
    return near.length >= pool ? near : [...near, ...(await run('far', pool - near.length))];
  }
}
