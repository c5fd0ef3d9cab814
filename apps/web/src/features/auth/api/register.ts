import { authSessionSchema, type AuthSession, type RegisterRequest } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export function register(request: RegisterRequest): Promise<AuthSession> {
  return apiRequest('/api/auth/register', { method: 'POST', body: request, auth: false, schema: authSessionSchema });
}
