import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  formatInstantInZone,
  type ListScheduleRunsQuery,
  type PublishedSchedule,
  type ScheduleRun,
  type ScheduleRunMode,
  type ScheduleRunStatus,
} from '@serumpun/shared';
import { DomainException } from '../../common/api-exceptions.js';
import type { AuthUser } from '../../common/auth-user.js';
import { inTransaction, postgresErrorOf } from '../editions/database.js';
import { assertUuid, EditionsService } from '../editions/editions.service.js';
import { MeetingEventsPublisher, type MeetingNotice } from '../meetings/meeting-events.publisher.js';
import { recordMeetingEvents, type MeetingEventRecord, type MeetingPlace } from '../meetings/meeting-history.js';
import { buildScheduleInstance, type EditionInstance } from './schedule-instance.js';
import { buildPreview } from './schedule-preview.js';
import { ScheduleRunProgressPublisher } from './schedule-run-progress.publisher.js';
import { ScheduleRunEntity, type ScheduledPlacement } from './schedule-run.entity.js';
import { solveInWorker, type SolverRun } from './schedule-solver.js';
import { fingerprintOf, loadEditionSnapshot, type EditionSnapshot } from './scheduling.repository.js';
import { SCHEDULING_MESSAGES } from './scheduling.messages.js';

/** The solver's budget for one run; it stops earlier when it reaches the bound. */
const SOLVER_TIME_LIMIT_MS = 20_000;
const SOLVER_SEED = 1;
/** Progress is stored (and pushed) in steps of this much, not on every worker message. */
const PROGRESS_STEP = 0.05;
/** A queued or running run not touched for this long lost its worker (a crash): it no longer blocks new runs. */
const STALE_RUN_MINUTES = 10;

/**
 * Schedule runs: an organiser starts one for an edition, the solver works in a worker thread while
 * progress is stored and pushed, the result waits as a preview, and publishing writes it into the
 * meetings in one transaction, refused if the edition changed since the run began.
 */
@Injectable()
export class ScheduleRunsService implements OnModuleDestroy {
  private readonly logger = new Logger(ScheduleRunsService.name);
  private readonly running = new Map<string, SolverRun>();
  private closing = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editions: EditionsService,
    private readonly meetingEvents: MeetingEventsPublisher,
    private readonly progressPublisher: ScheduleRunProgressPublisher,
  ) {}

  /** Reads the edition, records a queued run (one active run per edition, by index), starts the worker. */
  async start(editionId: string, mode: ScheduleRunMode, caller: AuthUser): Promise<{ id: string }> {
    const edition = await this.editions.findOrFail(editionId);
    // One snapshot for all its queries, so the digest describes a state the edition really was in.
    const snapshot = await this.dataSource.transaction('REPEATABLE READ', (tx) => loadEditionSnapshot(tx, edition));
    const repository = this.dataSource.getRepository(ScheduleRunEntity);
    await this.dataSource.query(
      `UPDATE schedule_runs SET status = 'failed', error = $3, finished_at = now()
        WHERE edition_id = $1 AND status IN ('queued', 'running') AND updated_at < now() - make_interval(mins => $2)`,
      [edition.id, STALE_RUN_MINUTES, SCHEDULING_MESSAGES['run.interrupted'].text.en],
    );
    let run: ScheduleRunEntity;
    try {
      run = await repository.save(repository.create({ editionId: edition.id, mode, status: 'queued', progress: 0, fingerprint: fingerprintOf(snapshot), createdBy: caller.id }));
    } catch (error) {
      if (postgresErrorOf(error)?.constraint === 'schedule_runs_one_active_per_edition') throw new DomainException(409, SCHEDULING_MESSAGES['run.already_active']);
      throw error;
    }
    void this.execute(run, snapshot);
    return { id: run.id };
  }

  async get(runId: string): Promise<ScheduleRun> {
    return toScheduleRunView(await this.findOrFail(runId));
  }

  async list(editionId: string, query: ListScheduleRunsQuery): Promise<ScheduleRun[]> {
    const edition = await this.editions.findOrFail(editionId);
    const runs = await this.dataSource.getRepository(ScheduleRunEntity).find({ where: { editionId: edition.id }, order: { createdAt: 'DESC', id: 'DESC' }, take: query.limit });
    return runs.map(toScheduleRunView);
  }

  /**
   * Writes a finished run into the meetings, all or nothing. The edition row is held exclusively
   * (bookings and layout changes take it too), the edition's data must still be what the run saw,
   * and the meetings' own indexes and triggers check every placement once more.
   */
  async publish(runId: string, caller: AuthUser): Promise<PublishedSchedule> {
    assertUuid(runId, () => this.notFound());
    const outcome = await inTransaction(
      this.dataSource,
      async (tx) => {
        const run = await tx.getRepository(ScheduleRunEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :runId', { runId }).getOne();
        if (!run) this.notFound();
        if (run.publishedAt) throw new DomainException(409, SCHEDULING_MESSAGES['run.already_published']);
        if (run.status !== 'done' || !run.placements) throw new DomainException(409, SCHEDULING_MESSAGES['run.not_done'], { params: { status: run.status } });
        await tx.query('SELECT 1 FROM editions WHERE id = $1 FOR UPDATE', [run.editionId]);
        const edition = await this.editions.findOrFail(run.editionId, tx);
        const snapshot = await loadEditionSnapshot(tx, edition);
        if (fingerprintOf(snapshot) !== run.fingerprint) throw this.stale();
        const started = new Set(snapshot.slots.filter((slot) => slot.started).map((slot) => slot.id));
        if (run.placements.some((change) => change.slotId && started.has(change.slotId))) throw this.stale();
        const events = await this.applyChanges(tx, snapshot, run.placements, caller.id);
        await tx.query('UPDATE schedule_runs SET published_at = now(), published_by = $2 WHERE id = $1', [run.id, caller.id]);
        // Stored in the same transaction (the outbox): nobody misses a placement if the API stops now.
        await this.meetingEvents.publish(this.noticesOf(run, snapshot, caller.id), tx);
        return { run, snapshot, events };
      },
      () => {
        throw new DomainException(409, SCHEDULING_MESSAGES['run.busy']);
      },
    );
    const count = (kind: ScheduledPlacement['kind']) => outcome.run.placements!.filter((change) => change.kind === kind).length;
    return { runId: outcome.run.id, placed: count('placed'), moved: count('moved'), unplaced: count('unplaced') };
  }

  /** Stops the workers of this process; their runs are marked failed so the editions are free again. */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    const ids = [...this.running.keys()];
    await Promise.all([...this.running.values()].map((run) => run.terminate()));
    if (ids.length > 0) {
      await this.dataSource
        .query(`UPDATE schedule_runs SET status = 'failed', error = $2, finished_at = now() WHERE id = ANY($1::uuid[]) AND status IN ('queued', 'running')`, [
          ids,
          SCHEDULING_MESSAGES['run.interrupted'].text.en,
        ])
        .catch((error: unknown) => this.logger.warn(`could not mark interrupted runs: ${String(error)}`));
    }
  }

  private async execute(run: ScheduleRunEntity, snapshot: EditionSnapshot): Promise<void> {
    let progressWrites = Promise.resolve();
    let stored = 0;
    const report = (status: ScheduleRunStatus, progress: number) => {
      void Promise.resolve(this.progressPublisher.publish({ runId: run.id, editionId: run.editionId, progress, status })).catch((error: unknown) =>
        this.logger.warn(`progress of run ${run.id} not published: ${String(error)}`),
      );
    };
    try {
      const edition: EditionInstance = buildScheduleInstance(snapshot, run.mode, { timeLimitMs: SOLVER_TIME_LIMIT_MS, seed: SOLVER_SEED });
      await this.dataSource.query(`UPDATE schedule_runs SET status = 'running', updated_at = now() WHERE id = $1`, [run.id]);
      report('running', 0);
      const solver = solveInWorker(edition.instance, (fraction) => {
        if (fraction - stored < PROGRESS_STEP || fraction >= 1) return;
        stored = fraction;
        progressWrites = progressWrites
          .then(async () => {
            await this.dataSource.query(`UPDATE schedule_runs SET progress = greatest(progress, $2), updated_at = now() WHERE id = $1 AND status = 'running'`, [run.id, fraction]);
            report('running', fraction);
          })
          .catch((error: unknown) => this.logger.warn(`progress of run ${run.id} not stored: ${String(error)}`));
      });
      this.running.set(run.id, solver);
      const result = await solver.result;
      await progressWrites;
      const { preview, changes } = buildPreview(edition, result, snapshot.timeZone);
      const placements: ScheduledPlacement[] = changes;
      await this.dataSource.query(
        `UPDATE schedule_runs SET status = 'done', progress = 1, result = $2, placements = $3, finished_at = now(), updated_at = now() WHERE id = $1`,
        [run.id, JSON.stringify(preview), JSON.stringify(placements)],
      );
      report('done', 1);
    } catch (error) {
      if (this.closing) return;
      this.logger.error(`schedule run ${run.id} failed: ${error instanceof Error ? error.stack : String(error)}`);
      await progressWrites;
      await this.dataSource
        .query(`UPDATE schedule_runs SET status = 'failed', error = $2, finished_at = now(), updated_at = now() WHERE id = $1`, [run.id, error instanceof Error ? error.message : String(error)])
        .then(() => report('failed', stored))
        .catch((failure: unknown) => this.logger.error(`run ${run.id} could not be marked failed: ${String(failure)}`));
    } finally {
      this.running.delete(run.id);
    }
  }

  /**
   * Moving meetings first leave their slots, then everyone takes their new place: the unique
   * indexes are checked row by row, so a swap done in one step would trip over itself.
   */
  private async applyChanges(tx: EntityManager, snapshot: EditionSnapshot, changes: readonly ScheduledPlacement[], actorId: string): Promise<MeetingEventRecord[]> {
    const meetings = new Map(snapshot.meetings.map((meeting) => [meeting.id, meeting]));
    const slots = new Map(snapshot.slots.map((slot) => [slot.id, slot]));
    const tables = new Map(snapshot.tables.map((table) => [table.id, table.number]));
    const placeOf = (slotId: string | null, tableId: string | null): MeetingPlace | null => {
      const slot = slotId ? slots.get(slotId) : undefined;
      const number = tableId ? tables.get(tableId) : undefined;
      return slot && number !== undefined ? { slotId: slot.id, startsAt: slot.startsAt, endsAt: slot.endsAt, tableNumber: number } : null;
    };
    const leaving = changes.filter((change) => change.kind !== 'placed').map((change) => change.meetingId);
    const arriving = changes.filter((change) => change.kind !== 'unplaced');
    try {
      if (leaving.length > 0) {
        await tx.query('UPDATE meetings SET slot_id = NULL, table_id = NULL, sequence = sequence + 1, updated_at = now() WHERE id = ANY($1::uuid[])', [leaving]);
      }
      if (arriving.length > 0) {
        await tx.query(
          `UPDATE meetings m SET slot_id = v.slot_id, table_id = v.table_id, updated_at = now()
             FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS v(id, slot_id, table_id)
            WHERE m.id = v.id`,
          [arriving.map((change) => change.meetingId), arriving.map((change) => change.slotId), arriving.map((change) => change.tableId)],
        );
      }
    } catch (error) {
      if (postgresErrorOf(error)?.code?.startsWith('23')) throw this.stale();
      throw error;
    }
    const events: MeetingEventRecord[] = changes.map((change) => {
      const before = meetings.get(change.meetingId);
      return {
        meetingId: change.meetingId,
        actorUserId: actorId,
        kind: change.kind === 'placed' ? 'placed' : change.kind === 'moved' ? 'rescheduled' : 'unplaced',
        from: before ? placeOf(before.slotId, before.tableId) : null,
        to: placeOf(change.slotId, change.tableId),
        reason: 'schedule run',
      };
    });
    await recordMeetingEvents(tx, events);
    return events;
  }

  /** Who is told what: each person whose meeting was placed, moved or unplaced, and everyone with meetings that the schedule is out. */
  private noticesOf(run: ScheduleRunEntity, snapshot: EditionSnapshot, actorId: string): MeetingNotice[] {
    const meetings = new Map(snapshot.meetings.map((meeting) => [meeting.id, meeting]));
    const slots = new Map(snapshot.slots.map((slot) => [slot.id, slot]));
    const zoned = (value: Date) => formatInstantInZone(value, snapshot.timeZone);
    const notices: MeetingNotice[] = [];
    const placements = run.placements ?? [];
    for (const change of placements) {
      const meeting = meetings.get(change.meetingId);
      if (!meeting) continue;
      const participantIds = meeting.participants.map((participant) => participant.id);
      const slot = change.slotId ? slots.get(change.slotId) : undefined;
      const booked = { id: meeting.id, slotId: change.slotId, tableId: change.tableId, startsAt: slot ? zoned(slot.startsAt) : null, endsAt: slot ? zoned(slot.endsAt) : null, participantIds };
      const type = change.kind === 'placed' ? 'meeting.scheduled' : change.kind === 'moved' ? 'meeting.rescheduled' : 'meeting.unplaced';
      notices.push({ type, recipientIds: participantIds, editionId: run.editionId, payload: { meeting: booked, byUserId: actorId, runId: run.id } });
    }
    const everyone = new Set(snapshot.meetings.filter((meeting) => meeting.status === 'scheduled').flatMap((meeting) => meeting.participants.map((participant) => participant.id)));
    if (everyone.size > 0) {
      const count = (kind: ScheduledPlacement['kind']) => placements.filter((change) => change.kind === kind).length;
      notices.push({
        type: 'schedule.published',
        recipientIds: [...everyone],
        editionId: run.editionId,
        payload: { runId: run.id, placed: count('placed'), moved: count('moved'), unplaced: count('unplaced') },
      });
    }
    return notices;
  }

  private async findOrFail(runId: string): Promise<ScheduleRunEntity> {
    assertUuid(runId, () => this.notFound());
    const run = await this.dataSource.getRepository(ScheduleRunEntity).findOneBy({ id: runId });
    if (!run) this.notFound();
    return run;
  }

  private stale(): DomainException {
    return new DomainException(409, SCHEDULING_MESSAGES['run.stale']);
  }

  private notFound(): never {
    throw new DomainException(404, SCHEDULING_MESSAGES['run.not_found']);
  }
}

export function toScheduleRunView(run: ScheduleRunEntity): ScheduleRun {
  return {
    id: run.id,
    editionId: run.editionId,
    mode: run.mode,
    status: run.status,
    progress: Number(run.progress),
    result: run.status === 'done' ? run.result : null,
    error: run.error,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt ? run.finishedAt.toISOString() : null,
    publishedAt: run.publishedAt ? run.publishedAt.toISOString() : null,
  };
}
