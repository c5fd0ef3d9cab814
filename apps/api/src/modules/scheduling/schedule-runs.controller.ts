import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { PublishedSchedule, ScheduleRun } from '@serumpun/shared';
import { CurrentUser, Roles } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { ListScheduleRunsQueryDto, StartScheduleRunDto } from './scheduling.dto.js';
import { ScheduleRunsService } from './schedule-runs.service.js';

@ApiTags('scheduling')
@ApiBearerAuth()
@Roles('organiser')
@Controller()
export class ScheduleRunsController {
  constructor(private readonly runs: ScheduleRunsService) {}

  /** Starts the scheduler for the edition; follow it with GET /api/schedule-runs/:id. */
  @Post('editions/:id/schedule-runs')
  @HttpCode(202)
  start(@Param('id') editionId: string, @Body() body: StartScheduleRunDto, @CurrentUser() user: AuthUser): Promise<{ id: string }> {
    return this.runs.start(editionId, body.mode, user);
  }

  /** The edition's latest runs, newest first (the console resumes the one in progress). */
  @Get('editions/:id/schedule-runs')
  list(@Param('id') editionId: string, @Query() query: ListScheduleRunsQueryDto): Promise<ScheduleRun[]> {
    return this.runs.list(editionId, query);
  }

  @Get('schedule-runs/:id')
  get(@Param('id') id: string): Promise<ScheduleRun> {
    return this.runs.get(id);
  }

  /** Writes the run's result into the edition's meetings and tells everyone affected. */
  @Post('schedule-runs/:id/publish')
  @HttpCode(200)
  publish(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<PublishedSchedule> {
    return this.runs.publish(id, user);
  }
}
