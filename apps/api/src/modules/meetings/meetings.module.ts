import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module.js';
import { AgendaController } from './agenda.controller.js';
import { AgendaService } from './agenda.service.js';
import { MeetingEventsModule } from './meeting-events.publisher.js';
import { MeetingRequestsController } from './meeting-requests.controller.js';
import { MeetingRequestsService } from './meeting-requests.service.js';
import { MeetingsController } from './meetings.controller.js';
import { MeetingsService } from './meetings.service.js';
import { RequestExpiryJob } from './request-expiry.job.js';

@Module({
  imports: [EditionsModule, MeetingEventsModule],
  controllers: [MeetingRequestsController, MeetingsController, AgendaController],
  providers: [MeetingRequestsService, MeetingsService, AgendaService, RequestExpiryJob],
  exports: [MeetingRequestsService, MeetingsService],
})
export class MeetingsModule {}
