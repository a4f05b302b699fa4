// The JSON documents of the dashboard's account-wide answers (issue 8), as zod schemas the HTTP API
// returns and publishes in its OpenAPI document:
// - AtRiskDoc: GET /api/v1/promotions/at-risk — PQ-4 loss guard and the promotion checks (PM-1..PM-10)
//   over every live and planned promotion of the account, money at risk per currency;
// - ExcessHistoryDoc: GET /api/v1/excess/{sku}/history — EXC-1 stock-to-sales of one SKU as of points
//   in time (DEC-4 band at each);
// - ExcessListDoc: GET /api/v1/excess?view=list — the excess table's columns only (the default answer
//   is CONTRACT.md's ExcessDoc, unchanged);
// - TopPlansDoc: GET /api/v1/plans/top — the clearance plans of the top-N excess SKUs by holding cost.
// Money is a decimal string beside `currency`; instants are ISO-8601 with the marketplace offset.
import { z } from 'zod';
import { PROMOTION_KINDS } from '../core/catalog/facts.js';
import { MARKETPLACES } from '../core/catalog/marketplace.js';
import { BANDS } from '../core/inventory-health/stock-to-sales.js';
import { CURRENCIES } from '../core/money/money.js';
import { PlanDoc } from './plan-documents.js';
import { BuyerDoc, IsoInstant, IssueDoc, Money } from './pricing-documents.js';

const Count = z.number().int();
const Marketplace = z.enum(MARKETPLACES);
const Currency = z.enum(CURRENCIES);

// ---- promotions at risk --------------------------------------------------------------------------

export const AtRiskSkuDoc = z.object({
  sku: z.string(),
  costFloor: Money.nullable().describe('PQ-3 cost floor of the product version in force at `from`'),
  minPrice: Money.nullable().describe('PM-8 minimum price'),
  findings: Count.describe('PQ-4 findings: buyer context × code combination × segment at or under a floor'),
  breaches: z.array(z.enum(['zero', 'cost_floor', 'min_price'])),
  worstNetUnitPrice: Money.nullable().describe('The lowest net price a buyer can pay in the range'),
  worstBuyer: BuyerDoc.nullable(),
  worstStack: z.array(z.string()).describe('Promotion ids of the worst net price: direct price, then add-ons'),
  worstAt: IsoInstant.nullable().describe('Start of the segment where the worst net price is live'),
  shortfallPerUnit: Money.describe('The worst net price’s distance under the floor it breaches, per unit'),
  expectedUnits: Count.describe('Units expected to sell during the worst stack’s promotions (check fee estimate)'),
  atRisk: Money.describe('shortfallPerUnit × expectedUnits: the worst case if every expected unit sold at it'),
});

export const AtRiskPromotionDoc = z.object({
  id: z.string(),
  sku: z.string(),
  kind: z.enum(PROMOTION_KINDS),
  status: z.enum(['planned', 'live']),
  start: IsoInstant,
  end: IsoInstant,
  ok: z.boolean().describe('False: the promotion check (as of its start, DEC-3) finds errors'),
  rules: z.array(z.string()).describe('RULEBOOK IDs of its errors, e.g. PM-3'),
  errors: z.array(IssueDoc),
  inLossStack: z.boolean().describe('Part of a stack the loss guard found at or under a floor (PQ-4)'),
  expectedUnits: Count,
});

export const AtRiskItemDoc = z.object({
  asin: z.string(),
  marketplace: Marketplace,
  currency: Currency,
  from: IsoInstant,
  to: IsoInstant,
  ok: z.boolean().describe('True when no SKU of the ASIN breaches a floor and every promotion passes its check'),
  atRisk: Money.describe('Sum of its SKUs’ atRisk'),
  shortfallPerUnit: Money.describe('Sum of its SKUs’ shortfallPerUnit'),
  skus: z.array(AtRiskSkuDoc).describe('SKUs with loss-guard findings'),
  promotions: z.array(AtRiskPromotionDoc).describe('Promotions failing their check or part of a losing stack'),
});

export const AtRiskDoc = z
  .object({
    at: z.string().describe('Statuses (live, planned) are relative to it'),
    marketplace: Marketplace.nullable(),
    from: z.string().describe('As asked (a day is local midnight of each marketplace), or the instant used'),
    to: z.string(),
    asinsChecked: Count,
    promotionsChecked: Count,
    totals: z.array(
      z.object({
        currency: Currency,
        marketplaces: z.array(Marketplace),
        atRisk: Money,
        shortfallPerUnit: Money,
        asins: Count.describe('ASINs with a breach or a failing promotion'),
        failingPromotions: Count,
      }),
    ),
    items: z.array(AtRiskItemDoc).describe('ASINs with a problem, most money at risk first (per currency)'),
  })
  .describe('Money at risk from the account’s live and planned promotions (PQ-4, PM-1..PM-10)');
export type AtRiskDoc = z.infer<typeof AtRiskDoc>;
export type AtRiskItemDoc = z.infer<typeof AtRiskItemDoc>;

// ---- stock-to-sales history ----------------------------------------------------------------------

export const ExcessHistoryDoc = z
  .object({
    sku: z.string(),
    asin: z.string().nullable(),
    marketplace: Marketplace,
    from: IsoInstant,
    to: IsoInstant,
    stepDays: Count,
    points: z.array(
      z.object({
        at: IsoInstant,
        day: z.string().describe('YYYY-MM-DD, local day of the marketplace'),
        onHand: Count,
        inbound: Count,
        unitsSold30d: Count,
        stockToSalesRatio: z.number().nullable().describe('As in the excess answer: null when ∞ or 0/0'),
        ratioInfinite: z.boolean(),
        band: z.enum(BANDS),
        excessUnits: Count,
      }),
    ),
  })
  .describe('EXC-1 stock-to-sales of a SKU as of each point, oldest first (DEC-4 band at each)');
export type ExcessHistoryDoc = z.infer<typeof ExcessHistoryDoc>;

// ---- the excess table's columns ------------------------------------------------------------------

export const ExcessListRowDoc = z.object({
  sku: z.string(),
  asin: z.string().nullable(),
  marketplace: Marketplace,
  currency: Currency,
  onHand: Count,
  inbound: Count,
  unitsSold30d: Count,
  stockToSalesRatio: z.number().nullable(),
  ratioInfinite: z.boolean(),
  band: z.enum(BANDS),
  ageBuckets: z.object({
    '0-90': Count.nullable(),
    '91-180': Count.nullable(),
    '181-270': Count.nullable(),
    '271-365': Count.nullable(),
    '365+': Count.nullable(),
  }),
  holdingCost30d: Money.nullable(),
  holdingCost90d: Money.nullable(),
  excessUnits: Count,
  currentPrice: Money.nullable(),
  recommendation: z.object({ action: z.string(), netCash: Money.nullable() }),
});
export type ExcessListRowDoc = z.infer<typeof ExcessListRowDoc>;

export const ExcessListDoc = z
  .object({
    view: z.literal('list'),
    asOf: IsoInstant,
    marketplace: Marketplace.nullable(),
    coverDays: Count.nullable(),
    rows: z.array(ExcessListRowDoc),
  })
  .describe('`view=list`: the rows of the excess answer with the table’s columns only');
export type ExcessListDoc = z.infer<typeof ExcessListDoc>;

// ---- top plans -----------------------------------------------------------------------------------

export const TopPlansDoc = z
  .object({
    asOf: z.string(),
    limit: Count,
    excessSkus: Count.describe('SKUs in moderate or heavy excess (DEC-4): the candidates'),
    ranking: z
      .literal('holdingCost90d')
      .describe('Moderate or heavy excess SKUs by projected 90-day holding cost, per currency, in turn'),
    items: z.array(
      z.object({
        sku: z.string(),
        marketplace: Marketplace,
        currency: Currency,
        band: z.enum(BANDS),
        excessUnits: Count,
        holdingCost90d: Money.nullable(),
        gain: Money.nullable().describe('Plan net cash − doing nothing’s net cash; null without a plan'),
        plan: PlanDoc.nullable().describe('null: the SKU could not be planned'),
      }),
    ),
  })
  .describe('Clearance plans of the top-N excess SKUs by projected 90-day holding cost');
export type TopPlansDoc = z.infer<typeof TopPlansDoc>;
