import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One dialogue of the series, in its own city, venue and time zone. */
@Entity('editions')
@Check('editions_dates_ordered', `"end_date" >= "start_date"`)
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
