import { describe, expect, it } from 'vitest';
import type { PromotionFact } from '../catalog/facts.js';
import { reviewDeal, submitDeal } from './actions.js';
import { dealsAt } from './lifecycle.js';
import {
  at,
  DAY,
  END,
  FRI,
  lot,
  MON,
  offer,
  order,
  outletFacts,
  price,
  pricingRule,
  product,
  record,
  SKU,
  WED,
  type Parts,
} from './test-support.js';
import { dueTransitions, foldContextOf, project } from './tick.js';
import type { ActionResult, OutletFacts } from './types.js';

function ok(r: ActionResult) {
  if (!r.ok) throw new Error(`refused: ${r.errors.map((e) => e.message).join('; ')}`);
  return r;
}

/** Submitted on Wednesday at 27.00 (and approved on Thursday when `approve`). */
function deal(parts: Parts = {}, approve = true): { f: OutletFacts; id: string } {
  let f = outletFacts(parts);
  const s = ok(submitDeal(f, SKU, 2700, WED));
  f = record(f, s.recorded);
  if (approve) f = record(f, ok(reviewDeal(f, s.deal.id, { approve: true }, WED + DAY)).recorded);
  return { f, id: s.deal.id };
}

function tick(f: OutletFacts, when: number): OutletFacts {
  return record(f, dueTransitions(f, when));
}

function dealOf(f: OutletFacts, when: number) {
  const d = dealsAt(f.events, when, foldContextOf(f))[0];
  if (!d) throw new Error('no deal');
  return d;
}

/** The same facts with `extra` appended to the ASIN's facts. */
function plus(f: OutletFacts, extra: Parts): OutletFacts {
  const g = outletFacts({
    products: [...f.facts.products, ...(extra.products ?? [])],
    orders: [...f.facts.orders, ...(extra.orders ?? [])],
    prices: [...f.facts.prices, ...(extra.prices ?? [])],
    promotions: [...f.facts.promotions, ...(extra.promotions ?? [])],
    offers: [...f.offers, ...(extra.offers ?? [])],
    lots: [...f.lots, ...(extra.lots ?? [])],
    seller: [...f.seller],
    pricingRules: [...f.pricingRules, ...(extra.pricingRules ?? [])],
    events: [...f.events],
  });
  return g;
}

describe('OUT-8 automatic review at the deadline', () => {
  it('OUT-8: a submission without an operator decision is approved at the deadline when nothing is wrong', () => {
    const { f, id } = deal({}, false);
    expect(dueTransitions(f, FRI - 1).events).toEqual([]);
    const due = dueTransitions(f, FRI);
    expect(due.events.map((e) => [e.type, e.at, e.actor])).toEqual([['approved', FRI, 'system']]);
    expect(dealOf(record(f, due), FRI)).toMatchObject({ id, status: 'APPROVED', start: MON, end: END });
  });

  it.each([
    [
      'images not compliant',
      { products: [product({ validFrom: WED + 3_600_000, imagesOk: false })] },
      'OUTLET_REVIEW_IMAGES',
    ],
    ['rating under 3.0', { products: [product({ validFrom: WED + 3_600_000, rating: 2.5 })] }, 'OUTLET_REVIEW_RATING'],
    ['out of stock', { lots: [lot({ at: WED + DAY, units: 0, received: WED })] }, 'OUTLET_REVIEW_OUT_OF_STOCK'],
    ['maximum fell below the price', { offers: [offer({ at: WED + DAY, price: 2500 })] }, 'OUTLET_REVIEW_ABOVE_MAX'],
  ] as const)('OUT-8: not approved when %s', (_name, extra, code) => {
    const { f } = deal({}, false);
    const due = dueTransitions(plus(f, extra as unknown as Parts), FRI + DAY);
    expect(due.events.map((e) => [e.type, e.at, e.reasons])).toEqual([['not_approved', FRI, [code]]]);
  });

  it('OUT-8: not approved when another deal (e.g. a Lightning Deal) is scheduled over the Outlet period', () => {
    const ld: PromotionFact = {
      id: 'LD-9',
      kind: 'lightning_deal',
      sku: SKU,
      marketplace: 'US',
      start: MON + 3 * DAY,
      end: MON + 3 * DAY + 12 * 3_600_000,
      discountPct: null,
      discountAmount: null,
      price: 2600,
      stackable: true,
      code: null,
      codeType: null,
      audience: 'all',
      minQty: null,
      budget: null,
    };
    const { f } = deal({}, false);
    const due = dueTransitions(plus(f, { promotions: [ld] }), FRI);
    expect(due.events[0]?.reasons).toEqual(['OUTLET_REVIEW_OVERLAPPING_DEAL']);
  });
});

describe('OUT-9 automatic price changes and pricing rules', () => {
  it('OUT-9: at the start the price becomes the deal price; at the end it returns (facts tagged with the deal)', () => {
    const { f, id } = deal();
    const start = dueTransitions(f, MON + 3_600_000);
    expect(start.events.map((e) => [e.type, e.at])).toEqual([['started', MON]]);
    expect(start.prices).toEqual([{ sku: SKU, marketplace: 'US', at: MON, price: 2700, dealId: id }]);
    expect(start.promotions.map((p) => [p.id, p.kind, p.price, p.start, p.end])).toEqual([
      [id, 'outlet_deal', 2700, MON, END],
    ]);
    const running = record(f, start);
    expect(dealOf(running, MON + DAY).status).toBe('RUNNING');
    const end = dueTransitions(running, END + DAY);
    expect(end.events.map((e) => [e.type, e.at, e.price])).toEqual([['ended', END, 4000]]);
    expect(end.prices).toEqual([{ sku: SKU, marketplace: 'US', at: END, price: 4000, dealId: id }]);
  });

  it('PRICING_RULE_BLOCKED: an active rule with a minimum above the deal price cancels the deal at the start and marks the account', () => {
    const { f, id } = deal({ pricingRules: [pricingRule({ minPrice: 3000 })] });
    const due = dueTransitions(f, MON + DAY);
    expect(due.events.map((e) => [e.type, e.at, e.reasons, e.actor])).toEqual([
      ['cancelled', MON, ['PRICING_RULE_BLOCKED'], 'system'],
      ['account_flagged', MON, ['PRICING_RULE_BLOCKED'], 'system'],
    ]);
    expect(due.prices).toEqual([]);
    expect(dealOf(record(f, due), MON + DAY)).toMatchObject({
      id,
      status: 'CANCELLED',
      flaggedAccount: true,
      start: null,
    });
  });

  it('OUT-9: a paused or deleted rule, or one whose minimum is under the deal price, does not block', () => {
    const paused = [pricingRule(), pricingRule({ action: 'pause', at: WED + 2 * DAY, minPrice: null, maxPrice: null })];
    const deleted = [
      pricingRule(),
      pricingRule({ action: 'delete', at: WED + 2 * DAY, minPrice: null, maxPrice: null }),
    ];
    for (const pricingRules of [paused, deleted, [pricingRule({ minPrice: 2700 })]]) {
      const { f } = deal({ pricingRules });
      expect(dueTransitions(f, MON).events.map((e) => e.type)).toEqual(['started']);
    }
    // Resumed before the start: blocks again.
    const resumed = [...paused, pricingRule({ action: 'resume', at: WED + 3 * DAY, minPrice: null, maxPrice: null })];
    expect(dueTransitions(deal({ pricingRules: resumed }).f, MON).events[0]?.reasons).toEqual(['PRICING_RULE_BLOCKED']);
  });
});

describe('OUT-10 removal after approval', () => {
  const cases: [string, Parts, string][] = [
    [
      'another seller undercuts the deal price',
      { offers: [offer({ at: MON + 2 * DAY, price: 2650 })] },
      'OUTLET_REMOVED_ABOVE_MAX',
    ],
    [
      'another seller holds the Buy Box',
      { offers: [offer({ at: MON + 2 * DAY, price: 2800, buyBox: true })] },
      'OUTLET_REMOVED_BUY_BOX',
    ],
    [
      'no new inventory is left',
      { lots: [lot({ at: MON + 2 * DAY, units: 0, received: MON })] },
      'OUTLET_REMOVED_OUT_OF_STOCK',
    ],
    [
      'the rating falls below 3.0',
      { products: [product({ validFrom: MON + 2 * DAY, rating: 2.8 })] },
      'OUTLET_REMOVED_RATING',
    ],
    [
      'images become non-compliant',
      { products: [product({ validFrom: MON + 2 * DAY, imagesOk: false })] },
      'OUTLET_REMOVED_IMAGES',
    ],
  ];
  it.each(cases)(
    'OUT-10: a running deal is REMOVED when %s, at that instant, and the price returns',
    (_n, extra, code) => {
      const { f, id } = deal();
      const running = tick(f, MON);
      const due = dueTransitions(plus(running, extra), END + 5 * DAY);
      expect(due.events.map((e) => [e.type, e.at, e.reasons])).toEqual([['removed', MON + 2 * DAY, [code]]]);
      expect(due.prices).toEqual([{ sku: SKU, marketplace: 'US', at: MON + 2 * DAY, price: 4000, dealId: id }]);
      expect(due.promotions.map((p) => [p.start, p.end])).toEqual([[MON, MON + 2 * DAY]]);
    },
  );

  it('OUT-10: an approved deal is removed before its start when another seller undercuts it', () => {
    const { f } = deal();
    const due = dueTransitions(plus(f, { offers: [offer({ at: FRI + DAY, price: 2600 })] }), MON + DAY);
    expect(due.events.map((e) => [e.type, e.at, e.reasons])).toEqual([
      ['removed', FRI + DAY, ['OUTLET_REMOVED_ABOVE_MAX']],
    ]);
  });

  it('OUT-10: the current price changed before the start so the deal price is no longer 20% below it', () => {
    const { f } = deal();
    const due = dueTransitions(plus(f, { prices: [price(FRI + DAY, 3300)] }), MON + DAY);
    expect(due.events.map((e) => [e.type, e.reasons])).toEqual([['removed', ['OUTLET_REMOVED_PRICE_CHANGED']]]);
    // Raising the price before the start keeps the deal.
    expect(dueTransitions(plus(f, { prices: [price(FRI + DAY, 4500)] }), MON).events.map((e) => e.type)).toEqual([
      'started',
    ]);
  });

  it('OUT-10: raising the own price above the maximum deal price while running CANCELS the deal and marks the account', () => {
    const { f, id } = deal();
    const running = tick(f, MON);
    const due = dueTransitions(plus(running, { prices: [price(MON + 3 * DAY, 4200)] }), MON + 4 * DAY);
    expect(due.events.map((e) => [e.type, e.at, e.reasons])).toEqual([
      ['cancelled', MON + 3 * DAY, ['OUTLET_OWN_PRICE_RAISED']],
      ['account_flagged', MON + 3 * DAY, ['OUTLET_OWN_PRICE_RAISED']],
    ]);
    // The seller's own price change is the price from then on: no automatic price fact over it.
    expect(due.prices).toEqual([]);
    expect(dealOf(record(running, due), MON + 4 * DAY)).toMatchObject({
      id,
      status: 'CANCELLED',
      flaggedAccount: true,
    });
  });

  it('OUT-10: a trigger after the end changes nothing; a sale during the run that leaves stock does not remove', () => {
    const { f } = deal();
    const running = tick(f, MON);
    const later = plus(running, {
      offers: [offer({ at: END + DAY, price: 2000 })],
      orders: [order({ at: MON + DAY, units: 5 })],
    });
    expect(dueTransitions(later, END + 2 * DAY).events.map((e) => e.type)).toEqual(['ended']);
  });
});

describe('OUT-7 tick: idempotent and independent of when it runs', () => {
  it('OUT-7: running tick twice at the same instant records nothing the second time', () => {
    const { f } = deal({}, false);
    for (const when of [FRI, MON, MON + DAY, END, END + DAY]) {
      const once = tick(f, when);
      expect(dueTransitions(once, when)).toEqual({ events: [], prices: [], promotions: [] });
    }
  });

  it('OUT-7: ticking each day records the same as one late tick', () => {
    const { f } = deal({}, false);
    const extra = plus(f, { offers: [offer({ at: MON + 5 * DAY + 3, price: 2600 })] });
    let daily = extra;
    for (let t = WED; t <= END + 2 * DAY; t += DAY) daily = tick(daily, t);
    const late = tick(extra, END + 2 * DAY);
    const ids = (g: OutletFacts) => g.events.map((e) => e.id).sort();
    expect(ids(daily)).toEqual(ids(late));
    expect(dealOf(late, END + 2 * DAY)).toMatchObject({ status: 'REMOVED', end: MON + 5 * DAY + 3 });
    expect(late.facts.promotions).toEqual(daily.facts.promotions);
  });

  it('OUT-7: project() shows the deals as of an instant with their due transitions, without recording them', () => {
    const { f } = deal({}, false);
    expect(project(f, MON + DAY).deals[0]?.status).toBe('RUNNING');
    expect(dealOf(f, MON + DAY).status).toBe('SUBMITTED');
    expect(at('2026-03-09T00:00:00-07:00')).toBe(MON);
  });
});
