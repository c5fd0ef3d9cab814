import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cancelMeeting } from '../api/cancel-meeting';
import { refreshSchedule } from '../schedule-queries';

export function useCancelMeeting(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, reason }: { meetingId: string; reason?: string }) => cancelMeeting(meetingId, reason ? { reason } : {}),
    onSettled: () => refreshSchedule(queryClient, editionId),
  });
}
