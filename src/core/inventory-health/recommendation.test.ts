import { describe, expect, it } from 'vitest';
import { parseInstant } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import { baselineRecommendation, promoFee, type RecommendationInput } from './recommendation.js';

const rules = ruleSetFor('US', parseInstant('2026-03-01T12:00:00-08:00'));
const input = (over: Partial<RecommendationInput>): RecommendationInput => ({
  band: 'heavy_excess',
  excessUnits: 100,
  dailySales: 10,
  currentPrice: 2000,
  outletEligible: false,
  outletMaxDealPrice: null,
  referralPct: 15,
  fulfilmentFee: 500,
  ...over,
});

describe('EXC-3 baseline mapping', () => {
  it('EXC-3: under 500 excess units → Lightning Deal 15% off; net of the $70/day + 1% deal fee', () => {
    const r = baselineRecommendation(input({ excessUnits: 499 }), rules);
    expect(r).toMatchObject({ action: 'lightning_deal', price: 1700, expectedUnits: 499, source: 'baseline' });
    // 499 × (17.00 − 2.55 − 5.00) − (70.00 + 1% of 8,483.00 = 84.83)
    expect(r.netCash).toBe(499 * 945 - (7000 + 8483));
  });

  it('EXC-3: 500–1,000 excess units → Best Deal 10% off plus the 30% coupon (EXC-9), fees of both', () => {
    const at500 = baselineRecommendation(input({ excessUnits: 500 }), rules);
    expect(at500).toMatchObject({ action: 'best_deal_coupon', price: 1260 }); // 20.00 → 18.00 → 12.60
    expect(baselineRecommendation(input({ excessUnits: 1000 }), rules).action).toBe('best_deal_coupon');
    const bdFee = promoFee(rules.fees.deals.bestDealFee!, 7, 500, 1800, 200);
    const couponFee = promoFee(rules.fees.coupons.couponFee!, 7, 500, 1260, 540);
    expect(bdFee).toBe(7 * 7000 + 9000); // 1% of 9,000.00 sales
    expect(couponFee).toBe(500 + 15750); // $5 + 2.5% of 6,300.00 sales
    expect(at500.netCash).toBe(500 * (1260 - 189 - 500) - bdFee - couponFee);
  });

  it('EXC-3: more than 1,000 → WOOT in rounds (off Amazon: fees not deducted)', () => {
    expect(baselineRecommendation(input({ excessUnits: 1001 }), rules)).toMatchObject({
      action: 'woot',
      price: 1400,
      expectedUnits: 1001,
    });
  });

  it('EXC-3: moderate and Outlet-eligible → Outlet, units from the EXC-9 lift over 14 days', () => {
    const r = baselineRecommendation(
      input({ band: 'moderate_excess', excessUnits: 1000, outletEligible: true, outletMaxDealPrice: 1555 }),
      rules,
    );
    expect(r).toMatchObject({ action: 'outlet', price: 1555, expectedUnits: 490 }); // 10/day × 3.5 × 14
    const noMax = baselineRecommendation(
      input({ band: 'moderate_excess', outletEligible: true, currentPrice: 1999 }),
      rules,
    );
    expect(noMax.price).toBe(1599); // 19.99 less 20%, rounded down (OUT-4)
  });

  it('no excess: none (healthy) or replenish (stockout risk); unknown figures leave net cash null', () => {
    expect(baselineRecommendation(input({ band: 'healthy', excessUnits: 0 }), rules)).toMatchObject({
      action: 'none',
      netCash: 0,
    });
    expect(baselineRecommendation(input({ band: 'stockout_risk', excessUnits: 0 }), rules).action).toBe('replenish');
    const noFee = baselineRecommendation(input({ fulfilmentFee: null }), rules);
    expect(noFee.netCash).toBeNull();
    expect(noFee.why.map((w) => w.code)).toContain('EXC_REC_NO_UNIT_FEES');
    expect(baselineRecommendation(input({ currentPrice: null }), rules)).toMatchObject({ price: null, netCash: null });
  });
});
