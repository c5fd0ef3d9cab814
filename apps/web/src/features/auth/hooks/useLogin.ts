import type { AuthSession, LoginRequest } from '@serumpun/shared';
import { useMutation } from '@tanstack/react-query';
import { login } from '../api/login';
import { useStartSession } from './useStartSession';

export function useLogin() {
  const startSession = useStartSession();
  return useMutation<AuthSession, Error, LoginRequest>({
    mutationFn: login,
    onSuccess: startSession,
  });
}
