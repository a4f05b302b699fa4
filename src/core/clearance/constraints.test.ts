import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startOfLocalDay } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import { lightningDealsSpaced, outletCooledDown, PromoDayBudget } from './constraints.js';

const RS = ruleSetFor('US', startOfLocalDay('2026-03-10', 'America/Los_Angeles'));
const TZ = 'America/Los_Angeles';

/** PM-9 by brute force: every window of 90 and of 30 days. */
function broken(days: ReadonlySet<number>, lo: number, hi: number): boolean {
  for (const [w, max] of [
    [90, 63],
    [30, 21],
  ] as const) {
    for (let s = lo - w + 1; s <= hi; s++) {
      let n = 0;
      for (let d = s; d < s + w; d++) if (days.has(d)) n++;
      if (n > max) return true;
    }
  }
  return false;
}

describe('PM-9: the promotion-day budget of a plan', () => {
  it("PM-9: at most 21 promotional days in any 30 and 63 in any 90 (the rule set's 70%)", () => {
    const budget = new PromoDayBudget(0, 400, [], RS.promotions);
    expect(budget.check([[100, 120]])).toBeNull(); // 21 days
    expect(budget.check([[100, 121]])).toMatchObject({ windowDays: 30, max: 21, days: 22 });
    // Two 14-day promotions 9 days apart: 28 of 30 days.
    expect(budget.check([[140, 153]], [[100, 113]])).toBeNull();
    expect(budget.check([[114, 127]], [[100, 113]])).toMatchObject({ windowDays: 30 });
    // Stored promotions count too.
    const stored = new PromoDayBudget(
      0,
      400,
      Array.from({ length: 15 }, (_, i) => 90 + i),
      RS.promotions,
    );
    expect(stored.check([[105, 111]])).toMatchObject({ windowDays: 30, days: 22 });
  });

  it('PM-9: the fast check agrees with every window checked by brute force (random plans)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 60 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 190 }), fc.integer({ min: 0, max: 20 })), {
          minLength: 1,
          maxLength: 3,
        }),
        (base, raw) => {
          const ranges = raw.map(([a, len]) => [a, a + len] as [number, number]);
          const budget = new PromoDayBudget(-100, 400, base, RS.promotions);
          const all = new Set<number>(base);
          for (const [a, b] of ranges) for (let d = a; d <= b; d++) all.add(d);
          // Only windows touching a new range are checked; the stored days alone may break it already.
          const lo = Math.min(...ranges.map((r) => r[0]));
          const hi = Math.max(...ranges.map((r) => r[1]));
          const touching = new Set<number>([...all].filter((d) => d >= lo - 90 && d <= hi + 90));
          const viaNew = broken(touching, lo, hi);
          expect(budget.check(ranges) !== null).toBe(viaNew);
        },
      ),
      { numRuns: 200, seed: 9 },
    );
  });
});

describe('PM-3, OUT-2h: spacing and cool-down in a plan', () => {
  const day = (d: string) => startOfLocalDay(d, TZ);

  it('PM-3: two Lightning Deals at least 7 local days apart, end to start', () => {
    const first = { start: day('2026-03-16'), end: day('2026-03-16') + 12 * 3_600_000 };
    expect(lightningDealsSpaced(first, { start: day('2026-03-23'), end: day('2026-03-23') + 1 }, 7, TZ)).toBe(false);
    expect(
      lightningDealsSpaced(first, { start: day('2026-03-23') + 12 * 3_600_000, end: day('2026-03-24') }, 7, TZ),
    ).toBe(true);
    expect(lightningDealsSpaced(first, { start: day('2026-03-30'), end: day('2026-03-30') + 1 }, 7, TZ)).toBe(true);
  });

  it('OUT-2h: no Outlet run within 90 days after the last one ended', () => {
    expect(outletCooledDown(day('2026-03-30'), day('2026-06-22'), 90, TZ)).toBe(false);
    expect(outletCooledDown(day('2026-03-30'), day('2026-06-28'), 90, TZ)).toBe(true);
  });
});
