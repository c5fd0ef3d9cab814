import { listEditionsQuerySchema } from '@serumpun/shared';
import { createZodDto } from '../../common/zod-dto.js';

export class ListEditionsQueryDto extends createZodDto(listEditionsQuerySchema) {}
