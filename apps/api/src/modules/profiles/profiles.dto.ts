import { businessProfileInputSchema, investorProfileInputSchema, listInvestorsQuerySchema } from '@serumpun/shared';
import { z } from 'zod';
import { createZodDto } from '../../common/zod-dto.js';

export class ListInvestorsQueryDto extends createZodDto(listInvestorsQuerySchema) {}

/**
 * `PUT /api/me/profile` takes the investor shape from investors and the business shape from businesses,
 * so the body is validated in the service, by role; this is only its OpenAPI description.
 */
export const PROFILE_BODY_OPENAPI = {
  oneOf: [investorProfileInputSchema, businessProfileInputSchema].map((schema) => {
    const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    return json;
  }),
};
