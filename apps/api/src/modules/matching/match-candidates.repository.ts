import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { MatchWeights } from '@serumpun/matching';
import { candidateLevels, type Combination } from './candidate-levels.js';
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
import { SqlParams } from '../../database/sql-params.js';

/**
 * How many candidates the exact scorer sees per list. SQL picks them by a cheap estimate of the score
 * (candidate-prescore.ts), level by level through the indexes (candidate-levels.ts); lists end after this
 * many items. See README.md ("Candidates").
 */
export const OPPORTUNITY_POOL = 200;
export const INVESTOR_POOL = 100;

/** The investor columns a candidate branch passes up (raw names: the estimate and the outer select read them). */
const INVESTOR_CANDIDATE_COLUMNS = `p.user_id, p.visible, p.region_code, p.sectors, p.regions, p.ticket_min_usd, p.ticket_max_usd, p.instruments,
  p.stages, p.languages, p.sustainability_tags`;
const INVESTOR_CANDIDATE_OUTPUT = `c.user_id AS "userId", c.visible, c.region_code AS "regionCode", c.sectors, c.regions,
  c.ticket_min_usd::text AS "ticketMinUsd", c.ticket_max_usd::text AS "ticketMaxUsd", c.instruments, c.stages, c.languages,
  c.sustainability_tags AS "sustainabilityTags"`;

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
    const render = (level: readonly Combination[], limit: number, params: SqlParams): string => {
      const common = `o.status = 'published' AND o.id <> ALL(${params.add(excluded.opportunityIds)}::uuid[]) AND o.user_id <> ALL(${params.add(excluded.businessIds)}::uuid[])`;
      const rest = opportunityRestEstimate(params, investor, weights);
      const branches = level.map(
        (combination) =>
          `SELECT o.id, o.user_id, o.sector_code, o.region_code, o.amount_usd, o.instruments, o.stage, o.sustainability_tags,
                  ${combination.points.toFixed(6)}::float8 AS tier
             FROM opportunities o WHERE ${common} AND ${combination.condition(params)}`,
      );
      return `SELECT c.id, c.user_id AS "userId", 'published' AS status, c.sector_code AS "sectorCode", c.region_code AS "regionCode",
                     c.amount_usd::text AS "amountUsd", c.instruments, c.stage, c.sustainability_tags AS "sustainabilityTags",
                     coalesce((SELECT b.languages FROM business_profiles b WHERE b.user_id = c.user_id), '{}') AS languages
                FROM (${bestOfLevel(`SELECT o.*, o.tier + ${rest} AS pre FROM (${branches.join(' UNION ALL ')}) o`, 'id', params.add(limit))}) c`;
    };
    return this.levelByLevel(candidateLevels(tiers.sector, tiers.region), render, pool);
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
    const render = (level: readonly Combination[], limit: number, params: SqlParams): string => {
      const common = `p.visible AND p.user_id <> ALL(${params.add(excludedUserIds)}::uuid[])`;
      const rest = investorRestEstimate(params, offer, weights);
      const branches = level.map(
        (combination) =>
          `SELECT ${INVESTOR_CANDIDATE_COLUMNS}, ${combination.points.toFixed(6)}::float8 AS tier
             FROM investor_profiles p WHERE ${common} AND ${combination.condition(params)}`,
      );
      const estimated = `SELECT p.*, p.tier + ${rest} AS pre FROM (${branches.join(' UNION ALL ')}) p`;
      return `SELECT ${INVESTOR_CANDIDATE_OUTPUT} FROM (${bestOfLevel(estimated, 'user_id', params.add(limit))}) c`;
    };
    return this.levelByLevel(candidateLevels(tiers.sector, tiers.region), render, pool, manager);
  }

  /**
   * The pool, one statement per level (candidate-levels.ts) in one transaction, until it is full: most lists
   * fill it at level 1 or 2. Stacking every level in one statement saved round trips but cost more than it
   * saved: PostgreSQL parses and plans every branch of every level (20 bitmap scans for a business), and runs
   * a later level only when the earlier ones fall short anyway. The rows and their order are the same: each
   * level sorted by its estimate (ties by id) and cut to what the pool still lacks.
   */
  private levelByLevel<Row>(
    levels: readonly Combination[][],
    render: (level: readonly Combination[], limit: number, params: SqlParams) => string,
    pool: number,
    outer?: EntityManager,
  ): Promise<Row[]> {
    if (levels.length === 0) return Promise.resolve([]);
    return this.serial(async (manager) => {
      const rows: Row[] = [];
      for (const level of levels) {
        const params = new SqlParams();
        rows.push(...((await manager.query(render(level, pool - rows.length, params), params.values)) as Row[]));
        if (rows.length >= pool) break;
      }
      return rows;
    }, outer);
  }

  /**
   * Runs the candidate statements without parallel workers: each level reads a few hundred to a few thousand
   * rows, where starting workers costs more than it saves (and much more on a busy machine). Given the
   * manager of a running transaction (a publish), the setting holds until that transaction ends.
   */
  private async serial<Row>(work: (manager: EntityManager) => Promise<Row[]>, outer?: EntityManager): Promise<Row[]> {
    if (outer) {
      await outer.query('SET LOCAL max_parallel_workers_per_gather = 0');
      return work(outer);
    }
    // Its own transaction, opened and set in one round trip (a simple query of two statements).
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('BEGIN; SET LOCAL max_parallel_workers_per_gather = 0');
      const rows = await work(runner.manager);
      await runner.query('COMMIT');
      return rows;
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

/**
 * One level's best: its branches (one per sector and region tier combination, each with its points as `tier`)
 * with the estimate as `pre`, sorted by it (ties by id) and cut to what the pool still lacks.
 */
function bestOfLevel(estimated: string, idColumn: string, limit: string): string {
  return `SELECT * FROM (${estimated}) u ORDER BY u.pre DESC, u.${idColumn} LIMIT ${limit}`;
}
