import { describe, expect, it } from 'vitest';
import type { OrderLineFact } from '../catalog/facts.js';
import { addDays, parseInstant, timeZoneOf } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import { weightedDailySales } from './weighted-daily-sales.js';

const TZ = timeZoneOf('US');
// 2026-03-10 12:00 PDT: the US clocks went forward on 2026-03-08, inside every window.
const AS_OF = parseInstant('2026-03-10T12:00:00-07:00');
const rules = ruleSetFor('US', AS_OF).replenishment;

let n = 0;
function line(at: string, units: number, extra: Partial<OrderLineFact> = {}): OrderLineFact {
  n++;
  return {
    orderId: `o${n}`,
    line: 1,
    sku: 'SKU-1',
    marketplace: 'US',
    at: parseInstant(at),
    units,
    unitPrice: 1000,
    currency: 'USD',
    promotionIds: [],
    promotionDiscount: 0,
    b2b: false,
    subscribeAndSave: false,
    cancelled: false,
    channel: 'fba',
    ...extra,
  };
}

/** One line of `units` at 13:00 local (after AS_OF's noon) on each of the `days` days before AS_OF's day (1 = yesterday). */
function dailyLines(days: number, units: number): OrderLineFact[] {
  const out: OrderLineFact[] = [];
  for (let d = 1; d <= days; d++) {
    const day = addDays('2026-03-10', -d);
    out.push(line(`${day}T13:00:00${day >= '2026-03-08' ? '-07:00' : '-08:00'}`, units));
  }
  return out;
}

describe('RPL-1 weighted daily sales', () => {
  it('RPL-1: weights and windows come from the rule set (0.1·3d + 0.4·7d + 0.3·14d + 0.2·30d)', () => {
    expect(rules.salesVelocityWeights.map((w) => [w.velocityWindowDays, w.velocityWeight])).toEqual([
      [3, 0.1],
      [7, 0.4],
      [14, 0.3],
      [30, 0.2],
    ]);
  });

  it('RPL-1: a steady 2 units a day gives 2 a day', () => {
    const w = weightedDailySales(dailyLines(30, 2), AS_OF, rules, TZ);
    expect(w.value).toBe(2);
    expect(w.terms.map((x) => x.units)).toEqual([6, 14, 28, 60]);
  });

  it('RPL-1: recent sales weigh by window — 3 units on each of the past 3 days', () => {
    const w = weightedDailySales(dailyLines(3, 3), AS_OF, rules, TZ);
    // 0.1·9/3 + 0.4·9/7 + 0.3·9/14 + 0.2·9/30
    const expected = 0.1 * 3 + (0.4 * 9) / 7 + (0.3 * 9) / 14 + (0.2 * 9) / 30;
    expect(w.value).toBeCloseTo(expected, 9);
    expect(w.terms.map((x) => x.units)).toEqual([9, 9, 9, 9]);
  });

  it('RPL-1: windows are (asOf − N local days, asOf]: the boundary instant is out, asOf itself is in', () => {
    const boundary = line('2026-03-07T12:00:00-08:00', 5); // exactly 3 local days earlier (71 real hours)
    const inside = line('2026-03-07T12:00:01-08:00', 7);
    const atAsOf = line('2026-03-10T12:00:00-07:00', 11);
    const after = line('2026-03-10T12:00:01-07:00', 100);
    const w = weightedDailySales([boundary, inside, atAsOf, after], AS_OF, rules, TZ);
    expect(w.terms[0]?.units).toBe(18); // inside + atAsOf
    expect(w.terms[1]?.units).toBe(23); // all but the later line
  });

  it('RPL-1: local calendar days across the DST change, not 24-hour days', () => {
    // 72 real hours before AS_OF is 2026-03-07T11:00-08:00: before the 3-local-day window start.
    const w = weightedDailySales([line('2026-03-07T11:00:00-08:00', 4)], AS_OF, rules, TZ);
    expect(w.terms[0]?.units).toBe(0);
    expect(w.terms[1]?.units).toBe(4);
  });

  it('RPL-1: cancelled lines do not count; other SKUs are left out when skus is given', () => {
    const lines = [
      line('2026-03-09T12:00:00-07:00', 3),
      line('2026-03-09T12:00:00-07:00', 50, { cancelled: true }),
      line('2026-03-09T12:00:00-07:00', 9, { sku: 'SKU-2' }),
    ];
    expect(weightedDailySales(lines, AS_OF, rules, TZ, { skus: ['SKU-1'] }).terms[0]?.units).toBe(3);
    expect(weightedDailySales(lines, AS_OF, rules, TZ).terms[0]?.units).toBe(12);
  });

  it('RPL-1: no sales gives 0', () => {
    expect(weightedDailySales([], AS_OF, rules, TZ).value).toBe(0);
  });
});
