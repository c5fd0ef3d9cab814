import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { BusinessHome } from './BusinessHome';
import { InvestorHome } from './InvestorHome';
import { OrganiserHome } from './OrganiserHome';

/** Each role starts somewhere different: what they came to do is different. */
export function HomePage() {
  const user = useCurrentUser();
  switch (user.role) {
    case 'investor':
      return <InvestorHome user={user} />;
    case 'business':
      return <BusinessHome user={user} />;
    case 'organiser':
      return <OrganiserHome user={user} />;
  }
}
