import { useQuery } from '@tanstack/react-query';
import { listMeetingRequests, type MeetingRequestFilters } from '../api/list-meeting-requests';
import { scheduleKeys } from '../schedule-queries';

export function useMeetingRequests(filters: MeetingRequestFilters, enabled = true) {
  return useQuery({
    queryKey: [...scheduleKeys.requests(), filters],
    queryFn: ({ signal }) => listMeetingRequests(filters, signal),
    enabled,
  });
}
