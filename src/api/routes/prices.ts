// GET /api/v1/prices/:asin?at=&marketplace=: the reference prices of one of the account's ASINs as of
// an instant (PR-1..PR-6) — the document of `clearway prices ASIN --json`. Unknown ASIN → 404.
import { z } from 'zod';
import { PricesDoc } from '../../app/pricing-documents.js';
import { pricesOfAsin } from '../../app/prices.js';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { answer, MarketplaceQuery, PricingErrorBody, WhenQuery } from '../pricing-errors.js';

const Params = z.object({ asin: z.string().min(1).describe('The ASIN') });
const Query = z.object({ at: WhenQuery, marketplace: MarketplaceQuery });

export const pricesRoutes: ApiRoutes = async (api, { store }) => {
  api.get(
    '/prices/:asin',
    {
      schema: {
        summary: 'Reference prices of an ASIN as of an instant (past, now or planned)',
        tags: ['pricing'],
        security: KEY_SECURITY,
        params: Params,
        querystring: Query,
        response: { 200: PricesDoc, 400: PricingErrorBody, 401: PricingErrorBody, 404: PricingErrorBody },
      },
    },
    async (request, reply) => {
      const { at, marketplace } = request.query;
      return answer(reply, () =>
        pricesOfAsin(store, request.account, request.params.asin, { at: at ?? null, marketplace: marketplace ?? null }),
      );
    },
  );
};
