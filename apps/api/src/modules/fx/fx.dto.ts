import { setFxRatesSchema } from '@serumpun/shared';
import { createZodDto } from '../../common/zod-dto.js';

export class SetFxRatesDto extends createZodDto(setFxRatesSchema) {}
