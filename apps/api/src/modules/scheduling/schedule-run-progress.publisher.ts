import { Injectable } from '@nestjs/common';
import type { ScheduleRunProgress } from '@serumpun/shared';
import { RealtimeBroadcaster } from '../realtime/realtime-broadcaster.js';

/**
 * Where schedule runs report progress, after it is stored in `schedule_runs` (which
 * `GET /api/schedule-runs/:id` reads, so a client that missed an event loses nothing).
 */
export abstract class ScheduleRunProgressPublisher {
  abstract publish(progress: ScheduleRunProgress): void | Promise<void>;
}

/** Live progress to the organisers following the edition (`edition.subscribe`), on any API instance. */
@Injectable()
export class RealtimeScheduleRunProgressPublisher extends ScheduleRunProgressPublisher {
  constructor(private readonly broadcaster: RealtimeBroadcaster) {
    super();
  }

  publish(progress: ScheduleRunProgress): void {
    this.broadcaster.toEdition(progress.editionId, 'schedule_run.progress', progress);
  }
}
