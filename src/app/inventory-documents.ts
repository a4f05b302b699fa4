// The JSON documents of `clearway excess` and `clearway replenish` (CONTRACT.md "Answers"), as zod
// schemas: the CLI prints them with --json and the HTTP API returns them (and publishes them in its
// OpenAPI document). Money is a decimal string beside `currency`; instants are ISO-8601 with the
// marketplace offset. Fields beyond CONTRACT.md are additions, documented here.
import { z } from 'zod';
import { MARKETPLACES } from '../core/catalog/marketplace.js';
import { BANDS } from '../core/inventory-health/stock-to-sales.js';
import { CURRENCIES } from '../core/money/money.js';
import { REPLENISH_ALERTS } from '../core/replenishment/replenish.js';
import { IsoInstant, IssueDoc, Money } from './pricing-documents.js';

const Count = z.number().int();
const Marketplace = z.enum(MARKETPLACES);

export const InboundDoc = z.object({
  working: Count,
  shipped: Count,
  receiving: Count.describe('Shipped, ETA reached, not received yet'),
  total: Count,
  source: z.enum(['shipments', 'inventory_snapshot', 'none']),
});

export const HoldingCostDoc = z.object({
  days: Count,
  total: Money.nullable().describe('null: no fee data (GEN-3), unknown unit volume or unknown ages'),
  storage: Money.nullable(),
  agedSurcharge: Money.nullable(),
  noFeeData: z.boolean(),
  basis: z.string(),
  byMonth: z.array(
    z.object({
      month: z.string().describe('YYYY-MM'),
      storage: Money.nullable(),
      agedSurcharge: Money.nullable(),
      avgUnits: z.number(),
      days: Count,
      peak: z.boolean(),
    }),
  ),
});

export const ExcessRowDoc = z.object({
  sku: z.string(),
  asin: z.string().nullable(),
  marketplace: Marketplace,
  currency: z.enum(CURRENCIES),
  onHand: Count,
  inbound: Count,
  unitsSold30d: Count,
  stockToSalesRatio: z
    .number()
    .nullable()
    .describe(
      '(on-hand + inbound) ÷ units sold in 30 days, 2 decimals; null when infinite (see ratioInfinite) or no stock and no sales',
    ),
  ratioInfinite: z.boolean().describe('Stock and no sales: the ratio is ∞ (EXC-1), shown as null'),
  band: z.enum(BANDS),
  ageBuckets: z
    .object({
      '0-90': Count.nullable(),
      '91-180': Count.nullable(),
      '181-270': Count.nullable(),
      '271-365': Count.nullable(),
      '365+': Count.nullable(),
    })
    .describe('Units by age in whole local days (DEC-1); null when ages are unknown'),
  holdingCost30d: Money.nullable(),
  holdingCost90d: Money.nullable(),
  outlet: z.object({
    eligible: z.boolean().nullable().describe('null: Outlet eligibility not evaluated (no product of the SKU)'),
    failed: z.array(z.string()),
    maxDealPrice: Money.nullable(),
  }),
  recommendation: z.object({
    action: z
      .string()
      .describe('none, replenish, outlet, lightning_deal, best_deal_coupon, woot (baseline) or a plan action'),
    price: Money.nullable(),
    expectedUnits: Count,
    netCash: Money.nullable(),
    source: z.enum(['baseline', 'plan']),
    why: z.array(IssueDoc),
  }),
  excessUnits: Count.describe('on-hand + inbound above the healthy cover'),
  healthyCoverUnits: Count,
  coverDays: Count,
  coverDaysSource: z.enum(['rule_set', 'option']),
  inboundDetail: InboundDoc,
  onHandSource: z.enum(['lots', 'inventory_snapshot', 'none']),
  snapshotAt: IsoInstant.nullable(),
  ageSource: z.enum(['lots', 'amazon_planning', 'none']),
  agedUnits: z.object({ overExcessAge: Count.nullable(), overAgedStorage: Count.nullable() }),
  holdingCosts: z.array(HoldingCostDoc),
  currentPrice: Money.nullable(),
  amazonRecommendation: z
    .object({
      action: z.string().nullable(),
      salesPrice: Money.nullable(),
      excessQuantity: Count.nullable(),
      saleDurationDays: z.number().nullable(),
      removalQuantity: Count.nullable(),
      at: IsoInstant,
    })
    .nullable()
    .describe("Amazon's own recommendation from the latest FBA Inventory planning row"),
  why: z.array(IssueDoc),
});
export type ExcessRowDoc = z.infer<typeof ExcessRowDoc>;

export const ExcessDoc = z.object({
  asOf: IsoInstant,
  marketplace: Marketplace.nullable(),
  coverDays: Count.nullable().describe('--cover-days, or null (each rule set’s excessHealthyCoverDays)'),
  rows: z.array(ExcessRowDoc),
});
export type ExcessDoc = z.infer<typeof ExcessDoc>;

export const ReplenishRowDoc = z.object({
  sku: z.string(),
  asin: z.string().nullable(),
  marketplace: Marketplace,
  weightedDailySales: z.number(),
  daysOfSupply: z.number().nullable().describe('1 decimal; null when nothing sells'),
  leadTimeDays: z.number().nullable(),
  reorderQty: Count,
  alert: z.boolean().describe('RPL-3: days of supply below the lead time (not while a seasonal cut holds)'),
  daysOfSupplyInfinite: z.boolean(),
  onHand: Count,
  onHandSource: z.enum(['lots', 'inventory_snapshot', 'none']),
  inbound: InboundDoc,
  coverDays: Count,
  reorderQtyBeforeRounding: Count,
  rounding: z.object({
    casePack: Count.nullable(),
    minOrderQty: Count.nullable(),
    raisedToMinimum: z.boolean(),
    roundedToCasePack: z.boolean(),
  }),
  firstShipment: z.object({ min: Count, max: Count, demandUnits: Count }).nullable(),
  alerts: z.array(z.enum(REPLENISH_ALERTS)),
  stale: z.boolean(),
  stockDataAt: IsoInstant.nullable(),
  stockDataAgeDays: Count.nullable(),
  seasonal: z
    .object({
      source: z.enum(['sales_history', 'amazon_planning']),
      seasonStart: z.string(),
      seasonEnd: z.string(),
      peakStart: z.string(),
      cutStockingFrom: z.string(),
      clearanceFrom: z.string(),
      phase: z.enum(['normal', 'cut_stocking', 'clearance']),
      peakMonth: Count.nullable(),
      seasonMonths: z.array(Count),
      note: z.string(),
      noteZh: z.string(),
    })
    .nullable(),
  lowInventoryFee: z.object({
    status: z.enum(['at_risk', 'ok', 'exempt', 'no_fee_data']),
    historicalDaysOfSupply: z.array(z.object({ windowDays: Count, days: z.number().nullable() })),
    unitsShippedInExemptWindow: Count.nullable(),
    feePerUnit: Money.nullable(),
    approximate: z.boolean(),
  }),
  amazonRecommendation: z
    .object({
      quantity: Count.nullable(),
      shipDay: z.string().nullable(),
      alert: z.string().nullable(),
      action: z.string().nullable(),
      at: IsoInstant,
    })
    .nullable()
    .describe("Amazon's Restock Inventory recommendation, when imported"),
  currency: z.enum(CURRENCIES),
  why: z.array(IssueDoc),
});
export type ReplenishRowDoc = z.infer<typeof ReplenishRowDoc>;

export const ReplenishDoc = z.object({
  asOf: IsoInstant,
  marketplace: Marketplace.nullable(),
  coverDays: Count.nullable().describe('--cover-days, or null (each rule set’s reorderCoverDefaultDays)'),
  rows: z.array(ReplenishRowDoc),
});
export type ReplenishDoc = z.infer<typeof ReplenishDoc>;
