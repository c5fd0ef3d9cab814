import { useMutation, useQueryClient } from '@tanstack/react-query';
import { acceptMeetingRequest } from '../api/accept-meeting-request';
import { refreshSchedule } from '../schedule-queries';

export function useAcceptMeetingRequest(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, slotId }: { requestId: string; slotId?: string }) => acceptMeetingRequest(requestId, slotId ? { slotId } : {}),
    onSettled: () => refreshSchedule(queryClient, editionId),
  });
}
