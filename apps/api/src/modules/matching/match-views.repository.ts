import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { InvestorProfile, Opportunity } from '@serumpun/shared';
import { FROM_OPPORTUNITIES, OPPORTUNITY_COLUMNS, type OpportunityRow } from '../opportunities/opportunities.repository.js';
import { toOpportunityView } from '../opportunities/opportunities.service.js';
import { INVESTOR_COLUMNS, type InvestorProfileRow } from '../profiles/profiles.repository.js';
import { toInvestorView } from '../profiles/profiles.service.js';

/** The full opportunities and investor profiles of one page of matches, as their own contexts show them. */
@Injectable()
export class MatchViewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async opportunities(ids: readonly string[]): Promise<Map<string, Opportunity>> {
    if (ids.length === 0) return new Map();
    const rows: OpportunityRow[] = await this.dataSource.query(`SELECT ${OPPORTUNITY_COLUMNS} FROM ${FROM_OPPORTUNITIES} WHERE o.id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((row) => [row.id, toOpportunityView(row)]));
  }

  /** By user id (the id matches and dismissals use). */
  async investors(userIds: readonly string[]): Promise<Map<string, InvestorProfile>> {
    if (userIds.length === 0) return new Map();
    const rows: InvestorProfileRow[] = await this.dataSource.query(
      `SELECT ${INVESTOR_COLUMNS} FROM investor_profiles p JOIN users u ON u.id = p.user_id WHERE p.user_id = ANY($1::uuid[])`,
      [userIds],
    );
    return new Map(rows.map((row) => [row.userId, toInvestorView(row)]));
  }
}
