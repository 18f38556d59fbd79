import { noop } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { pickLocale } from '../contract/locales';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import { activateLocale } from './i18n/i18n';
import { authQueries } from './lib/auth-queries';
import { configQuery } from './lib/config-query';
import './styles.css';

const queryClient = createQueryClient();
// The browser's language until an agent signs in with their own (the catalog loads beside the
// session check; the app renders once it is in).
void activateLocale(pickLocale(navigator.languages));
// Ask for the environment and the session while the first screen's code loads, so the banner and
// the route guard's answer come with it. A failure is theirs to show when they ask: ignored here.
void queryClient.query(configQuery).catch(noop);
void queryClient.query(authQueries.me()).catch(noop);

const router = createBrowserRouter(createRoutes(queryClient));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount Rampdesk in');

createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} router={router} />
  </StrictMode>,
);
