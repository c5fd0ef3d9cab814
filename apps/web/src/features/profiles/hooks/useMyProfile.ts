import { useQuery } from '@tanstack/react-query';
import { getMyProfile } from '../api/get-my-profile';

export function useMyProfile() {
  return useQuery({
    queryKey: ['profile', 'me'],
    queryFn: ({ signal }) => getMyProfile(signal),
  });
}
