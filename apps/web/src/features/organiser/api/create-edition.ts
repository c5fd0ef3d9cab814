import { editionSchema, type CreateEditionRequest, type Edition } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

/** `POST /api/editions` (organiser): slots and tables are generated from the windows, lengths and table count. */
export function createEdition(body: CreateEditionRequest): Promise<Edition> {
  return apiRequest('/api/editions', { method: 'POST', body, schema: editionSchema });
}
