import { stat } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiHttpError } from '../errors';
import { sendError } from './error-handler';
import { isApiPath } from './no-store';

const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NOT_BUILT_MESSAGE =
  'The Rampdesk web app has not been built yet: run `npm run build` (or `npm start`, which builds it), then reload.\n';

/** Files we never hand out: source maps, dotfiles, and anything under the API's prefixes. */
export function isServable(pathname: string): boolean {
  if (isApiPath(pathname)) return false;
  if (/\.map$/i.test(pathname)) return false;
  return !pathname.split(/[/\\]/).some((segment) => segment.startsWith('.'));
}

/** The SPA shell is the answer to a browser navigation only, never to an API call or a missing asset. */
export function isNavigation(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (!String(request.headers.accept ?? '').includes('text/html')) return false;
  const pathname = request.url.split(/[?#]/, 1)[0] ?? '/';
  if (isApiPath(pathname)) return false;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return !last.includes('.');
}

async function hasIndex(staticDir: string): Promise<boolean> {
  try {
    return (await stat(path.join(staticDir, 'index.html'))).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built SPA: hashed files under /assets cached for a year, everything else (index.html
 * first) revalidated, so a deploy is picked up on the next navigation. Also owns the not-found
 * handler, since it decides between the SPA shell and a JSON 404.
 */
export async function registerStaticSpa(parent: FastifyInstance, staticDir: string | null) {
  // Its own context, so the hook below marks only these routes public: the SPA's files and shell
  // hold no data, and every /api route stays protected by default (auth-plugin.ts). Their query
  // is ignored, not refused: it is the SPA's (a shared link to a filtered list), never read here.
  await parent.register(async (app) => {
    app.addHook('onRoute', (route) => {
      route.config = { ...route.config, auth: 'public', query: 'ignored' };
    });
    await serveSpa(app, staticDir);
  });
}

async function serveSpa(app: FastifyInstance, staticDir: string | null) {
  if (staticDir) {
    const root = path.resolve(staticDir);
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: true,
      // `/` is the shell too; a directory without index.html answers 404 (never a listing).
      index: ['index.html'],
      dotfiles: 'ignore',
      // The build writes .br and .gz beside each text file (vite.config.ts): sent to browsers that
      // accept them, with Vary: Accept-Encoding; the plain file to the others.
      preCompressed: true,
      cacheControl: false,
      allowedPath: (pathname) => isServable(pathname),
      setHeaders: (res, filePath) => {
        const relative = path.relative(root, filePath).split(path.sep).join('/');
        res.setHeader('cache-control', relative.startsWith('assets/') ? IMMUTABLE : 'no-cache');
        // @fastify/static picks the compressed copy by Accept-Encoding but does not say so: a
        // shared cache must not hand a brotli body to a browser that did not ask for one.
        res.setHeader('vary', 'Accept-Encoding');
      },
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    if (staticDir && isNavigation(request)) {
      if (await hasIndex(staticDir)) return reply.sendFile('index.html');
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(NOT_BUILT_MESSAGE);
    }
    return sendError(new ApiHttpError(404, 'NOT_FOUND', 'There is nothing at this address.'), request, reply);
  });
}
