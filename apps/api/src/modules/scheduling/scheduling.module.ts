import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module.js';
import { MeetingEventsModule } from '../meetings/meeting-events.publisher.js';
import { RealtimeScheduleRunProgressPublisher, ScheduleRunProgressPublisher } from './schedule-run-progress.publisher.js';
import { ScheduleRunsController } from './schedule-runs.controller.js';
import { ScheduleRunsService } from './schedule-runs.service.js';

@Module({
  imports: [EditionsModule, MeetingEventsModule],
  controllers: [ScheduleRunsController],
  // The realtime gateway replaces the no-op with one that emits `schedule_run.progress` to `edition:<id>`.
  providers: [ScheduleRunsService, { provide: ScheduleRunProgressPublisher, useClass: RealtimeScheduleRunProgressPublisher }],
  exports: [ScheduleRunsService],
})
export class SchedulingModule {}
