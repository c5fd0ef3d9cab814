import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Meeting, MeetingDetails, Page } from '@serumpun/shared';
import { CurrentUser } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { CancelMeetingDto, ListMeetingsQueryDto, RecordMeetingOutcomeDto, RescheduleMeetingDto } from './meetings.dto.js';
import { MeetingsService } from './meetings.service.js';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller()
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Get('editions/:id/meetings')
  list(@Param('id') editionId: string, @Query() query: ListMeetingsQueryDto, @CurrentUser() user: AuthUser): Promise<Page<Meeting>> {
    return this.meetings.list(editionId, user, query);
  }

  /** The meeting with its history: who requested, accepted, booked, moved or cancelled it, and when. */
  @Get('meetings/:id')
  get(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<MeetingDetails> {
    return this.meetings.get(id, user);
  }

  @Post('meetings/:id/reschedule')
  @HttpCode(200)
  reschedule(@Param('id') id: string, @Body() body: RescheduleMeetingDto, @CurrentUser() user: AuthUser): Promise<Meeting> {
    return this.meetings.reschedule(id, user, body.slotId, body.tableId);
  }

  @Post('meetings/:id/cancel')
  @HttpCode(200)
  cancel(@Param('id') id: string, @Body() body: CancelMeetingDto, @CurrentUser() user: AuthUser): Promise<Meeting> {
    return this.meetings.cancel(id, user, body.reason);
  }

  @Post('meetings/:id/check-in')
  @HttpCode(200)
  checkIn(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<Meeting> {
    return this.meetings.checkIn(id, user);
  }

  @Post('meetings/:id/outcome')
  @HttpCode(200)
  outcome(@Param('id') id: string, @Body() body: RecordMeetingOutcomeDto, @CurrentUser() user: AuthUser): Promise<Meeting> {
    return this.meetings.recordOutcome(id, user, body);
  }
}
