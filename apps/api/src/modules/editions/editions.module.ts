import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MeetingEventsModule } from '../meetings/meeting-events.publisher.js';
import { EditionEntity } from './edition.entity.js';
import { EditionsController } from './editions.controller.js';
import { EditionsService } from './editions.service.js';
import { RegistrationsController } from './registrations.controller.js';
import { RegistrationsService } from './registrations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([EditionEntity]), MeetingEventsModule],
  controllers: [EditionsController, RegistrationsController],
  providers: [EditionsService, RegistrationsService],
  exports: [EditionsService, RegistrationsService],
})
export class EditionsModule {}
