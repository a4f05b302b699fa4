// PM-2 Price Discount and Prime Exclusive Discount (PED): ≥ 5% below ref, ≥ 5% below the 30-day lowest
// net price, ≥ 5% below the current price. A PED overlapping a declared event follows the event rules
// instead (public notices): 20–80% off the non-promotional (current) price, ≥ 15% below ref, ≥ 5% below
// the Was Price, below the 30-day lowest net price. A 30-day low or Was Price that does not exist has
// nothing to compare against; a missing reference is NO_REFERENCE_PRICE.
import { isAtLeastPercentBelow, mulDivHalfUp, percentToBasisPoints, reduceByPercentFloor } from '../money/money.js';
import { eventValues, requireAtLeastPercentBelow, requireAtMost } from './compare.js';
import { dealPriceOf, fail, instant, money, type CheckEnv } from './env.js';
import type { Findings } from './types.js';

const RULE = 'PM-2';

export function checkPriceDiscount(env: CheckEnv, out: Findings): void {
  const r = env.rules.promotions;
  const ref = env.refs.reference.value;
  if (ref === null) fail(out, 'NO_REFERENCE_PRICE', RULE, { at: instant(env, env.asOf) });
  const price = dealPriceOf(env);
  const current = env.refs.currentPrice;
  if (price === null || current === null) return;
  const low = env.refs.lowest30DayNetPrice.value;
  const prefix = env.proposal.kind === 'ped' ? 'PED' : 'PD';

  if (env.proposal.kind === 'ped' && env.event !== null) {
    const ev = eventValues(env);
    const minOff = r.pedEventMinDiscountPct;
    const maxOff = r.pedEventMaxDiscountPct;
    // price ≤ current × (1 − min%) and price ≥ current × (1 − max%)
    const enough = isAtLeastPercentBelow(price, current, minOff);
    const notTooMuch = BigInt(price) * 10_000n >= BigInt(current) * BigInt(10_000 - percentToBasisPoints(maxOff));
    if (!enough || !notTooMuch) {
      const floorNum = BigInt(current) * BigInt(10_000 - percentToBasisPoints(maxOff));
      const minPrice = Number((floorNum + 9_999n) / 10_000n); // rounded up: the lowest allowed price
      fail(out, 'PED_EVENT_DISCOUNT_OUT_OF_RANGE', RULE, {
        ...ev,
        price: money(env, price),
        current: money(env, current),
        min: minOff,
        max: maxOff,
        maxPrice: money(env, reduceByPercentFloor(current, minOff)),
        minPrice: money(env, minPrice),
        discountPct: mulDivHalfUp(current - price, 10_000, current) / 100,
      });
    }
    requireAtLeastPercentBelow(env, out, 'PED_NOT_BELOW_REF', RULE, price, ref, 'ref', r.pedEventMinBelowRefPct, ev);
    requireAtLeastPercentBelow(
      env,
      out,
      'PED_NOT_BELOW_WAS_PRICE',
      RULE,
      price,
      env.refs.wasPrice.value,
      'was',
      r.pedEventMinBelowWasPricePct,
      ev,
    );
    requireAtMost(env, out, 'PED_EVENT_NOT_UNDER_LOWEST_NET', RULE, price, low, 'low', true, ev);
    return;
  }

  requireAtLeastPercentBelow(env, out, `${prefix}_NOT_BELOW_REF`, RULE, price, ref, 'ref', r.pdMinBelowRefPct);
  requireAtLeastPercentBelow(
    env,
    out,
    `${prefix}_NOT_BELOW_LOWEST_NET`,
    RULE,
    price,
    low,
    'low',
    r.pdMinBelowLowestNetPct,
  );
  requireAtLeastPercentBelow(
    env,
    out,
    `${prefix}_NOT_BELOW_CURRENT`,
    RULE,
    price,
    current,
    'current',
    r.pdMinBelowCurrentPct,
  );
}
