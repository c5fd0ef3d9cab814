import type { LogoutRequest } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export function logout(request: LogoutRequest): Promise<void> {
  return apiRequest('/api/auth/logout', { method: 'POST', body: request });
}
