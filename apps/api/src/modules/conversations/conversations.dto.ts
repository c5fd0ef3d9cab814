import { listConversationMessagesQuerySchema, postConversationMessageSchema } from '@serumpun/shared';
import { createZodDto } from '../../common/zod-dto.js';

export class PostConversationMessageDto extends createZodDto(postConversationMessageSchema) {}
export class ListConversationMessagesQueryDto extends createZodDto(listConversationMessagesQuerySchema) {}
