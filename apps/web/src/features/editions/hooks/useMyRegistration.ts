import { useQuery } from '@tanstack/react-query';
import { scheduleKeys } from '../../meetings/schedule-queries';
import { getMyRegistration } from '../api/get-my-registration';

/** The signed-in participant's registration for the edition (null: not registered); off for organisers. */
export function useMyRegistration(editionId: string, enabled = true) {
  return useQuery({ queryKey: scheduleKeys.registration(editionId), queryFn: ({ signal }) => getMyRegistration(editionId, signal), enabled });
}
