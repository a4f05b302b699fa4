import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rules/rules.js';
import type { RuleSet } from '../rules/schema.js';
import { outletEvent } from './events.js';
import { outletRecommendations, recommendForAsin } from './recommendations.js';
import { at, DAY, lot, order, outletFacts, product, SKU, WED, type Parts } from './test-support.js';

function dailyOrders(units: number): Parts['orders'] {
  return Array.from({ length: 30 }, (_, i) => order({ at: WED - (i + 1) * DAY, units }));
}

describe('OUT-3 recommendations', () => {
  it('OUT-3: units aged more than 90 days call for it; the rule used is stated', () => {
    const [rec] = recommendForAsin(outletFacts(), WED);
    expect(rec?.because.map((b) => [b.code, b.rule])).toEqual([
      ['OUTLET_RECOMMEND_STOCK_TO_SALES', 'OUT-3'],
      ['OUTLET_RECOMMEND_AGED', 'OUT-3'],
    ]);
    expect(rec).toMatchObject({ sku: SKU, currentPrice: 4000, maxDealPrice: 3200, agedUnits: 200, onHand: 200 });
  });

  it('OUT-3: a stock-to-sales ratio above 3 alone calls for it (young stock)', () => {
    // Snapshot 2026-02-01: 200 units received 2025-12-04 — exactly 90 days old on WED, so eligible (OUT-2a
    // ≥ 90) but not aged more than 90 (OUT-3); one sold each day since → 170 on hand; 29 of those sales
    // fall in the past 30 days (the one exactly 30 days back is out, DEC-3): 170 / 29 = 5.86.
    const lots = [lot({ at: WED - 31 * DAY, received: at('2025-12-04T00:00:00-08:00') })];
    const [rec] = recommendForAsin(outletFacts({ lots, orders: dailyOrders(1) }), WED);
    expect(rec?.because.map((b) => [b.code, b.values])).toEqual([
      ['OUTLET_RECOMMEND_STOCK_TO_SALES', { ratio: '5.86', threshold: 3 }],
    ]);
    expect(rec).toMatchObject({ onHand: 170, unitsSold30d: 29, agedUnits: 0 });
  });

  it('OUT-3: neither demand nor age: no recommendation (ratio ≤ 3, stock under 90 days)', () => {
    const f = outletFacts({
      lots: [lot({ units: 60, received: at('2026-01-20T00:00:00-08:00') })],
      orders: dailyOrders(2),
    });
    // 60 on hand at the snapshot of 2026-03-01, 6 sold since → 54 / 60 sold in 30 days = 0.9.
    expect(recommendForAsin(f, WED)).toEqual([]);
  });

  it('OUT-3: only eligible SKUs are recommended, so a recommendation can disappear the next day', () => {
    const f = outletFacts({
      products: [product({ validFrom: 0 }), product({ validFrom: WED + DAY, imagesOk: false })],
    });
    expect(recommendForAsin(f, WED)).toHaveLength(1);
    expect(recommendForAsin(f, WED + 2 * DAY)).toEqual([]);
  });

  it('OUT-5: the suggestion is an Outlet deal at 30% when both demand and age call for it, within OUT-4', () => {
    const [rec] = recommendForAsin(outletFacts(), WED);
    expect(rec?.suggested).toEqual({ kind: 'outlet_deal', discountPct: 30, price: 2800 });
  });

  it('OUT-5: an Outlet sale at the recommended 25% when only one calls for it', () => {
    const us = ruleSetFor('US', WED);
    const noRatio: RuleSet = { ...us, outlet: { ...us.outlet, outletRecommendStockToSalesAbove: 1000 } };
    const [rec] = recommendForAsin(outletFacts({ rulesAt: () => noRatio }), WED);
    expect(rec?.suggested).toEqual({ kind: 'outlet_sale', discountPct: 25, price: 3000 });
  });

  it('OUT-9: an account marked after a seller-caused cancellation gets no recommendations', () => {
    const flag = outletEvent({
      dealId: 'OD-OLD',
      sku: SKU,
      marketplace: 'US',
      at: WED - 20 * DAY,
      type: 'account_flagged',
      actor: 'system',
      reasons: ['PRICING_RULE_BLOCKED'],
    });
    const r = outletRecommendations([outletFacts()], [flag], WED);
    expect(r.recommendations).toEqual([]);
    expect(r.suppressed).toMatchObject({ code: 'OUTLET_ACCOUNT_FLAGGED', rule: 'OUT-9' });
    const later = { ...flag, at: WED + DAY };
    expect(outletRecommendations([outletFacts()], [later], WED).recommendations).toHaveLength(1);
  });
});

describe('OUT-13 advice with recommendations', () => {
  it('OUT-13: under-$10 page (US), sibling variations, images, coupon, the full two weeks', () => {
    const f = outletFacts({ products: [product({ validFrom: 0, parentAsin: 'B0PARENT01' })] });
    const [rec] = recommendForAsin(f, WED);
    expect(rec?.advice.map((a) => a.code)).toEqual([
      'OUTLET_ADVICE_UNDER_PRICE',
      'OUTLET_ADVICE_SIBLINGS',
      'OUTLET_ADVICE_IMAGES',
      'OUTLET_ADVICE_COUPON',
      'OUTLET_ADVICE_TWO_WEEKS',
    ]);
    expect(rec?.advice.every((a) => a.rule === 'OUT-13')).toBe(true);
    expect(rec?.advice[0]?.message).toContain('$10.00');
    expect(rec?.advice[4]?.message).toContain('14 days');
  });

  it('OUT-13: no Under-$10 advice where the rule set has no such page', () => {
    const us = ruleSetFor('US', WED);
    const none: RuleSet = { ...us, outlet: { ...us.outlet, outletUnderPriceAdviceMax: null } };
    const [rec] = recommendForAsin(outletFacts({ rulesAt: () => none }), WED);
    expect(rec?.advice.map((a) => a.code)).not.toContain('OUTLET_ADVICE_UNDER_PRICE');
  });
});
