// GET /api/v1/excess?at=&marketplace=&band=&coverDays=: the excess view of every SKU of the account
// (EXC-1, EXC-2, EXC-3 baseline) — the document of `clearway excess --json`. Bad option → 400.
import { z } from 'zod';
import { excessReport } from '../../app/excess.js';
import { ExcessDoc } from '../../app/inventory-documents.js';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { answer, PricingErrorBody, WhenQuery } from '../pricing-errors.js';
import { MARKETPLACES } from '../../core/catalog/marketplace.js';

const Query = z.object({
  at: WhenQuery,
  marketplace: z.enum(MARKETPLACES).optional().describe('Only this marketplace (default: all)'),
  band: z.string().optional().describe('Only this band: stockout_risk, healthy, moderate_excess, heavy_excess'),
  coverDays: z.string().optional().describe('Healthy cover in days (default: the rule set’s excessHealthyCoverDays)'),
});

export const excessRoutes: ApiRoutes = async (api, { store }) => {
  api.get(
    '/excess',
    {
      schema: {
        summary: 'Excess stock per SKU as of an instant: band, ages, holding cost, Outlet, recommendation',
        tags: ['inventory'],
        security: KEY_SECURITY,
        querystring: Query,
        response: { 200: ExcessDoc, 400: PricingErrorBody, 401: PricingErrorBody },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answer(reply, () =>
        excessReport(store, request.account, {
          at: q.at ?? null,
          marketplace: q.marketplace ?? null,
          band: q.band ?? null,
          coverDays: q.coverDays ?? null,
        }),
      );
    },
  );
};
