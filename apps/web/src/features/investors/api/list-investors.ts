import { investorProfileSchema, type InvestorProfile, type Page } from '@serumpun/shared';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

const investorPageSchema = z.object({ items: z.array(investorProfileSchema), nextCursor: z.string().nullable() });

export interface InvestorDirectoryQuery {
  sector?: string;
  region?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}

export function listInvestors(query: InvestorDirectoryQuery, signal?: AbortSignal): Promise<Page<InvestorProfile>> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  return apiRequest(`/api/investors?${params}`, { schema: investorPageSchema, signal });
}
