import { editionsOverviewSchema, type EditionsOverview } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export function getEditionsOverview(signal?: AbortSignal): Promise<EditionsOverview> {
  return apiRequest('/api/reports/editions', { schema: editionsOverviewSchema, signal });
}
