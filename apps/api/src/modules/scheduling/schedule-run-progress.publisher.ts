import { Injectable } from '@nestjs/common';
import type { ScheduleRunProgress } from '@serumpun/shared';

/**
 * Where schedule runs report progress, after it is stored in `schedule_runs`: the realtime gateway
 * provides an implementation that emits `schedule_run.progress` to the `edition:<id>` room. Until
 * it is wired (bind this token to it in SchedulingModule's importer), progress is only polled.
 */
export abstract class ScheduleRunProgressPublisher {
  abstract publish(progress: ScheduleRunProgress): void | Promise<void>;
}

@Injectable()
export class NoopScheduleRunProgressPublisher extends ScheduleRunProgressPublisher {
  publish(): void {
    // Polling GET /api/schedule-runs/:id reads the same figures from the database.
  }
}
