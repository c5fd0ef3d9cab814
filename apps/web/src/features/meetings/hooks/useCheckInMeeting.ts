import { useMutation, useQueryClient } from '@tanstack/react-query';
import { checkInMeeting } from '../api/check-in-meeting';
import { refreshSchedule } from '../schedule-queries';

export function useCheckInMeeting(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (meetingId: string) => checkInMeeting(meetingId),
    onSettled: () => refreshSchedule(queryClient, editionId),
  });
}
