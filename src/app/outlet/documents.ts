// The JSON documents of the Outlet answers (CONTRACT.md `clearway outlet …`, `clearway tick`,
// `clearway pricing-rule …`) as zod schemas: the CLI prints them with --json and the HTTP API returns
// them (and publishes them in its OpenAPI document), so both give the same document. Money is a
// decimal string beside `currency`; instants ISO-8601 with the marketplace's offset. Fields beyond
// CONTRACT.md (`marketplace`, `currency`, `reviewDeadline`, `ok`, `errors`, `warnings`, …) are additions.
import { z } from 'zod';
import { OUTLET_ACTORS, OUTLET_EVENT_TYPES, OUTLET_KINDS } from '../../core/catalog/facts.js';
import { MARKETPLACES } from '../../core/catalog/marketplace.js';
import { CURRENCIES } from '../../core/money/money.js';
import { DEAL_STATUSES } from '../../core/outlet/index.js';
import { IsoInstant, IssueDoc, Money } from '../pricing-documents.js';

const Marketplace = z.enum(MARKETPLACES);
const Currency = z.enum(CURRENCIES);

/** Why a deal was not approved, removed or cancelled (OUT-7..OUT-10). */
export const ReasonDoc = z.object({
  code: z.string().describe('Stable code, e.g. PRICING_RULE_BLOCKED; OUTLET_REVIEW_OPERATOR for a reviewer’s words'),
  rule: z.string().describe('RULEBOOK rule ID'),
  message: z.string(),
  messageZh: z.string(),
});
export type ReasonDoc = z.infer<typeof ReasonDoc>;

export const DealDoc = z.object({
  id: z.string().describe('Deal id, e.g. OD-MUG-BLUE-20260304-1'),
  sku: z.string(),
  asin: z.string(),
  marketplace: Marketplace,
  currency: Currency,
  kind: z.enum(OUTLET_KINDS).describe('OUT-5: outlet_deal (≥ 30% off) or outlet_sale (20% to under 30%)'),
  dealPrice: Money,
  status: z.enum(DEAL_STATUSES),
  submittedAt: IsoInstant,
  reviewDeadline: IsoInstant.describe('OUT-6: reviewed automatically here unless an operator decided before'),
  start: IsoInstant.nullable().describe('Actual start, else the scheduled one; null when it never started'),
  end: IsoInstant.nullable().describe('Actual end, else the scheduled one; null when it never started'),
  reasons: z.array(ReasonDoc),
  flaggedAccount: z.boolean().describe('OUT-9/OUT-10: this deal’s seller-caused cancellation marked the account'),
});
export type DealDoc = z.infer<typeof DealDoc>;

/** An accepted action: the deal as it is now, with any warnings (OUT-9 pricing rule, OUT-5 sale). */
export const DealAcceptedDoc = DealDoc.extend({
  ok: z.literal(true),
  errors: z.array(IssueDoc).describe('Always empty'),
  warnings: z.array(IssueDoc),
});
/** A refused action (exit 4 / HTTP 422): every error, and the deal unchanged (null for a submission). */
export const DealRefusedDoc = z.object({
  ok: z.literal(false),
  sku: z.string(),
  asin: z.string(),
  marketplace: Marketplace,
  currency: Currency,
  maxDealPrice: Money.nullable().describe('OUT-4 at the instant'),
  errors: z.array(IssueDoc),
  warnings: z.array(IssueDoc),
  deal: DealDoc.nullable(),
});
export const DealActionDoc = z.union([DealAcceptedDoc, DealRefusedDoc]);
export type DealActionDoc = z.infer<typeof DealActionDoc>;

/** CONTRACT `outlet check`: every OUT-1/OUT-2 criterion with its value and verdict, and OUT-4. */
export const OutletCheckDoc = z.object({
  sku: z.string(),
  asin: z.string(),
  marketplace: Marketplace,
  at: IsoInstant,
  currency: Currency,
  eligible: z.boolean(),
  failed: z.array(z.string()).describe('Codes of the failed criteria'),
  criteria: z.array(
    z.object({
      code: z.string(),
      rule: z.string(),
      value: z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]),
      ok: z.boolean(),
      message: z.string(),
      messageZh: z.string(),
    }),
  ),
  maxDealPrice: Money.nullable(),
  currentPrice: Money.nullable(),
  lowestNewOffer: Money.nullable().describe('Lowest new-condition offer of any seller, own current price included'),
  onHand: z.number().int(),
  agedUnits: z.number().int().describe('Units at least 90 days in fulfilment centres (OUT-2a)'),
});
export type OutletCheckDoc = z.infer<typeof OutletCheckDoc>;

export const RecommendationDoc = z.object({
  sku: z.string(),
  asin: z.string(),
  marketplace: Marketplace,
  currency: Currency,
  currentPrice: Money,
  maxDealPrice: Money,
  suggested: z.object({ kind: z.enum(OUTLET_KINDS), discountPct: z.number(), price: Money }),
  because: z.array(IssueDoc).describe('OUT-3: the rule(s) used'),
  stockToSalesRatio: z.number().nullable().describe('EXC-1 (2 decimals); null when nothing sold in 30 days'),
  onHand: z.number().int(),
  inbound: z.number().int(),
  unitsSold30d: z.number().int(),
  agedUnits: z.number().int().describe('Units aged more than the OUT-3 days'),
  advice: z.array(IssueDoc).describe('OUT-13'),
});
export const RecommendationsDoc = z.object({
  at: IsoInstant,
  suppressed: IssueDoc.nullable().describe('OUT-9: why the account gets no recommendations'),
  recommendations: z.array(RecommendationDoc),
});
export type RecommendationsDoc = z.infer<typeof RecommendationsDoc>;

/** OUT-12 Outlet Deals report. */
export const OutletReportDoc = z.object({
  at: IsoInstant,
  deals: z.array(
    DealDoc.extend({
      unitsDuringRun: z.number().int(),
      salesDuringRun: Money.describe('Paid by buyers during the run: unit price × units less promotion discounts'),
    }),
  ),
});
export type OutletReportDoc = z.infer<typeof OutletReportDoc>;

/** `clearway tick`: what it applied (each transition dated when it became due). */
export const TickDoc = z.object({
  at: IsoInstant,
  transitions: z.array(
    z.object({
      dealId: z.string(),
      sku: z.string(),
      asin: z.string(),
      marketplace: Marketplace,
      event: z.enum(OUTLET_EVENT_TYPES),
      at: IsoInstant,
      status: z.enum(DEAL_STATUSES).describe('The deal’s status after the event'),
      actor: z.enum(OUTLET_ACTORS),
      reasons: z.array(ReasonDoc),
    }),
  ),
  priceChanges: z.array(
    z.object({
      sku: z.string(),
      marketplace: Marketplace,
      at: IsoInstant,
      price: Money,
      currency: Currency,
      dealId: z.string().describe('OUT-9: the automatic price of this deal'),
    }),
  ),
});
export type TickDoc = z.infer<typeof TickDoc>;

/** `clearway pricing-rule create|pause|resume|delete` (OUT-9). */
export const PricingRuleDoc = z.object({
  ok: z.boolean(),
  errors: z.array(IssueDoc),
  warnings: z.array(IssueDoc).describe('OUT-9: open Outlet deals whose price the rule would block'),
  rule: z
    .object({
      ruleId: z.string(),
      sku: z.string(),
      marketplace: Marketplace,
      currency: Currency,
      status: z.enum(['active', 'paused', 'deleted']),
      minPrice: Money.nullable(),
      maxPrice: Money.nullable(),
      since: IsoInstant,
    })
    .nullable(),
});
export type PricingRuleDoc = z.infer<typeof PricingRuleDoc>;
