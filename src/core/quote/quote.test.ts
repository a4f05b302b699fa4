import { describe, expect, it } from 'vitest';
import type { PromotionFact } from '../catalog/facts.js';
import { hasMessage } from '../messages/messages.js';
import { ruleSetFor } from '../rules/rules.js';
import { at, buyer, promo } from '../reference-prices/test-fixtures.js';
import { quote } from './quote.js';
import type { BuyerContext, QuoteInput } from './types.js';

const T0 = at('2026-05-01T00:00:00Z');
const T1 = at('2026-06-01T00:00:00Z');
const NOW = at('2026-05-10T12:00:00Z');
const RS = ruleSetFor('US', NOW);

function q(
  basePrice: number,
  promotions: PromotionFact[],
  b: Partial<BuyerContext> = {},
  extra: Partial<QuoteInput> = {},
) {
  return quote({ at: NOW, currency: 'USD', basePrice, promotions, buyer: buyer(b), ...extra }, RS);
}
const live = { start: T0, end: T1 };

describe('quote (PQ-1..PQ-3)', () => {
  it('PQ-1: with no promotion the net price is the base price', () => {
    const r = q(2999, []);
    expect(r).toMatchObject({
      basePrice: 2999,
      direct: null,
      addOns: [],
      netUnitPrice: 2999,
      totalDiscount: 0,
      notApplied: [],
      warnings: [],
    });
  });

  it('PR-6 seed case 1: a 30% coupon on $32.99 leaves $23.09', () => {
    const r = q(3299, [promo({ id: 'C30', kind: 'coupon', discountPct: 30, ...live })]);
    expect(r.netUnitPrice).toBe(2309);
    expect(r.addOns).toEqual([{ id: 'C30', kind: 'coupon', base: 3299, discount: 990 }]);
  });

  it('PR-6 seed case 2: an LD at $20.99 with a 10% coupon nets $18.89', () => {
    const r = q(2999, [
      promo({ id: 'LD', kind: 'lightning_deal', price: 2099, ...live }),
      promo({ id: 'C10', kind: 'coupon', discountPct: 10, ...live }),
    ]);
    expect(r.direct).toEqual({ id: 'LD', kind: 'lightning_deal', price: 2099, discount: 900 });
    expect(r.addOns).toEqual([{ id: 'C10', kind: 'coupon', base: 2099, discount: 210 }]);
    expect(r.netUnitPrice).toBe(1889);
  });

  it('PQ-2: $100 with a 50% Outlet deal and a 5% coupon gives a $55 discount (both on the standard price)', () => {
    const r = q(10000, [
      promo({ id: 'OUT', kind: 'outlet_deal', discountPct: 50, ...live }),
      promo({ id: 'C5', kind: 'coupon', discountPct: 5, ...live }),
    ]);
    expect(r.totalDiscount).toBe(5500);
    expect(r.netUnitPrice).toBe(4500);
    expect(r.outletStacking).toBe(true);
    expect(r.addOns).toEqual([{ id: 'C5', kind: 'coupon', base: 10000, discount: 500 }]);
    // the same with the deal given as a price
    const byPrice = q(10000, [
      promo({ id: 'OUT', kind: 'outlet_sale', price: 5000, ...live }),
      promo({ id: 'C5', kind: 'coupon', discountPct: 5, ...live }),
    ]);
    expect(byPrice.totalDiscount).toBe(5500);
  });

  it('PQ-2: without Outlet the add-ons are multiplicative (PED 20% then coupon 10% of the PED price)', () => {
    const r = q(
      10000,
      [
        promo({ id: 'PED', kind: 'ped', discountPct: 20, ...live }),
        promo({ id: 'C', kind: 'coupon', discountPct: 10, ...live }),
      ],
      { prime: true },
    );
    expect(r.netUnitPrice).toBe(7200);
    expect(r.outletStacking).toBe(false);
  });

  it('PM-7: of several direct-price promotions the lowest applies and the others say why', () => {
    const r = q(3000, [
      promo({ id: 'PD', kind: 'price_discount', price: 2700, ...live }),
      promo({ id: 'BD', kind: 'best_deal', price: 2500, ...live }),
      promo({ id: 'OUT', kind: 'outlet_sale', discountPct: 20, ...live }), // 2400: the lowest
    ]);
    expect(r.direct?.id).toBe('OUT');
    expect(r.notApplied.map((n) => [n.id, n.reason, n.values.taken])).toEqual([
      ['PD', 'DIRECT_PRICE_NOT_LOWEST', 'OUT'],
      ['BD', 'DIRECT_PRICE_NOT_LOWEST', 'OUT'],
    ]);
  });

  it('PM-7: a tie between direct prices goes to the earlier start, then the smaller id (whatever the input order)', () => {
    const a = promo({ id: 'B', kind: 'price_discount', price: 2500, ...live });
    const b = promo({ id: 'A', kind: 'best_deal', price: 2500, ...live });
    expect(q(3000, [a, b]).direct?.id).toBe('A');
    expect(q(3000, [b, a]).direct?.id).toBe('A');
    const early = promo({ id: 'Z', kind: 'price_discount', price: 2500, start: T0 - 1, end: T1 });
    expect(q(3000, [a, b, early]).direct?.id).toBe('Z');
  });

  it('PM-2: a PED applies to Prime members only', () => {
    const ped = promo({ id: 'PED', kind: 'ped', price: 2500, ...live });
    expect(q(3000, [ped]).notApplied).toEqual([
      { id: 'PED', kind: 'ped', reason: 'PED_PRIME_ONLY', values: { id: 'PED' } },
    ]);
    expect(q(3000, [ped], { prime: true }).netUnitPrice).toBe(2500);
  });

  it('PM-6: business prices apply to business buyers by quantity tier, and stack with coupons', () => {
    const tiers = [
      promo({ id: 'B1', kind: 'business_price', discountPct: 10, minQty: 1, ...live }),
      promo({ id: 'B10', kind: 'business_price', discountPct: 30, minQty: 10, ...live }),
      promo({ id: 'C', kind: 'coupon', discountPct: 5, ...live }),
    ];
    expect(q(10000, tiers).direct).toBeNull();
    expect(q(10000, tiers, { business: true, quantity: 5 }).direct?.id).toBe('B1');
    const ten = q(10000, tiers, { business: true, quantity: 10 });
    expect(ten.direct?.id).toBe('B10');
    expect(ten.netUnitPrice).toBe(6650); // 7000 less 5%
    expect(q(10000, tiers, { business: true, quantity: 5 }).notApplied.find((n) => n.id === 'B10')?.reason).toBe(
      'BELOW_MIN_QUANTITY',
    );
  });

  it('PQ-1: audience filters for first-time buyers and Prime members', () => {
    const c = promo({ id: 'NEW', kind: 'coupon', discountPct: 10, audience: 'new_buyer', ...live });
    const p = promo({ id: 'PRIME', kind: 'coupon', discountPct: 10, audience: 'prime', ...live });
    expect(q(1000, [c, p]).notApplied.map((n) => n.reason)).toEqual(['AUDIENCE_NEW_BUYER_ONLY', 'AUDIENCE_PRIME_ONLY']);
    expect(q(1000, [c, p], { firstTime: true, prime: true }).netUnitPrice).toBe(810);
  });

  it('PM-1e: two overlapping coupons both apply, each rounded half up on the running price (DEC-5)', () => {
    const r = q(3299, [
      promo({ id: 'C1', kind: 'coupon', discountPct: 30, ...live }),
      promo({ id: 'C2', kind: 'coupon', discountPct: 10, ...live }),
    ]);
    expect(r.addOns.map((a) => [a.id, a.base, a.discount])).toEqual([
      ['C1', 3299, 990],
      ['C2', 2309, 231],
    ]);
    expect(r.netUnitPrice).toBe(2078);
  });

  it('PM-5: a code applies only when entered (case-insensitive)', () => {
    const code = promo({
      id: 'PC',
      kind: 'promo_code',
      discountPct: 10,
      code: 'save10',
      codeType: 'unrestricted',
      ...live,
    });
    expect(q(1000, [code]).notApplied[0]?.reason).toBe('CODE_NOT_ENTERED');
    expect(q(1000, [code], { codes: ['SAVE10'] }).netUnitPrice).toBe(900);
  });

  it('PM-5: unrestricted codes stack; of the priority codes only the largest applies', () => {
    const promos = [
      promo({ id: 'U1', kind: 'promo_code', discountPct: 10, code: 'U1', codeType: 'unrestricted', ...live }),
      promo({ id: 'U2', kind: 'promo_code', discountPct: 10, code: 'U2', codeType: 'unrestricted', ...live }),
      promo({ id: 'P1', kind: 'promo_code', discountPct: 15, code: 'P1', codeType: 'priority', ...live }),
      promo({ id: 'P2', kind: 'promo_code', discountAmount: 200, code: 'P2', codeType: 'priority', ...live }),
    ];
    const r = q(1000, promos, { codes: ['U1', 'U2', 'P1', 'P2'] });
    expect(r.addOns.map((a) => a.id)).toEqual(['P2', 'U1', 'U2']); // codes in (start, id) order
    expect(r.notApplied).toEqual([
      { id: 'P1', kind: 'promo_code', reason: 'PRIORITY_CODE_NOT_LARGEST', values: { id: 'P1', taken: 'P2' } },
    ]);
    expect(r.netUnitPrice).toBe(1000 - 200 - 80 - 72);
  });

  it('PM-5: with a deal only social-media codes stack; Outlet stacks with any code (OUT-11)', () => {
    const ld = promo({ id: 'LD', kind: 'lightning_deal', price: 800, ...live });
    const social = promo({ id: 'S', kind: 'promo_code', discountPct: 10, code: 'S', codeType: 'social', ...live });
    const unres = promo({ id: 'U', kind: 'promo_code', discountPct: 10, code: 'U', codeType: 'unrestricted', ...live });
    const r = q(1000, [ld, social, unres], { codes: ['S', 'U'] });
    expect(r.addOns.map((a) => a.id)).toEqual(['S']);
    expect(r.notApplied.map((n) => [n.id, n.reason])).toEqual([['U', 'CODE_NOT_WITH_DEAL']]);
    const outlet = promo({ id: 'O', kind: 'outlet_deal', discountPct: 30, ...live });
    expect(q(1000, [outlet, unres], { codes: ['U'] }).addOns.map((a) => a.id)).toEqual(['U']);
  });

  it('PM-5: a coupon and a code stack only if both are stackable, otherwise the larger discount applies', () => {
    const coupon = promo({ id: 'C', kind: 'coupon', discountPct: 20, stackable: true, ...live });
    const code = promo({
      id: 'K',
      kind: 'promo_code',
      discountPct: 15,
      code: 'K',
      codeType: 'unrestricted',
      stackable: false,
      ...live,
    });
    const r = q(1000, [coupon, code], { codes: ['K'] });
    expect(r.addOns.map((a) => a.id)).toEqual(['C']);
    expect(r.notApplied).toEqual([
      { id: 'K', kind: 'promo_code', reason: 'COUPON_CODE_NOT_STACKABLE', values: { id: 'K', taken: 'C' } },
    ]);
    const bigCode = { ...code, discountPct: 40 };
    expect(q(1000, [coupon, bigCode], { codes: ['K'] }).addOns.map((a) => a.id)).toEqual(['K']);
    const both = q(1000, [coupon, { ...code, stackable: true }], { codes: ['K'] });
    expect(both.addOns.map((a) => a.id)).toEqual(['C', 'K']);
    expect(both.netUnitPrice).toBe(680);
  });

  it('DEC-5 + PQ-3: a discount that would go below zero is cut to it, with a ZERO_PRICE warning naming the stack', () => {
    const r = q(1000, [
      promo({ id: 'LD', kind: 'lightning_deal', price: 300, ...live }),
      promo({ id: 'C', kind: 'coupon', discountAmount: 500, ...live }),
    ]);
    expect(r.addOns).toEqual([{ id: 'C', kind: 'coupon', base: 300, discount: 300 }]);
    expect(r.netUnitPrice).toBe(0);
    expect(r.warnings.map((w) => [w.code, w.rule, w.values.stack])).toEqual([['ZERO_PRICE', 'PQ-3', 'LD + C']]);
    expect(r.warnings[0]?.messageZh).toContain('0 元');
  });

  it('PQ-3: LOSS when the net price is at or below the cost floor; PM-8: OFFER_INACTIVE below the minimum price', () => {
    const c = promo({ id: 'C', kind: 'coupon', discountPct: 50, ...live });
    expect(q(2000, [c], {}, { costFloor: 1000 }).warnings.map((w) => w.code)).toEqual(['LOSS']);
    expect(q(2000, [c], {}, { costFloor: 999 }).warnings).toEqual([]);
    expect(q(2000, [c], {}, { minPrice: 1001 }).warnings.map((w) => w.code)).toEqual(['OFFER_INACTIVE']);
    expect(q(2000, [c], {}, { minPrice: 1000 }).warnings).toEqual([]);
    const loss = q(2000, [c], {}, { costFloor: 1200 }).warnings[0];
    expect(loss?.message).toContain('10.00');
    expect(loss?.message).toContain('12.00');
  });

  it('PQ-1: nonsense promotions are reported as not applied, never thrown', () => {
    const r = q(1000, [
      promo({ id: 'NONE', kind: 'coupon', ...live }),
      promo({ id: 'BOTH', kind: 'coupon', discountPct: 10, discountAmount: 100, ...live }),
      promo({ id: 'BIG', kind: 'coupon', discountPct: 120, ...live }),
      promo({ id: 'FINE', kind: 'coupon', discountPct: 10.123, ...live }),
      promo({ id: 'NEG', kind: 'price_discount', price: -5, ...live }),
      promo({ id: 'NOCODE', kind: 'promo_code', discountPct: 10, ...live }),
      promo({ id: 'ABOVE', kind: 'price_discount', price: 1200, ...live }),
    ]);
    expect(r.netUnitPrice).toBe(1000);
    expect(r.notApplied.map((n) => [n.id, n.reason])).toEqual([
      ['NONE', 'PROMOTION_NO_EFFECT'],
      ['BOTH', 'PROMOTION_AMBIGUOUS_EFFECT'],
      ['BIG', 'PROMOTION_BAD_VALUE'],
      ['FINE', 'PROMOTION_BAD_VALUE'],
      ['NEG', 'PROMOTION_BAD_VALUE'],
      ['NOCODE', 'PROMOTION_CODE_MISSING'],
      ['ABOVE', 'DIRECT_PRICE_NOT_BELOW_BASE'],
    ]);
    for (const n of r.notApplied) expect(hasMessage(n.reason)).toBe(true);
  });

  it('PQ-1: only promotions live at the instant count (start inclusive, end exclusive)', () => {
    const c = (start: number, end: number) => promo({ id: 'C', kind: 'coupon', discountPct: 10, start, end });
    expect(q(1000, [c(NOW, NOW + 1)]).netUnitPrice).toBe(900);
    expect(q(1000, [c(NOW - 10, NOW)]).netUnitPrice).toBe(1000);
    expect(q(1000, [c(NOW + 1, NOW + 10)]).netUnitPrice).toBe(1000);
  });

  it('PQ-1: a fixed-amount direct price and add-on', () => {
    const r = q(1000, [
      promo({ id: 'PD', kind: 'price_discount', discountAmount: 150, ...live }),
      promo({ id: 'C', kind: 'coupon', discountAmount: 50, ...live }),
    ]);
    expect(r.netUnitPrice).toBe(800);
    expect(r.direct?.price).toBe(850);
  });
});
