import type { UpdateMeRequest, User } from '@serumpun/shared';
import { useMutation } from '@tanstack/react-query';
import { updateMe } from '../api/update-me';
import { sessionStore } from '../session/session-store';

export function useUpdateMe() {
  return useMutation<User, Error, UpdateMeRequest>({
    mutationFn: updateMe,
    onSuccess: (user) => sessionStore.updateUser(user),
  });
}
