import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIENCES, CODE_TYPES, PROMOTION_KINDS, type PromotionFact } from '../catalog/facts.js';
import { ruleSetFor } from '../rules/rules.js';
import { at, promo } from '../reference-prices/test-fixtures.js';
import { quote } from './quote.js';
import type { BuyerContext } from './types.js';

const NOW = at('2026-05-10T12:00:00Z');
const RS = ruleSetFor('US', NOW);
const CODES = ['A', 'B', 'C'];

const promotionArb = (id: string): fc.Arbitrary<PromotionFact> =>
  fc
    .record({
      kind: fc.constantFrom(...PROMOTION_KINDS),
      effect: fc.oneof(
        fc.record({ discountPct: fc.integer({ min: 1, max: 100 }) }),
        fc.record({ discountPct: fc.integer({ min: 1, max: 9999 }).map((n) => n / 100) }),
        fc.record({ discountAmount: fc.integer({ min: 1, max: 50_000 }) }),
        fc.record({ price: fc.integer({ min: 0, max: 50_000 }) }),
        fc.constant({}),
      ),
      startOffset: fc.integer({ min: -10, max: 2 }),
      endOffset: fc.integer({ min: -2, max: 10 }),
      stackable: fc.boolean(),
      code: fc.constantFrom(...CODES),
      codeType: fc.constantFrom(...CODE_TYPES, null),
      audience: fc.constantFrom(...AUDIENCES),
      minQty: fc.constantFrom(null, 1, 2, 10),
    })
    .map((r) =>
      promo({
        id,
        kind: r.kind,
        start: NOW + r.startOffset * 3_600_000,
        end: NOW + r.endOffset * 3_600_000,
        stackable: r.stackable,
        code: r.kind === 'promo_code' ? r.code : null,
        codeType: r.kind === 'promo_code' ? r.codeType : null,
        audience: r.audience,
        minQty: r.minQty,
        ...r.effect,
      }),
    );

const promotionsArb = fc
  .integer({ min: 0, max: 10 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => promotionArb(`P${i}`))));

const buyerArb: fc.Arbitrary<BuyerContext> = fc.record({
  prime: fc.boolean(),
  business: fc.boolean(),
  firstTime: fc.boolean(),
  quantity: fc.integer({ min: 1, max: 20 }),
  codes: fc.subarray(CODES),
});

const inputArb = fc.record({
  basePrice: fc.integer({ min: 0, max: 100_000 }),
  promotions: promotionsArb,
  buyer: buyerArb,
});

describe('quote properties', () => {
  it('PQ-3 + DEC-5: the net price is never negative and equals the base minus the listed discounts', () => {
    fc.assert(
      fc.property(inputArb, ({ basePrice, promotions, buyer }) => {
        const r = quote({ at: NOW, currency: 'USD', basePrice, promotions, buyer }, RS);
        expect(r.netUnitPrice).toBeGreaterThanOrEqual(0);
        const listed = (r.direct?.discount ?? 0) + r.addOns.reduce((s, a) => s + a.discount, 0);
        expect(r.netUnitPrice).toBe(basePrice - listed);
        expect(r.totalDiscount).toBe(listed);
        for (const a of r.addOns) expect(a.discount).toBeGreaterThanOrEqual(0);
        if (r.direct) expect(r.direct.price).toBeLessThan(basePrice);
        const ids = [r.direct?.id, ...r.addOns.map((a) => a.id), ...r.notApplied.map((n) => n.id)].filter(Boolean);
        expect(new Set(ids).size).toBe(ids.length); // each live promotion is either applied or explained, once
        const liveCount = promotions.filter((p) => p.start <= NOW && NOW < p.end).length;
        expect(ids.length).toBe(liveCount);
      }),
      { numRuns: 2000 },
    );
  });

  it('PQ-1: the quote is deterministic, whatever the order of the promotions', () => {
    fc.assert(
      fc.property(inputArb, fc.integer(), ({ basePrice, promotions, buyer }, seed) => {
        const a = quote({ at: NOW, currency: 'USD', basePrice, promotions, buyer }, RS);
        expect(quote({ at: NOW, currency: 'USD', basePrice, promotions, buyer }, RS)).toEqual(a);
        const shuffled = promotions
          .slice()
          .sort((x, y) => ((x.id.charCodeAt(1) * 31 + seed) % 7) - ((y.id.charCodeAt(1) * 31 + seed) % 7));
        const b = quote({ at: NOW, currency: 'USD', basePrice, promotions: shuffled, buyer }, RS);
        expect(b.netUnitPrice).toBe(a.netUnitPrice);
        expect(b.direct).toEqual(a.direct);
        expect(b.addOns).toEqual(a.addOns);
      }),
      { numRuns: 1000 },
    );
  });
});
