// The HTTP server of `clearway serve` (Fastify): the API under /api/v1 (route plugins listed in
// routes/index.ts, zod schemas → OpenAPI 3 at /api/v1/openapi.json), the API docs page at /api/docs
// (Swagger UI, assets served from the package, nothing from a CDN) and the web dashboard at / (web.ts:
// web/dist built by Vite), or the placeholder page of dashboard.ts when no built dashboard is given.
import { readFileSync } from 'node:fs';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  createJsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { tBoth } from '../core/messages/messages.js';
import type { FactStore } from '../store/types.js';
import { authHook, isLoopbackHost, type AuthOptions } from './auth.js';
import type { ApiContext } from './context.js';
import { dashboardRoutes } from './dashboard.js';
import { installErrorHandlers } from './errors.js';
import { API_MESSAGES } from './messages.js';
import { API_ROUTES } from './routes/index.js';
import { defaultWebRoot, webRoutes } from './web.js';

export { isLoopbackHost };

/** Default address of `clearway serve`: loopback only, port 4400. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4400;
export const API_PREFIX = '/api/v1';
export const DOCS_PREFIX = '/api/docs';

export interface BuildServerOptions {
  readonly store: FactStore;
  /** The account calls act for when no key is configured (`--account`). */
  readonly defaultAccount: string;
  /** Require an API key on every non-public call even when the store holds none (default false). */
  readonly requireKeys?: boolean;
  /** Fastify's request log (default off). */
  readonly logger?: boolean;
  /**
   * Folder of the built web dashboard (web/dist) served at `/`; null or absent: the placeholder page.
   * `startServer` passes the checkout's web/dist when it has been built.
   */
  readonly webRoot?: string | null;
}

/** clearway's version, from package.json (two levels up from src/api and from dist/api). */
export function clearwayVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

/** Builds the server with every route, without listening (tests use `inject`). */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const version = clearwayVersion();
  const auth: AuthOptions = {
    store: options.store,
    defaultAccount: options.defaultAccount,
    requireKeys: options.requireKeys ?? false,
  };
  const app = Fastify({ logger: options.logger ?? false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('account', '');
  installErrorHandlers(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'clearway API',
        description:
          'Excess stock and promotion checks for Amazon sellers. When API keys exist, send ' +
          '`Authorization: Bearer <key>` (or `X-Api-Key`); every answer is scoped to the key’s account.',
        version,
      },
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer' },
          apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
        },
      },
    },
    transform: createJsonSchemaTransform({ skipList: [] }),
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: DOCS_PREFIX,
    validatorUrl: false,
    theme: { title: 'clearway API' },
  });

  const context: ApiContext = { store: options.store, version };
  await app.register(
    async (api) => {
      api.addHook('onRequest', authHook(auth));
      for (const routes of API_ROUTES) await api.register(routes, context);
    },
    { prefix: API_PREFIX },
  );
  await app.register(options.webRoot ? webRoutes(options.webRoot) : dashboardRoutes(auth));
  return app;
}

/** Thrown by `startServer` for a non-loopback address while no API key exists. */
export class ApiKeyRequiredError extends Error {
  override readonly name = 'ApiKeyRequiredError';
  readonly code = API_MESSAGES.SERVE_KEY_REQUIRED;
  readonly messageZh: string;
  constructor(readonly host: string) {
    const { en, zh } = tBoth(API_MESSAGES.SERVE_KEY_REQUIRED, { host });
    super(en);
    this.messageZh = zh;
  }
}

export interface StartServerOptions {
  readonly store: FactStore;
  readonly host: string;
  /** 0 = any free port. */
  readonly port: number;
  readonly defaultAccount: string;
  readonly logger?: boolean;
  /** The built dashboard to serve at `/` (default: web/dist when built; null: the placeholder page). */
  readonly webRoot?: string | null;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:4400/ */
  readonly url: string;
  /** True when every API call needs a key (keys exist, or the address is not loopback). */
  readonly keysRequired: boolean;
  /** Stops listening (the store stays open: it belongs to the caller). */
  close(): Promise<void>;
}

function urlFor(host: string, port: number): string {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  return `http://${bare.includes(':') ? `[${bare}]` : bare}:${port}/`;
}

/**
 * Listens on host:port. A non-loopback host (0.0.0.0, a LAN address, …) without any API key in the
 * store is refused with ApiKeyRequiredError; on such a host keys are always required.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const loopback = isLoopbackHost(options.host);
  const hasKeys = await options.store.hasApiKeys();
  if (!loopback && !hasKeys) throw new ApiKeyRequiredError(options.host);
  const app = await buildServer({
    store: options.store,
    defaultAccount: options.defaultAccount,
    requireKeys: !loopback,
    logger: options.logger ?? false,
    webRoot: options.webRoot === undefined ? defaultWebRoot() : options.webRoot,
  });
  await app.listen({ host: options.host, port: options.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: urlFor(options.host, port),
    keysRequired: !loopback || hasKeys,
    close: () => app.close(),
  };
}
