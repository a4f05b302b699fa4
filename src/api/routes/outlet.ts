// /api/v1/outlet/… and /api/v1/tick (RULEBOOK OUT-1..OUT-13): the documents of `clearway outlet …
// --json`, `clearway tick --json` and `clearway pricing-rule … --json`. `?at=` is the as-of instant of
// reads and the instant of actions (default now); `?marketplace=` is needed only where the account sells
// the item on several (DEC-2). A refused action answers 422 with its document (errors included); an
// unknown SKU, deal or rule 404; malformed input 400.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  cancelOutletDeal,
  checkSku,
  recommendations,
  report,
  reviewOutletDeal,
  submitSku,
  tick,
  updateDeal,
  type OutletQuery,
} from '../../app/outlet/deals.js';
import {
  DealAcceptedDoc,
  DealRefusedDoc,
  OutletCheckDoc,
  OutletReportDoc,
  PricingRuleDoc,
  RecommendationsDoc,
  TickDoc,
  type DealActionDoc,
} from '../../app/outlet/documents.js';
import { pricingRuleAction } from '../../app/outlet/pricing-rules.js';
import { PRICING_RULE_ACTIONS } from '../../core/catalog/facts.js';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { answer, MarketplaceQuery, PricingErrorBody, sendAppError, WhenQuery } from '../pricing-errors.js';

const Query = z.object({ at: WhenQuery, marketplace: MarketplaceQuery });
const SkuParams = z.object({ sku: z.string().min(1).describe('The seller SKU') });
const IdParams = z.object({ id: z.string().min(1).describe('The deal id') });
const Price = z.string().min(1).describe('Decimal price in the marketplace currency, e.g. "27.00"');
const SubmitBody = z.object({ sku: z.string().min(1), price: Price });
const UpdateBody = z.object({ price: Price });
const CancelBody = z
  .object({ operator: z.boolean().optional().describe('Cancel as Selling Partner Support (any deal not final)') })
  .nullish()
  .describe('Optional: without a body the seller cancels');
const ReviewBody = z.union([
  z.object({ approve: z.literal(true) }),
  z.object({ reject: z.string().trim().min(1).describe("The reviewer's reason") }),
]);
const PricingRuleBody = z.object({
  ruleId: z.string().min(1),
  action: z.enum(PRICING_RULE_ACTIONS),
  sku: z.string().min(1).optional().describe('The SKU (create)'),
  minPrice: Price.optional(),
  maxPrice: Price.optional(),
});

const ERRORS = { 400: PricingErrorBody, 401: PricingErrorBody, 404: PricingErrorBody } as const;
const ACTION_RESPONSES = {
  200: DealAcceptedDoc,
  422: DealRefusedDoc.describe('Refused by a rule: every error; nothing was recorded'),
  ...ERRORS,
} as const;

function query(q: { at?: string | undefined; marketplace?: OutletQuery['marketplace'] | undefined }): OutletQuery {
  return { at: q.at ?? null, marketplace: q.marketplace ?? null };
}

/** Runs an action; a refused one answers 422 with its document. */
async function action(reply: FastifyReply, work: () => Promise<DealActionDoc>): Promise<FastifyReply> {
  try {
    const doc = await work();
    return reply.code(doc.ok ? 200 : 422).send(doc);
  } catch (error) {
    if (sendAppError(reply, error)) return reply;
    throw error;
  }
}

export const outletRoutes: ApiRoutes = async (api, { store }) => {
  const tags = ['outlet'];
  const security = KEY_SECURITY;

  api.get(
    '/outlet/recommendations',
    {
      schema: {
        summary: 'Outlet recommendations (OUT-3) with the maximum deal price and advice (OUT-13)',
        tags,
        security,
        querystring: Query,
        response: { 200: RecommendationsDoc, ...ERRORS },
      },
    },
    async (request, reply) => answer(reply, () => recommendations(store, request.account, query(request.query))),
  );

  api.get(
    '/outlet/check/:sku',
    {
      schema: {
        summary: 'Every Outlet eligibility criterion of a SKU (OUT-1, OUT-2) and the maximum deal price (OUT-4)',
        tags,
        security,
        params: SkuParams,
        querystring: Query,
        response: { 200: OutletCheckDoc, ...ERRORS },
      },
    },
    async (request, reply) =>
      answer(reply, () => checkSku(store, request.account, request.params.sku, query(request.query))),
  );

  api.post(
    '/outlet/deals',
    {
      schema: {
        summary: 'Submit an Outlet deal (OUT-4, OUT-5)',
        tags,
        security,
        querystring: Query,
        body: SubmitBody,
        response: ACTION_RESPONSES,
      },
    },
    async (request, reply) =>
      action(reply, () =>
        submitSku(store, request.account, request.body.sku, request.body.price, query(request.query)),
      ),
  );

  api.patch(
    '/outlet/deals/:id',
    {
      schema: {
        summary: 'Change the price of a SUBMITTED deal (OUT-7)',
        tags,
        security,
        params: IdParams,
        querystring: Query,
        body: UpdateBody,
        response: ACTION_RESPONSES,
      },
    },
    async (request, reply) =>
      action(reply, () =>
        updateDeal(store, request.account, request.params.id, request.body.price, query(request.query)),
      ),
  );

  api.post(
    '/outlet/deals/:id/cancel',
    {
      schema: {
        summary: "Cancel a deal: the seller's while SUBMITTED, support's any time (OUT-7)",
        tags,
        security,
        params: IdParams,
        querystring: Query,
        body: CancelBody,
        response: ACTION_RESPONSES,
      },
    },
    async (request, reply) => {
      const actor = request.body?.operator === true ? 'operator' : 'seller';
      return action(reply, () =>
        cancelOutletDeal(store, request.account, request.params.id, actor, query(request.query)),
      );
    },
  );

  api.post(
    '/outlet/deals/:id/review',
    {
      schema: {
        summary: "The operator's review of a SUBMITTED deal (OUT-7, OUT-8)",
        tags,
        security,
        params: IdParams,
        querystring: Query,
        body: ReviewBody,
        response: ACTION_RESPONSES,
      },
    },
    async (request, reply) => {
      const body = request.body;
      const decision =
        'approve' in body ? ({ approve: true } as const) : ({ approve: false, reason: body.reject } as const);
      return action(reply, () =>
        reviewOutletDeal(store, request.account, request.params.id, decision, query(request.query)),
      );
    },
  );

  api.get(
    '/outlet/report',
    {
      schema: {
        summary: 'Outlet Deals report (OUT-12)',
        tags,
        security,
        querystring: Query,
        response: { 200: OutletReportDoc, ...ERRORS },
      },
    },
    async (request, reply) => answer(reply, () => report(store, request.account, query(request.query))),
  );

  api.post(
    '/outlet/pricing-rules',
    {
      schema: {
        summary: 'Create, pause, resume or delete an automated pricing rule (OUT-9)',
        tags,
        security,
        querystring: Query,
        body: PricingRuleBody,
        response: { 200: PricingRuleDoc, 422: PricingRuleDoc.describe('Refused: nothing was recorded'), ...ERRORS },
      },
    },
    async (request, reply) => {
      try {
        const doc = await pricingRuleAction(store, request.account, request.body, query(request.query));
        return reply.code(doc.ok ? 200 : 422).send(doc);
      } catch (error) {
        if (sendAppError(reply, error)) return reply;
        throw error;
      }
    },
  );

  api.post(
    '/tick',
    {
      schema: {
        summary: 'Apply every Outlet transition due at the instant (OUT-6..OUT-10); twice changes nothing',
        tags,
        security,
        querystring: Query,
        response: { 200: TickDoc, ...ERRORS },
      },
    },
    async (request, reply) => answer(reply, () => tick(store, request.account, query(request.query))),
  );
};
