import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rescheduleMeeting } from '../api/reschedule-meeting';
import { refreshSchedule } from '../schedule-queries';

export function useRescheduleMeeting(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, slotId, tableId }: { meetingId: string; slotId: string; tableId?: string }) => rescheduleMeeting(meetingId, { slotId, tableId }),
    // A 409 means someone else changed the grid: reload it either way.
    onSettled: () => refreshSchedule(queryClient, editionId),
  });
}
