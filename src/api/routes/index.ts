// The route plugins mounted under /api/v1, one per area. A new area adds its file and one line here.
import type { ApiRoutes } from '../context.js';
import { accountRoutes } from './accounts.js';
import { dashboardRoutes } from './dashboard.js';
import { excessRoutes } from './excess.js';
import { factsRoutes } from './facts.js';
import { healthRoutes } from './health.js';
import { importRoutes } from './import.js';
import { ishsRoutes } from './ishs.js';
import { openapiRoutes } from './openapi.js';
import { planRoutes } from './plan.js';
import { presalesRoutes } from './presales.js';
import { pricesRoutes } from './prices.js';
import { promotionsRoutes } from './promotions.js';
import { quoteRoutes } from './quote.js';
import { replenishRoutes } from './replenish.js';
import { productsRoutes } from './products.js';
import { timelineRoutes } from './timeline.js';
import { outletRoutes } from './outlet.js';

export const API_ROUTES: readonly ApiRoutes[] = [
  healthRoutes,
  openapiRoutes,
  accountRoutes,
  factsRoutes,
  productsRoutes,
  importRoutes,
  timelineRoutes,
  pricesRoutes,
  promotionsRoutes,
  quoteRoutes,
  outletRoutes,
  excessRoutes,
  planRoutes,
  replenishRoutes,
  ishsRoutes,
  presalesRoutes,
  dashboardRoutes,
];
