import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { ScheduleRunMode, ScheduleRunPreview, ScheduleRunStatus } from '@serumpun/shared';
import { EditionEntity } from '../editions/edition.entity.js';
import { UserEntity } from '../users/user.entity.js';
import type { ScheduleChange } from './schedule-preview.js';

/** One write of publishing (a meeting placed, moved or unplaced). */
export type ScheduledPlacement = ScheduleChange;

/**
 * One run of the scheduler for an edition: queued, running (with progress), done (with a preview
 * and the placements to publish) or failed. At most one run per edition is queued or running at a
 * time (partial unique index). `fingerprint` digests the edition's meetings, slots, tables and
 * unavailability when the run started: publishing compares it with the data of that moment, so a
 * result computed on data that changed since is refused instead of overwriting the change.
 */
@Entity('schedule_runs')
@Index('schedule_runs_one_active_per_edition', ['editionId'], { unique: true, where: `"status" IN ('queued', 'running')` })
@Index('schedule_runs_edition_created_idx', ['editionId', 'createdAt'])
@Check('schedule_runs_mode_known', `"mode" IN ('fill', 'replan')`)
@Check('schedule_runs_status_known', `"status" IN ('queued', 'running', 'done', 'failed')`)
@Check('schedule_runs_progress_fraction', `"progress" >= 0 AND "progress" <= 1`)
@Check('schedule_runs_published_when_done', `"published_at" IS NULL OR "status" = 'done'`)
export class ScheduleRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'edition_id', type: 'uuid' })
  editionId: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'schedule_runs_edition_fk' })
  edition: Relation<EditionEntity>;

  @Column({ type: 'text' })
  mode: ScheduleRunMode;

  @Column({ type: 'text', default: 'queued' })
  status: ScheduleRunStatus;

  @Column({ type: 'double precision', default: 0 })
  progress: number;

  @Column({ type: 'text' })
  fingerprint: string;

  /** The preview shown to the organiser (GET /api/schedule-runs/:id). */
  @Column({ type: 'jsonb', nullable: true })
  result: ScheduleRunPreview | null;

  /** What publishing writes: the meetings the run places, moves or unplaces, and where to. */
  @Column({ type: 'jsonb', nullable: true })
  placements: ScheduledPlacement[] | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'schedule_runs_created_by_fk' })
  creator: Relation<UserEntity> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Touched by every progress write: a run whose worker died stops being touched. */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;
}
