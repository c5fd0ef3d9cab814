import type { Role } from '@serumpun/shared';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../../../components/LoadingState';
import { loginPathFor } from '../../../lib/safe-next';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { useSession } from '../hooks/useSession';
import { ServerUnreachable } from './ServerUnreachable';

/**
 * Guards the routes below it. Someone signed out (or whose session just expired) goes to the
 * login page, which brings them back here afterwards.
 */
export function RequireAuth({ roles }: { roles?: readonly Role[] }) {
  const session = useSession();
  const location = useLocation();
  switch (session.status) {
    case 'restoring':
      return <LoadingState />;
    case 'unreachable':
      return <ServerUnreachable />;
    case 'anonymous':
      return <Navigate to={loginPathFor(location.pathname, location.search)} replace />;
    case 'authenticated':
      // A route outside the person's role looks like any unknown page (as the API's 404 does).
      if (roles && !roles.includes(session.user.role)) return <NotFoundPage />;
      return <Outlet />;
  }
}
