// The JSON documents of `clearway plan SKU` / `plan --all` and GET /api/v1/plan (CONTRACT.md: `{ sku,
// actions: [ {action, start, end, price, expectedUnits, fees, netCash} ], alternatives: [ … ],
// holdingCostIfNothing }`, `{ plans: [ … ] }`), as zod schemas: the CLI prints them with --json, the
// HTTP API returns them and publishes them in its OpenAPI document. Fields beyond CONTRACT.md are
// additions. Money is a decimal string beside `currency`; instants ISO-8601 with the marketplace offset.
import { z } from 'zod';
import { AUDIENCES, PROMOTION_KINDS } from '../core/catalog/facts.js';
import { MARKETPLACES } from '../core/catalog/marketplace.js';
import { ACTION_KINDS } from '../core/clearance/types.js';
import { CURRENCIES } from '../core/money/money.js';
import { IsoInstant, IssueDoc, Money } from './pricing-documents.js';

export const PlannedPromotionDoc = z
  .object({
    id: z.string(),
    kind: z.enum(PROMOTION_KINDS),
    start: IsoInstant,
    end: IsoInstant,
    price: Money.nullable(),
    discount_pct: z.number().nullable(),
    audience: z.enum(AUDIENCES),
    min_qty: z.number().int().nullable(),
  })
  .describe('A promotion the action submits (the fields of the promotions CSV, for `promo add`)');

export const PlanActionDoc = z.object({
  action: z.enum(ACTION_KINDS),
  start: IsoInstant,
  end: IsoInstant,
  price: Money.nullable().describe("What a buyer pays on the action's terms (a disposal: proceeds per unit)"),
  discountPct: z.number().nullable().describe('Discount off the regular price, % (30 = 30%)'),
  expectedUnits: z.number().int(),
  revenue: Money,
  fees: Money.describe('All fees of the action: referral + fulfilment + promotion/program + disposal'),
  feeBreakdown: z.object({ referral: Money, fulfilment: Money, promotion: Money, disposal: Money }),
  netCash: Money.describe('What the action brings back: sales on its terms less its fees'),
  promotions: z.array(PlannedPromotionDoc),
  warnings: z.array(IssueDoc).describe('Warnings of checkPromotion as of the start'),
  explanation: z.array(IssueDoc),
});
export type PlanActionDoc = z.infer<typeof PlanActionDoc>;

export const PlanOptionDoc = z.object({
  label: z.enum(['plan', 'runner_up', 'do_nothing', 'rule_of_thumb']),
  actions: z.array(PlanActionDoc),
  netCash: Money.describe('Net cash over the horizon: sales less fees less holding cost plus what is left'),
  unitsSold: z.number().int(),
  regularUnits: z.number().int().describe('Units sold at the regular price outside the actions'),
  regularCash: Money,
  holdingCost: Money.nullable().describe('EXC-2 holding cost over the horizon (null: no fee data)'),
  unitsLeft: z.number().int(),
  residualValue: Money.describe("Units left at the horizon's end, at what liquidation would bring back"),
  explanation: z.array(IssueDoc),
});
export type PlanOptionDoc = z.infer<typeof PlanOptionDoc>;

export const RejectedDoc = z.object({
  action: z.enum(ACTION_KINDS),
  count: z.number().int().describe('Candidates (starts and price levels) rejected for these rules'),
  firstStart: IsoInstant.nullable(),
  rules: z.array(z.string()),
  codes: z.array(z.string()),
  issues: z.array(IssueDoc).describe('The issues of the first such candidate'),
});

export const PlanDoc = z
  .object({
    sku: z.string(),
    asin: z.string(),
    marketplace: z.enum(MARKETPLACES),
    currency: z.enum(CURRENCIES),
    asOf: IsoInstant,
    horizonDays: z.number().int(),
    firstDay: z.string().describe("YYYY-MM-DD: the plan's first local day"),
    onHand: z.number().int(),
    inbound: z.number().int(),
    regularPrice: Money.nullable(),
    baselineDaily: z.number().describe('Stockout-adjusted RPL-1 baseline, units per day'),
    actions: z.array(PlanActionDoc).describe('The plan: the sequence that brings back the most cash (EXC-8)'),
    netCash: Money,
    holdingCost: Money.nullable(),
    unitsSold: z.number().int(),
    unitsLeft: z.number().int(),
    alternatives: z.array(PlanOptionDoc).describe('Runners-up, best first'),
    doNothing: PlanOptionDoc,
    ruleOfThumb: PlanOptionDoc.nullable().describe('EXC-3 mapping alone, for comparison'),
    holdingCostIfNothing: Money.nullable(),
    rejected: z.array(RejectedDoc),
    searched: z.object({ candidates: z.number().int(), plansEvaluated: z.number().int(), grid: z.string() }),
    noFeeData: z.array(z.string()),
    explanation: z.array(IssueDoc),
    demand: z.array(IssueDoc).describe('How demand was estimated'),
  })
  .describe('The clearance plan of one SKU (EXC-3..EXC-9)');
export type PlanDoc = z.infer<typeof PlanDoc>;

export const PlanAllDoc = z.object({ asOf: IsoInstant.nullable(), plans: z.array(PlanDoc) });
export type PlanAllDoc = z.infer<typeof PlanAllDoc>;
