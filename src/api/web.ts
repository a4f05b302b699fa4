// The web dashboard (issue 8) at `/`: the files Vite built into web/dist, served by @fastify/static,
// with an SPA fallback (any other GET outside /api answers index.html, so /inventory/SKU-1 can be
// reloaded). Hashed assets under /assets/ are cached for a year; index.html never. When web/dist has
// not been built the server keeps the placeholder page of dashboard.ts instead.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';

/** web/dist of this checkout (two levels up from src/api and from dist/api), or null when not built. */
export function defaultWebRoot(): string | null {
  const root = fileURLToPath(new URL('../../web/dist/', import.meta.url));
  return existsSync(`${root}index.html`) ? root : null;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A path with a file extension, e.g. /assets/index-3f2a.js or /favicon.svg. */
function looksLikeFile(path: string): boolean {
  return /\.[a-z0-9]+$/i.test(path);
}

/** Serves the built dashboard from `root` (a folder holding index.html). */
export function webRoutes(root: string): FastifyPluginAsync {
  return async (app: FastifyInstance) => {
    await app.register(fastifyStatic, {
      root,
      serve: false,
      decorateReply: true,
      // index.html is re-read per request (it names the current hashed assets).
      cacheControl: false,
    });

    const sendIndex = (reply: FastifyReply) =>
      reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').sendFile('index.html');

    app.get('/', { schema: { hide: true } }, (_request, reply) => sendIndex(reply));
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      let path: string;
      try {
        path = decodeURIComponent(request.url.split('?')[0] ?? '/');
      } catch {
        return reply.callNotFound(); // malformed %-escapes
      }
      // The API and its docs keep their JSON 404s; nothing outside them is an API call.
      if (path.startsWith('/api/') || path === '/api') return reply.callNotFound();
      if (looksLikeFile(path)) {
        if (path.startsWith('/assets/')) reply.header('cache-control', IMMUTABLE);
        // @fastify/static (send) refuses paths outside root and answers 404 for missing files.
        return reply.sendFile(path.slice(1));
      }
      return sendIndex(reply);
    });
  };
}
