// Outlet deal / Outlet sale proposed as a price promotion: the price conditions checkable here.
// OUT-5: discount off the current price — Outlet deal ≥ 30%, Outlet sale in [20%, 30%) (recommended
// 25–30%), under 20% rejected. OUT-4: maximum deal price = the lower of the lowest new-condition offer
// on the ASIN (any seller, own included: the latest complete offers snapshot at or before the start,
// plus the own current price) and the current price less 20%, rounded down. Eligibility (OUT-1/2) and
// the deal lifecycle (OUT-6..10) belong to core/outlet.
import type { Minor, OfferFact } from '../catalog/facts.js';
import { isAtLeastPercentBelow, mulDivHalfUp, reduceByPercentFloor } from '../money/money.js';
import { dealPriceOf, fail, money, warn, type CheckEnv } from './env.js';
import type { Findings } from './types.js';

const RULE = 'OUT-5';

/** The lowest new-condition offer price in the latest snapshot at or before `at` (null: none). */
export function lowestNewOffer(
  offers: readonly OfferFact[],
  asin: string,
  marketplace: string,
  at: number,
): Minor | null {
  let snapshot = -Infinity;
  for (const o of offers) {
    if (o.asin === asin && o.marketplace === marketplace && o.at <= at && o.at > snapshot) snapshot = o.at;
  }
  let lowest: Minor | null = null;
  for (const o of offers) {
    if (o.asin !== asin || o.marketplace !== marketplace || o.at !== snapshot || o.condition !== 'new') continue;
    if (lowest === null || o.price < lowest) lowest = o.price;
  }
  return lowest;
}

export function checkOutlet(env: CheckEnv, out: Findings): void {
  const r = env.rules.outlet;
  const p = env.proposal;
  const price = dealPriceOf(env);
  const current = env.refs.currentPrice;
  if (price === null || current === null || current <= 0) return;
  const discountPct = mulDivHalfUp(current - price, 10_000, current) / 100;
  const shown = { price: money(env, price), current: money(env, current), discountPct };

  // OUT-5: kind by discount.
  const atLeastMin = isAtLeastPercentBelow(price, current, r.outletMinDiscountPct);
  if (!atLeastMin) {
    fail(out, 'OUTLET_DISCOUNT_TOO_SMALL', RULE, {
      ...shown,
      min: r.outletMinDiscountPct,
      max: money(env, reduceByPercentFloor(current, r.outletMinDiscountPct)),
    });
  } else {
    const isDeal = isAtLeastPercentBelow(price, current, r.outletDealMinDiscountPct);
    const actualKind = isDeal ? 'outlet_deal' : 'outlet_sale';
    if (actualKind !== p.kind) {
      fail(out, 'OUTLET_KIND_MISMATCH', RULE, {
        ...shown,
        kind: p.kind,
        actualKind,
        min: r.outletMinDiscountPct,
        dealMin: r.outletDealMinDiscountPct,
      });
    } else if (!isDeal && !isAtLeastPercentBelow(price, current, r.outletSaleRecommendedMinPct)) {
      warn(out, 'OUTLET_SALE_BELOW_RECOMMENDED', RULE, {
        ...shown,
        min: r.outletSaleRecommendedMinPct,
        max: r.outletSaleRecommendedMaxPct,
      });
    }
  }

  // OUT-4: maximum deal price.
  const offer = lowestNewOffer(env.ctx.offers ?? [], env.facts.asin, p.marketplace, env.asOf);
  const lowestOffer = offer === null ? current : Math.min(offer, current);
  const reduced = reduceByPercentFloor(current, r.outletMinDiscountPct);
  const max = Math.min(lowestOffer, reduced);
  if (price > max) {
    fail(out, 'OUTLET_PRICE_ABOVE_MAX', 'OUT-4', {
      ...shown,
      max: money(env, max),
      lowestOffer: money(env, lowestOffer),
      pct: r.outletMinDiscountPct,
      reduced: money(env, reduced),
    });
  }
}
