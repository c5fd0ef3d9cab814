import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { NotificationsPage } from '@serumpun/shared';
import { CurrentUser } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { ListNotificationsQueryDto, MarkNotificationsReadDto } from './notifications.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: ListNotificationsQueryDto): Promise<NotificationsPage> {
    return this.notifications.list(user.id, query);
  }

  @Post('read')
  @HttpCode(200)
  markRead(@CurrentUser() user: AuthUser, @Body() body: MarkNotificationsReadDto): Promise<{ unreadCount: number }> {
    return this.notifications.markRead(user.id, body.ids);
  }
}
