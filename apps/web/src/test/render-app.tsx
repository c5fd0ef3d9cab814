import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders, createQueryClient } from '../app/AppProviders';
import { appRoutes } from '../app/routes';
import { sessionStore } from '../features/auth/session/session-store';
import { i18n, LOCALE_STORAGE_KEY } from '../i18n/i18n';
import { FakeRealtimeServer } from './fake-socket';

/**
 * Renders the whole app (real routes, providers and session) at `path`, as a reload would. The
 * realtime socket is a fake (`realtime`) the test drives as the server.
 */
export function renderApp(path = '/', realtime = new FakeRealtimeServer()) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient} socketFactory={realtime.factory}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  const location = () => router.state.location.pathname + router.state.location.search;
  return { ...view, router, user, location, queryClient, realtime };
}

/** A fresh device: nothing remembered, Indonesian, nobody signed in. */
export async function resetDevice(): Promise<void> {
  localStorage.clear();
  sessionStore.reset();
  await i18n.changeLanguage('id');
}

export function rememberLocale(locale: string): void {
  localStorage.setItem(LOCALE_STORAGE_KEY, locale);
}
