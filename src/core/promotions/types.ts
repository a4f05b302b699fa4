// The shapes of a promotion check (RULEBOOK PM-1..PM-10, GEN-4; CONTRACT.md `clearway promo check`).
// Money is integer minor units here; the app layer formats it to decimal strings.
import type { Instant, Minor, OfferFact, ProductFact, PromotionFact, PromotionKind } from '../catalog/facts.js';
import type { RuleIssue } from '../messages/messages.js';
import type { Currency } from '../money/money.js';
import type { AsinFacts } from '../reference-prices/asin-facts.js';
import type { Lowest30DayNetPrice } from '../reference-prices/lowest-net-price.js';
import type { ReferencePrices } from '../reference-prices/reference-prices.js';
import type { RuleSet } from '../rules/schema.js';

export type { AsinFacts, Lowest30DayNetPrice, ReferencePrices };

export interface CheckContext {
  /** The ASIN's facts (all its SKUs, planned facts included) as of the check. */
  readonly facts: AsinFacts;
  /** The rule set in force at the proposal's start (DEC-3, GEN-3). */
  readonly ruleSet: RuleSet;
  /** The version of the proposal's SKU in force at its start. */
  readonly product: ProductFact;
  /** Expected units per day for the fee estimate; RPL-1 weighted daily sales when absent. */
  readonly expectedDailyUnits?: number;
  /** Offers seen on the ASIN (OUT-4: lowest new-condition offer); the own price counts anyway. */
  readonly offers?: readonly OfferFact[];
  /** The rule set in force at another instant (PM-10 checks planned promotions as of their own
   *  start); defaults to rules.ts ruleSetFor. */
  readonly ruleSetAt?: (at: Instant) => RuleSet;
}

/** The fee of a promotion under the rule set's fee model (PM-1f, PM-2, PM-3, PM-4, GEN-3). */
export interface FeeEstimate {
  /** Fixed part independent of units: per promotion + per day × days (null: no fee data). */
  readonly fixed: Minor | null;
  /** Fixed part per redemption (unit sold), null: no fee data. */
  readonly perRedemption: Minor | null;
  /** Variable rate in percent (2.5 = 2.5%), null: no fee data. */
  readonly variableRate: number | null;
  /** What the variable rate is taken of: 'sales', 'discount' or 'none'. */
  readonly variableBase: 'sales' | 'discount' | 'none' | null;
  /** Cap on the variable part per promotion; null = uncapped or no data. */
  readonly variableCap: Minor | null;
  /** The whole fee estimated for the expected units, null: no fee data. */
  readonly estimated: Minor | null;
  /** Units expected to sell while the promotion runs (whole units). */
  readonly expectedUnits: number;
  /** Days the fee counts (LD: 1; else the local days the promotion touches). */
  readonly days: number;
  readonly currency: Currency;
  /** Explains the fee model and the expected units; "no fee data …" when the rule set has none. */
  readonly basis: string;
  readonly basisZh: string;
  /** Coupons (PM-1f): the same estimate under the seed 002 model, shown beside the rule set's model. */
  readonly seedModel?: { readonly estimated: Minor | null; readonly basis: string; readonly basisZh: string };
}

/** A planned promotion the proposal would make invalid (PM-10), with the errors it would newly get. */
export interface BlockedPromotion {
  readonly id: string;
  readonly kind: PromotionKind;
  readonly start: Instant;
  readonly errors: readonly RuleIssue[];
}

export interface PromotionCheck {
  readonly ok: boolean;
  readonly kind: PromotionKind;
  readonly errors: readonly RuleIssue[];
  readonly warnings: readonly RuleIssue[];
  readonly fee: FeeEstimate;
  /** PM-10: the 30-day lowest net price as of the proposal's end, the proposal included. */
  readonly lowest30DayNetPriceAfter: Lowest30DayNetPrice;
  /** PM-10: planned promotions of the ASIN starting after the proposal that it would make fail. */
  readonly blocks: readonly BlockedPromotion[];
  /** The reference prices used: as of the start, without the proposal (DEC-3). */
  readonly references: ReferencePrices;
}

/** Errors and warnings collected by the validators: every condition is evaluated (GEN-4). */
export interface Findings {
  readonly errors: RuleIssue[];
  readonly warnings: RuleIssue[];
}

export function newFindings(): Findings {
  return { errors: [], warnings: [] };
}

export type { PromotionFact };
