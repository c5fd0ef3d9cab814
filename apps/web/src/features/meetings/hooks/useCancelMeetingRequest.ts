import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cancelMeetingRequest } from '../api/cancel-meeting-request';
import { refreshSchedule } from '../schedule-queries';

export function useCancelMeetingRequest(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requestId: string) => cancelMeetingRequest(requestId),
    onSettled: () => refreshSchedule(queryClient, editionId),
  });
}
