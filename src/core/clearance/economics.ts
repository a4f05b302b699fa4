// EXC-5 unit economics: what one unit sold at a price brings back, and the staged markdown prices
// solved exactly from each stage's definition.
//
//   unit profit = price − referral fee − fulfilment fee − (purchase cost + first-leg freight) at the FX rate
//   unit cash   = price − referral fee − fulfilment fee       (the purchase cost is sunk: cash is what
//                                                              clearing brings back, EXC-8)
// - Referral fee (C.5): the product's referral_pct, else the rule set's default, of the price, rounded
//   half up, and at least the rule set's minimum per item.
// - Fulfilment fee: the product's FBA fee per unit (null: no fee data; counted as 0 and said so).
// - Purchase cost and freight are in the cost currency (CNY …), converted with the product's fx_rate
//   (marketplace currency per 1 unit of cost currency) half up; without a cost currency they are in
//   the marketplace currency already.
// Stages (rule set `markdownStages`): the lowest price whose unit profit reaches the stage's target —
//   break_even:             price − referral − fulfilment ≥ purchase cost + freight   (profit ≥ 0)
//   purchase_cost:          price − referral − fulfilment ≥ purchase cost            (loses the freight)
//   part_of_purchase_cost:  price − referral − fulfilment ≥ pct% of the purchase cost (stock aged over
//                           the stage's age only; seed: about half)
// price − referral(price) never decreases as the price rises (the referral is under 100%), so the
// lowest price is found exactly by bisection over whole minor units.
import type { Minor, ProductFact } from '../catalog/facts.js';
import { marketplaceInfo } from '../catalog/marketplace.js';
import { convert, mulDivHalfUp, percentToBasisPoints, type Currency } from '../money/money.js';
import type { RuleSet } from '../rules/schema.js';

export interface UnitCosts {
  readonly currency: Currency;
  /** Referral % (15 = 15%); null: no fee data (not charged, flagged). */
  readonly referralPct: number | null;
  readonly referralMinFee: Minor;
  /** FBA fulfilment fee per unit; null: no fee data. */
  readonly fulfilmentFee: Minor | null;
  /** Purchase cost and freight converted to the marketplace currency; null when unknown. */
  readonly purchaseCost: Minor | null;
  readonly freight: Minor | null;
  /** (purchase cost + freight) converted at once (the seed's sum); null when unknown. */
  readonly landedCost: Minor | null;
}

/** Converts a cost of the product to the marketplace currency (null when it cannot). */
function toMarketplace(amount: Minor | null, p: ProductFact, currency: Currency): Minor | null {
  if (amount === null) return null;
  const from = p.costCurrency ?? currency;
  if (from === currency) return amount;
  if (p.fxRate === null) return null;
  return convert(amount, from, currency, p.fxRate);
}

/** The unit costs of a product under a rule set (C.5 referral defaults). */
export function unitCostsOf(p: ProductFact, rs: RuleSet): UnitCosts {
  const currency = marketplaceInfo(p.marketplace).currency;
  const referral = rs.fees.referral;
  const landedRaw = p.unitCost === null ? null : p.unitCost + (p.freightPerUnit ?? 0);
  return {
    currency,
    referralPct: p.referralPct ?? referral?.referralDefaultPct ?? null,
    referralMinFee: referral?.referralMinFeePerItem ?? 0,
    fulfilmentFee: p.fulfilmentFee,
    purchaseCost: toMarketplace(p.unitCost, p, currency),
    freight: toMarketplace(p.freightPerUnit ?? (p.unitCost === null ? null : 0), p, currency),
    landedCost: toMarketplace(landedRaw, p, currency),
  };
}

/** C.5: referral fee on a price (half up, at least the minimum per item; 0 without fee data). */
export function referralFee(price: Minor, c: Pick<UnitCosts, 'referralPct' | 'referralMinFee'>): Minor {
  if (c.referralPct === null || price <= 0) return 0;
  return Math.max(mulDivHalfUp(price, percentToBasisPoints(c.referralPct), 10_000), c.referralMinFee);
}

/** Cash one unit brings back at `price`: price − referral − fulfilment (EXC-8: purchase cost sunk). */
export function unitCash(price: Minor, c: UnitCosts): Minor {
  return price - referralFee(price, c) - (c.fulfilmentFee ?? 0);
}

/** EXC-5 unit profit at `price` (null when the landed cost is unknown). */
export function unitProfit(price: Minor, c: UnitCosts): Minor | null {
  return c.landedCost === null ? null : unitCash(price, c) - c.landedCost;
}

export type MarkdownTarget = RuleSet['clearance']['markdownStages'][number]['markdownStageTarget'];

/** What a stage's price must bring back per unit after referral and fulfilment (null: unknown). */
export function stageTarget(target: MarkdownTarget, recoveredPct: number | null, c: UnitCosts): Minor | null {
  switch (target) {
    case 'break_even':
      return c.landedCost;
    case 'purchase_cost':
      return c.purchaseCost;
    case 'part_of_purchase_cost':
      return c.purchaseCost === null || recoveredPct === null
        ? null
        : mulDivHalfUp(c.purchaseCost, percentToBasisPoints(recoveredPct), 10_000);
  }
}

/** The lowest price (minor units) whose unit cash is at least `need`; null when no price up to `max` does. */
export function lowestPriceBringing(need: Minor, c: UnitCosts, max: Minor = 1_000_000_000): Minor | null {
  if (unitCash(max, c) < need) return null;
  let lo = 0;
  let hi = max; // unitCash(hi) ≥ need
  if (unitCash(lo, c) >= need) return lo;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (unitCash(mid, c) >= need) hi = mid;
    else lo = mid;
  }
  return hi;
}

export interface MarkdownStage {
  readonly stage: number;
  readonly target: MarkdownTarget;
  /** The stock must be aged over this many days (null: any age). */
  readonly minAgeDaysAbove: number | null;
  readonly recoveredPct: number | null;
  /** The price solved from the definition; null when the costs are unknown. */
  readonly price: Minor | null;
  /** What each unit must bring back after referral and fulfilment. */
  readonly need: Minor | null;
  /** EXC-5 unit profit at that price. */
  readonly unitProfit: Minor | null;
}

/** EXC-5: every stage of the rule set, its price solved from its definition. */
export function markdownStages(rs: RuleSet, c: UnitCosts): MarkdownStage[] {
  return [...rs.clearance.markdownStages]
    .sort((a, b) => a.markdownStageNumber - b.markdownStageNumber)
    .map((s) => {
      const need = stageTarget(s.markdownStageTarget, s.markdownStagePurchaseCostRecoveredPct, c);
      const price = need === null ? null : lowestPriceBringing(need, c);
      return {
        stage: s.markdownStageNumber,
        target: s.markdownStageTarget,
        minAgeDaysAbove: s.markdownStageMinAgeDaysAbove,
        recoveredPct: s.markdownStagePurchaseCostRecoveredPct,
        price,
        need,
        unitProfit: price === null ? null : unitProfit(price, c),
      };
    });
}
