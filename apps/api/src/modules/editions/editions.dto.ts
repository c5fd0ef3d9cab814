import {
  createEditionSchema,
  createRegistrationSchema,
  listEditionsQuerySchema,
  listParticipantsQuerySchema,
  updateAvailabilitySchema,
  updateEditionSchema,
} from '@serumpun/shared';
import { createZodDto } from '../../common/zod-dto.js';

export class ListEditionsQueryDto extends createZodDto(listEditionsQuerySchema) {}
export class CreateEditionDto extends createZodDto(createEditionSchema) {}
export class UpdateEditionDto extends createZodDto(updateEditionSchema) {}
export class CreateRegistrationDto extends createZodDto(createRegistrationSchema) {}
export class ListParticipantsQueryDto extends createZodDto(listParticipantsQuerySchema) {}
export class UpdateAvailabilityDto extends createZodDto(updateAvailabilitySchema) {}
