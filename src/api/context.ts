// What every route plugin of /api/v1 receives as its options. A later area (prices, promotions,
// outlet, excess, …) adds a plugin file under routes/ and one line to routes/index.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FactStore } from '../store/types.js';

export interface ApiContext {
  readonly store: FactStore;
  /** clearway's version (package.json). */
  readonly version: string;
}

/** A route plugin mounted under /api/v1; `request.account` is already resolved by the auth hook. */
export type ApiRoutes = FastifyPluginAsyncZod<ApiContext>;

/** The OpenAPI security requirement of routes that need a key when keys are configured. */
export const KEY_SECURITY: { [scheme: string]: string[] }[] = [{ bearerAuth: [] }, { apiKeyHeader: [] }];
