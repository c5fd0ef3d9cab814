import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Agenda, AgendaFeed } from '@serumpun/shared';
import { CurrentUser, Public } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { AgendaService } from './agenda.service.js';
import { AgendaIcsQueryDto, AgendaQueryDto } from './meetings.dto.js';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

@ApiTags('agenda')
@Controller()
export class AgendaController {
  constructor(private readonly agenda: AgendaService) {}

  @ApiBearerAuth()
  @Get('me/agenda')
  get(@Query() query: AgendaQueryDto, @CurrentUser() user: AuthUser): Promise<Agenda> {
    return this.agenda.agenda(user.id, query.edition);
  }

  @ApiBearerAuth()
  @Get('me/agenda.ics')
  async download(@Query() query: AgendaIcsQueryDto, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const body = await this.agenda.calendar(user.id, query.edition);
    void reply.type(CALENDAR_TYPE).header('Content-Disposition', 'attachment; filename="serumpun-agenda.ics"').header('Cache-Control', 'no-store');
    return body;
  }

  @ApiBearerAuth()
  @Get('me/agenda-feed')
  feedStatus(@CurrentUser() user: AuthUser): Promise<{ active: boolean; createdAt: string | null }> {
    return this.agenda.feedStatus(user.id);
  }

  /** A new secret calendar URL for subscribing; any earlier URL stops working. */
  @ApiBearerAuth()
  @Post('me/agenda-feed')
  async createFeed(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest): Promise<AgendaFeed> {
    const feed = await this.agenda.createFeed(user.id);
    const path = `/api/calendar-feeds/${feed.token}.ics`;
    return { url: `${request.protocol}://${request.host}${path}`, path, createdAt: feed.createdAt.toISOString() };
  }

  @ApiBearerAuth()
  @Delete('me/agenda-feed')
  @HttpCode(204)
  async revokeFeed(@CurrentUser() user: AuthUser): Promise<void> {
    await this.agenda.revokeFeed(user.id);
  }

  /** The subscribable feed: the secret token in the URL is the credential, since calendar apps send no headers. */
  @Public()
  @Get('calendar-feeds/:token')
  async feed(@Param('token') token: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const body = await this.agenda.feed(token);
    void reply.type(CALENDAR_TYPE).header('Cache-Control', 'private, max-age=300');
    return body;
  }
}
