import type { RecordMeetingOutcomeRequest } from '@serumpun/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recordMeetingOutcome } from '../api/record-meeting-outcome';
import { refreshSchedule } from '../schedule-queries';

export function useRecordMeetingOutcome(editionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, body }: { meetingId: string; body: RecordMeetingOutcomeRequest }) => recordMeetingOutcome(meetingId, body),
    onSettled: () => refreshSchedule(queryClient, editionId),
  });
}
