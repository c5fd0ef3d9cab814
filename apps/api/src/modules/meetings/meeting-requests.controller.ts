import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AcceptMeetingRequestResult, MeetingRequest, Page } from '@serumpun/shared';
import { CurrentUser } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { AcceptMeetingRequestDto, CreateMeetingRequestDto, DeclineMeetingRequestDto, ListMeetingRequestsQueryDto } from './meetings.dto.js';
import { MeetingRequestsService } from './meeting-requests.service.js';

@ApiTags('meeting requests')
@ApiBearerAuth()
@Controller()
export class MeetingRequestsController {
  constructor(private readonly requests: MeetingRequestsService) {}

  @Post('editions/:id/meeting-requests')
  create(@Param('id') editionId: string, @Body() body: CreateMeetingRequestDto, @CurrentUser() user: AuthUser): Promise<MeetingRequest> {
    return this.requests.create(editionId, user, body);
  }

  @Get('meeting-requests')
  list(@Query() query: ListMeetingRequestsQueryDto, @CurrentUser() user: AuthUser): Promise<Page<MeetingRequest>> {
    return this.requests.list(user, query);
  }

  @Get('meeting-requests/:id')
  get(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<MeetingRequest> {
    return this.requests.get(id, user);
  }

  /** The recipient accepts; with `slotId` the meeting is booked at once, without it the scheduler places it. */
  @Post('meeting-requests/:id/accept')
  @HttpCode(200)
  accept(@Param('id') id: string, @Body() body: AcceptMeetingRequestDto, @CurrentUser() user: AuthUser): Promise<AcceptMeetingRequestResult> {
    return this.requests.accept(id, user, body.slotId);
  }

  @Post('meeting-requests/:id/decline')
  @HttpCode(200)
  decline(@Param('id') id: string, @Body() body: DeclineMeetingRequestDto, @CurrentUser() user: AuthUser): Promise<MeetingRequest> {
    return this.requests.decline(id, user, body.reason);
  }

  @Post('meeting-requests/:id/cancel')
  @HttpCode(200)
  cancel(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<MeetingRequest> {
    return this.requests.cancel(id, user);
  }
}
