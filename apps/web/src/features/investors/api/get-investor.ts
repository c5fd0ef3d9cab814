import { investorProfileSchema, type InvestorProfile } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export function getInvestor(id: string, signal?: AbortSignal): Promise<InvestorProfile> {
  return apiRequest(`/api/investors/${encodeURIComponent(id)}`, { schema: investorProfileSchema, signal });
}
