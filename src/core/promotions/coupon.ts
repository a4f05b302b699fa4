// PM-1 coupon: (a) a reference price, (b) current price ≤ 130% of ref, (c) net price after the coupon
// ≤ 95% of ref, (d) discount 5%–50% of the current price, (g) exemptions, (h) sales history. Every
// condition is evaluated and every failure returned. (e) overlapping coupons is in calendar.ts, (f)
// the fee in fees.ts. Thresholds come from the rule set's `promotions` group.
//
// PM-1g reading: "having neither Was nor List Price" means no reference price (no Was Price and no
// validated List Price: an unvalidated List Price is ignored as a reference, PR-1).
import { minusLocalDays } from '../calendar/calendar.js';
import { isAtMostPercentOf, mulDivFloor, percentToBasisPoints } from '../money/money.js';
import { addOnOf, fail, instant, money, warn, type CheckEnv } from './env.js';
import type { Findings } from './types.js';

/** The smallest amount ≥ pct% of `amount` (a minimum discount shown to the seller). */
export function ceilPercentOf(amount: number, pct: number): number {
  return -mulDivFloor(-amount, percentToBasisPoints(pct), 10_000);
}

/** Largest amount ≤ pct% of `amount` (a ceiling, rounded down). */
export function floorPercentOf(amount: number, pct: number): number {
  return mulDivFloor(amount, percentToBasisPoints(pct), 10_000);
}

/** Whether a discount is within [min%, max%] of the base: the percentage itself when one is given. */
export function discountInRange(
  discountPct: number | null,
  discount: number,
  base: number,
  minPct: number,
  maxPct: number,
): boolean {
  if (discountPct !== null) return discountPct >= minPct && discountPct <= maxPct;
  const scaled = BigInt(discount) * 10_000n;
  return (
    scaled >= BigInt(base) * BigInt(percentToBasisPoints(minPct)) &&
    scaled <= BigInt(base) * BigInt(percentToBasisPoints(maxPct))
  );
}

export type Exemption = {
  readonly code: 'COUPON_EXEMPT_NEW_ASIN' | 'COUPON_EXEMPT_RATED';
  readonly values: Record<string, unknown>;
};

/** PM-1g: an ASIN created within the past N days, or well rated without any reference price. */
export function couponExemption(
  env: Pick<CheckEnv, 'rules' | 'product' | 'asOf' | 'timeZone' | 'refs'>,
): Exemption | null {
  const r = env.rules.promotions;
  const { created, rating, ratingsCount } = env.product;
  if (r.couponExemptNewAsinDays > 0 && created !== null) {
    const from = minusLocalDays(env.asOf, r.couponExemptNewAsinDays, env.timeZone);
    if (created > from && created <= env.asOf) {
      return {
        code: 'COUPON_EXEMPT_NEW_ASIN',
        values: { created: instant(env, created), days: r.couponExemptNewAsinDays },
      };
    }
  }
  if (env.refs.reference.value === null && rating !== null) {
    if (rating >= r.couponExemptMinRating && ratingsCount >= r.couponExemptMinRatingCount) {
      return {
        code: 'COUPON_EXEMPT_RATED',
        values: {
          rating,
          count: ratingsCount,
          minRating: r.couponExemptMinRating,
          minCount: r.couponExemptMinRatingCount,
        },
      };
    }
  }
  return null;
}

export function checkCoupon(env: CheckEnv, out: Findings): void {
  const r = env.rules.promotions;
  const a = addOnOf(env);
  const ref = env.refs.reference.value;
  const exempt = couponExemption(env);

  if (exempt !== null) {
    const notApplied = ref === null ? 'PM-1a, PM-1b, PM-1c' : 'PM-1b';
    warn(out, exempt.code, 'PM-1g', { ...exempt.values, notApplied });
  } else if (ref === null) {
    fail(out, 'NO_REFERENCE_PRICE', 'PM-1a', { at: instant(env, env.asOf) });
  }

  if (a !== null) {
    // PM-1b: current price ≤ 130% of ref (not for exempt ASINs).
    if (ref !== null && exempt === null && !isAtMostPercentOf(a.current, ref, r.couponMaxCurrentPriceOfRefPct)) {
      fail(out, 'COUPON_PRICE_ABOVE_130_PCT_OF_REF', 'PM-1b', {
        current: money(env, a.current),
        ref: money(env, ref),
        pct: r.couponMaxCurrentPriceOfRefPct,
        max: money(env, floorPercentOf(ref, r.couponMaxCurrentPriceOfRefPct)),
      });
    }
    // PM-1c: net price after the coupon ≤ 95% of ref (not applied without a reference when exempt).
    if (ref !== null && !isAtMostPercentOf(a.net, ref, r.couponMaxNetPriceOfRefPct)) {
      fail(out, 'COUPON_NET_ABOVE_95_PCT_OF_REF', 'PM-1c', {
        net: money(env, a.net),
        ref: money(env, ref),
        pct: r.couponMaxNetPriceOfRefPct,
        max: money(env, floorPercentOf(ref, r.couponMaxNetPriceOfRefPct)),
      });
    }
    // PM-1d: discount between 5% and 50% of the current price.
    const { couponMinDiscountPct: min, couponMaxDiscountPct: max } = r;
    if (!discountInRange(env.proposal.discountPct, a.discount, a.current, min, max)) {
      fail(out, 'COUPON_DISCOUNT_OUT_OF_RANGE', 'PM-1d', {
        discount: env.proposal.discountPct !== null ? `${env.proposal.discountPct}%` : money(env, a.discount),
        current: money(env, a.current),
        min,
        max,
        minAmount: money(env, ceilPercentOf(a.current, min)),
        maxAmount: money(env, floorPercentOf(a.current, max)),
      });
    }
  }

  // PM-1h: the ASIN needs a sales history (any non-cancelled order line before the start).
  if (r.couponRequiresSalesHistory && !env.facts.orders.some((o) => !o.cancelled && o.at < env.asOf)) {
    fail(out, 'COUPON_NO_SALES_HISTORY', 'PM-1h', { asin: env.facts.asin, at: instant(env, env.asOf) });
  }
}
