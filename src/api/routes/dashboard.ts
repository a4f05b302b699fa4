// The dashboard's account-wide answers (issue 8), each one call instead of many:
// - GET /api/v1/promotions/at-risk?from=&to=&at=&marketplace=: PQ-4 loss guard and promotion checks
//   over every live and planned promotion, money at risk per currency (app/pricing-at-risk.ts);
// - GET /api/v1/excess/:sku/history?marketplace=&from=&to=&step=: EXC-1 stock-to-sales of a SKU as of
//   points `step` days apart (app/excess-history.ts);
// - GET /api/v1/plans/top?limit=&at=&marketplace=&horizon=: the clearance plans of the top-N excess SKUs
//   by holding cost (app/top-plans.ts).
// Unknown SKU (another account's included) → 404, bad option → 400.
import { z } from 'zod';
import { AtRiskDoc, ExcessHistoryDoc, TopPlansDoc } from '../../app/dashboard-documents.js';
import { excessHistory } from '../../app/excess-history.js';
import { promotionsAtRisk } from '../../app/pricing-at-risk.js';
import { topPlans } from '../../app/top-plans.js';
import { MARKETPLACES } from '../../core/catalog/marketplace.js';
import { KEY_SECURITY, type ApiRoutes } from '../context.js';
import { answer, MarketplaceQuery, PricingErrorBody, WhenQuery } from '../pricing-errors.js';

const AllMarketplaces = z.enum(MARKETPLACES).optional().describe('Only this marketplace (default: all)');
const AtRiskQuery = z.object({
  marketplace: AllMarketplaces,
  from: WhenQuery.describe('Start of the range; default `at`'),
  to: WhenQuery.describe('End of the range; default 30 days after `from`'),
  at: WhenQuery.describe('Statuses (live, planned) are relative to it; default now'),
});
const HistoryParams = z.object({ sku: z.string().min(1).describe('The seller SKU') });
const HistoryQuery = z.object({
  marketplace: MarketplaceQuery,
  from: WhenQuery.describe('First point at or after it; default `to` − 84 days'),
  to: WhenQuery.describe('Last point; default now'),
  step: z.string().optional().describe('Days between points, 1–92 (default 7: weekly)'),
});
const TopQuery = z.object({
  limit: z.string().optional().describe('SKUs to plan, 1–50 (default 10)'),
  at: WhenQuery,
  marketplace: AllMarketplaces,
  horizon: z.string().optional().describe('Planning horizon in days, 7–365 (default 90)'),
});

export const dashboardRoutes: ApiRoutes = async (api, { store }) => {
  api.get(
    '/promotions/at-risk',
    {
      schema: {
        summary: 'Money at risk from every live and planned promotion: loss guard (PQ-4) and checks (PM-1..PM-10)',
        tags: ['promotions'],
        security: KEY_SECURITY,
        querystring: AtRiskQuery,
        response: { 200: AtRiskDoc, 400: PricingErrorBody, 401: PricingErrorBody },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answer(reply, () =>
        promotionsAtRisk(store, request.account, {
          marketplace: q.marketplace ?? null,
          from: q.from ?? null,
          to: q.to ?? null,
          at: q.at ?? null,
        }),
      );
    },
  );

  api.get(
    '/excess/:sku/history',
    {
      schema: {
        summary: 'Stock-to-sales of a SKU over time (EXC-1): on-hand, units sold 30d, ratio and band per point',
        tags: ['inventory'],
        security: KEY_SECURITY,
        params: HistoryParams,
        querystring: HistoryQuery,
        response: { 200: ExcessHistoryDoc, 400: PricingErrorBody, 401: PricingErrorBody, 404: PricingErrorBody },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answer(reply, () =>
        excessHistory(store, request.account, request.params.sku, {
          marketplace: q.marketplace ?? null,
          from: q.from ?? null,
          to: q.to ?? null,
          step: q.step ?? null,
        }),
      );
    },
  );

  api.get(
    '/plans/top',
    {
      schema: {
        summary: 'Clearance plans of the top-N excess SKUs by projected 90-day holding cost (fast `plan --all`)',
        tags: ['clearance'],
        security: KEY_SECURITY,
        querystring: TopQuery,
        response: { 200: TopPlansDoc, 400: PricingErrorBody, 401: PricingErrorBody },
      },
    },
    async (request, reply) => {
      const q = request.query;
      return answer(reply, () =>
        topPlans(store, request.account, {
          marketplace: q.marketplace ?? null,
          at: q.at ?? null,
          limit: q.limit ?? null,
          horizon: q.horizon ?? null,
        }),
      );
    },
  );
};
