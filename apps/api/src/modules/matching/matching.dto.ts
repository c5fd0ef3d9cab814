import { listMatchesQuerySchema, matchTargetSchema, matchWeightsDtoSchema, suggestedMeetingsQuerySchema } from '@serumpun/shared';
import { z } from 'zod';
import { createZodDto } from '../../common/zod-dto.js';

export class ListMatchesQueryDto extends createZodDto(listMatchesQuerySchema) {}
export class MatchTargetDto extends createZodDto(matchTargetSchema) {}
export class MatchWeightsDto extends createZodDto(matchWeightsDtoSchema) {}
export class SuggestedMeetingsQueryDto extends createZodDto(suggestedMeetingsQuerySchema) {}
/** `:targetId` of the undo routes: a uuid, else 400 naming the field. */
export class MatchTargetParamsDto extends createZodDto(z.strictObject({ targetId: z.uuid() })) {}
/** `:id` of `GET /api/opportunities/:id/matches`. */
export class OpportunityParamsDto extends createZodDto(z.strictObject({ id: z.uuid() })) {}
