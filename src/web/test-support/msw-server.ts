import { setupServer } from 'msw/node';
import { handlers } from '../mocks/handlers';

/** The BFF as component tests see it; a test changes it with server.use(...) for itself only. */
export const server = setupServer(...handlers);
