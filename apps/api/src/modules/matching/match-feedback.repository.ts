import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { IdPair } from '@serumpun/matching';

/** Dismissals and saves: one row per (user, target), so repeating either is a no-op. */
@Injectable()
export class MatchFeedbackRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Whether an investor may dismiss or save this opportunity (any but a draft), or a business this visible investor. */
  async isTargetFor(role: 'investor' | 'business', targetId: string): Promise<boolean> {
    const sql =
      role === 'investor'
        ? `SELECT 1 FROM opportunities WHERE id = $1 AND status <> 'draft'`
        : `SELECT 1 FROM investor_profiles WHERE user_id = $1 AND visible`;
    const rows: unknown[] = await this.dataSource.query(sql, [targetId]);
    return rows.length > 0;
  }

  /** Dismisses a target; a dismissed match is no longer saved (one transaction). */
  async dismiss(userId: string, targetId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO match_dismissals (user_id, target_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [userId, targetId]);
      await manager.query(`DELETE FROM match_saves WHERE user_id = $1 AND target_id = $2`, [userId, targetId]);
    });
  }

  async undismiss(userId: string, targetId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM match_dismissals WHERE user_id = $1 AND target_id = $2`, [userId, targetId]);
  }

  /** Saves a target; saving a dismissed match takes the dismissal back (one transaction). */
  async save(userId: string, targetId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO match_saves (user_id, target_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [userId, targetId]);
      await manager.query(`DELETE FROM match_dismissals WHERE user_id = $1 AND target_id = $2`, [userId, targetId]);
    });
  }

  async unsave(userId: string, targetId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM match_saves WHERE user_id = $1 AND target_id = $2`, [userId, targetId]);
  }

  /** The caller's saved targets, most recent first. */
  async savedTargets(userId: string): Promise<string[]> {
    const rows: Array<{ targetId: string }> = await this.dataSource.query(
      `SELECT target_id AS "targetId" FROM match_saves WHERE user_id = $1 ORDER BY created_at DESC, target_id`,
      [userId],
    );
    return rows.map((row) => row.targetId);
  }

  /** Which of these targets the caller saved. */
  async savedAmong(userId: string, targetIds: readonly string[]): Promise<Set<string>> {
    if (targetIds.length === 0) return new Set();
    const rows: Array<{ targetId: string }> = await this.dataSource.query(
      `SELECT target_id AS "targetId" FROM match_saves WHERE user_id = $1 AND target_id = ANY($2::uuid[])`,
      [userId, targetIds],
    );
    return new Set(rows.map((row) => row.targetId));
  }

  /**
   * Dismissals as (user, target) pairs that involve any of `ids`, as dismisser or as target: a participant's
   * own, and those of others about them or their opportunities.
   */
  async dismissalsInvolving(ids: readonly string[], manager?: EntityManager): Promise<IdPair[]> {
    if (ids.length === 0) return [];
    const rows: Array<{ userId: string; targetId: string }> = await (manager ?? this.dataSource).query(
      `SELECT user_id AS "userId", target_id AS "targetId" FROM match_dismissals WHERE user_id = ANY($1::uuid[])
       UNION
       SELECT user_id, target_id FROM match_dismissals WHERE target_id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => [row.userId, row.targetId] as const);
  }

  /** `dismissalsInvolving([opportunityId, its owner])` in one statement, without reading the owner first. */
  async dismissalsInvolvingOpportunity(opportunityId: string, manager?: EntityManager): Promise<IdPair[]> {
    const rows: Array<{ userId: string; targetId: string }> = await (manager ?? this.dataSource).query(
      `WITH ids AS (SELECT $1::uuid AS id UNION SELECT user_id FROM opportunities WHERE id = $1)
       SELECT user_id AS "userId", target_id AS "targetId" FROM match_dismissals WHERE user_id IN (SELECT id FROM ids)
       UNION
       SELECT user_id, target_id FROM match_dismissals WHERE target_id IN (SELECT id FROM ids)`,
      [opportunityId],
    );
    return rows.map((row) => [row.userId, row.targetId] as const);
  }

  /** Dismissals involving a business: its own, and those about it or any of its opportunities (one statement). */
  async dismissalsInvolvingBusiness(businessId: string): Promise<IdPair[]> {
    const rows: Array<{ userId: string; targetId: string }> = await this.dataSource.query(
      `SELECT user_id AS "userId", target_id AS "targetId" FROM match_dismissals WHERE user_id = $1
       UNION
       SELECT user_id, target_id FROM match_dismissals
        WHERE target_id = $1 OR target_id IN (SELECT id FROM opportunities WHERE user_id = $1)`,
      [businessId],
    );
    return rows.map((row) => [row.userId, row.targetId] as const);
  }
}
