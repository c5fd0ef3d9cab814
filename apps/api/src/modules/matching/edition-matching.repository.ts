import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { IdPair } from '@serumpun/matching';
import type { Role } from '@serumpun/shared';
import { OPPORTUNITY_MATCH_COLUMNS, type InvestorMatchRow, type OpportunityMatchRow } from './match-rows.js';

/** An approved participant of an edition with the matching columns of their profile (null without one). */
export interface EditionParticipantRow {
  userId: string;
  role: Extract<Role, 'investor' | 'business'>;
  fullName: string;
  companyName: string | null;
  investor: InvestorMatchRow | null;
  businessSectors: string[] | null;
  businessRegionCode: string | null;
  businessLanguages: string[] | null;
}

export type EditionOpportunityRow = OpportunityMatchRow & { title: string };

/** What suggested meetings read about an edition: its participants, their opportunities, and the pairs already asked. */
@Injectable()
export class EditionMatchingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async isApprovedParticipant(editionId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM registrations WHERE edition_id = $1 AND user_id = $2 AND status = 'approved'`, [
      editionId,
      userId,
    ]);
    return rows.length > 0;
  }

  /** Approved investors and businesses (organisers are not matched). */
  async participants(editionId: string): Promise<EditionParticipantRow[]> {
    return this.dataSource.query(
      `SELECT r.user_id AS "userId", u.role, u.full_name AS "fullName", b.company_name AS "companyName",
              CASE WHEN p.user_id IS NULL THEN NULL ELSE json_build_object(
                'userId', p.user_id, 'visible', p.visible, 'regionCode', p.region_code, 'sectors', p.sectors, 'regions', p.regions,
                'ticketMinUsd', p.ticket_min_usd::text, 'ticketMaxUsd', p.ticket_max_usd::text, 'instruments', p.instruments,
                'stages', p.stages, 'languages', p.languages, 'sustainabilityTags', p.sustainability_tags) END AS investor,
              b.sectors AS "businessSectors", b.region_code AS "businessRegionCode", b.languages AS "businessLanguages"
         FROM registrations r
         JOIN users u ON u.id = r.user_id
         LEFT JOIN investor_profiles p ON p.user_id = r.user_id AND u.role = 'investor'
         LEFT JOIN business_profiles b ON b.user_id = r.user_id AND u.role = 'business'
        WHERE r.edition_id = $1 AND r.status = 'approved' AND u.role IN ('investor', 'business')`,
      [editionId],
    );
  }

  /**
   * The published opportunities the registered businesses bring: those they showcase at the edition, or all
   * their published ones when they picked none.
   */
  async opportunities(editionId: string): Promise<EditionOpportunityRow[]> {
    return this.dataSource.query(
      `SELECT ${OPPORTUNITY_MATCH_COLUMNS}, o.title, coalesce(b.languages, '{}') AS languages
         FROM registrations r
         JOIN opportunities o ON o.user_id = r.user_id AND o.status = 'published'
         LEFT JOIN business_profiles b ON b.user_id = o.user_id
        WHERE r.edition_id = $1 AND r.status = 'approved'
          AND (NOT EXISTS (SELECT 1 FROM registration_opportunities ro WHERE ro.edition_id = r.edition_id AND ro.user_id = r.user_id)
               OR EXISTS (SELECT 1 FROM registration_opportunities ro WHERE ro.edition_id = r.edition_id AND ro.opportunity_id = o.id))
        ORDER BY o.id`,
      [editionId],
    );
  }

  /** Pairs that already asked or met at the edition: every meeting request (any status) and every meeting. */
  async requestedPairs(editionId: string): Promise<IdPair[]> {
    const rows: Array<{ a: string; b: string }> = await this.dataSource.query(
      `SELECT from_user_id AS a, to_user_id AS b FROM meeting_requests WHERE edition_id = $1
       UNION
       SELECT x.user_id, y.user_id FROM meeting_participants x
         JOIN meeting_participants y ON y.meeting_id = x.meeting_id AND y.user_id > x.user_id
        WHERE x.edition_id = $1`,
      [editionId],
    );
    return rows.map((row) => [row.a, row.b] as const);
  }
}
