import type { BusinessProfileInput, InvestorProfileInput, Profile } from '@serumpun/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { saveMyProfile } from '../api/save-my-profile';

export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation<Profile, Error, InvestorProfileInput | BusinessProfileInput>({
    mutationFn: saveMyProfile,
    onSuccess: async (profile) => {
      queryClient.setQueryData(['profile', 'me'], profile);
      // The directory and the public pages show this profile too.
      await queryClient.invalidateQueries({ queryKey: [profile.kind === 'investor' ? 'investors' : 'businesses'] });
    },
  });
}
