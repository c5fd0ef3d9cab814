import type { AuthSession, RegisterRequest } from '@serumpun/shared';
import { useMutation } from '@tanstack/react-query';
import { register } from '../api/register';
import { useStartSession } from './useStartSession';

export function useRegister() {
  const startSession = useStartSession();
  return useMutation<AuthSession, Error, RegisterRequest>({
    mutationFn: register,
    onSuccess: startSession,
  });
}
