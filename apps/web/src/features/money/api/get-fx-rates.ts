import { fxRatesSchema, type FxRates } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export function getFxRates(signal?: AbortSignal): Promise<FxRates> {
  return apiRequest('/api/fx-rates', { schema: fxRatesSchema, signal });
}
