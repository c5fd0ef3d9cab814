import type { CreateMeetingRequestRequest } from '@serumpun/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createMeetingRequest } from '../api/create-meeting-request';
import { scheduleKeys } from '../schedule-queries';

export function useCreateMeetingRequest(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeetingRequestRequest) => createMeetingRequest(editionId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scheduleKeys.requests() }),
  });
}
