import type { CreateEditionRequest } from '@serumpun/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createEdition } from '../api/create-edition';

export function useCreateEdition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEditionRequest) => createEdition(body),
    onSuccess: async (edition) => {
      queryClient.setQueryData(['editions', edition.id], edition);
      await queryClient.invalidateQueries({ queryKey: ['editions'], exact: true });
    },
  });
}
