import { authSessionSchema, type AuthSession, type LoginRequest } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export function login(request: LoginRequest): Promise<AuthSession> {
  return apiRequest('/api/auth/login', { method: 'POST', body: request, auth: false, schema: authSessionSchema });
}
