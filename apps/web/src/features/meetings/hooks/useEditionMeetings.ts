import { useQuery } from '@tanstack/react-query';
import { listEditionMeetings } from '../api/list-edition-meetings';
import { scheduleKeys } from '../schedule-queries';

/** The organiser's whole schedule, or a participant's own meetings. */
export function useEditionMeetings(editionId: string, enabled = true) {
  return useQuery({ queryKey: scheduleKeys.meetings(editionId), queryFn: ({ signal }) => listEditionMeetings(editionId, signal), enabled });
}
