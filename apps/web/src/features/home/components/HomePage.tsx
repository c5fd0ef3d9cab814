import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { OrganiserHome } from './OrganiserHome';
import { ParticipantHome } from './ParticipantHome';

/** Each role starts somewhere different: what they came to do is different. */
export function HomePage() {
  const user = useCurrentUser();
  switch (user.role) {
    case 'investor':
    case 'business':
      return <ParticipantHome user={user} role={user.role} />;
    case 'organiser':
      return <OrganiserHome user={user} />;
  }
}
