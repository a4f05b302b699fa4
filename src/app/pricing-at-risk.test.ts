// The per-unit shortfall of a loss-guard finding (PQ-4): its distance under the floor it breaches —
// the cost floor (PQ-3), the minimum price (PM-8) or zero — never negative.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { shortfallOf } from './pricing-at-risk.js';

describe('shortfallOf', () => {
  test('PQ-4: under the cost floor, under the minimum price, at zero', () => {
    expect(shortfallOf({ breaches: ['cost_floor'], netUnitPrice: 539 }, 557, null)).toBe(18);
    expect(shortfallOf({ breaches: ['min_price'], netUnitPrice: 900 }, 557, 1000)).toBe(100);
    expect(shortfallOf({ breaches: ['cost_floor', 'min_price'], netUnitPrice: 500 }, 557, 1000)).toBe(500);
    expect(shortfallOf({ breaches: ['zero', 'cost_floor'], netUnitPrice: 0 }, 557, null)).toBe(557);
  });

  test('PQ-4: the largest breached gap, never negative (integer minor units)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000, max: 100_000 }),
        fc.option(fc.integer({ min: 0, max: 100_000 })),
        fc.option(fc.integer({ min: 0, max: 100_000 })),
        (net, costFloor, minPrice) => {
          const breaches: ('zero' | 'cost_floor' | 'min_price')[] = [];
          if (net <= 0) breaches.push('zero');
          if (costFloor !== null && net <= costFloor) breaches.push('cost_floor');
          if (minPrice !== null && net < minPrice) breaches.push('min_price');
          const gap = shortfallOf({ breaches, netUnitPrice: net }, costFloor, minPrice);
          expect(Number.isInteger(gap)).toBe(true);
          expect(gap).toBeGreaterThanOrEqual(0);
          const floors = [net <= 0 ? 0 : null, costFloor, minPrice].filter((f): f is number => f !== null && net <= f);
          expect(gap).toBe(Math.max(0, ...floors.map((f) => f - net)));
        },
      ),
    );
  });
});
