// Pre-sale campaigns over HTTP (PRE-1..PRE-3) — the same documents as `clearway presale … --json`:
// GET /api/v1/presales; POST /api/v1/presales (body: the campaign file's object; 400 naming every wrong
// field); POST /api/v1/presales/:id/submit | /review | /release | /preorders. A step the lifecycle does
// not allow, an approval with a failing check, a pre-order beyond the cap or the cover → 422 with the
// document; an unknown campaign or SKU → 404.
import type { FastifyRouteSchemaDef, FastifyValidationResult } from 'fastify/types/schema.js';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OrderDoc } from '../../app/ishs/documents.js';
import type { OrderResult } from '../../app/ishs/orders.js';
import {
  createPresale,
  listPresales,
  preorderPresale,
  releasePresale,
  reviewPresale,
  submitPresale,
  type PresaleResult,
} from '../../app/presale/campaigns.js';
import { PresaleActionDoc, PresaleListDoc } from '../../app/presale/documents.js';
import type { FastifyReply } from 'fastify';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { answer, MarketplaceQuery, PricingErrorBody, sendAppError, WhenQuery } from '../pricing-errors.js';

/** Validates params and query with zod; the campaign body goes to app/presale/campaign-file.ts as is. */
function bodyPassThrough<S>(route: FastifyRouteSchemaDef<S>): FastifyValidationResult {
  if (route.httpPart === 'body') return (data: unknown) => ({ value: data });
  return validatorCompiler(route as unknown as FastifyRouteSchemaDef<z.ZodType>);
}

const Errors = { 400: PricingErrorBody, 401: PricingErrorBody, 404: PricingErrorBody };
const Query = z.object({ marketplace: MarketplaceQuery, at: WhenQuery });
const Params = z.object({ id: z.string().min(1).describe('The campaign id') });
const AtBody = z.object({ at: WhenQuery });
const CampaignBody = z
  .record(z.string(), z.unknown())
  .describe(
    'id?, sku, start, end, price, units_offered, payment_mode (deposit|full), deposit?, release, return_policy?',
  );
const ReviewBody = z.object({
  decision: z.enum(['approve', 'reject', 'auto']).default('auto'),
  reason: z.string().min(1).optional().describe("The reviewer's reason (reject)"),
  at: WhenQuery,
});
const PreorderBody = z.object({
  qty: z.number().int().positive().default(1),
  prime: z.boolean().default(false),
  at: WhenQuery,
});

async function outcome(reply: FastifyReply, work: () => Promise<PresaleResult | OrderResult>): Promise<FastifyReply> {
  try {
    const r = await work();
    return reply.code(r.refused ? 422 : 200).send(r.document);
  } catch (error) {
    if (sendAppError(reply, error)) return reply;
    throw error;
  }
}

const refusedAction = PresaleActionDoc.describe('Refused by a rule: nothing recorded');

export const presalesRoutes: ApiRoutes = async (api, { store }) => {
  const tags = ['presales'];
  api.get(
    '/presales',
    {
      schema: {
        summary: 'Pre-sale campaigns with their status',
        tags,
        security: KEY_SECURITY,
        querystring: Query,
        response: { 200: PresaleListDoc, ...Errors },
      },
    },
    async (request, reply) =>
      answer(reply, () =>
        listPresales(store, request.account, { marketplace: request.query.marketplace ?? null, at: request.query.at }),
      ),
  );

  api.post(
    '/presales',
    {
      schema: {
        summary: 'Create a DRAFT campaign (PRE-1)',
        tags,
        security: KEY_SECURITY,
        querystring: Query,
        body: CampaignBody,
        response: { 200: PresaleActionDoc, 422: refusedAction, ...Errors },
      },
      validatorCompiler: bodyPassThrough,
    },
    async (request, reply) => {
      const q = { marketplace: request.query.marketplace ?? null, at: request.query.at, source: 'api' };
      return outcome(reply, () => createPresale(store, request.account, request.body, q));
    },
  );

  const step = (
    path: string,
    summary: string,
    run: (id: string, at: string | undefined, account: string) => Promise<PresaleResult>,
  ) =>
    api.post(
      `/presales/:id/${path}`,
      {
        schema: {
          summary,
          tags,
          security: KEY_SECURITY,
          params: Params,
          body: AtBody,
          response: { 200: PresaleActionDoc, 422: refusedAction, ...Errors },
        },
      },
      async (request, reply) => outcome(reply, () => run(request.params.id, request.body.at, request.account)),
    );
  step('submit', 'Submit a DRAFT campaign (PRE-2)', (id, at, account) => submitPresale(store, account, id, { at }));
  step('release', 'Release an ended campaign: first come first served, the rest refunded (PRE-3)', (id, at, account) =>
    releasePresale(store, account, id, { at }),
  );

  api.post(
    '/presales/:id/review',
    {
      schema: {
        summary: 'Review a submitted campaign (PRE-2 checks; approve is refused when one fails)',
        tags,
        security: KEY_SECURITY,
        params: Params,
        body: ReviewBody,
        response: { 200: PresaleActionDoc, 422: refusedAction, ...Errors },
      },
    },
    async (request, reply) => {
      const b = request.body;
      return outcome(reply, () =>
        reviewPresale(store, request.account, request.params.id, {
          at: b.at,
          decision: b.decision,
          reason: b.reason ?? null,
        }),
      );
    },
  );

  api.post(
    '/presales/:id/preorders',
    {
      schema: {
        summary: 'Place a pre-order of a live campaign (PRE-3)',
        tags,
        security: KEY_SECURITY,
        params: Params,
        body: PreorderBody,
        response: { 200: OrderDoc, 422: OrderDoc.describe('Refused by a rule: nothing recorded'), ...Errors },
      },
    },
    async (request, reply) => {
      const b = request.body;
      return outcome(reply, () =>
        preorderPresale(store, request.account, request.params.id, { at: b.at, units: b.qty, prime: b.prime }),
      );
    },
  );
};
