// GET /api/v1/plan/:sku?at=&marketplace=&horizon= and GET /api/v1/plan?all&at=&marketplace=&horizon=:
// the clearance plan of one SKU (EXC-3..EXC-9), or of every SKU of the account — the documents of
// `clearway plan SKU --json` and `clearway plan --all --json`. Unknown SKU → 404, bad option → 400.
import { z } from 'zod';
import { planAll, planOfSku } from '../../app/plan.js';
import { PlanAllDoc, PlanDoc } from '../../app/plan-documents.js';
import { MARKETPLACES } from '../../core/catalog/marketplace.js';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { answer, MarketplaceQuery, PricingErrorBody, WhenQuery } from '../pricing-errors.js';

const Horizon = z.string().optional().describe('Planning horizon in days, 7–365 (default 90)');
const Params = z.object({ sku: z.string().min(1).describe('The seller SKU') });
const OneQuery = z.object({ at: WhenQuery, marketplace: MarketplaceQuery, horizon: Horizon });
const AllQuery = z.object({
  all: z.string().optional().describe('Plan every SKU of the account (the only mode of this path)'),
  at: WhenQuery,
  marketplace: z.enum(MARKETPLACES).optional().describe('Only this marketplace (default: all)'),
  horizon: Horizon,
});

export const planRoutes: ApiRoutes = async (api, { store }) => {
  api.get(
    '/plan/:sku',
    {
      schema: {
        summary: 'The clearance plan of a SKU: actions, runners-up, doing nothing, rejected candidates and why',
        tags: ['clearance'],
        security: KEY_SECURITY,
        params: Params,
        querystring: OneQuery,
        response: { 200: PlanDoc, 400: PricingErrorBody, 401: PricingErrorBody, 404: PricingErrorBody },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answer(reply, () =>
        planOfSku(store, request.account, request.params.sku, {
          at: q.at ?? null,
          marketplace: q.marketplace ?? null,
          horizon: q.horizon ?? null,
        }),
      );
    },
  );
  api.get(
    '/plan',
    {
      schema: {
        summary: 'The clearance plans of every SKU of the account (`plan --all`)',
        tags: ['clearance'],
        security: KEY_SECURITY,
        querystring: AllQuery,
        response: { 200: PlanAllDoc, 400: PricingErrorBody, 401: PricingErrorBody },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answer(reply, () =>
        planAll(store, request.account, {
          at: q.at ?? null,
          marketplace: q.marketplace ?? null,
          horizon: q.horizon ?? null,
        }),
      );
    },
  );
};
