import type { CreateRegistrationRequest } from '@serumpun/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { registerForEdition } from '../api/register-for-edition';

export function useRegisterForEdition(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRegistrationRequest) => registerForEdition(editionId, body),
    onSuccess: (registration) => {
      queryClient.setQueryData(scheduleKeys.registration(editionId), registration);
      return queryClient.invalidateQueries({ queryKey: scheduleKeys.participants(editionId) });
    },
  });
}
