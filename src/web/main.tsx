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

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount Rampdesk in');

// The router (its loaders, the screen's code) and the first render in a task of their own: the
// entry's evaluation was one long task with them (a Lighthouse blocking-time item), and the
// catalog's import above waits for the task that starts it to end (docs/performance.md, "First rows").
setTimeout(() => {
  const router = createBrowserRouter(createRoutes(queryClient));
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  );
}, 0);
