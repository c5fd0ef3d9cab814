import { useMutation, useQueryClient } from '@tanstack/react-query';
import { declineMeetingRequest } from '../api/decline-meeting-request';
import { refreshSchedule } from '../schedule-queries';

export function useDeclineMeetingRequest(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, reason }: { requestId: string; reason?: string }) => declineMeetingRequest(requestId, reason ? { reason } : {}),
    onSettled: () => refreshSchedule(queryClient, editionId),
  });
}
