import { createOpportunitySchema, searchOpportunitiesQuerySchema, updateOpportunitySchema } from '@serumpun/shared';
import { createZodDto } from '../../common/zod-dto.js';

export class CreateOpportunityDto extends createZodDto(createOpportunitySchema) {}
export class UpdateOpportunityDto extends createZodDto(updateOpportunitySchema) {}
export class SearchOpportunitiesQueryDto extends createZodDto(searchOpportunitiesQuerySchema) {}
