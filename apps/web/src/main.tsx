import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/AppProviders';
import { registerServiceWorker } from './app/register-service-worker';
import { createAppRouter } from './app/router';
import './styles.css';
import './features/realtime/realtime.css';
import './features/offline/offline.css';

const router = createAppRouter();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);

if (import.meta.env.PROD) registerServiceWorker();
