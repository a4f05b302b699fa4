import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROMOTION_KINDS, type PriceFact, type PromotionFact } from '../catalog/facts.js';
import { DAY_MS, HOUR_MS } from '../calendar/civil.js';
import { ruleSetFor } from '../rules/rules.js';
import { checkPromotion } from './check.js';
import type { CheckContext } from './types.js';
import {
  asinFacts,
  at,
  codes,
  issue,
  order,
  price,
  product,
  promo,
  wasPriceOrders,
  type FactsInput,
} from './test-support.js';

function ctxFor(proposal: PromotionFact, input: FactsInput, over: Partial<CheckContext> = {}): CheckContext {
  const facts = asinFacts(input);
  return {
    facts,
    ruleSet: ruleSetFor(proposal.marketplace, proposal.start),
    product: facts.products[0] ?? product(),
    ...over,
  };
}

describe('seed 002 case 1: a 30% coupon on 32.99 sets the 30-day low that the next LD must beat', () => {
  const base = { prices: [price('2026-01-01T00:00:00-08:00', 3299)], orders: wasPriceOrders(3299) };
  const c30 = promo({
    id: 'C30',
    kind: 'coupon',
    start: '2026-03-20T00:00:00-07:00',
    end: '2026-03-27T00:00:00-07:00',
    discountPct: 30,
  });

  it('PM-1, PM-10: the coupon passes and leaves a 30-day lowest net price of 23.09', () => {
    const r = checkPromotion(c30, ctxFor(c30, base, { expectedDailyUnits: 10 }));
    expect(r.ok).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.references).toMatchObject({
      currentPrice: 3299,
      wasPrice: { value: 3299 },
      reference: { value: 3299, kind: 'was_price' },
    });
    expect(r.lowest30DayNetPriceAfter).toMatchObject({ value: 2309, cause: { promotionIds: ['C30'] } });
    expect(r.fee.estimated).toBe(500 + 4041);
  });

  it('PM-3, PM-10: a later LD must be ≤ 21.93 (5% below 23.09): 21.93 passes, 21.94 fails', () => {
    const ld = (cents: number) =>
      promo({
        id: 'LD1',
        kind: 'lightning_deal',
        start: '2026-04-05T08:00:00-07:00',
        end: '2026-04-05T20:00:00-07:00',
        price: cents,
      });
    const facts = { ...base, promotions: [c30] };
    const ok = checkPromotion(ld(2193), ctxFor(ld(2193), facts));
    expect(ok.errors).toEqual([]);
    expect(ok.references.lowest30DayNetPrice).toMatchObject({ value: 2309 });
    const bad = checkPromotion(ld(2194), ctxFor(ld(2194), facts));
    expect(bad.ok).toBe(false);
    expect(codes(bad.errors)).toEqual(['LD_NOT_BELOW_LOWEST_NET']);
    expect(issue(bad.errors, 'LD_NOT_BELOW_LOWEST_NET').message).toBe(
      'Lightning Deal price 21.94 must be at least 5% below the 30-day lowest net price 23.09 (≤ 21.93)',
    );
  });

  it('DEC-3: the 30-day window is [start − 30 days, start): a coupon that ended 30 local days before the start no longer counts', () => {
    const ld = promo({
      id: 'LD1',
      kind: 'lightning_deal',
      start: '2026-04-26T00:00:00-07:00',
      end: '2026-04-26T12:00:00-07:00',
      price: 2700,
    });
    const r = checkPromotion(ld, ctxFor(ld, { ...base, promotions: [c30] }));
    expect(r.references.lowest30DayNetPrice.value).toBe(3299);
    expect(r.errors).toEqual([]);
  });
});

describe('seed 002 case 2: an LD at 20.99 during a 10% coupon makes 18.89 the new 30-day low (PM-10 price chain)', () => {
  const c10 = promo({
    id: 'C10',
    kind: 'coupon',
    start: '2026-04-01T00:00:00-07:00',
    end: '2026-04-25T00:00:00-07:00',
    discountPct: 10,
  });
  const ld1 = promo({
    id: 'LD1',
    kind: 'lightning_deal',
    start: '2026-04-10T08:00:00-07:00',
    end: '2026-04-10T20:00:00-07:00',
    price: 2099,
  });
  const ld2 = (cents: number) =>
    promo({
      id: 'LD2',
      kind: 'lightning_deal',
      start: '2026-04-20T08:00:00-07:00',
      end: '2026-04-20T20:00:00-07:00',
      price: cents,
    });
  const facts = (planned: PromotionFact[]) => ({
    prices: [price('2026-01-01T00:00:00-08:00', 2999)],
    orders: wasPriceOrders(2999),
    promotions: [c10, ...planned],
  });

  it('PM-10: the LD passes and leaves 18.89 (20.99 less 10%) as the 30-day lowest net price', () => {
    const r = checkPromotion(ld1, ctxFor(ld1, facts([])));
    expect(r.errors).toEqual([]);
    expect(r.references.lowest30DayNetPrice.value).toBe(2699);
    expect(r.lowest30DayNetPriceAfter).toMatchObject({ value: 1889, cause: { promotionIds: ['LD1', 'C10'] } });
  });

  it('PM-10: it blocks a planned LD at 19.99, which passes without it (max 25.64) but not with it (max 17.94)', () => {
    const r = checkPromotion(ld1, ctxFor(ld1, facts([ld2(1999)])));
    expect(r.ok).toBe(true);
    expect(r.blocks).toHaveLength(1);
    const [block] = r.blocks;
    expect(block).toMatchObject({ id: 'LD2', kind: 'lightning_deal', start: at('2026-04-20T08:00:00-07:00') });
    expect(codes(block?.errors ?? [])).toEqual(['LD_NOT_BELOW_LOWEST_NET']);
    expect(block?.errors[0]?.values).toMatchObject({ price: '19.99', low: '18.89', max: '17.94' });
  });

  it('PM-10: a planned LD at 17.94 is not blocked; one that fails anyway is not listed either', () => {
    expect(checkPromotion(ld1, ctxFor(ld1, facts([ld2(1794)]))).blocks).toEqual([]);
    expect(checkPromotion(ld1, ctxFor(ld1, facts([ld2(2600)]))).blocks).toEqual([]);
  });

  it('PM-10: a planned LD too close to the proposal is blocked by the spacing rule', () => {
    const near = promo({
      id: 'LD3',
      kind: 'lightning_deal',
      start: '2026-04-15T08:00:00-07:00',
      end: '2026-04-15T20:00:00-07:00',
      price: 1700,
    });
    const r = checkPromotion(ld1, ctxFor(ld1, facts([near])));
    expect(codes(r.errors)).toEqual(['LD_SPACING_TOO_SHORT']);
    expect(r.blocks.map((b) => [b.id, codes(b.errors)])).toEqual([['LD3', ['LD_SPACING_TOO_SHORT']]]);
  });

  it('PM-8: with a minimum price of 20.00 a buyer would pay 18.89 → OFFER_WOULD_BE_INACTIVE, and the inactive time stays out of the 30-day low (PR-6)', () => {
    const ctx = ctxFor(ld1, { ...facts([]), products: [product({ minPrice: 2000 })] });
    const r = checkPromotion(ld1, ctx);
    const w = issue(r.warnings, 'OFFER_WOULD_BE_INACTIVE');
    expect(w.rule).toBe('PM-8');
    expect(w.values).toMatchObject({
      net: '18.89',
      minPrice: '20.00',
      stack: 'LD1 + C10',
      at: '2026-04-10T08:00:00-07:00',
    });
    expect(w.messageZh).toContain('商品将变为不可售');
    expect(r.lowest30DayNetPriceAfter.value).toBe(2699);
    const fine = checkPromotion(ld1, ctxFor(ld1, { ...facts([]), products: [product({ minPrice: 1889 })] }));
    expect(codes(fine.warnings)).not.toContain('OFFER_WOULD_BE_INACTIVE');
  });
});

describe('checkPromotion as a whole', () => {
  it('GEN-3: thresholds a marketplace inherits from US are flagged as assumed', () => {
    const uk = promo({
      id: 'CUK',
      kind: 'coupon',
      marketplace: 'UK',
      start: at('2026-04-01T00:00:00+01:00'),
      end: at('2026-04-08T00:00:00+01:00'),
      discountPct: 10,
    });
    const ukPrice: PriceFact = {
      sku: 'SKU-1',
      marketplace: 'UK',
      at: at('2026-01-01T00:00:00Z'),
      price: 2000,
      dealId: null,
    };
    const orders = wasPriceOrders(2200).map((o) => ({ ...o, marketplace: 'UK' as const, currency: 'GBP' as const }));
    const ctx = ctxFor(uk, {
      marketplace: 'UK',
      products: [product({ marketplace: 'UK' })],
      prices: [ukPrice],
      orders,
    });
    const r = checkPromotion(uk, ctx);
    expect(r.errors).toEqual([]);
    const w = issue(r.warnings, 'THRESHOLD_ASSUMED');
    expect(w.rule).toBe('GEN-3');
    expect(String(w.values['params'])).toContain('promotions.couponMaxNetPriceOfRefPct');
    expect(r.fee.basis).toMatch(/^no fee data/);
    expect(r.fee.currency).toBe('GBP');
  });

  it('DEC-3: a stored proposal is excluded from its own check (no overlap with itself)', () => {
    const pd = promo({
      id: 'PD1',
      kind: 'price_discount',
      start: '2026-04-01T00:00:00-07:00',
      end: '2026-04-03T00:00:00-07:00',
      price: 1800,
    });
    const r = checkPromotion(
      pd,
      ctxFor(pd, {
        prices: [price('2026-01-01T00:00:00-08:00', 2000)],
        orders: wasPriceOrders(2000),
        promotions: [pd],
      }),
    );
    expect(r).toMatchObject({ ok: true, errors: [], warnings: [], blocks: [] });
    expect(r.references.lowest30DayNetPrice.value).toBe(2000);
  });
});

// ---- property tests ----------------------------------------------------------------------------

const T0 = at('2026-04-01T00:00:00-07:00');
const promotionArb = (id: string) =>
  fc
    .record({
      kind: fc.constantFrom(...PROMOTION_KINDS),
      day: fc.integer({ min: 0, max: 40 }),
      hour: fc.integer({ min: 0, max: 23 }),
      hours: fc.integer({ min: 1, max: 24 * 16 }),
      price: fc.option(fc.integer({ min: 500, max: 3500 }), { nil: null }),
      pct: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
      stackable: fc.boolean(),
      codeType: fc.constantFrom('unrestricted' as const, 'priority' as const, 'social' as const, null),
    })
    .map((r) =>
      promo({
        id,
        kind: r.kind,
        start: T0 + r.day * DAY_MS + r.hour * HOUR_MS,
        end: T0 + r.day * DAY_MS + (r.hour + r.hours) * HOUR_MS,
        price: r.kind === 'coupon' || r.kind === 'promo_code' ? null : r.price,
        discountPct: r.price === null || r.kind === 'coupon' || r.kind === 'promo_code' ? (r.pct ?? 10) : null,
        stackable: r.stackable,
        code: r.kind === 'promo_code' ? `CODE${id}` : null,
        codeType: r.kind === 'promo_code' ? r.codeType : null,
        audience: r.kind === 'business_price' ? 'business' : 'all',
      }),
    );

const scenarioArb = fc.record({
  proposal: promotionArb('P'),
  planned: fc.tuple(promotionArb('A'), promotionArb('B'), promotionArb('C'), promotionArb('D')),
  count: fc.integer({ min: 0, max: 4 }),
  minPrice: fc.option(fc.integer({ min: 1000, max: 2500 }), { nil: null }),
});

function contextOf(proposal: PromotionFact, planned: readonly PromotionFact[], minPrice: number | null): CheckContext {
  return ctxFor(
    proposal,
    {
      products: [product({ minPrice })],
      prices: [price('2026-01-01T00:00:00-08:00', 2999)],
      orders: [...wasPriceOrders(2999), order('2026-03-25T10:00:00-07:00', 2999)],
      promotions: planned,
    },
    { expectedDailyUnits: 3 },
  );
}

const issueKeys = (issues: readonly { code: string; rule: string; values: unknown }[]) =>
  issues.map((i) => `${i.code}|${i.rule}|${JSON.stringify(i.values)}`).sort();

describe('properties', () => {
  it('GEN-4: checkPromotion is deterministic', () => {
    fc.assert(
      fc.property(scenarioArb, ({ proposal, planned, count, minPrice }) => {
        const others = planned.slice(0, count);
        const a = checkPromotion(proposal, contextOf(proposal, others, minPrice));
        const b = checkPromotion(proposal, contextOf(proposal, others, minPrice));
        expect(b).toEqual(a);
        expect(a.ok).toBe(a.errors.length === 0);
      }),
      { numRuns: 25 },
    );
  });

  it('GEN-4: errors, warnings and blocks do not depend on the order the promotions are given in', () => {
    fc.assert(
      fc.property(
        scenarioArb.chain((s) =>
          fc.record({
            s: fc.constant(s),
            shuffled: fc.shuffledSubarray(s.planned.slice(0, s.count), { minLength: s.count }),
          }),
        ),
        ({ s, shuffled }) => {
          const others = s.planned.slice(0, s.count);
          const a = checkPromotion(s.proposal, contextOf(s.proposal, others, s.minPrice));
          const b = checkPromotion(s.proposal, contextOf(s.proposal, shuffled, s.minPrice));
          expect(issueKeys(b.errors)).toEqual(issueKeys(a.errors));
          expect(issueKeys(b.warnings)).toEqual(issueKeys(a.warnings));
          expect(b.blocks.map((x) => [x.id, issueKeys(x.errors)])).toEqual(
            a.blocks.map((x) => [x.id, issueKeys(x.errors)]),
          );
          expect(b.lowest30DayNetPriceAfter.value).toBe(a.lowest30DayNetPriceAfter.value);
          expect(b.fee).toEqual(a.fee);
        },
      ),
      { numRuns: 25 },
    );
  });
});
