import { describe, expect, it } from 'vitest';
import { convertByInverseRate } from '../money/money.js';
import { ruleSetFor } from '../rules/rules.js';
import {
  lowestPriceBringing,
  markdownStages,
  referralFee,
  unitCash,
  unitCostsOf,
  unitProfit,
  type UnitCosts,
} from './economics.js';
import { AS_OF, productFact } from './test-support.js';

const RS = ruleSetFor('US', AS_OF);

/** The seed's product: ¥42.67 purchase + ¥18.88 freight at 7.515 CNY/USD, $9.11 fulfilment, 15% referral. */
function seedCosts(): UnitCosts {
  const rate = '7.515';
  return {
    currency: 'USD',
    referralPct: 15,
    referralMinFee: 30,
    fulfilmentFee: 911,
    purchaseCost: convertByInverseRate(4267, 'CNY', 'USD', rate),
    freight: convertByInverseRate(1888, 'CNY', 'USD', rate),
    landedCost: convertByInverseRate(4267 + 1888, 'CNY', 'USD', rate),
  };
}

describe('EXC-5: unit economics', () => {
  it('EXC-5: the seed stage-1 price $20.69 leaves about $0.29 a unit ($3.10 referral, $9.11 fulfilment, ¥61.55 at 7.515)', () => {
    const c = seedCosts();
    expect(c.landedCost).toBe(819); // ¥61.55 ÷ 7.515 = $8.19
    expect(referralFee(2069, c)).toBe(310);
    expect(unitCash(2069, c)).toBe(2069 - 310 - 911);
    expect(unitProfit(2069, c)).toBe(29);
  });

  it('EXC-5: unit costs come from the product (fx_rate = marketplace currency per cost currency unit)', () => {
    const c = unitCostsOf(productFact({ fxRate: '0.1331' }), RS);
    expect(c.purchaseCost).toBe(568); // 4267 × 0.1331 = 567.9
    expect(c.freight).toBe(251);
    expect(c.landedCost).toBe(819);
    expect(c.referralPct).toBe(15);
    const noCost = unitCostsOf(productFact({ unitCost: null, freightPerUnit: null }), RS);
    expect(noCost.landedCost).toBeNull();
    expect(unitProfit(2069, noCost)).toBeNull();
    const noFx = unitCostsOf(productFact({ fxRate: null }), RS);
    expect(noFx.purchaseCost).toBeNull();
    // Without a product referral % the rule set's default (C.5) applies, with its minimum per item.
    const byDefault = unitCostsOf(productFact({ referralPct: null }), RS);
    expect(byDefault.referralPct).toBe(RS.fees.referral?.referralDefaultPct);
    expect(referralFee(100, byDefault)).toBe(RS.fees.referral?.referralMinFeePerItem);
  });

  it('EXC-5: each stage price is the lowest price that reaches its target (tested from the definitions)', () => {
    const c = seedCosts();
    const stages = markdownStages(RS, c);
    expect(stages.map((s) => s.target)).toEqual(['break_even', 'purchase_cost', 'part_of_purchase_cost']);
    const [s1, s2, s3] = stages;
    // Stage 1 break even: profit ≥ 0 at the price, < 0 a cent lower.
    expect(unitProfit(s1!.price!, c)).toBeGreaterThanOrEqual(0);
    expect(unitProfit(s1!.price! - 1, c)).toBeLessThan(0);
    // Stage 2 recovers the purchase cost: it loses the freight (to rounding), and a cent less loses more.
    expect(unitCash(s2!.price!, c)).toBeGreaterThanOrEqual(c.purchaseCost!);
    expect(unitCash(s2!.price! - 1, c)).toBeLessThan(c.purchaseCost!);
    expect(s2!.unitProfit! + c.freight!).toBeGreaterThanOrEqual(-1);
    // Stage 3 recovers part (the rule set: 50%) of the purchase cost, for stock aged > 180 days.
    expect(s3!.minAgeDaysAbove).toBe(180);
    expect(s3!.need).toBe(Math.round(c.purchaseCost! / 2));
    expect(unitCash(s3!.price!, c)).toBeGreaterThanOrEqual(s3!.need!);
    expect(unitCash(s3!.price! - 1, c)).toBeLessThan(s3!.need!);
    // Deeper stage, lower price; the seed's own stage prices sit close to these (other FX rates).
    expect(s1!.price!).toBeGreaterThan(s2!.price!);
    expect(s2!.price!).toBeGreaterThan(s3!.price!);
    expect(Math.abs(s1!.price! - 2069)).toBeLessThan(60);
    expect(Math.abs(s2!.price! - 1759)).toBeLessThan(60);
    expect(Math.abs(s3!.price! - 1419)).toBeLessThan(60);
  });

  it('EXC-5: the solver honours the referral minimum fee and says when no price reaches the target', () => {
    const c: UnitCosts = { ...seedCosts(), referralMinFee: 100, fulfilmentFee: 100 };
    // Under $6.67 the 15% referral is below the $1.00 minimum: price − 1.00 − 1.00 ≥ 0.
    expect(lowestPriceBringing(0, c)).toBe(200);
    expect(unitCash(199, c)).toBe(-1);
    expect(lowestPriceBringing(10, { ...c, referralPct: 100 }, 100_000)).toBeNull();
  });
});
