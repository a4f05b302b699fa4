// GET /api/v1/quote/:asin?prime=&business=&firstTime=&qty=&code=…&sku=&at=&marketplace=: what one
// buyer pays for one unit (PQ-1..PQ-3) — the document of `clearway quote ASIN --json`. `code` may be
// repeated. Unknown ASIN (or a SKU not of it) → 404; nothing to quote at the instant → 422 NO_PRICE.
import { z } from 'zod';
import { QuoteDoc } from '../../app/pricing-documents.js';
import { quoteAsin } from '../../app/quote.js';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { answer, MarketplaceQuery, PricingErrorBody, WhenQuery } from '../pricing-errors.js';

const Flag = z.enum(['true', 'false']).optional();
const Params = z.object({ asin: z.string().min(1).describe('The ASIN') });
const Query = z.object({
  at: WhenQuery,
  marketplace: MarketplaceQuery,
  prime: Flag.describe('The buyer is a Prime member'),
  business: Flag.describe('The buyer is a business buyer'),
  firstTime: Flag.describe('The buyer buys for the first time'),
  qty: z.coerce.number().int().min(1).optional().describe('Units on the order line (default 1)'),
  code: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .describe('Promotion codes entered (repeat the parameter for several)'),
  sku: z.string().min(1).optional().describe('Quote this SKU of the ASIN (default: the one setting the current price)'),
});

export const quoteRoutes: ApiRoutes = async (api, { store }) => {
  api.get(
    '/quote/:asin',
    {
      schema: {
        summary: 'What one buyer pays for one unit of an ASIN, with the promotion stack',
        tags: ['pricing'],
        security: KEY_SECURITY,
        params: Params,
        querystring: Query,
        response: {
          200: QuoteDoc,
          400: PricingErrorBody,
          401: PricingErrorBody,
          404: PricingErrorBody,
          422: PricingErrorBody,
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const codes = q.code === undefined ? [] : Array.isArray(q.code) ? q.code : [q.code];
      return answer(reply, () =>
        quoteAsin(store, request.account, request.params.asin, {
          at: q.at ?? null,
          marketplace: q.marketplace ?? null,
          sku: q.sku ?? null,
          buyer: {
            prime: q.prime === 'true',
            business: q.business === 'true',
            firstTime: q.firstTime === 'true',
            quantity: q.qty ?? 1,
            codes: codes.map((c) => c.trim()),
          },
        }),
      );
    },
  );
};
