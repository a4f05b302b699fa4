import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../rules/rules.js';
import type { RuleSet } from '../rules/schema.js';
import { candidateSet } from './candidates.js';
import { planContext } from './context.js';
import { ruleOfThumb, stockToSales } from './rule-of-thumb.js';
import { planInput, TZ } from './test-support.js';
import { localDay } from '../calendar/calendar.js';

describe('EXC-3: WOOT rounds', () => {
  const ctx = planContext(planInput({ lots: [{ units: 3000, ageDays: 200 }] }));
  const woot = candidateSet(ctx).instances.filter((a) => a.kind === 'woot_rounds');

  it('EXC-3: 14 days WOOT → 7 days Best Deal → 7 days gap → 14 days WOOT, 42 days in all', () => {
    expect(woot.length).toBeGreaterThan(0);
    for (const a of woot) {
      expect(a.days).toBe(42);
      expect(a.endPeriod - a.startPeriod).toBe(6);
      // Weeks 1–2 WOOT, week 3 the Best Deal (only deal buyers), week 4 the gap, weeks 5–6 WOOT.
      expect(a.action[2]).toBeGreaterThan(0);
      expect(a.regular[2]).toBe(0);
      expect(a.action[3]).toBe(0);
      expect(a.regular[3]).toBe(7);
      for (const w of [0, 1, 4, 5]) {
        expect(a.action[w]).toBeGreaterThan(0);
        expect(a.regular[w]).toBe(7); // the Amazon listing keeps selling beside WOOT
      }
      // The Best Deal round is the one Amazon promotion, from the start of week 3 for 7 days.
      expect(a.promotions).toHaveLength(1);
      const [bd] = a.promotions;
      expect(bd?.kind).toBe('best_deal');
      expect(localDay(bd!.start, TZ)).toBe(localDay(ctx.periods[a.startPeriod + 2]!.start, TZ));
      expect(a.fees.noFeeData).toContain('woot');
    }
  });

  it('EXC-3: the discount rises each round and never goes above 70%', () => {
    const levels = woot.filter((a) => a.startPeriod === woot[0]!.startPeriod);
    expect(levels.map((a) => a.detail.rounds)).toEqual([
      '30 → 40 → 50',
      '40 → 50 → 60',
      '50 → 60 → 70',
      '60 → 70 → 70',
    ]);
    for (const a of woot) {
      const rounds = String(a.detail.rounds).split(' → ').map(Number);
      for (let i = 1; i < rounds.length; i++) expect(rounds[i]).toBeGreaterThanOrEqual(rounds[i - 1]!);
      expect(Math.max(...rounds)).toBeLessThanOrEqual(ctx.ruleSet.clearance.wootMaxDiscountPct);
      expect(rounds[0]).toBeGreaterThanOrEqual(ctx.ruleSet.clearance.offsiteDealMinDiscountPct);
    }
  });

  it("EXC-3: the cap and the round lengths are the rule set's parameters", () => {
    const capped = (at: number): RuleSet => {
      const rs = ruleSetFor('US', at);
      return {
        ...rs,
        clearance: {
          ...rs.clearance,
          wootMaxDiscountPct: 45,
          wootRounds: [
            { wootRoundKind: 'woot', wootRoundDays: 7 },
            { wootRoundKind: 'woot', wootRoundDays: 7 },
          ],
        },
      };
    };
    const c = planContext({ ...planInput({ lots: [{ units: 3000, ageDays: 200 }] }), ruleSetAt: capped });
    const list = candidateSet(c).instances.filter((a) => a.kind === 'woot_rounds');
    expect(list.length).toBeGreaterThan(0);
    for (const a of list) {
      expect(a.days).toBe(14);
      expect(a.promotions).toHaveLength(0);
      expect(Math.max(...String(a.detail.rounds).split(' → ').map(Number))).toBeLessThanOrEqual(45);
    }
  });
});

describe("EXC-3: the seed's rule of thumb", () => {
  const mapped = (units: number, daily: number) => {
    const ctx = planContext(planInput({ daily, lots: [{ units, ageDays: 200 }] }));
    return { ratio: stockToSales(ctx), thumb: ruleOfThumb(ctx, candidateSet(ctx)) };
  };

  it('EXC-3: moderate excess (ratio 3–5) → Outlet at ≥ 20% off', () => {
    const { ratio, thumb } = mapped(1200, 10);
    expect(ratio).toBe(4);
    expect(thumb.action?.kind).toBe('outlet_sale');
    expect(thumb.action?.discountPct).toBeGreaterThanOrEqual(20);
  });

  it('EXC-3: heavy excess by units: < 500 → Lightning Deal; 500–1,000 → Best Deal + coupon; > 1,000 → WOOT', () => {
    expect(mapped(400, 1).thumb.action?.kind).toBe('lightning_deal');
    const bdc = mapped(800, 2).thumb.action;
    expect(bdc?.kind).toBe('best_deal_coupon');
    expect(bdc?.detail.couponPct).toBe(30);
    expect(mapped(2840, 9).thumb.action?.kind).toBe('woot_rounds');
    expect(mapped(200, 10).thumb.action).toBeNull(); // healthy: no clearance tool
  });
});
