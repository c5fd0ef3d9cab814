import type { CreateOpportunityRequest, Opportunity } from '@serumpun/shared';
import type { HttpClient } from '../support/http-client.js';

export function buildOpportunity(overrides: Partial<CreateOpportunityRequest> = {}): CreateOpportunityRequest {
  return {
    title: 'Perluasan pabrik pengolahan kopi liberika',
    summary: 'Mesin sangrai dan gudang baru untuk menggandakan kapasitas ekspor.',
    description: 'Koperasi petani di Kayong Utara memasok biji kopi liberika dari lahan gambut; dana dipakai untuk mesin sangrai dan gudang.',
    sectorCode: 'C10',
    regionCode: 'ID-KB',
    amount: { amount: '7500000000.00', currency: 'IDR' },
    instruments: ['equity'],
    stage: 'growth',
    status: 'published',
    ...overrides,
  };
}

/** Posts an opportunity as the given business and returns it. */
export async function createOpportunity(http: HttpClient, token: string, overrides: Partial<CreateOpportunityRequest> = {}): Promise<Opportunity> {
  const response = await http.post<Opportunity>('/api/opportunities', buildOpportunity(overrides), { token });
  if (response.status !== 201) throw new Error(`create opportunity failed: ${response.status} ${response.text}`);
  return response.body;
}
