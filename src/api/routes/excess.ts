// GET /api/v1/excess?at=&marketplace=&band=&coverDays=&view=: the excess view of every SKU of the account
// (EXC-1, EXC-2, EXC-3 baseline) — the document of `clearway excess --json`. Bad option → 400.
// `view=list` (issue 8) answers only the columns of the dashboard's table (app/excess-list.ts); without
// it the answer is CONTRACT.md's document, serialized exactly as before.
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ExcessListDoc } from '../../app/dashboard-documents.js';
import { excessReport } from '../../app/excess.js';
import { excessListDoc, EXCESS_VIEWS } from '../../app/excess-list.js';
import { ExcessDoc } from '../../app/inventory-documents.js';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { answer, PricingErrorBody, WhenQuery } from '../pricing-errors.js';
import { MARKETPLACES } from '../../core/catalog/marketplace.js';

const Query = z.object({
  at: WhenQuery,
  marketplace: z.enum(MARKETPLACES).optional().describe('Only this marketplace (default: all)'),
  band: z.string().optional().describe('Only this band: stockout_risk, healthy, moderate_excess, heavy_excess'),
  coverDays: z.string().optional().describe('Healthy cover in days (default: the rule set’s excessHealthyCoverDays)'),
  plan: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: each row’s recommendation is its clearance plan’s first action (`excess --plan`, EXC-8)'),
  view: z
    .enum(EXCESS_VIEWS)
    .optional()
    .describe('list: only the columns of the dashboard’s table (a tenth of the bytes); full (default): every field'),
});

/** The 200 answer is either document; each is checked and serialized by its own schema. */
const Answer200 = z.union([ExcessDoc, ExcessListDoc]);
const serializeFull = serializerCompiler({ schema: ExcessDoc, method: 'GET', url: '/excess' });
const serializeList = serializerCompiler({ schema: ExcessListDoc, method: 'GET', url: '/excess' });

const byView: FastifySerializerCompiler<z.ZodType> = (route) => {
  if (route.httpStatus !== '200') return serializerCompiler(route);
  return (data: unknown) =>
    (data as { view?: unknown } | null)?.view === 'list' ? serializeList(data) : serializeFull(data);
};

export const excessRoutes: ApiRoutes = async (api, { store }) => {
  api.get(
    '/excess',
    {
      schema: {
        summary: 'Excess stock per SKU as of an instant: band, ages, holding cost, Outlet, recommendation',
        tags: ['inventory'],
        security: KEY_SECURITY,
        querystring: Query,
        response: { 200: Answer200, 400: PricingErrorBody, 401: PricingErrorBody },
      },
      serializerCompiler: byView as FastifySerializerCompiler<unknown>,
    },
    async (request, reply) => {
      const q = request.query;
      return answer(reply, async () => {
        const doc = await excessReport(store, request.account, {
          at: q.at ?? null,
          marketplace: q.marketplace ?? null,
          band: q.band ?? null,
          coverDays: q.coverDays ?? null,
          plan: q.plan === 'true',
        });
        return q.view === 'list' ? excessListDoc(doc) : doc;
      });
    },
  );
};
