// OUT-11 / PQ-2: a running Outlet deal is the SKU's direct-price promotion, and the add-ons on the same
// ASIN are computed on the standard price and added (seed 000: $100, Outlet 50%, coupon 5% → $55 off).
import { describe, expect, it } from 'vitest';
import { quote } from '../quote/quote.js';
import { buyer, promo } from '../reference-prices/test-fixtures.js';
import { ruleSetFor } from '../rules/rules.js';
import { reviewDeal, submitDeal } from './actions.js';
import { DAY, MON, outletFacts, price, at, record, SKU, WED } from './test-support.js';
import { dueTransitions } from './tick.js';
import type { ActionResult } from './types.js';

function ok(r: ActionResult) {
  if (!r.ok) throw new Error(r.errors.map((e) => e.code).join());
  return r;
}

describe('OUT-11 stacking of a running Outlet deal (PQ-2)', () => {
  it('OUT-11: $100, Outlet deal at 50% off, 5% coupon → $55 off, both on the standard price', () => {
    let f = outletFacts({ prices: [price(at('2026-01-01T00:00:00-08:00'), 10000)], offers: [] });
    const s = ok(submitDeal(f, SKU, 5000, WED));
    f = record(f, s.recorded);
    f = record(f, ok(reviewDeal(f, s.deal.id, { approve: true }, WED + DAY)).recorded);
    f = record(f, dueTransitions(f, MON));
    const coupon = promo({ id: 'C-5', kind: 'coupon', start: MON - DAY, end: MON + 30 * DAY, discountPct: 5 });
    const q = quote(
      {
        at: MON + DAY,
        currency: 'USD',
        basePrice: 10000,
        promotions: [...f.facts.promotions, coupon],
        buyer: buyer(),
      },
      ruleSetFor('US', MON),
    );
    expect(q.direct).toEqual({ id: s.deal.id, kind: 'outlet_deal', price: 5000, discount: 5000 });
    expect(q.addOns).toEqual([{ id: 'C-5', kind: 'coupon', base: 10000, discount: 500 }]);
    expect(q.totalDiscount).toBe(5500);
    expect(q.netUnitPrice).toBe(4500);
    expect(q.outletStacking).toBe(true);
  });
});
