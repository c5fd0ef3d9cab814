import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MatchWeights } from '@serumpun/matching';
import { candidateLevels } from './candidate-levels.js';
import {
  investorRestEstimate,
  investorTiers,
  opportunityRestEstimate,
  opportunityTiers,
  type BusinessOffer,
  type InvestorWishes,
} from './candidate-prescore.js';
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
 * (candidate-prescore.ts), level by level through the indexes (candidate-levels.ts); lists end after this
 * many items. See README.md ("Candidates").
 */
export const OPPORTUNITY_POOL = 200;
export const INVESTOR_POOL = 100;

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
  async opportunities(ids: readonly string[], manager?: EntityManager): Promise<OpportunityMatchRow[]> {
    return (manager ?? this.dataSource).query(
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
   * Published opportunities for an investor, best estimate first: level by level (candidate-levels.ts), each
   * (sector tier, region tier) combination an index-only scan of opportunities_matching_idx. Dismissed
   * opportunities and businesses are left out.
   */
  async opportunitiesFor(
    investor: InvestorWishes,
    weights: MatchWeights,
    excluded: { opportunityIds: string[]; businessIds: string[] },
    pool = OPPORTUNITY_POOL,
  ): Promise<OpportunityMatchRow[]> {
    const tiers = opportunityTiers(investor, weights);
    const params = new SqlParams();
    const common = `o.status = 'published' AND o.id <> ALL(${params.add(excluded.opportunityIds)}::uuid[]) AND o.user_id <> ALL(${params.add(excluded.businessIds)}::uuid[])`;
    const rest = opportunityRestEstimate(params, investor, weights);
    const levels = candidateLevels(tiers.sector, tiers.region).map((level) =>
      level
        .map(
          (combination) =>
            `SELECT o.id, o.user_id, o.sector_code, o.region_code, o.amount_usd, o.instruments, o.stage, o.sustainability_tags,
                    ${combination.points.toFixed(6)}::float8 + ${rest} AS pre
               FROM opportunities o WHERE ${common} AND ${combination.condition(params)}`,
        )
        .join(' UNION ALL '),
    );
    return this.serial(
      `SELECT c.id, c.user_id AS "userId", 'published' AS status, c.sector_code AS "sectorCode", c.region_code AS "regionCode",
              c.amount_usd::text AS "amountUsd", c.instruments, c.stage, c.sustainability_tags AS "sustainabilityTags",
              coalesce((SELECT b.languages FROM business_profiles b WHERE b.user_id = c.user_id), '{}') AS languages
         FROM (${stackLevels(levels, 'id', params.add(pool))}) c`,
      params.values,
    );
  }

  /**
   * Visible investors for what a business offers, best estimate first, level by level as for opportunities
   * (bitmap scans of the GIN indexes on the sectors and regions arrays). `excludedUserIds` (dismissed) are left out.
   */
  async investorsFor(
    offer: BusinessOffer,
    weights: MatchWeights,
    excludedUserIds: string[],
    pool = INVESTOR_POOL,
    manager?: EntityManager,
  ): Promise<InvestorMatchRow[]> {
    const tiers = investorTiers(offer, weights);
    const params = new SqlParams();
    const common = `p.visible AND p.user_id <> ALL(${params.add(excludedUserIds)}::uuid[])`;
    const rest = investorRestEstimate(params, offer, weights);
    const levels = candidateLevels(tiers.sector, tiers.region).map((level) =>
      level
        .map(
          (combination) =>
            `SELECT ${INVESTOR_MATCH_COLUMNS}, ${combination.points.toFixed(6)}::float8 + ${rest} AS pre
               FROM investor_profiles p WHERE ${common} AND ${combination.condition(params)}`,
        )
        .join(' UNION ALL '),
    );
    const rows: Array<InvestorMatchRow & { pre?: number }> = await this.serial(stackLevels(levels, '"userId"', params.add(pool)), params.values, manager);
    return rows.map(({ pre: _pre, ...row }) => row);
  }

  /**
   * Runs a candidate statement without parallel workers: each level reads a few hundred to a few thousand
   * rows, where starting workers costs more than it saves (and much more on a busy machine). Given the
   * manager of a running transaction (a publish), the setting holds until that transaction ends.
   */
  private serial<Row>(sql: string, values: unknown[], outer?: EntityManager): Promise<Row[]> {
    const run = async (manager: EntityManager): Promise<Row[]> => {
      await manager.query('SET LOCAL max_parallel_workers_per_gather = 0');
      return manager.query(sql, values);
    };
    return outer ? run(outer) : this.dataSource.transaction(run);
  }
}

/**
 * All levels in one statement: each level sorted by its estimate and cut to the pool, stacked in order. The
 * outer LIMIT stops PostgreSQL's Append as soon as the pool is full, so a level runs only when the ones
 * before it fell short, without a round trip per level. (Were a plan ever to interleave the levels, the pool
 * would only hold weaker candidates; every score is still the exact scorer's.)
 */
function stackLevels(levels: readonly string[], idColumn: string, limit: string): string {
  const sorted = levels.map((branches) => `(SELECT * FROM (${branches}) u ORDER BY u.pre DESC, u.${idColumn} LIMIT ${limit})`);
  return `SELECT * FROM (${sorted.join(' UNION ALL ')}) levels LIMIT ${limit}`;
}
