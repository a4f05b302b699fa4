// The route plugins mounted under /api/v1, one per area. A new area adds its file and one line here.
import type { ApiRoutes } from '../context.js';
import { accountRoutes } from './accounts.js';
import { factsRoutes } from './facts.js';
import { healthRoutes } from './health.js';
import { openapiRoutes } from './openapi.js';
import { productsRoutes } from './products.js';

export const API_ROUTES: readonly ApiRoutes[] = [
  healthRoutes,
  openapiRoutes,
  accountRoutes,
  factsRoutes,
  productsRoutes,
];
