import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { z } from 'zod';
import {
  checkEditionLayout,
  formatInstantInZone,
  localDateInZone,
  localTimeInZone,
  timeZoneOfRegion,
  zonedTimeToInstant,
  type AffectedMeeting,
  type CreateEdition,
  type Edition,
  type EditionLayoutPreview,
  type ListEditionsQuery,
  type MeetingTable,
  type Page,
  type Slot,
  type UpdateEdition,
} from '@serumpun/shared';
import { DomainException, ValidationFailedException } from '../../common/api-exceptions.js';
import type { AuthUser } from '../../common/auth-user.js';
import { decodeCursor, encodeCursor } from '../../common/cursor.js';
import { recordMeetingEvents } from '../meetings/meeting-history.js';
import { MeetingEventsPublisher, type MeetingNotice } from '../meetings/meeting-events.publisher.js';
import { inTransaction, postgresErrorOf, queryRows } from './database.js';
import { planSlots, planTables, slugify, type EditionLayout, type ExistingSlot, type ExistingTable, type SlotPlan, type TablePlan } from './edition-layout.js';
import { EditionEntity } from './edition.entity.js';
import { EDITION_MESSAGES } from './editions.messages.js';

const editionCursorSchema = z.object({ startDate: z.iso.date(), id: z.uuid() });
const LAYOUT_FIELDS = ['meetingWindows', 'slotMinutes', 'breakMinutes', 'timeZone'] as const;

interface AffectedRow {
  id: string;
  status: string;
  slot_id: string;
  starts_at: Date;
  ends_at: Date;
  table_id: string;
  table_number: number;
  participant_ids: string[];
}

/** Throws the 404 of an id that is not a UUID or names nothing, before any query uses it. */
export function assertUuid(id: string, onInvalid: () => never): void {
  if (!z.uuid().safeParse(id).success) onInvalid();
}

/** The instant an edition ends: midnight after its last day, at the venue. */
export function editionEndsAt(edition: Pick<EditionEntity, 'endDate' | 'timeZone'>): Date {
  const next = new Date(`${edition.endDate}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return zonedTimeToInstant(next.toISOString().slice(0, 10), '00:00', edition.timeZone);
}

export function isEditionOver(edition: Pick<EditionEntity, 'endDate' | 'timeZone'>, now = new Date()): boolean {
  return now.getTime() >= editionEndsAt(edition).getTime();
}

@Injectable()
export class EditionsService {
  constructor(
    @InjectRepository(EditionEntity) private readonly editions: Repository<EditionEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly publisher: MeetingEventsPublisher,
  ) {}

  /** Newest first; `upcoming` and `past` compare the end date with today (UTC). */
  async list(query: ListEditionsQuery): Promise<Page<Edition>> {
    const cursor = decodeCursor(query.cursor, editionCursorSchema);
    const builder = this.editions.createQueryBuilder('e').orderBy('e.start_date', 'DESC').addOrderBy('e.id', 'DESC').limit(query.limit + 1);
    if (query.when === 'upcoming') builder.andWhere('e.end_date >= CURRENT_DATE');
    if (query.when === 'past') builder.andWhere('e.end_date < CURRENT_DATE');
    if (cursor) builder.andWhere('(e.start_date, e.id) < (:startDate, :id)', cursor);
    const rows = await builder.getMany();
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    const nextCursor = rows.length > query.limit && last ? encodeCursor({ startDate: last.startDate, id: last.id }) : null;
    return { items: items.map(toEditionView), nextCursor };
  }

  async get(id: string): Promise<Edition> {
    return toEditionView(await this.findOrFail(id));
  }

  /** The edition or a 404; an id that is not a UUID is simply not found. */
  async findOrFail(id: string, manager?: EntityManager): Promise<EditionEntity> {
    assertUuid(id, () => this.notFound());
    const edition = await (manager ?? this.dataSource.manager).getRepository(EditionEntity).findOneBy({ id });
    if (!edition) this.notFound();
    return edition;
  }

  async slots(id: string): Promise<Slot[]> {
    const edition = await this.findOrFail(id);
    const rows = await queryRows<{ id: string; starts_at: Date; ends_at: Date }>(
      this.dataSource.manager,
      'SELECT id, starts_at, ends_at FROM slots WHERE edition_id = $1 ORDER BY starts_at',
      [edition.id],
    );
    return rows.map((row) => toSlotView({ id: row.id, startsAt: row.starts_at, endsAt: row.ends_at }, edition.timeZone));
  }

  async tables(id: string): Promise<MeetingTable[]> {
    const edition = await this.findOrFail(id);
    return queryRows<MeetingTable>(this.dataSource.manager, 'SELECT id, number, name, location FROM meeting_tables WHERE edition_id = $1 ORDER BY number', [edition.id]);
  }

  async create(body: CreateEdition): Promise<Edition> {
    const timeZone = body.timeZone ?? timeZoneOfRegion(body.regionCode);
    const layout: EditionLayout = { ...body, timeZone, tables: body.tables };
    const edition = await this.dataSource.transaction(async (manager) => {
      const slug = body.slug ?? (await this.freeSlug(manager, `${slugify(body.city) || 'edisi'}-${body.startDate.slice(0, 4)}`));
      const repository = manager.getRepository(EditionEntity);
      let saved: EditionEntity;
      try {
        saved = await repository.save(
          repository.create({
            slug,
            name: body.name,
            city: body.city,
            venue: body.venue,
            regionCode: body.regionCode,
            timeZone,
            startDate: body.startDate,
            endDate: body.endDate,
            meetingWindows: body.meetingWindows,
            slotMinutes: body.slotMinutes,
            breakMinutes: body.breakMinutes,
            tableCount: body.tableCount,
            pendingRequestCap: body.pendingRequestCap,
            requestDeadline: body.requestDeadline ? new Date(body.requestDeadline) : null,
            registrationApproval: body.registrationApproval,
          }),
        );
      } catch (error) {
        if (postgresErrorOf(error)?.constraint === 'editions_slug_unique') {
          throw new DomainException(409, EDITION_MESSAGES['edition.slug_taken'], { field: 'slug', params: { slug } });
        }
        throw error;
      }
      await this.writeLayout(manager, saved.id, planSlots([], layout), planTables([], layout));
      return saved;
    });
    return toEditionView(edition);
  }

  /** What a PATCH with this body would do, without doing it. */
  async previewChange(id: string, body: UpdateEdition): Promise<EditionLayoutPreview> {
    const outcome = await this.change(id, body, null, 'preview');
    return outcome.preview;
  }

  async update(id: string, body: UpdateEdition, actor: AuthUser): Promise<Edition> {
    const outcome = await this.change(id, body, actor.id, 'apply');
    return toEditionView(outcome.edition);
  }

  /**
   * One transaction holding the edition row exclusively (bookings hold it shared), so no meeting is
   * booked into a slot while that slot is being removed.
   */
  private async change(
    id: string,
    body: UpdateEdition,
    actorId: string | null,
    mode: 'preview' | 'apply',
  ): Promise<{ edition: EditionEntity; preview: EditionLayoutPreview; notices: MeetingNotice[] }> {
    assertUuid(id, () => this.notFound());
    return inTransaction(
      this.dataSource,
      async (manager) => {
        const edition = await manager.getRepository(EditionEntity).createQueryBuilder('e').setLock('pessimistic_write').where('e.id = :id', { id }).getOne();
        if (!edition) this.notFound();
        const { force, ...changes } = body;
        const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<Omit<UpdateEdition, 'force'>>;
        if (defined.regionCode && !defined.timeZone && defined.regionCode !== edition.regionCode) {
          // A new region without a zone keeps the zone the organiser chose, unless it was the old region's default.
          if (edition.timeZone === timeZoneOfRegion(edition.regionCode)) defined.timeZone = timeZoneOfRegion(defined.regionCode);
        }
        const merged = {
          startDate: defined.startDate ?? edition.startDate,
          endDate: defined.endDate ?? edition.endDate,
          meetingWindows: defined.meetingWindows ?? edition.meetingWindows,
          slotMinutes: defined.slotMinutes ?? edition.slotMinutes,
          breakMinutes: defined.breakMinutes ?? edition.breakMinutes,
          timeZone: defined.timeZone ?? edition.timeZone,
          tableCount: defined.tableCount ?? edition.tableCount,
          tables: defined.tables,
        };
        const issues: z.core.$ZodIssue[] = [];
        checkEditionLayout(merged, { addIssue: (issue) => issues.push(issue as z.core.$ZodIssue) });
        if (issues.length > 0) throw new ValidationFailedException(issues);

        const slotPlan: SlotPlan = LAYOUT_FIELDS.some((field) => defined[field] !== undefined)
          ? planSlots(await this.existingSlots(manager, edition.id), merged)
          : { keptIds: [], removedIds: [], added: [] };
        const tablePlan: TablePlan =
          defined.tableCount !== undefined || defined.tables !== undefined
            ? planTables(await this.existingTables(manager, edition.id), merged)
            : { removedIds: [], added: [], renamed: [] };
        const affected = await queryRows<AffectedRow>(
          manager,
          `SELECT m.id, m.status, m.slot_id, s.starts_at, s.ends_at, m.table_id, t.number AS table_number,
                  ARRAY(SELECT p.user_id FROM meeting_participants p WHERE p.meeting_id = m.id ORDER BY p.user_id) AS participant_ids
             FROM meetings m
             JOIN slots s ON s.id = m.slot_id
             JOIN meeting_tables t ON t.id = m.table_id
            WHERE m.edition_id = $1 AND m.status <> 'cancelled' AND (m.slot_id = ANY($2::uuid[]) OR m.table_id = ANY($3::uuid[]))
            ORDER BY s.starts_at, t.number
              FOR UPDATE OF m`,
          [edition.id, slotPlan.removedIds, tablePlan.removedIds],
        );
        const removedSlots = new Set(slotPlan.removedIds);
        const affectedMeetings: AffectedMeeting[] = affected.map((row) => ({
          meetingId: row.id,
          slotId: row.slot_id,
          tableNumber: row.table_number,
          startsAt: formatInstantInZone(row.starts_at, edition.timeZone),
          participantIds: row.participant_ids,
          reason: removedSlots.has(row.slot_id) ? 'slot_removed' : 'table_removed',
        }));
        const preview: EditionLayoutPreview = {
          slotsAdded: slotPlan.added.length,
          slotsRemoved: slotPlan.removedIds.length,
          slotsKept: slotPlan.keptIds.length,
          tablesAdded: tablePlan.added.length,
          tablesRemoved: tablePlan.removedIds.length,
          affectedMeetings,
        };
        if (mode === 'preview') return { edition, preview, notices: [] };

        const attended = affected.filter((row) => row.status !== 'scheduled');
        if (attended.length > 0) {
          throw new DomainException(409, EDITION_MESSAGES['edition.layout_affects_attended'], { field: 'force', params: { count: attended.length } });
        }
        if (affected.length > 0 && !force) {
          const listed = affected.map((row) => `${localDateInZone(row.starts_at, edition.timeZone)} ${localTimeInZone(row.starts_at, edition.timeZone)} #${row.table_number}`);
          throw new DomainException(409, EDITION_MESSAGES['edition.layout_affects_meetings'], {
            field: 'force',
            params: { count: affected.length, meetings: listed.join(', ') },
          });
        }
        const notices = await this.unplace(manager, edition, affected, actorId);
        await this.writeLayout(manager, edition.id, slotPlan, tablePlan);
        const { tables: _tables, requestDeadline, ...columns } = defined;
        Object.assign(edition, columns);
        if (requestDeadline !== undefined) edition.requestDeadline = requestDeadline ? new Date(requestDeadline) : null;
        const saved = await manager.getRepository(EditionEntity).save(edition);
        // Stored with the change (outbox); pushed by the realtime dispatcher after the commit.
        await this.publisher.publish(notices, manager);
        return { edition: saved, preview, notices };
      },
      () => {
        throw new DomainException(409, EDITION_MESSAGES['schedule.busy']);
      },
    );
  }

  /** Meetings that lose their slot or table wait for the scheduler again; their calendar entries are withdrawn. */
  private async unplace(manager: EntityManager, edition: EditionEntity, affected: AffectedRow[], actorId: string | null): Promise<MeetingNotice[]> {
    if (affected.length === 0) return [];
    await manager.query(`UPDATE meetings SET slot_id = NULL, table_id = NULL, sequence = sequence + 1, updated_at = now() WHERE id = ANY($1::uuid[])`, [
      affected.map((row) => row.id),
    ]);
    await recordMeetingEvents(
      manager,
      affected.map((row) => ({
        meetingId: row.id,
        actorUserId: actorId,
        kind: 'unplaced' as const,
        from: { slotId: row.slot_id, startsAt: row.starts_at, endsAt: row.ends_at, tableNumber: row.table_number },
        reason: 'edition_changed',
      })),
    );
    return affected.map((row) => ({
      type: 'meeting.unplaced' as const,
      recipientIds: row.participant_ids,
      editionId: edition.id,
      payload: { meetingId: row.id, reason: 'edition_changed', previousStartsAt: formatInstantInZone(row.starts_at, edition.timeZone), previousTable: row.table_number },
    }));
  }

  /** Applies slot and table plans; meetings no longer referencing removed rows is the caller's job. */
  private async writeLayout(manager: EntityManager, editionId: string, slots: SlotPlan, tables: TablePlan): Promise<void> {
    if (slots.removedIds.length > 0 || tables.removedIds.length > 0) {
      // Cancelled meetings keep their place for history only; it goes with the slot or table.
      await manager.query(
        `UPDATE meetings SET slot_id = NULL, table_id = NULL WHERE edition_id = $1 AND status = 'cancelled' AND (slot_id = ANY($2::uuid[]) OR table_id = ANY($3::uuid[]))`,
        [editionId, slots.removedIds, tables.removedIds],
      );
    }
    if (slots.removedIds.length > 0) await manager.query('DELETE FROM slots WHERE id = ANY($1::uuid[])', [slots.removedIds]);
    if (slots.added.length > 0) {
      await manager.query('INSERT INTO slots (edition_id, starts_at, ends_at) SELECT $1, unnest($2::timestamptz[]), unnest($3::timestamptz[])', [
        editionId,
        slots.added.map((slot) => slot.startsAt.toISOString()),
        slots.added.map((slot) => slot.endsAt.toISOString()),
      ]);
    }
    if (tables.removedIds.length > 0) await manager.query('DELETE FROM meeting_tables WHERE id = ANY($1::uuid[])', [tables.removedIds]);
    if (tables.added.length > 0) {
      await manager.query('INSERT INTO meeting_tables (edition_id, number, name, location) SELECT $1, unnest($2::int[]), unnest($3::text[]), unnest($4::text[])', [
        editionId,
        tables.added.map((table) => table.number),
        tables.added.map((table) => table.name),
        tables.added.map((table) => table.location),
      ]);
    }
    for (const table of tables.renamed) {
      await manager.query('UPDATE meeting_tables SET name = $2, location = $3 WHERE id = $1', [table.id, table.name, table.location]);
    }
  }

  private async existingSlots(manager: EntityManager, editionId: string): Promise<ExistingSlot[]> {
    const rows = await queryRows<{ id: string; starts_at: Date; ends_at: Date }>(manager, 'SELECT id, starts_at, ends_at FROM slots WHERE edition_id = $1', [editionId]);
    return rows.map((row) => ({ id: row.id, startsAt: row.starts_at, endsAt: row.ends_at }));
  }

  private existingTables(manager: EntityManager, editionId: string): Promise<ExistingTable[]> {
    return queryRows<ExistingTable>(manager, 'SELECT id, number, name, location FROM meeting_tables WHERE edition_id = $1', [editionId]);
  }

  private async freeSlug(manager: EntityManager, base: string): Promise<string> {
    const taken = await queryRows<{ slug: string }>(manager, `SELECT slug FROM editions WHERE slug = $1 OR slug LIKE $1 || '-%'`, [base]);
    const used = new Set(taken.map((row) => row.slug));
    if (!used.has(base)) return base;
    let n = 2;
    while (used.has(`${base}-${n}`)) n++;
    return `${base}-${n}`;
  }

  private notFound(): never {
    throw new DomainException(404, EDITION_MESSAGES['edition.not_found']);
  }
}

export function toSlotView(slot: { id: string; startsAt: Date; endsAt: Date }, timeZone: string): Slot {
  return { id: slot.id, startsAt: formatInstantInZone(slot.startsAt, timeZone), endsAt: formatInstantInZone(slot.endsAt, timeZone) };
}

export function toEditionView(edition: EditionEntity): Edition {
  return {
    id: edition.id,
    slug: edition.slug,
    name: edition.name,
    city: edition.city,
    venue: edition.venue,
    regionCode: edition.regionCode,
    timeZone: edition.timeZone,
    startDate: edition.startDate,
    endDate: edition.endDate,
    meetingWindows: edition.meetingWindows,
    slotMinutes: edition.slotMinutes,
    breakMinutes: edition.breakMinutes,
    tableCount: edition.tableCount,
    pendingRequestCap: edition.pendingRequestCap,
    requestDeadline: edition.requestDeadline ? formatInstantInZone(edition.requestDeadline, edition.timeZone) : null,
    registrationApproval: edition.registrationApproval,
  };
}
