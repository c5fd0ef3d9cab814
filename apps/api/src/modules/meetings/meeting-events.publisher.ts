import { Injectable, Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { NotificationsService } from '../notifications/notifications.service.js';

/** The notification types of API.md that meetings and editions raise. */
export type MeetingNoticeType =
  | 'meeting_request.received'
  | 'meeting_request.accepted'
  | 'meeting_request.declined'
  | 'meeting_request.cancelled'
  | 'meeting.scheduled'
  | 'meeting.rescheduled'
  | 'meeting.unplaced'
  | 'meeting.cancelled'
  | 'schedule.published';

/** Something that happened to a meeting or request that these people should be told about. */
export interface MeetingNotice {
  type: MeetingNoticeType;
  recipientIds: string[];
  editionId: string;
  payload: Record<string, unknown>;
}

/**
 * Where meetings and editions tell people what happened: services call `publish` after their
 * transaction has committed, with everyone who should be told. Each notice is stored as a
 * notification per person (read through `GET /api/notifications`); the realtime issue adds the
 * live push over socket.io and moves the write into the same transaction (an outbox).
 */
export abstract class MeetingEventsPublisher {
  abstract publish(notices: MeetingNotice[]): Promise<void>;
}

@Injectable()
export class StoringMeetingEventsPublisher extends MeetingEventsPublisher {
  constructor(private readonly notifications: NotificationsService) {
    super();
  }

  async publish(notices: MeetingNotice[]): Promise<void> {
    await this.notifications.notify(notices.map((notice) => ({ type: notice.type, recipientIds: notice.recipientIds, payload: { ...notice.payload, editionId: notice.editionId } })));
  }
}

@Module({
  imports: [NotificationsModule],
  providers: [{ provide: MeetingEventsPublisher, useClass: StoringMeetingEventsPublisher }],
  exports: [MeetingEventsPublisher],
})
export class MeetingEventsModule {}
