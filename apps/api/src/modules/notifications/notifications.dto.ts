import { listNotificationsQuerySchema, markNotificationsReadSchema } from '@serumpun/shared';
import { createZodDto } from '../../common/zod-dto.js';

export class ListNotificationsQueryDto extends createZodDto(listNotificationsQuerySchema) {}
export class MarkNotificationsReadDto extends createZodDto(markNotificationsReadSchema) {}
