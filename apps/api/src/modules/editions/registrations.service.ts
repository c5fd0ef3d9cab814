import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  formatInstantInZone,
  isSectionCode,
  localDateInZone,
  type Availability,
  type EditionUnavailabilities,
  type CreateRegistration,
  type ListParticipantsQuery,
  type Page,
  type Participant,
  type Registration,
  type RegistrationStatus,
  type Role,
} from '@serumpun/shared';
import { DomainException } from '../../common/api-exceptions.js';
import { COMMON_MESSAGES } from '../../common/api-messages.js';
import type { AuthUser } from '../../common/auth-user.js';
import { decodeCursor, encodeCursor } from '../../common/cursor.js';
import { inTransaction, postgresErrorOf, queryRows } from './database.js';
import type { EditionEntity } from './edition.entity.js';
import { EDITION_MESSAGES } from './editions.messages.js';
import { assertUuid, EditionsService, isEditionOver } from './editions.service.js';

interface RegistrationRow {
  edition_id: string;
  user_id: string;
  status: RegistrationStatus;
  organisation: string | null;
  country_code: string | null;
  sectors: string[];
  opportunity_ids: string[];
  checked_in_at: Date | null;
  created_at: Date;
}

interface ParticipantRow {
  user_id: string;
  full_name: string;
  role: Role;
  status: RegistrationStatus;
  checked_in_at: Date | null;
  organisation: string | null;
  country_code: string | null;
  sectors: string[];
  opportunities: Participant['opportunities'];
}

const participantCursorSchema = z.object({ name: z.string(), id: z.uuid() });

const REGISTRATION_SELECT = `
  SELECT r.edition_id, r.user_id, r.status, r.organisation, r.country_code, r.sectors, r.checked_in_at, r.created_at,
         ARRAY(SELECT ro.opportunity_id FROM registration_opportunities ro WHERE ro.edition_id = r.edition_id AND ro.user_id = r.user_id ORDER BY ro.opportunity_id) AS opportunity_ids
    FROM registrations r`;

/**
 * Registration, the participant directory and availability. A participant's card in the directory
 * is what they gave at registration, filled in from their investor or business profile.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editions: EditionsService,
  ) {}

  async register(editionId: string, caller: AuthUser, body: CreateRegistration): Promise<Registration> {
    const edition = await this.editions.findOrFail(editionId);
    let userId = caller.id;
    if (caller.role === 'organiser') {
      if (!body.userId) throw new DomainException(422, EDITION_MESSAGES['registration.organiser_self'], { field: 'userId' });
      userId = body.userId;
    } else if (body.userId && body.userId !== caller.id) {
      throw new DomainException(403, COMMON_MESSAGES['auth.forbidden'], { field: 'userId' });
    }
    if (isEditionOver(edition)) throw new DomainException(422, EDITION_MESSAGES['edition.over']);
    const [user] = await queryRows<{ role: Role }>(this.dataSource.manager, 'SELECT role FROM users WHERE id = $1', [userId]);
    if (!user) throw new DomainException(404, EDITION_MESSAGES['registration.user_not_found'], { field: 'userId' });
    if (user.role === 'organiser') throw new DomainException(422, EDITION_MESSAGES['registration.not_a_participant'], { field: 'userId' });
    if (body.opportunityIds.length > 0) {
      const own = await queryRows<{ id: string }>(
        this.dataSource.manager,
        `SELECT id FROM opportunities WHERE id = ANY($1::uuid[]) AND user_id = $2 AND status = 'published'`,
        [body.opportunityIds, userId],
      );
      if (own.length !== body.opportunityIds.length) {
        throw new DomainException(422, EDITION_MESSAGES['registration.opportunity_not_showcasable'], { field: 'opportunityIds' });
      }
    }
    const status: RegistrationStatus = edition.registrationApproval && caller.role !== 'organiser' ? 'pending' : 'approved';
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO registrations (edition_id, user_id, status, organisation, country_code, sectors) VALUES ($1, $2, $3, $4, $5, $6)`,
          [edition.id, userId, status, body.organisation, body.countryCode, body.sectors],
        );
        if (body.opportunityIds.length > 0) {
          await manager.query(`INSERT INTO registration_opportunities (edition_id, user_id, opportunity_id) SELECT $1, $2, unnest($3::uuid[])`, [
            edition.id,
            userId,
            body.opportunityIds,
          ]);
        }
      });
    } catch (error) {
      if (postgresErrorOf(error)?.code === '23505') throw new DomainException(409, EDITION_MESSAGES['registration.duplicate']);
      throw error;
    }
    return this.getRegistration(edition, userId);
  }

  /** The caller's own registration for an edition, or 404. */
  async mine(editionId: string, caller: AuthUser): Promise<Registration> {
    const edition = await this.editions.findOrFail(editionId);
    return this.getRegistration(edition, caller.id);
  }

  async approve(editionId: string, userId: string): Promise<Registration> {
    const edition = await this.editions.findOrFail(editionId);
    assertUuid(userId, () => this.registrationNotFound());
    const updated = await queryRows(this.dataSource.manager, `UPDATE registrations SET status = 'approved', updated_at = now() WHERE edition_id = $1 AND user_id = $2 RETURNING user_id`, [
      edition.id,
      userId,
    ]);
    if (updated.length === 0) this.registrationNotFound();
    return this.getRegistration(edition, userId);
  }

  /** On the day: the organiser checks a participant in at the door (once; checking in again keeps the first time). */
  async checkIn(editionId: string, userId: string): Promise<Registration> {
    const edition = await this.editions.findOrFail(editionId);
    assertUuid(userId, () => this.registrationNotFound());
    const updated = await queryRows(
      this.dataSource.manager,
      `UPDATE registrations SET checked_in_at = COALESCE(checked_in_at, now()), updated_at = now() WHERE edition_id = $1 AND user_id = $2 AND status = 'approved' RETURNING user_id`,
      [edition.id, userId],
    );
    if (updated.length === 0) this.registrationNotFound();
    return this.getRegistration(edition, userId);
  }

  /**
   * The directory: organisers and approved participants may read it. Participants see approved
   * registrations; organisers see pending ones too (or only them, with `status=pending`).
   */
  async participants(editionId: string, caller: AuthUser, query: ListParticipantsQuery): Promise<Page<Participant>> {
    const edition = await this.editions.findOrFail(editionId);
    const isOrganiser = caller.role === 'organiser';
    if (!isOrganiser) await this.requireApproved(this.dataSource.manager, edition.id, caller.id, 403);
    const cursor = decodeCursor(query.cursor, participantCursorSchema);
    const parameters: unknown[] = [edition.id];
    const bind = (value: unknown) => `$${parameters.push(value)}`;
    const conditions: string[] = [];
    if (!isOrganiser) conditions.push(`p.status = 'approved'`);
    else if (query.status) conditions.push(`p.status = ${bind(query.status)}`);
    if (query.role) conditions.push(`p.role = ${bind(query.role)}`);
    if (query.country) conditions.push(`p.country_code = ${bind(query.country)}`);
    if (query.sector) {
      conditions.push(
        isSectionCode(query.sector)
          ? `EXISTS (SELECT 1 FROM unnest(p.sectors) code WHERE left(code, 1) = ${bind(query.sector)})`
          : `${bind(query.sector)} = ANY(p.sectors)`,
      );
    }
    if (query.q) {
      const pattern = bind(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      conditions.push(`(p.full_name ILIKE ${pattern} OR p.organisation ILIKE ${pattern})`);
    }
    if (cursor) conditions.push(`(p.full_name, p.user_id) > (${bind(cursor.name)}, ${bind(cursor.id)})`);
    const rows = await queryRows<ParticipantRow>(
      this.dataSource.manager,
      `SELECT p.* FROM (
         SELECT r.user_id, u.full_name, u.role, r.status, r.checked_in_at,
                COALESCE(r.organisation, ip.organisation, bp.company_name) AS organisation,
                COALESCE(r.country_code, ip.country_code, bp.country_code) AS country_code,
                CASE WHEN cardinality(r.sectors) > 0 THEN r.sectors ELSE COALESCE(ip.sectors, bp.sectors, '{}'::text[]) END AS sectors,
                COALESCE((SELECT json_agg(json_build_object('id', o.id, 'title', o.title, 'sectorCode', o.sector_code,
                                                            'amount', json_build_object('amount', o.amount::text, 'currency', o.currency)) ORDER BY o.title)
                            FROM registration_opportunities ro JOIN opportunities o ON o.id = ro.opportunity_id AND o.status = 'published'
                           WHERE ro.edition_id = r.edition_id AND ro.user_id = r.user_id), '[]'::json) AS opportunities
           FROM registrations r
           JOIN users u ON u.id = r.user_id
           LEFT JOIN investor_profiles ip ON ip.user_id = r.user_id
           LEFT JOIN business_profiles bp ON bp.user_id = r.user_id
          WHERE r.edition_id = $1
       ) p
       ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
       ORDER BY p.full_name, p.user_id
       LIMIT ${bind(query.limit + 1)}`,
      parameters,
    );
    const items = rows.slice(0, query.limit).map(
      (row): Participant => ({
        userId: row.user_id,
        fullName: row.full_name,
        role: row.role,
        organisation: row.organisation,
        countryCode: row.country_code,
        sectors: row.sectors,
        opportunities: row.opportunities,
        status: row.status,
        checkedInAt: row.checked_in_at ? formatInstantInZone(row.checked_in_at, edition.timeZone) : null,
      }),
    );
    const last = items.at(-1);
    return { items, nextCursor: rows.length > query.limit && last ? encodeCursor({ name: last.fullName, id: last.userId }) : null };
  }

  async availability(editionId: string, caller: AuthUser): Promise<Availability> {
    const edition = await this.editions.findOrFail(editionId);
    await this.requireRegistered(this.dataSource.manager, edition.id, caller.id);
    return { unavailableSlotIds: await this.unavailableSlotIds(this.dataSource.manager, edition.id, caller.id) };
  }

  /** Every participant's unavailable slots, so the organiser's grid shows those conflicts before a move. */
  async unavailabilities(editionId: string): Promise<EditionUnavailabilities> {
    const edition = await this.editions.findOrFail(editionId);
    const rows = await queryRows<{ user_id: string; slot_ids: string[] }>(
      this.dataSource.manager,
      'SELECT user_id, array_agg(slot_id ORDER BY slot_id) AS slot_ids FROM unavailabilities WHERE edition_id = $1 GROUP BY user_id ORDER BY user_id',
      [edition.id],
    );
    return { items: rows.map((row) => ({ userId: row.user_id, slotIds: row.slot_ids })) };
  }

  /**
   * Replaces the caller's unavailable slots. A slot where they already have a meeting is refused
   * with a 409 (checked here for the message, and by the database's trigger under races).
   */
  async setAvailability(editionId: string, caller: AuthUser, slotIds: string[]): Promise<Availability> {
    const edition = await this.editions.findOrFail(editionId);
    return inTransaction(
      this.dataSource,
      async (manager) => {
        await this.requireRegistered(manager, edition.id, caller.id);
        const known = await queryRows<{ id: string }>(manager, 'SELECT id FROM slots WHERE edition_id = $1 AND id = ANY($2::uuid[])', [edition.id, slotIds]);
        if (known.length !== slotIds.length) throw new DomainException(422, EDITION_MESSAGES['availability.slot_not_in_edition'], { field: 'unavailableSlotIds' });
        const [busy] = await queryRows<{ starts_at: Date }>(
          manager,
          `SELECT s.starts_at FROM meeting_participants p JOIN slots s ON s.id = p.slot_id
            WHERE p.user_id = $1 AND p.active AND p.slot_id = ANY($2::uuid[]) ORDER BY s.starts_at LIMIT 1`,
          [caller.id, slotIds],
        );
        if (busy) throw this.slotHasMeeting(edition, busy.starts_at);
        await manager.query('DELETE FROM unavailabilities WHERE edition_id = $1 AND user_id = $2 AND NOT (slot_id = ANY($3::uuid[]))', [edition.id, caller.id, slotIds]);
        try {
          await manager.query(
            `INSERT INTO unavailabilities (edition_id, user_id, slot_id) SELECT $1, $2, id FROM slots WHERE id = ANY($3::uuid[]) ORDER BY id ON CONFLICT DO NOTHING`,
            [edition.id, caller.id, slotIds],
          );
        } catch (error) {
          const problem = postgresErrorOf(error);
          if (problem?.constraint === 'unavailabilities_slot_free') {
            const [slot] = await queryRows<{ starts_at: Date }>(this.dataSource.manager, 'SELECT starts_at FROM slots WHERE id = $1', [problem.detail]);
            throw this.slotHasMeeting(edition, slot?.starts_at ?? null);
          }
          throw error;
        }
        return { unavailableSlotIds: await this.unavailableSlotIds(manager, edition.id, caller.id) };
      },
      () => {
        throw new DomainException(409, EDITION_MESSAGES['schedule.busy']);
      },
    );
  }

  /** Refuses a caller whose registration is missing or not approved (422, or `status` when given). */
  async requireApproved(manager: EntityManager, editionId: string, userId: string, status = 422): Promise<void> {
    const [row] = await queryRows<{ status: RegistrationStatus }>(manager, 'SELECT status FROM registrations WHERE edition_id = $1 AND user_id = $2', [editionId, userId]);
    if (row?.status !== 'approved') throw new DomainException(status, EDITION_MESSAGES['registration.required']);
  }

  private async requireRegistered(manager: EntityManager, editionId: string, userId: string): Promise<void> {
    const [row] = await queryRows(manager, 'SELECT 1 FROM registrations WHERE edition_id = $1 AND user_id = $2', [editionId, userId]);
    if (!row) throw new DomainException(422, EDITION_MESSAGES['registration.required']);
  }

  private async unavailableSlotIds(manager: EntityManager, editionId: string, userId: string): Promise<string[]> {
    const rows = await queryRows<{ slot_id: string }>(
      manager,
      'SELECT u.slot_id FROM unavailabilities u JOIN slots s ON s.id = u.slot_id WHERE u.edition_id = $1 AND u.user_id = $2 ORDER BY s.starts_at',
      [editionId, userId],
    );
    return rows.map((row) => row.slot_id);
  }

  private slotHasMeeting(edition: EditionEntity, startsAt: Date | null): DomainException {
    const time = startsAt ? `${localDateInZone(startsAt, edition.timeZone)} ${formatInstantInZone(startsAt, edition.timeZone).slice(11, 16)}` : '?';
    return new DomainException(409, EDITION_MESSAGES['availability.slot_has_meeting'], { field: 'unavailableSlotIds', params: { time } });
  }

  private async getRegistration(edition: EditionEntity, userId: string): Promise<Registration> {
    const [row] = await queryRows<RegistrationRow>(this.dataSource.manager, `${REGISTRATION_SELECT} WHERE r.edition_id = $1 AND r.user_id = $2`, [edition.id, userId]);
    if (!row) this.registrationNotFound();
    return {
      editionId: row.edition_id,
      userId: row.user_id,
      status: row.status,
      organisation: row.organisation,
      countryCode: row.country_code,
      sectors: row.sectors,
      opportunityIds: row.opportunity_ids,
      checkedInAt: row.checked_in_at ? formatInstantInZone(row.checked_in_at, edition.timeZone) : null,
      createdAt: formatInstantInZone(row.created_at, edition.timeZone),
    };
  }

  private registrationNotFound(): never {
    throw new DomainException(404, EDITION_MESSAGES['registration.not_found']);
  }
}
