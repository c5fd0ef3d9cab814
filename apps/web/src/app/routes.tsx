import type { RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/components/LoginPage';
import { RegisterPage } from '../features/auth/components/RegisterPage';
import { RequireAuth } from '../features/auth/components/RequireAuth';
import { EditionPage } from '../features/editions/components/EditionPage';
import { EditionsPage } from '../features/editions/components/EditionsPage';
import { HomePage } from '../features/home/components/HomePage';
import { BusinessProfilePage } from '../features/businesses/components/BusinessProfilePage';
import { InvestorProfilePage } from '../features/investors/components/InvestorProfilePage';
import { InvestorsPage } from '../features/investors/components/InvestorsPage';
import { EditOpportunityPage } from '../features/opportunities/components/EditOpportunityPage';
import { MyOpportunitiesPage } from '../features/opportunities/components/MyOpportunitiesPage';
import { NewOpportunityPage } from '../features/opportunities/components/NewOpportunityPage';
import { OpportunitiesPage } from '../features/opportunities/components/OpportunitiesPage';
import { OpportunityPage } from '../features/opportunities/components/OpportunityPage';
import { ProfilePage } from '../features/profiles/components/ProfilePage';
import { AgendaPage } from '../features/agenda/components/AgendaPage';
import { AvailabilityPage } from '../features/editions/components/AvailabilityPage';
import { ParticipantsPage } from '../features/editions/components/ParticipantsPage';
import { MeetingsPage } from '../features/meetings/components/MeetingsPage';
import { RequestsPage } from '../features/meetings/components/RequestsPage';
import { ConsoleGridPage } from '../features/organiser/components/ConsoleGridPage';
import { ConsoleParticipantsPage } from '../features/organiser/components/ConsoleParticipantsPage';
import { ConsoleRequestsPage } from '../features/organiser/components/ConsoleRequestsPage';
import { ConsoleSettingsPage } from '../features/organiser/components/ConsoleSettingsPage';
import { NewEditionPage } from '../features/organiser/components/NewEditionPage';
import { MatchesPage } from '../features/matching/components/MatchesPage';
import { ConsoleReportsPage } from '../features/reports/components/ConsoleReportsPage';
import { ReportsPage } from '../features/reports/components/ReportsPage';
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
          { path: 'meetings', element: <MeetingsPage /> },
          { path: 'editions/:editionId/participants', element: <ParticipantsPage /> },
        ],
      },
      {
        element: <RequireAuth roles={['investor', 'business']} />,
        children: [
          { path: 'matches', element: <MatchesPage /> },
        ],
      },
      // Meetings at an edition: a participant's requests, availability and agenda.
      {
        element: <RequireAuth roles={['investor', 'business']} />,
        children: [
          { path: 'editions/:editionId/requests', element: <RequestsPage /> },
          { path: 'editions/:editionId/availability', element: <AvailabilityPage /> },
          { path: 'editions/:editionId/agenda', element: <AgendaPage /> },
        ],
      },
      // The organisers' console of an edition.
      {
        element: <RequireAuth roles={['organiser']} />,
        children: [
          { path: 'editions/:editionId/console', element: <ConsoleGridPage /> },
          { path: 'editions/:editionId/console/participants', element: <ConsoleParticipantsPage /> },
          { path: 'editions/:editionId/console/requests', element: <ConsoleRequestsPage /> },
          { path: 'editions/:editionId/console/settings', element: <ConsoleSettingsPage /> },
          { path: 'editions/:editionId/console/reports', element: <ConsoleReportsPage /> },
        ],
      },
      // Marketplace: opportunities, profiles and the investor directory.
      {
        element: <RequireAuth />,
        children: [
          { path: 'opportunities', element: <OpportunitiesPage /> },
          { path: 'opportunities/:opportunityId', element: <OpportunityPage /> },
          { path: 'investors/:investorId', element: <InvestorProfilePage /> },
          { path: 'businesses/:businessId', element: <BusinessProfilePage /> },
        ],
      },
      {
        element: <RequireAuth roles={['investor', 'business']} />,
        children: [{ path: 'profile', element: <ProfilePage /> }],
      },
      {
        element: <RequireAuth roles={['business']} />,
        children: [
          { path: 'opportunities/new', element: <NewOpportunityPage /> },
          { path: 'my/opportunities', element: <MyOpportunitiesPage /> },
        ],
      },
      {
        element: <RequireAuth roles={['business', 'organiser']} />,
        children: [
          { path: 'opportunities/:opportunityId/edit', element: <EditOpportunityPage /> },
          { path: 'investors', element: <InvestorsPage /> },
        ],
      },
      {
        element: <RequireAuth roles={['organiser']} />,
        children: [
          { path: 'editions', element: <EditionsPage /> },
          { path: 'editions/new', element: <NewEditionPage /> },
          { path: 'reports', element: <ReportsPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
