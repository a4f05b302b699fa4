// GET /api/v1/replenish?at=&marketplace=&coverDays=: reorder advice for every SKU of the account
// (RPL-1..RPL-4) — the document of `clearway replenish --json`. Bad option → 400.
import { z } from 'zod';
import { ReplenishDoc } from '../../app/inventory-documents.js';
import { replenishReport } from '../../app/replenish.js';
import { MARKETPLACES } from '../../core/catalog/marketplace.js';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { answer, PricingErrorBody, WhenQuery } from '../pricing-errors.js';

const Query = z.object({
  at: WhenQuery,
  marketplace: z.enum(MARKETPLACES).optional().describe('Only this marketplace (default: all)'),
  coverDays: z
    .string()
    .optional()
    .describe('RPL-2 cover in days, 60–90 (default: the rule set’s reorderCoverDefaultDays)'),
});

export const replenishRoutes: ApiRoutes = async (api, { store }) => {
  api.get(
    '/replenish',
    {
      schema: {
        summary: 'Reorder advice per SKU as of an instant: weighted daily sales, days of supply, reorder quantity',
        tags: ['inventory'],
        security: KEY_SECURITY,
        querystring: Query,
        response: { 200: ReplenishDoc, 400: PricingErrorBody, 401: PricingErrorBody },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answer(reply, () =>
        replenishReport(store, request.account, {
          at: q.at ?? null,
          marketplace: q.marketplace ?? null,
          coverDays: q.coverDays ?? null,
        }),
      );
    },
  );
};
