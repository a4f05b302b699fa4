// PR-2 "no direct-price promotion of the seller live at the purchase instant": the merged live spans
// of a SKU's direct-price promotions (asin-facts.ts, a binary search since the optimisation of issue 3)
// against the definition — some promotion with start ≤ at < end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inSpans, mergedSpans } from './asin-facts.js';
import { promo } from './test-fixtures.js';

describe('PR-2 direct-price live spans', () => {
  it('PR-2: inSpans(mergedSpans(ps), t) ⇔ some p has p.start ≤ t < p.end (touching, nested, empty and reversed promotions)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ start: fc.integer({ min: 0, max: 60 }), len: fc.integer({ min: -3, max: 20 }) }), {
          maxLength: 12,
        }),
        (raw) => {
          const ps = raw.map((r, i) =>
            promo({ id: `P${i}`, kind: 'price_discount', price: 100, start: r.start, end: r.start + r.len }),
          );
          const spans = mergedSpans(ps);
          for (let i = 2; i < spans.length; i += 2) expect(spans[i]).toBeGreaterThan(spans[i - 1] as number);
          for (let t = -2; t <= 85; t++) {
            expect(inSpans(spans, t), `t=${t}`).toBe(ps.some((p) => p.start <= t && t < p.end));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('PR-2: spans that touch end to start are one span', () => {
    const ps = [
      promo({ id: 'A', kind: 'ped', price: 1, start: 10, end: 20 }),
      promo({ id: 'B', kind: 'ped', price: 1, start: 20, end: 30 }),
      promo({ id: 'C', kind: 'ped', price: 1, start: 40, end: 40 }),
    ];
    expect(mergedSpans(ps)).toEqual([10, 30]);
    expect(inSpans([10, 30], 30)).toBe(false);
    expect(inSpans([], 5)).toBe(false);
  });
});
