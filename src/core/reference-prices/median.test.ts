// PR-2 median (medianHalfUp, a selection rather than a sort since the timeline/bench optimisation of
// issue 3) against the definition: sort, take the middle value or the half-up mean of the middle two.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianHalfUp } from './order-lines.js';

function bySorting(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >>> 1;
  if (s.length % 2 === 1) return s[mid] as number;
  const sum = (s[mid - 1] as number) + (s[mid] as number);
  return Math.floor(sum / 2) + (sum % 2);
}

describe('PR-2 medianHalfUp', () => {
  it('PR-2: equals the sorted definition (odd: middle; even: mean of the middle two, half up) and leaves its input unchanged', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), // many ties
          fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 300 }),
        ),
        (values) => {
          const copy = [...values];
          expect(medianHalfUp(values)).toBe(bySorting(values));
          expect(values).toEqual(copy);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('PR-2: sorted, reversed and constant inputs', () => {
    const up = Array.from({ length: 1001 }, (_, i) => i * 3);
    expect(medianHalfUp(up)).toBe(1500);
    expect(medianHalfUp([...up].reverse())).toBe(1500);
    expect(medianHalfUp(new Array(500).fill(2999))).toBe(2999);
    expect(medianHalfUp([1, 2])).toBe(2); // 1.5 → 2
  });
});
