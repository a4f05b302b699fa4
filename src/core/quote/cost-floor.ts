// PQ-3 cost floor: the net unit price at or under which a sale loses money.
//
// Definition (EXC-5 unit economics): profit(net) = net − referral fee(net) − fulfilment fee − landed
// cost, where landed cost = (unit cost + first-leg freight) converted to the marketplace currency with
// the product's fx_rate (money.convert, half up) and referral fee(net) = max(referral% × net, minimum
// referral fee per item). The cost floor is the highest net price with profit ≤ 0:
//   F = c ÷ (1 − r)  (floored to the minor unit)   where c = landed cost + fulfilment fee,
//   or F = c + m when the per-item minimum m is the larger fee at that price ((c + m)·r ≤ m).
// So `net ≤ costFloor` ⟺ the sale makes no profit, exactly (net is an integer of minor units).
// The referral % is the product's own, else the rule set's default; the minimum fee comes from the
// rule set. Unknown unit cost → null (no floor); unknown freight or fulfilment fee count as 0 and are
// listed in `assumedZero`; a cost in another currency without an fx_rate → null.
import type { Minor, ProductFact } from '../catalog/facts.js';
import { marketplaceInfo } from '../catalog/marketplace.js';
import { convert, mulDivFloor, percentToBasisPoints } from '../money/money.js';
import { percentOf } from './effect.js';
import type { RuleSet } from '../rules/schema.js';

export interface CostFloorDetail {
  /** The floor, or null when it cannot be known. */
  readonly value: Minor | null;
  /** (unit cost + freight) in the marketplace currency. */
  readonly landedCost: Minor | null;
  readonly fulfilmentFee: Minor;
  readonly referralPct: number;
  readonly referralMinFee: Minor;
  /** Inputs that were missing and counted as 0 ('freightPerUnit', 'fulfilmentFee', 'referralPct'). */
  readonly assumedZero: readonly string[];
  /** Why there is no floor ('unitCost' or 'fxRate'), else null. */
  readonly missing: 'unitCost' | 'fxRate' | null;
}

export function costFloorDetail(product: ProductFact, ruleSet?: RuleSet | null): CostFloorDetail {
  const currency = marketplaceInfo(product.marketplace).currency;
  const assumedZero: string[] = [];
  const referralDefaults = ruleSet?.fees.referral ?? null;
  let referralPct = product.referralPct ?? referralDefaults?.referralDefaultPct ?? null;
  if (referralPct === null) {
    assumedZero.push('referralPct');
    referralPct = 0;
  }
  const referralMinFee = referralDefaults?.referralMinFeePerItem ?? 0;
  const fulfilmentFee = product.fulfilmentFee ?? 0;
  if (product.fulfilmentFee === null) assumedZero.push('fulfilmentFee');
  const detail = { fulfilmentFee, referralPct, referralMinFee, assumedZero };
  if (product.unitCost === null) return { ...detail, value: null, landedCost: null, missing: 'unitCost' };
  if (product.freightPerUnit === null) assumedZero.push('freightPerUnit');
  const costCurrency = product.costCurrency ?? currency;
  const inCost = product.unitCost + (product.freightPerUnit ?? 0);
  if (costCurrency !== currency && product.fxRate === null) {
    return { ...detail, value: null, landedCost: null, missing: 'fxRate' };
  }
  const landedCost =
    costCurrency === currency ? inCost : convert(inCost, costCurrency, currency, product.fxRate as string);
  const c = landedCost + fulfilmentFee;
  const bp = percentToBasisPoints(referralPct);
  let value: Minor;
  if (bp >= 10_000)
    value = Number.MAX_SAFE_INTEGER; // a 100% fee: no price makes a profit
  else {
    // The rational break-even, then exact steps with the fee as charged (rounded half up to the
    // minor unit): g(n) = n − fee(n) is non-decreasing, so F = the largest n with g(n) ≤ c.
    const fee = (n: Minor): Minor => Math.max(percentOf(n, bp), referralMinFee);
    const g = (n: Minor): Minor => n - fee(n);
    value = mulDivFloor(c, 10_000, 10_000 - bp);
    if (g(c + referralMinFee) <= c) value = Math.max(value, c + referralMinFee);
    while (g(value + 1) <= c) value++;
    while (value > 0 && g(value) > c) value--;
  }
  return { ...detail, value, landedCost, missing: null };
}

/** PQ-3: the cost floor of a product version (see the definition above), or null when unknown. */
export function costFloor(product: ProductFact, ruleSet?: RuleSet | null): Minor | null {
  return costFloorDetail(product, ruleSet).value;
}
