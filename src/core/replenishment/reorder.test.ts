import { describe, expect, it } from 'vitest';
import { parseInstant } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import { coverDaysOf, daysOfSupply, reorderQuantity, roundOrder } from './reorder.js';

const rules = ruleSetFor('US', parseInstant('2026-03-01T00:00:00Z')).replenishment;
const base = { onHand: 0, inbound: 0, coverDays: 60, casePack: null, minOrderQty: null, isNew: false };

describe('RPL-2 reorder quantity', () => {
  it('RPL-2: weighted daily sales × cover days − (on-hand + inbound)', () => {
    expect(
      reorderQuantity({ ...base, weightedDailySales: 10, onHand: 200, inbound: 100, coverDays: 60 }, rules).qty,
    ).toBe(300);
  });

  it('RPL-2: inbound counts against the need', () => {
    const without = reorderQuantity({ ...base, weightedDailySales: 5, onHand: 100 }, rules).qty;
    const withInbound = reorderQuantity({ ...base, weightedDailySales: 5, onHand: 100, inbound: 150 }, rules).qty;
    expect(without).toBe(200);
    expect(withInbound).toBe(50);
  });

  it('RPL-2: never below 0 when stock covers more than the cover days', () => {
    const r = reorderQuantity({ ...base, weightedDailySales: 2, onHand: 500, inbound: 500, coverDays: 90 }, rules);
    expect(r.raw).toBe(0);
    expect(r.qty).toBe(0);
  });

  it('RPL-2: a fractional need rounds up to a whole unit (float noise does not add one)', () => {
    expect(reorderQuantity({ ...base, weightedDailySales: 0.4, coverDays: 75 }, rules).qty).toBe(30);
    expect(reorderQuantity({ ...base, weightedDailySales: 0.41, coverDays: 75 }, rules).qty).toBe(31);
  });

  it('RPL-2: a new product ships 150–300 units, scaled by early demand', () => {
    const none = reorderQuantity({ ...base, weightedDailySales: 0, isNew: true }, rules);
    expect(none.qty).toBe(150);
    expect(none.firstShipment).toEqual({ min: 150, max: 300, demandUnits: 0 });
    expect(reorderQuantity({ ...base, weightedDailySales: 3, coverDays: 75, isNew: true }, rules).qty).toBe(225);
    expect(reorderQuantity({ ...base, weightedDailySales: 20, coverDays: 75, isNew: true }, rules).qty).toBe(300);
  });

  it('RPL-2: cover days default from the rule set (75, clearway default) and must lie in 60–90', () => {
    expect(coverDaysOf(null, rules)).toEqual({ days: 75, ok: true, min: 60, max: 90 });
    expect(coverDaysOf(60, rules).ok).toBe(true);
    expect(coverDaysOf(90, rules).ok).toBe(true);
    expect(coverDaysOf(91, rules).ok).toBe(false);
    expect(coverDaysOf(59, rules).ok).toBe(false);
  });
});

describe('RPL-2 case-pack and minimum-order rounding', () => {
  it('rounds up to whole case packs', () => {
    expect(roundOrder(301, 24, null)).toMatchObject({ after: 312, roundedToCasePack: true, raisedToMinimum: false });
    expect(roundOrder(312, 24, null)).toMatchObject({ after: 312, roundedToCasePack: false });
  });

  it('raises to the minimum order, then to case packs; 0 stays 0', () => {
    expect(roundOrder(40, 24, 100)).toMatchObject({ after: 120, raisedToMinimum: true, roundedToCasePack: true });
    expect(roundOrder(0, 24, 100)).toMatchObject({ after: 0, raisedToMinimum: false });
    expect(roundOrder(7, 1, null).after).toBe(7);
  });

  it('the reorder carries the rounding', () => {
    const r = reorderQuantity({ ...base, weightedDailySales: 5, onHand: 10, casePack: 12, minOrderQty: 50 }, rules);
    expect(r.raw).toBe(290);
    expect(r.qty).toBe(300);
    expect(r.rounding).toMatchObject({ before: 290, after: 300, casePack: 12, minOrderQty: 50 });
  });
});

describe('RPL-3 days of supply', () => {
  it('RPL-3: (on-hand + inbound) ÷ weighted daily sales, alert below the lead time', () => {
    expect(daysOfSupply(300, 10, 45)).toEqual({ days: 30, infinite: false, belowLeadTime: true });
    expect(daysOfSupply(450, 10, 45)).toEqual({ days: 45, infinite: false, belowLeadTime: false });
    expect(daysOfSupply(449, 10, 45).belowLeadTime).toBe(true);
  });

  it('RPL-3: no sales → no days of supply (infinite with stock), no alert; unknown lead time → no alert', () => {
    expect(daysOfSupply(10, 0, 30)).toEqual({ days: null, infinite: true, belowLeadTime: false });
    expect(daysOfSupply(0, 0, 30)).toEqual({ days: null, infinite: false, belowLeadTime: false });
    expect(daysOfSupply(1, 10, null).belowLeadTime).toBe(false);
  });
});
