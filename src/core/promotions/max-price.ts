// The maximum price each promotion kind may have given the reference prices (the "what-if" side of
// the validators, PM-10's price chain): the same conditions as the validators of this folder, solved
// for the price instead of checked. A maximum allowed price is a ceiling, rounded DOWN (RULEBOOK
// conventions): "X% below P" allows floor(P × (1 − X/100)); a strict "< P" allows P − 1 minor unit.
//
// Direct-price kinds (the price the buyer is shown):
// - PD, PED (PM-2): ≥ 5% below ref, ≥ 5% below the 30-day lowest net price, ≥ 5% below current.
//   PED during a declared event: 20–80% off current, ≥ 15% below ref, ≥ 5% below Was, < 30-day low.
// - LD (PM-3): ≥ 15% (event 20%) below ref, ≥ 5% below the 30-day low, ≥ 5% below Was, < current.
// - BD (PM-4): ≥ 10% (event 15%) below ref, ≤ the 30-day low, < Was, < current.
// - Outlet (OUT-4, OUT-5): ≤ the lowest new-condition offer, ≥ 20% off current; a deal ≥ 30% off, a
//   sale < 30% off (a minimum price).
// - business price (PM-6): < current.
// Add-ons (the net price after the discount, and the discount range that passes at the current price):
// - coupon (PM-1): reference needed unless exempt (g); current ≤ 130% of ref (b); net ≤ 95% of ref
//   (c); discount 5–50% of current (d); sales history (h) when the caller says whether there is one.
// - promotion code (PM-5): discount 5–50% of current.
// A condition whose reference does not exist (no 30-day low, no Was Price) does not apply, as in the
// validators. Calendar conflicts (PM-3 spacing, PM-7) depend on a proposal's dates: see core/simulate.
import type { Minor, OfferFact, ProductFact, PromotionKind } from '../catalog/facts.js';
import { formatInstant, timeZoneOf } from '../calendar/calendar.js';
import { defineMessages, ruleIssue, type RuleIssue } from '../messages/messages.js';
import {
  formatMoney,
  isAtMostPercentOf,
  mulDivFloor,
  percentToBasisPoints,
  reduceByPercentFloor,
} from '../money/money.js';
import { percentOf } from '../quote/effect.js';
import type { ReferencePrices } from '../reference-prices/reference-prices.js';
import type { RuleSet } from '../rules/schema.js';
import { ceilPercentOf, couponExemption, floorPercentOf } from './coupon.js';
import { lowestNewOffer } from './outlet.js';
import './messages.js';

export const MAX_PRICE_MESSAGES = defineMessages({
  ASIN_NO_CURRENT_PRICE: {
    en: 'ASIN {asin} has no current price at {at}: no promotion price can be derived (PR-5)',
    zh: 'ASIN {asin} 在 {at} 没有当前售价，无法推算促销价格（PR-5）',
  },
  MAX_PRICE_BELOW_MIN_PRICE: {
    en: 'No price satisfies every condition: the highest allowed price {max} is below the lowest allowed price {min}',
    zh: '没有同时满足所有条件的价格：允许的最高价 {max} 低于允许的最低价 {min}',
  },
  MAX_PRICE_BELOW_ZERO: {
    en: 'No price satisfies every condition: {against} {base} leaves no price at or above zero',
    zh: '没有同时满足所有条件的价格：{against} {base} 之下已没有不低于零的价格',
  },
  COUPON_CANNOT_REACH_NET_LIMIT: {
    en: 'No coupon of at most {maxPct}% off the current price {current} brings the net price to {pct}% of the reference price {ref} (≤ {maxNet})',
    zh: '在当前售价 {current} 上，不超过 {maxPct}% 的优惠券都无法使净价降到参考价 {ref} 的 {pct}%（≤ {maxNet}）',
  },
});

/** What a price condition compares against: the reference price, the 30-day lowest net price, the
 *  Was Price, the current price, or the lowest new-condition offer (OUT-4). */
export type PriceBasis = 'ref' | 'low' | 'was' | 'current' | 'offer';

/** One price condition of a kind, solved: the highest price it alone allows. */
export interface PriceCondition {
  readonly rule: string;
  /** The validator's error code when the condition is broken (e.g. LD_NOT_BELOW_REF). */
  readonly code: string;
  readonly against: PriceBasis;
  readonly base: Minor;
  /** "at least pct% below base"; null for a plain comparison with the base. */
  readonly pct: number | null;
  /** "< base" (one minor unit off) rather than "≤". */
  readonly strict: boolean;
  /** The highest price this condition allows (rounded down). */
  readonly max: Minor;
}

/** Coupons and promotion codes: the discounts that pass at the current price (null: no discount of
 *  that form passes — only possible at the edges of rounding). */
export interface AddOnDiscountRange {
  /** Smallest percentage (two decimals) a percentage discount may have. */
  readonly minPct: number | null;
  readonly maxPct: number;
  /** Smallest and largest fixed amount. */
  readonly minAmount: Minor | null;
  readonly maxAmount: Minor;
}

export interface MaxAllowedPrice {
  readonly kind: PromotionKind;
  /** Whether some price (or discount) of this kind passes every price condition. */
  readonly ok: boolean;
  /** Whether the event thresholds were used (PM-2 PED, PM-3, PM-4). */
  readonly event: boolean;
  /** Direct-price kinds: the highest price allowed; add-ons: the highest net price after the discount
   *  (fixed-amount form). Null when the kind cannot run. */
  readonly maxPrice: Minor | null;
  /** The lowest price allowed where there is one (event PED, Outlet sale), else null. */
  readonly minPrice: Minor | null;
  /** The condition that sets maxPrice (the first of the lowest), null when none applies. */
  readonly binding: PriceCondition | null;
  readonly conditions: readonly PriceCondition[];
  /** Why the kind cannot run at all (NO_REFERENCE_PRICE, NO_CURRENT_PRICE, …); empty when ok. */
  readonly reasons: readonly RuleIssue[];
  /** Coupons and promotion codes only. */
  readonly discount: AddOnDiscountRange | null;
}

export interface MaxPriceOptions {
  /** The proposal overlaps a declared event (event thresholds of PM-2 PED, PM-3, PM-4). */
  readonly event?: boolean;
  /** The current price to solve for (default: refs.currentPrice). */
  readonly currentPrice?: Minor | null;
  /** Offers seen on the ASIN (OUT-4): the latest snapshot at or before refs.at counts. */
  readonly offers?: readonly OfferFact[];
  /** The product version (PM-1g coupon exemptions); without it no exemption is assumed. */
  readonly product?: ProductFact;
  /** PM-1h: whether the ASIN has sold before; undefined = not checked. */
  readonly hasSalesHistory?: boolean;
}

interface Ctx {
  readonly refs: ReferencePrices;
  readonly rules: RuleSet;
  readonly current: Minor | null;
  readonly conditions: PriceCondition[];
  readonly reasons: RuleIssue[];
}

function below(
  c: Ctx,
  rule: string,
  code: string,
  against: PriceBasis,
  base: Minor | null,
  pct: number | null,
  strict = false,
): void {
  if (base === null) return;
  const cut = pct === null ? base : reduceByPercentFloor(base, pct);
  c.conditions.push({ rule, code, against, base, pct, strict, max: strict ? cut - 1 : cut });
}

function money(c: Ctx, amount: Minor): string {
  return formatMoney(amount, c.refs.currency);
}

function at(c: Ctx): string {
  return formatInstant(c.refs.at, timeZoneOf(c.refs.marketplace));
}

function needReference(c: Ctx, rule: string): void {
  if (c.refs.reference.value === null) c.reasons.push(ruleIssue('NO_REFERENCE_PRICE', rule, { at: at(c) }));
}

/** The lowest of the conditions (the first one on a tie). */
function bindingOf(conditions: readonly PriceCondition[]): PriceCondition | null {
  let best: PriceCondition | null = null;
  for (const k of conditions) if (best === null || k.max < best.max) best = k;
  return best;
}

function finish(
  c: Ctx,
  kind: PromotionKind,
  event: boolean,
  minPrice: Minor | null,
  discount: AddOnDiscountRange | null = null,
): MaxAllowedPrice {
  const binding = bindingOf(c.conditions);
  if (c.current === null) {
    c.reasons.push(ruleIssue('ASIN_NO_CURRENT_PRICE', 'PR-5', { asin: c.refs.asin, at: at(c) }));
  }
  if (c.reasons.length === 0 && binding !== null) {
    if (binding.max < 0) {
      c.reasons.push(
        ruleIssue('MAX_PRICE_BELOW_ZERO', binding.rule, { against: binding.against, base: money(c, binding.base) }),
      );
    } else if (minPrice !== null && binding.max < minPrice) {
      c.reasons.push(
        ruleIssue('MAX_PRICE_BELOW_MIN_PRICE', binding.rule, { max: money(c, binding.max), min: money(c, minPrice) }),
      );
    }
  }
  const ok = c.reasons.length === 0 && binding !== null;
  return {
    kind,
    ok,
    event,
    maxPrice: ok ? (binding as PriceCondition).max : null,
    minPrice: ok ? minPrice : null,
    binding,
    conditions: c.conditions,
    reasons: c.reasons,
    discount: ok ? discount : null,
  };
}

function priceDiscount(c: Ctx, kind: PromotionKind, event: boolean): MaxAllowedPrice {
  const r = c.rules.promotions;
  const { refs, current } = c;
  const ref = refs.reference.value;
  const low = refs.lowest30DayNetPrice.value;
  needReference(c, 'PM-2');
  if (kind === 'ped' && event) {
    let minPrice: Minor | null = null;
    if (current !== null) {
      below(c, 'PM-2', 'PED_EVENT_DISCOUNT_OUT_OF_RANGE', 'current', current, r.pedEventMinDiscountPct);
      // At most pedEventMaxDiscountPct off: the lowest allowed price is rounded up.
      minPrice = -mulDivFloor(-current, 10_000 - percentToBasisPoints(r.pedEventMaxDiscountPct), 10_000);
    }
    below(c, 'PM-2', 'PED_NOT_BELOW_REF', 'ref', ref, r.pedEventMinBelowRefPct);
    below(c, 'PM-2', 'PED_NOT_BELOW_WAS_PRICE', 'was', refs.wasPrice.value, r.pedEventMinBelowWasPricePct);
    below(c, 'PM-2', 'PED_EVENT_NOT_UNDER_LOWEST_NET', 'low', low, null, true);
    return finish(c, kind, true, minPrice);
  }
  const prefix = kind === 'ped' ? 'PED' : 'PD';
  below(c, 'PM-2', `${prefix}_NOT_BELOW_REF`, 'ref', ref, r.pdMinBelowRefPct);
  below(c, 'PM-2', `${prefix}_NOT_BELOW_LOWEST_NET`, 'low', low, r.pdMinBelowLowestNetPct);
  below(c, 'PM-2', `${prefix}_NOT_BELOW_CURRENT`, 'current', current, r.pdMinBelowCurrentPct);
  return finish(c, kind, false, null);
}

function lightningDeal(c: Ctx, event: boolean): MaxAllowedPrice {
  const r = c.rules.promotions;
  needReference(c, 'PM-3');
  const refPct = event ? r.ldEventMinBelowRefPct : r.ldMinBelowRefPct;
  below(c, 'PM-3', 'LD_NOT_BELOW_REF', 'ref', c.refs.reference.value, refPct);
  below(c, 'PM-3', 'LD_NOT_BELOW_LOWEST_NET', 'low', c.refs.lowest30DayNetPrice.value, r.ldMinBelowLowestNetPct);
  below(c, 'PM-3', 'LD_NOT_BELOW_WAS_PRICE', 'was', c.refs.wasPrice.value, r.ldMinBelowWasPricePct);
  below(c, 'PM-3', 'PROMOTION_PRICE_NOT_BELOW_CURRENT', 'current', c.current, null, true);
  return finish(c, 'lightning_deal', event, null);
}

function bestDeal(c: Ctx, event: boolean): MaxAllowedPrice {
  const r = c.rules.promotions;
  needReference(c, 'PM-4');
  const refPct = event ? r.bdEventMinBelowRefPct : r.bdMinBelowRefPct;
  below(c, 'PM-4', 'BD_NOT_BELOW_REF', 'ref', c.refs.reference.value, refPct);
  below(c, 'PM-4', 'BD_ABOVE_LOWEST_NET', 'low', c.refs.lowest30DayNetPrice.value, null);
  below(c, 'PM-4', 'BD_NOT_UNDER_WAS_PRICE', 'was', c.refs.wasPrice.value, null, true);
  below(c, 'PM-4', 'PROMOTION_PRICE_NOT_BELOW_CURRENT', 'current', c.current, null, true);
  return finish(c, 'best_deal', event, null);
}

function outlet(c: Ctx, kind: 'outlet_deal' | 'outlet_sale', offers: readonly OfferFact[]): MaxAllowedPrice {
  const r = c.rules.outlet;
  const current = c.current;
  let minPrice: Minor | null = null;
  if (current !== null) {
    below(c, 'OUT-4', 'OUTLET_PRICE_ABOVE_MAX', 'current', current, r.outletMinDiscountPct);
    const offer = lowestNewOffer(offers, c.refs.asin, c.refs.marketplace, c.refs.at);
    if (offer !== null && offer < current) below(c, 'OUT-4', 'OUTLET_PRICE_ABOVE_MAX', 'offer', offer, null);
    if (kind === 'outlet_deal') {
      below(c, 'OUT-5', 'OUTLET_KIND_MISMATCH', 'current', current, r.outletDealMinDiscountPct);
    } else {
      // An Outlet sale is less than outletDealMinDiscountPct off: one minor unit above that price.
      minPrice = reduceByPercentFloor(current, r.outletDealMinDiscountPct) + 1;
    }
  }
  return finish(c, kind, false, minPrice);
}

function businessPrice(c: Ctx): MaxAllowedPrice {
  below(c, 'PM-6', 'PROMOTION_PRICE_NOT_BELOW_CURRENT', 'current', c.current, null, true);
  return finish(c, 'business_price', false, null);
}

/** The smallest percentage (in basis points, ≥ minBp) whose discount on `current` (half up, DEC-5) is
 *  at least `need`; −1 when none up to maxBp. */
function smallestBasisPoints(current: Minor, need: Minor, minBp: number, maxBp: number): number {
  if (percentOf(current, minBp) >= need) return minBp;
  if (percentOf(current, maxBp) < need) return -1;
  let lo = minBp;
  let hi = maxBp; // percentOf(current, lo) < need ≤ percentOf(current, hi)
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (percentOf(current, mid) >= need) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** PM-1 coupon and PM-5 promotion code: the discount range and the highest net price. */
function addOn(c: Ctx, kind: 'coupon' | 'promo_code', opts: MaxPriceOptions): MaxAllowedPrice {
  const r = c.rules.promotions;
  const isCoupon = kind === 'coupon';
  const rule = isCoupon ? 'PM-1d' : 'PM-5';
  const minPct = isCoupon ? r.couponMinDiscountPct : r.promoCodeMinDiscountPct;
  const maxPct = isCoupon ? r.couponMaxDiscountPct : r.promoCodeMaxDiscountPct;
  const code = isCoupon ? 'COUPON_DISCOUNT_OUT_OF_RANGE' : 'PROMO_CODE_DISCOUNT_OUT_OF_RANGE';
  const { refs, current } = c;
  const ref = refs.reference.value;
  let maxNetByRef: Minor | null = null;
  if (isCoupon) {
    const exempt =
      opts.product === undefined
        ? null
        : couponExemption({
            rules: c.rules,
            product: opts.product,
            asOf: refs.at,
            timeZone: timeZoneOf(refs.marketplace),
            refs,
          });
    if (exempt === null) needReference(c, 'PM-1a');
    if (current !== null && ref !== null) {
      if (exempt === null && !isAtMostPercentOf(current, ref, r.couponMaxCurrentPriceOfRefPct)) {
        c.reasons.push(
          ruleIssue('COUPON_PRICE_ABOVE_130_PCT_OF_REF', 'PM-1b', {
            current: money(c, current),
            ref: money(c, ref),
            pct: r.couponMaxCurrentPriceOfRefPct,
            max: money(c, floorPercentOf(ref, r.couponMaxCurrentPriceOfRefPct)),
          }),
        );
      }
      maxNetByRef = floorPercentOf(ref, r.couponMaxNetPriceOfRefPct);
      c.conditions.push({
        rule: 'PM-1c',
        code: 'COUPON_NET_ABOVE_95_PCT_OF_REF',
        against: 'ref',
        base: ref,
        pct: (10_000 - percentToBasisPoints(r.couponMaxNetPriceOfRefPct)) / 100,
        strict: false,
        max: maxNetByRef,
      });
    }
    if (r.couponRequiresSalesHistory && opts.hasSalesHistory === false) {
      c.reasons.push(ruleIssue('COUPON_NO_SALES_HISTORY', 'PM-1h', { asin: refs.asin, at: at(c) }));
    }
  }
  let discount: AddOnDiscountRange | null = null;
  if (current !== null) {
    below(c, rule, code, 'current', current, minPct);
    const minBp = percentToBasisPoints(minPct);
    const maxBp = percentToBasisPoints(maxPct);
    const maxAmount = floorPercentOf(current, maxPct);
    let minAmount = ceilPercentOf(current, minPct);
    let bp = minBp;
    if (maxNetByRef !== null) {
      const need = Math.max(current - maxNetByRef, 0);
      minAmount = Math.max(minAmount, need);
      bp = smallestBasisPoints(current, need, minBp, maxBp);
      if (bp < 0 && minAmount > maxAmount) {
        c.reasons.push(
          ruleIssue('COUPON_CANNOT_REACH_NET_LIMIT', 'PM-1c', {
            maxPct,
            current: money(c, current),
            pct: r.couponMaxNetPriceOfRefPct,
            ref: money(c, ref as Minor),
            maxNet: money(c, maxNetByRef),
          }),
        );
      }
    }
    discount = {
      minPct: bp >= 0 ? bp / 100 : null,
      maxPct,
      minAmount: minAmount <= maxAmount ? minAmount : null,
      maxAmount,
    };
  }
  return finish(c, kind, false, null, discount);
}

/**
 * The maximum price a promotion of `kind` may have given the reference prices `refs` (as of the
 * proposal's start, without it — DEC-3) under `ruleSet`. Consistent with the validators: a proposal at
 * exactly maxPrice passes the kind's price conditions and one minor unit more fails one of them.
 */
export function maxAllowedPrice(
  kind: PromotionKind,
  refs: ReferencePrices,
  ruleSet: RuleSet,
  opts: MaxPriceOptions = {},
): MaxAllowedPrice {
  const current = opts.currentPrice === undefined ? refs.currentPrice : opts.currentPrice;
  const c: Ctx = { refs, rules: ruleSet, current, conditions: [], reasons: [] };
  const event = opts.event === true;
  switch (kind) {
    case 'price_discount':
    case 'ped':
      return priceDiscount(c, kind, event);
    case 'lightning_deal':
      return lightningDeal(c, event);
    case 'best_deal':
      return bestDeal(c, event);
    case 'outlet_deal':
    case 'outlet_sale':
      return outlet(c, kind, opts.offers ?? []);
    case 'business_price':
      return businessPrice(c);
    case 'coupon':
    case 'promo_code':
      return addOn(c, kind, opts);
  }
}
