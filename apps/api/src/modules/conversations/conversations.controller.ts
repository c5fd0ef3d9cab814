import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ConversationMessage, Page } from '@serumpun/shared';
import { CurrentUser } from '../../common/auth.decorators.js';
import type { AuthUser } from '../../common/auth-user.js';
import { ListConversationMessagesQueryDto, PostConversationMessageDto } from './conversations.dto.js';
import { ConversationsService } from './conversations.service.js';

@ApiTags('conversations')
@ApiBearerAuth()
@Controller('meeting-requests/:id/messages')
export class ConversationsController {
  constructor(private readonly conversations: ConversationsService) {}

  /** The thread between the request's two participants, oldest first. */
  @Get()
  list(@Param('id') id: string, @Query() query: ListConversationMessagesQueryDto, @CurrentUser() user: AuthUser): Promise<Page<ConversationMessage>> {
    return this.conversations.list(id, user, query);
  }

  /** Posts a message (also pushed live as `conversation.message` to both participants). */
  @Post()
  post(@Param('id') id: string, @Body() body: PostConversationMessageDto, @CurrentUser() user: AuthUser): Promise<ConversationMessage> {
    return this.conversations.post(id, user, body.body);
  }
}
