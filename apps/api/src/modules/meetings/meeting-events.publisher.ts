import { Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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
  | 'meeting.cancelled';

/** Something that happened to a meeting or request that these people should be told about. */
export interface MeetingNotice {
  type: MeetingNoticeType;
  recipientIds: string[];
  editionId: string;
  payload: Record<string, unknown>;
}

/**
 * Where meetings and editions tell people what happened: services call `publish` INSIDE the
 * transaction of the change, passing its EntityManager, with everyone who should be told. Each
 * notice is stored as a notification per person in that transaction (an outbox: the change and its
 * notifications commit together or not at all); the realtime dispatcher pushes them over socket.io
 * after the commit. Without a manager the rows are written on their own (still pushed, not atomic).
 */
export abstract class MeetingEventsPublisher {
  abstract publish(notices: MeetingNotice[], manager?: EntityManager): Promise<void>;
}

@Injectable()
export class StoringMeetingEventsPublisher extends MeetingEventsPublisher {
  constructor(private readonly notifications: NotificationsService) {
    super();
  }

  async publish(notices: MeetingNotice[], manager?: EntityManager): Promise<void> {
    await this.notifications.notify(
      notices.map((notice) => ({ type: notice.type, recipientIds: notice.recipientIds, payload: { ...notice.payload, editionId: notice.editionId } })),
      manager,
    );
  }
}

@Module({
  imports: [NotificationsModule],
  providers: [{ provide: MeetingEventsPublisher, useClass: StoringMeetingEventsPublisher }],
  exports: [MeetingEventsPublisher],
})
export class MeetingEventsModule {}
