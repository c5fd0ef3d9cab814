import type { RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/components/LoginPage';
import { RegisterPage } from '../features/auth/components/RegisterPage';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { EditionPage } from '../features/editions/components/EditionPage';
import { EditionsPage } from '../features/editions/components/EditionsPage';
import { HomePage } from '../features/home/components/HomePage';
import { ComingSoonPage } from '../features/placeholders/components/ComingSoonPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

/** Every client route; the browser router and the tests' memory router share this tree. */
export const appRoutes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: 'login', element: <LoginPage /> },
      { path: 'register', element: <RegisterPage /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'editions/:editionId', element: <EditionPage /> },
          { path: 'meetings', element: <ComingSoonPage area="meetings" /> },
          { path: 'profile', element: <ComingSoonPage area="profile" /> },
        ],
      },
      {
        element: <RequireAuth roles={['investor', 'business']} />,
        children: [
          { path: 'opportunities', element: <ComingSoonPage area="opportunities" /> },
          { path: 'matches', element: <ComingSoonPage area="matches" /> },
        ],
      },
      {
        element: <RequireAuth roles={['organiser']} />,
        children: [
          { path: 'editions', element: <EditionsPage /> },
          { path: 'reports', element: <ComingSoonPage area="reports" /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
