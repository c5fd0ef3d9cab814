import { userSchema, type UpdateMeRequest, type User } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export function updateMe(request: UpdateMeRequest): Promise<User> {
  return apiRequest('/api/me', { method: 'PATCH', body: request, schema: userSchema });
}
