import {
  acceptMeetingRequestSchema,
  agendaIcsQuerySchema,
  agendaQuerySchema,
  cancelMeetingSchema,
  createMeetingRequestSchema,
  declineMeetingRequestSchema,
  listMeetingRequestsQuerySchema,
  listMeetingsQuerySchema,
  recordMeetingOutcomeSchema,
  rescheduleMeetingSchema,
} from '@serumpun/shared';
import { createZodDto } from '../../common/zod-dto.js';

export class CreateMeetingRequestDto extends createZodDto(createMeetingRequestSchema) {}
export class ListMeetingRequestsQueryDto extends createZodDto(listMeetingRequestsQuerySchema) {}
export class AcceptMeetingRequestDto extends createZodDto(acceptMeetingRequestSchema) {}
export class DeclineMeetingRequestDto extends createZodDto(declineMeetingRequestSchema) {}
export class ListMeetingsQueryDto extends createZodDto(listMeetingsQuerySchema) {}
export class RescheduleMeetingDto extends createZodDto(rescheduleMeetingSchema) {}
export class CancelMeetingDto extends createZodDto(cancelMeetingSchema) {}
export class RecordMeetingOutcomeDto extends createZodDto(recordMeetingOutcomeSchema) {}
export class AgendaQueryDto extends createZodDto(agendaQuerySchema) {}
export class AgendaIcsQueryDto extends createZodDto(agendaIcsQuerySchema) {}
