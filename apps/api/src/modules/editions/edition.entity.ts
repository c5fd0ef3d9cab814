import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MeetingWindow } from '@serumpun/shared';

/** One dialogue of the series, in its own city, venue and time zone. */
@Entity('editions')
@Check('editions_dates_ordered', `"end_date" >= "start_date"`)
@Check('editions_slot_minutes_range', `"slot_minutes" BETWEEN 5 AND 240`)
@Check('editions_break_minutes_range', `"break_minutes" BETWEEN 0 AND 120`)
@Check('editions_table_count_range', `"table_count" BETWEEN 0 AND 500`)
@Check('editions_pending_request_cap_positive', `"pending_request_cap" >= 1`)
export class EditionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('editions_slug_unique', { unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  city: string;

  @Column({ type: 'text' })
  venue: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Index('editions_start_date_idx')
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  /** Venue-time blocks of meetings, `[{ date, start, end }]`, validated by `meetingWindowSchema`; slots are generated from them. */
  @Column({ name: 'meeting_windows', type: 'jsonb', default: () => `'[]'` })
  meetingWindows: MeetingWindow[];

  @Column({ name: 'slot_minutes', type: 'int', default: 30 })
  slotMinutes: number;

  @Column({ name: 'break_minutes', type: 'int', default: 0 })
  breakMinutes: number;

  @Column({ name: 'table_count', type: 'int', default: 0 })
  tableCount: number;

  /** How many requests one participant may have waiting for an answer at once. */
  @Column({ name: 'pending_request_cap', type: 'int', default: 20 })
  pendingRequestCap: number;

  /** After this instant pending requests expire; null means the end of the edition's last day. */
  @Column({ name: 'request_deadline', type: 'timestamptz', nullable: true })
  requestDeadline: Date | null;

  @Column({ name: 'registration_approval', type: 'boolean', default: false })
  registrationApproval: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
