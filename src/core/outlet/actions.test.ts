import { describe, expect, it } from 'vitest';
import { formatInstant } from '../calendar/calendar.js';
import { ruleSetFor } from '../rules/rules.js';
import type { RuleSet } from '../rules/schema.js';
import { cancelDeal, reviewDeal, submitDeal, updateDealPrice } from './actions.js';
import { outletEvent } from './events.js';
import { dealsAt, eventAllowed, ignoredEvents } from './lifecycle.js';
import { at, DAY, END, FRI, MON, outletFacts, pricingRule, record, SKU, WED, type Parts } from './test-support.js';
import { dueTransitions, foldContextOf } from './tick.js';
import type { ActionResult, OutletFacts } from './types.js';

function ok(r: ActionResult) {
  if (!r.ok) throw new Error(`refused: ${r.errors.map((e) => e.message).join('; ')}`);
  return r;
}

function submitted(parts: Parts = {}, dealPrice = 2700): { f: OutletFacts; id: string } {
  const f0 = outletFacts(parts);
  const r = ok(submitDeal(f0, SKU, dealPrice, WED));
  return { f: record(f0, r.recorded), id: r.deal.id };
}

describe('OUT-4 / OUT-5 submission price', () => {
  it('OUT-4: a price above the maximum deal price is refused with "Maximum deal price is $x"', () => {
    const r = submitDeal(outletFacts(), SKU, 3300, WED);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual(['OUTLET_PRICE_ABOVE_MAX', 'OUTLET_DISCOUNT_TOO_SMALL']);
    expect(r.errors[0]?.rule).toBe('OUT-4');
    expect(r.errors[1]?.rule).toBe('OUT-5');
    expect(r.errors[0]?.message).toMatch(/^Maximum deal price is \$32\.00/);
    expect(r.errors[0]?.messageZh).toContain('$32.00');
  });

  it('OUT-4: the maximum itself is accepted', () => {
    expect(submitDeal(outletFacts(), SKU, 3200, WED).ok).toBe(true);
  });

  it('OUT-5: kind by discount off the current price — ≥ 30% an Outlet deal, [20%, 30%) an Outlet sale', () => {
    expect(ok(submitDeal(outletFacts(), SKU, 2800, WED)).deal.kind).toBe('outlet_deal'); // exactly 30%
    const sale = ok(submitDeal(outletFacts(), SKU, 2801, WED));
    expect(sale.deal.kind).toBe('outlet_sale');
    expect(sale.warnings).toEqual([]);
  });

  it('OUT-5: an Outlet sale under the recommended 25% is accepted with a warning', () => {
    const r = ok(submitDeal(outletFacts(), SKU, 3100, WED));
    expect(r.deal.kind).toBe('outlet_sale');
    expect(r.warnings.map((w) => w.code)).toEqual(['OUTLET_SALE_BELOW_RECOMMENDED']);
  });

  it('OUT-5: less than 20% off is refused (the maximum also fails)', () => {
    const r = submitDeal(outletFacts({ offers: [] }), SKU, 3201, WED);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.code)).toEqual(['OUTLET_PRICE_ABOVE_MAX', 'OUTLET_DISCOUNT_TOO_SMALL']);
  });

  it('OUT-1/OUT-2: an ineligible SKU is refused with every failed criterion', () => {
    const r = submitDeal(outletFacts({ orders: [] }), SKU, 2700, WED);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => [e.code, e.rule])).toEqual([['OUTLET_NO_SALES_HISTORY', 'OUT-2c']]);
  });

  it('OUT-9: submission warns about an active automated pricing rule, and blocks nothing yet', () => {
    const r = ok(submitDeal(outletFacts({ pricingRules: [pricingRule()] }), SKU, 2700, WED));
    expect(r.warnings.map((w) => [w.code, w.rule])).toEqual([['OUTLET_PRICING_RULE_WARNING', 'OUT-9']]);
    expect(r.warnings[0]?.message).toContain('$30.00');
    const under = ok(submitDeal(outletFacts({ pricingRules: [pricingRule({ minPrice: 2000 })] }), SKU, 2700, WED));
    expect(under.warnings.map((w) => w.code)).toEqual(['OUTLET_PRICING_RULE_ACTIVE']);
    const paused = pricingRule({
      action: 'pause',
      at: at('2026-02-02T00:00:00-08:00'),
      minPrice: null,
      maxPrice: null,
    });
    expect(ok(submitDeal(outletFacts({ pricingRules: [pricingRule(), paused] }), SKU, 2700, WED)).warnings).toEqual([]);
  });
});

describe('OUT-6 deal cycle', () => {
  it('OUT-6: reviewed by the Friday after submission; starts the Monday 00:00 after; ends 14 days later', () => {
    const { f, id } = submitted();
    const [deal] = dealsAt(f.events, WED, foldContextOf(f));
    expect(deal).toMatchObject({ id, status: 'SUBMITTED', reviewDeadline: FRI, start: MON, end: END });
    expect(id).toBe('OD-SKU-1-20260304-1');
  });

  it('OUT-6: an approved deal starts at the first cycle start after approval (local time, across DST)', () => {
    const { f, id } = submitted();
    const approved = ok(reviewDeal(f, id, { approve: true }, at('2026-03-05T09:00:00-08:00')));
    expect(approved.deal).toMatchObject({ status: 'APPROVED', start: MON, end: END });
    expect(formatInstant(MON)).toBe('2026-03-09T07:00:00Z');
  });

  it('OUT-6: the cycle weekday, review weekday and duration are rule-set parameters', () => {
    const us = ruleSetFor('US', WED);
    const custom: RuleSet = {
      ...us,
      outlet: { ...us.outlet, outletCycleStartWeekday: 3, outletReviewResultWeekday: 2, outletDealDurationDays: 7 },
    };
    const { f } = submitted({ rulesAt: () => custom });
    const [deal] = dealsAt(f.events, WED, foldContextOf(f));
    expect(deal?.reviewDeadline).toBe(at('2026-03-10T00:00:00-07:00')); // Tuesday
    expect(deal?.start).toBe(at('2026-03-11T00:00:00-07:00')); // Wednesday
    expect(deal?.end).toBe(at('2026-03-18T00:00:00-07:00'));
  });

  it('OUT-5/OUT-6: an Outlet sale is featured at most two consecutive weeks (outletSaleMaxFeaturedWeeks)', () => {
    const us = ruleSetFor('US', WED);
    const custom: RuleSet = { ...us, outlet: { ...us.outlet, outletSaleMaxFeaturedWeeks: 1 } };
    const f0 = outletFacts({ rulesAt: () => custom });
    expect(ok(submitDeal(f0, SKU, 2900, WED)).deal.end).toBe(at('2026-03-16T00:00:00-07:00'));
    expect(ok(submitDeal(f0, SKU, 2700, WED)).deal.end).toBe(END);
  });
});

describe('OUT-7 lifecycle: what the seller and the operator may do', () => {
  it('OUT-7: the seller updates the price while SUBMITTED (same checks; the kind follows the price)', () => {
    const { f, id } = submitted();
    const r = ok(updateDealPrice(f, id, 2900, WED + DAY));
    expect(r.deal).toMatchObject({ status: 'SUBMITTED', dealPrice: 2900, kind: 'outlet_sale' });
    const refused = updateDealPrice(f, id, 3201, WED + DAY);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.errors.map((e) => e.code)).toEqual(['OUTLET_PRICE_ABOVE_MAX', 'OUTLET_DISCOUNT_TOO_SMALL']);
  });

  it('OUT-7: the seller cancels while SUBMITTED only; afterwards it is an operator (support) action', () => {
    const { f, id } = submitted();
    expect(ok(cancelDeal(f, id, 'seller', WED + 3_600_000)).deal).toMatchObject({
      status: 'CANCELLED',
      reasons: ['OUTLET_CANCELLED_BY_SELLER'],
    });
    const f2 = record(f, ok(reviewDeal(f, id, { approve: true }, WED + DAY)).recorded);
    for (const r of [cancelDeal(f2, id, 'seller', WED + 2 * DAY), updateDealPrice(f2, id, 2600, WED + 2 * DAY)]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => [e.code, e.rule])).toEqual([['OUTLET_NOT_SUBMITTED', 'OUT-7']]);
    }
    expect(ok(cancelDeal(f2, id, 'operator', WED + 2 * DAY)).deal.status).toBe('CANCELLED');
  });

  it('OUT-7: an operator cancels a RUNNING deal; the price returns to the standard price at once (OUT-9)', () => {
    const { f, id } = submitted();
    let g = record(f, ok(reviewDeal(f, id, { approve: true }, WED + DAY)).recorded);
    g = record(g, dueTransitions(g, MON + DAY));
    const r = ok(cancelDeal(g, id, 'operator', MON + 2 * DAY));
    expect(r.deal).toMatchObject({
      status: 'CANCELLED',
      end: MON + 2 * DAY,
      reasons: ['OUTLET_CANCELLED_BY_OPERATOR'],
    });
    expect(r.recorded.prices).toEqual([{ sku: SKU, marketplace: 'US', at: MON + 2 * DAY, price: 4000, dealId: id }]);
    expect(r.recorded.promotions.map((p) => [p.id, p.start, p.end])).toEqual([[id, MON, MON + 2 * DAY]]);
  });

  it('OUT-7: only a SUBMITTED deal is reviewed; a final deal cannot be cancelled', () => {
    const { f, id } = submitted();
    const rejected = ok(reviewDeal(f, id, { approve: false, reason: 'images blurry' }, WED + DAY));
    expect(rejected.deal).toMatchObject({ status: 'NOT_APPROVED', reasons: ['images blurry'] });
    const g = record(f, rejected.recorded);
    const again = reviewDeal(g, id, { approve: true }, WED + 2 * DAY);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.errors.map((e) => e.code)).toEqual(['OUTLET_NOT_UNDER_REVIEW']);
    const cancel = cancelDeal(g, id, 'operator', WED + 2 * DAY);
    if (!cancel.ok) expect(cancel.errors.map((e) => e.code)).toEqual(['OUTLET_ALREADY_FINAL']);
    expect(cancel.ok).toBe(false);
  });

  it('OUT-7: an action after the review deadline sees the automatic review first (recorded with it)', () => {
    const { f, id } = submitted();
    const r = reviewDeal(f, id, { approve: false, reason: 'late' }, FRI + 3_600_000);
    expect(r.ok).toBe(false);
    expect(r.deal?.status).toBe('APPROVED');
  });

  it('OUT-7: events the lifecycle forbids are ignored by the fold (e.g. imported from a file)', () => {
    const base = { dealId: 'OD-X', sku: SKU, marketplace: 'US' as const };
    const events = [
      outletEvent({ ...base, at: WED, type: 'submitted', actor: 'seller', kind: 'outlet_deal', price: 2700 }),
      outletEvent({ ...base, at: WED + 1, type: 'started', actor: 'system', price: 2700 }),
      outletEvent({ ...base, at: WED + 2, type: 'approved', actor: 'seller' }),
    ];
    const f = outletFacts({ events });
    expect(dealsAt(events, END, foldContextOf(f))[0]?.status).toBe('SUBMITTED');
    expect(ignoredEvents(events, END, foldContextOf(f)).map((e) => e.type)).toEqual(['started', 'approved']);
    expect(eventAllowed('RUNNING', { type: 'cancelled', actor: 'seller' })).toBe(false);
    expect(eventAllowed('RUNNING', { type: 'cancelled', actor: 'operator' })).toBe(true);
    expect(eventAllowed('SUBMITTED', { type: 'removed', actor: 'system' })).toBe(false);
  });
});
