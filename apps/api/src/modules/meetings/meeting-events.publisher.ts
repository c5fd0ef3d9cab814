import { Injectable, Logger, Module } from '@nestjs/common';

/** The notification types of API.md that meetings and editions raise. */
export type MeetingNoticeType =
  | 'meeting_request.received'
  | 'meeting_request.accepted'
  | 'meeting_request.declined'
  | 'meeting_request.cancelled'
  | 'meeting.scheduled'
  | 'meeting.rescheduled'
  | 'meeting.unplaced'
  | 'meeting.cancelled';

/** Something that happened to a meeting or request that these people should be told about. */
export interface MeetingNotice {
  type: MeetingNoticeType;
  recipientIds: string[];
  editionId: string;
  payload: Record<string, unknown>;
}

/**
 * The seam where notifications will plug in: services call `publish` after their transaction has
 * committed, with everyone who should be told. The realtime issue replaces the logging
 * implementation below with one that stores each notification and pushes it over socket.io.
 */
export abstract class MeetingEventsPublisher {
  abstract publish(notices: MeetingNotice[]): void;
}

@Injectable()
export class LoggingMeetingEventsPublisher extends MeetingEventsPublisher {
  private readonly logger = new Logger('MeetingEvents');

  publish(notices: MeetingNotice[]): void {
    for (const notice of notices) {
      this.logger.debug(`${notice.type} → ${notice.recipientIds.join(', ')} ${JSON.stringify(notice.payload)}`);
    }
  }
}

@Module({
  providers: [{ provide: MeetingEventsPublisher, useClass: LoggingMeetingEventsPublisher }],
  exports: [MeetingEventsPublisher],
})
export class MeetingEventsModule {}
