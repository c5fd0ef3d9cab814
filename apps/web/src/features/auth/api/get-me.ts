import { userSchema, type User } from '@serumpun/shared';
import { apiRequest } from '../../../lib/api-client';

export function getMe(): Promise<User> {
  return apiRequest('/api/me', { schema: userSchema });
}
