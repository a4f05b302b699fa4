// The promotions of the account over HTTP — the same documents as `clearway promo … --json`:
// - POST /api/v1/promotions/check (body: one proposed promotion, the fields of the promotions CSV):
//   checked as of its start (DEC-3); 200 even when it fails (`ok` false, `errors` listed).
// - POST /api/v1/promotions[?force=true]: checked, then recorded as a planned fact; 422 with the check
//   (nothing stored) when it has errors and is not forced.
// - GET /api/v1/promotions?sku=&asin=&from=&to=&at=: promotions with their status at `at`.
// - GET /api/v1/promotions/guard/:asin?from=&to=: PQ-4 loss guard.
// A malformed proposal → 400 naming every wrong field (the body is checked by app/proposal.ts, not by
// the route's validator, so the answer names fields the way the CLI does); unknown SKU/ASIN → 404.
import type { FastifyRouteSchemaDef, FastifyValidationResult } from 'fastify/types/schema.js';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { guardAsin } from '../../app/loss-guard.js';
import { AddDoc, CheckDoc, GuardDoc, PromotionListDoc } from '../../app/pricing-documents.js';
import { addProposal, checkProposal, listPromotions } from '../../app/promotions.js';
import { ProposalInput } from '../../app/proposal.js';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { answer, MarketplaceQuery, PricingErrorBody, sendAppError, WhenQuery } from '../pricing-errors.js';

/** Validates params and query with zod, and passes the body through to app/proposal.ts. */
function bodyPassThrough<S>(route: FastifyRouteSchemaDef<S>): FastifyValidationResult {
  if (route.httpPart === 'body') return (data: unknown) => ({ value: data });
  return validatorCompiler(route as unknown as FastifyRouteSchemaDef<z.ZodType>);
}

const ProposalQuery = z.object({ marketplace: MarketplaceQuery });
const AddQuery = z.object({
  marketplace: MarketplaceQuery,
  force: z.enum(['true', 'false']).optional().describe('Record it even when the check finds errors'),
});
const ListQuery = z.object({
  marketplace: MarketplaceQuery,
  sku: z.string().min(1).optional(),
  asin: z.string().min(1).optional(),
  from: WhenQuery.describe('Promotions ending at or after it'),
  to: WhenQuery.describe('Promotions starting at or before it'),
  at: WhenQuery.describe('Statuses are relative to it; default now'),
});
const GuardParams = z.object({ asin: z.string().min(1).describe('The ASIN') });
const GuardQuery = z.object({
  marketplace: MarketplaceQuery,
  from: WhenQuery.describe('Start of the range; default now'),
  to: WhenQuery.describe('End of the range; default 30 days after `from`'),
  at: WhenQuery,
});

export const promotionsRoutes: ApiRoutes = async (api, { store }) => {
  api.post(
    '/promotions/check',
    {
      schema: {
        summary: 'Check a proposed promotion as of its start (PM-1..PM-10)',
        tags: ['promotions'],
        security: KEY_SECURITY,
        querystring: ProposalQuery,
        body: ProposalInput,
        response: { 200: CheckDoc, 400: PricingErrorBody, 401: PricingErrorBody, 404: PricingErrorBody },
      },
      validatorCompiler: bodyPassThrough,
    },
    async (request, reply) => {
      const options = { marketplace: request.query.marketplace ?? null, source: null };
      return answer(reply, async () => (await checkProposal(store, request.account, request.body, options)).document);
    },
  );

  api.post(
    '/promotions',
    {
      schema: {
        summary: 'Check a promotion and record it as a planned fact (refused with errors unless force)',
        tags: ['promotions'],
        security: KEY_SECURITY,
        querystring: AddQuery,
        body: ProposalInput,
        response: {
          200: AddDoc,
          400: PricingErrorBody,
          401: PricingErrorBody,
          404: PricingErrorBody,
          422: AddDoc.describe('Refused: the check found errors; nothing was stored'),
        },
      },
      validatorCompiler: bodyPassThrough,
    },
    async (request, reply) => {
      const { marketplace, force } = request.query;
      try {
        const result = await addProposal(store, request.account, request.body, {
          marketplace: marketplace ?? null,
          source: 'api',
          force: force === 'true',
          at: null,
        });
        return reply.code(result.refused ? 422 : 200).send(result.document);
      } catch (error) {
        if (sendAppError(reply, error)) return reply;
        throw error;
      }
    },
  );

  api.get(
    '/promotions',
    {
      schema: {
        summary: 'Promotions of the account with their status (planned, live, ended)',
        tags: ['promotions'],
        security: KEY_SECURITY,
        querystring: ListQuery,
        response: { 200: PromotionListDoc, 400: PricingErrorBody, 401: PricingErrorBody, 404: PricingErrorBody },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answer(reply, () =>
        listPromotions(store, request.account, {
          marketplace: q.marketplace ?? null,
          sku: q.sku ?? null,
          asin: q.asin ?? null,
          from: q.from ?? null,
          to: q.to ?? null,
          at: q.at ?? null,
        }),
      );
    },
  );

  api.get(
    '/promotions/guard/:asin',
    {
      schema: {
        summary: 'Loss guard (PQ-4): buyers and code combinations paying at or under a floor',
        tags: ['promotions'],
        security: KEY_SECURITY,
        params: GuardParams,
        querystring: GuardQuery,
        response: { 200: GuardDoc, 400: PricingErrorBody, 401: PricingErrorBody, 404: PricingErrorBody },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answer(reply, () =>
        guardAsin(store, request.account, request.params.asin, {
          marketplace: q.marketplace ?? null,
          from: q.from ?? null,
          to: q.to ?? null,
          at: q.at ?? null,
        }),
      );
    },
  );
};
