import { listScheduleRunsQuerySchema, startScheduleRunSchema } from '@serumpun/shared';
import { createZodDto } from '../../common/zod-dto.js';

export class StartScheduleRunDto extends createZodDto(startScheduleRunSchema) {}
export class ListScheduleRunsQueryDto extends createZodDto(listScheduleRunsQuerySchema) {}
