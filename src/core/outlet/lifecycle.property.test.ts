// OUT-7 as a property: random sequences of submissions, price updates, cancellations, reviews, price
// changes, offer changes, stock changes, rating/image changes, pricing-rule changes and ticks never
// record a transition OUT-7 forbids (checked by replaying the raw event log against the rulebook's
// table written out here, not by the fold under test), and a tick repeated at the same instant
// records nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutletEventFact, PriceFact, PromotionFact } from '../catalog/facts.js';
import { cancelDeal, reviewDeal, submitDeal, updateDealPrice } from './actions.js';
import { dealsAt, ignoredEvents } from './lifecycle.js';
import { at, DAY, lot, offer, outletFacts, price, pricingRule, product, record, SKU, WED } from './test-support.js';
import { dueTransitions, foldContextOf } from './tick.js';
import type { ActionResult, OutletFacts } from './types.js';
import { ruleSetFor } from '../rules/rules.js';
import type { RuleSet } from '../rules/schema.js';

const HOUR = 3_600_000;

/** OUT-7, straight from the rulebook: status → event → next status (absent = forbidden). */
const NEXT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  NONE: { submitted: 'SUBMITTED' },
  SUBMITTED: { price_updated: 'SUBMITTED', approved: 'APPROVED', not_approved: 'NOT_APPROVED', cancelled: 'CANCELLED' },
  APPROVED: { started: 'RUNNING', cancelled: 'CANCELLED', removed: 'REMOVED' },
  RUNNING: { ended: 'ENDED', cancelled: 'CANCELLED', removed: 'REMOVED' },
  NOT_APPROVED: {},
  ENDED: {},
  CANCELLED: {},
  REMOVED: {},
};
const CAUSAL = [
  'submitted',
  'price_updated',
  'approved',
  'not_approved',
  'started',
  'removed',
  'cancelled',
  'ended',
  'account_flagged',
];

/** Every OUT-7 violation in the raw log (empty when the log is lawful). */
function violations(events: readonly OutletEventFact[]): string[] {
  const out: string[] = [];
  const byDeal = new Map<string, OutletEventFact[]>();
  for (const e of events) byDeal.set(e.dealId, [...(byDeal.get(e.dealId) ?? []), e]);
  for (const [id, list] of byDeal) {
    list.sort((a, b) => a.at - b.at || CAUSAL.indexOf(a.type) - CAUSAL.indexOf(b.type));
    let status = 'NONE';
    for (const e of list) {
      if (e.type === 'account_flagged') {
        // Only after a seller-caused stop, recorded by the system.
        if (status !== 'CANCELLED' || e.actor !== 'system') out.push(`${id}: account flagged while ${status}`);
        continue;
      }
      const next = NEXT[status]?.[e.type];
      if (next === undefined) {
        out.push(`${id}: ${e.type} from ${status}`);
        continue;
      }
      // The seller acts only while SUBMITTED (submission, price update, cancellation).
      if (e.actor === 'seller' && !(status === 'NONE' || status === 'SUBMITTED'))
        out.push(`${id}: seller ${e.type} from ${status}`);
      if (e.actor !== 'seller' && (e.type === 'submitted' || e.type === 'price_updated'))
        out.push(`${id}: ${e.actor} ${e.type}`);
      status = next;
    }
  }
  return out;
}

type Command =
  | { op: 'advance'; hours: number }
  | { op: 'submit'; price: number }
  | { op: 'update'; deal: number; price: number }
  | { op: 'cancel'; deal: number; operator: boolean }
  | { op: 'review'; deal: number; approve: boolean }
  | { op: 'price'; price: number }
  | { op: 'offer'; price: number; buyBox: boolean }
  | { op: 'stock'; units: number }
  | { op: 'product'; rating: number; imagesOk: boolean }
  | { op: 'rule'; action: 'create' | 'pause' | 'resume' | 'delete'; minPrice: number }
  | { op: 'tick' };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('advance' as const), hours: fc.integer({ min: 1, max: 72 }) }) },
  {
    weight: 4,
    arbitrary: fc.record({ op: fc.constant('submit' as const), price: fc.integer({ min: 2400, max: 3400 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('update' as const),
      deal: fc.nat(3),
      price: fc.integer({ min: 2400, max: 3400 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('cancel' as const), deal: fc.nat(3), operator: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('review' as const), deal: fc.nat(3), approve: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('price' as const), price: fc.integer({ min: 2500, max: 5000 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('offer' as const),
      price: fc.integer({ min: 2200, max: 4500 }),
      buyBox: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('stock' as const), units: fc.constantFrom(0, 8, 60, 200) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('product' as const),
      rating: fc.constantFrom(2.5, 4.5),
      imagesOk: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('rule' as const),
      action: fc.constantFrom('create' as const, 'pause' as const, 'resume' as const, 'delete' as const),
      minPrice: fc.integer({ min: 2000, max: 3500 }),
    }),
  },
  { weight: 4, arbitrary: fc.constant({ op: 'tick' as const }) },
);

/** The US rule set without the OUT-2h cool-downs, so that one run sees many deals of the ASIN. */
const US = ruleSetFor('US', WED);
const RULES: RuleSet = {
  ...US,
  outlet: { ...US.outlet, outletRecentDealLookbackDays: 0, outletCooldownAfterDealDays: 0 },
};

/** The facts with one more fact of the ASIN (at the current instant). */
function add(
  f: OutletFacts,
  kind: 'prices' | 'offers' | 'lots' | 'products' | 'pricingRules',
  fact: unknown,
): OutletFacts {
  return outletFacts({
    products: [...f.facts.products, ...(kind === 'products' ? [fact as never] : [])],
    orders: [...f.facts.orders],
    prices: [
      ...f.facts.prices.filter((p) => !(kind === 'prices' && p.at === (fact as PriceFact).at)),
      ...(kind === 'prices' ? [fact as never] : []),
    ],
    promotions: [...f.facts.promotions] as PromotionFact[],
    offers: [...f.offers, ...(kind === 'offers' ? [fact as never] : [])],
    lots: [...f.lots, ...(kind === 'lots' ? [fact as never] : [])],
    seller: [...f.seller],
    pricingRules: [...f.pricingRules, ...(kind === 'pricingRules' ? [fact as never] : [])],
    events: [...f.events],
    rulesAt: () => RULES,
  });
}

function run(commands: readonly Command[]): { f: OutletFacts; now: number; repeatedTicks: number } {
  let f = outletFacts({ rulesAt: () => RULES });
  let now = WED - DAY;
  let repeatedTicks = 0;
  const ids = (): string[] => dealsAt(f.events, now, foldContextOf(f)).map((d) => d.id);
  const apply = (r: ActionResult) => {
    if (r.ok) f = record(f, r.recorded);
  };
  for (const c of commands) {
    switch (c.op) {
      case 'advance':
        now += c.hours * HOUR;
        break;
      case 'submit':
        apply(submitDeal(f, SKU, c.price, now));
        break;
      case 'update': {
        const id = ids()[c.deal];
        if (id !== undefined) apply(updateDealPrice(f, id, c.price, now));
        break;
      }
      case 'cancel': {
        const id = ids()[c.deal];
        if (id !== undefined) apply(cancelDeal(f, id, c.operator ? 'operator' : 'seller', now));
        break;
      }
      case 'review': {
        const id = ids()[c.deal];
        if (id !== undefined)
          apply(reviewDeal(f, id, c.approve ? { approve: true } : { approve: false, reason: 'no' }, now));
        break;
      }
      case 'price':
        f = add(f, 'prices', price(now, c.price));
        break;
      case 'offer':
        f = add(f, 'offers', offer({ at: now, price: c.price, buyBox: c.buyBox }));
        break;
      case 'stock':
        f = add(f, 'lots', lot({ at: now, units: c.units }));
        break;
      case 'product':
        f = add(f, 'products', product({ validFrom: now, rating: c.rating, imagesOk: c.imagesOk }));
        break;
      case 'rule':
        f = add(
          f,
          'pricingRules',
          pricingRule({ at: now, action: c.action, minPrice: c.action === 'pause' ? null : c.minPrice }),
        );
        break;
      case 'tick': {
        f = record(f, dueTransitions(f, now));
        const again = dueTransitions(f, now);
        if (again.events.length + again.prices.length + again.promotions.length > 0) repeatedTicks++;
        break;
      }
    }
  }
  // A last tick well after everything, so every deal reaches the end of its life.
  now += 60 * DAY;
  f = record(f, dueTransitions(f, now));
  return { f, now, repeatedTicks };
}

describe('OUT-7 state machine (property)', () => {
  it('OUT-7: random sequences never record a forbidden transition, and a repeated tick records nothing', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 20, maxLength: 80 }), (commands) => {
        const { f, now, repeatedTicks } = run(commands);
        expect(violations(f.events)).toEqual([]);
        expect(ignoredEvents(f.events, now, foldContextOf(f))).toEqual([]);
        expect(repeatedTicks).toBe(0);
        expect(dueTransitions(f, now)).toEqual({ events: [], prices: [], promotions: [] });
        // Every deal is final 60 days on: no deal is left hanging.
        expect(
          dealsAt(f.events, now, foldContextOf(f)).every((d) =>
            ['NOT_APPROVED', 'ENDED', 'CANCELLED', 'REMOVED'].includes(d.status),
          ),
        ).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('OUT-7: ticking at any set of instants records the same history as one late tick', () => {
    const change = fc.record({
      hours: fc.integer({ min: 1, max: 30 * 24 }),
      what: fc.constantFrom('price', 'offer', 'buyBox', 'stock', 'rating', 'images', 'rule'),
      price: fc.integer({ min: 2300, max: 4500 }),
    });
    fc.assert(
      fc.property(
        fc.array(change, { maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 30 * 24 }), { maxLength: 8 }),
        fc.boolean(),
        (changes, tickHours, operatorApproves) => {
          let f = outletFacts();
          const s = submitDeal(f, SKU, 2700, WED);
          if (!s.ok) throw new Error('the base deal must be accepted');
          f = record(f, s.recorded);
          if (operatorApproves) {
            const r = reviewDeal(f, s.deal.id, { approve: true }, WED + HOUR);
            if (r.ok) f = record(f, r.recorded);
          }
          for (const c of changes) {
            const t = WED + c.hours * HOUR;
            if (c.what === 'price') f = add(f, 'prices', price(t, c.price));
            if (c.what === 'offer') f = add(f, 'offers', offer({ at: t, price: c.price }));
            if (c.what === 'buyBox') f = add(f, 'offers', offer({ at: t, price: c.price, buyBox: true }));
            if (c.what === 'stock') f = add(f, 'lots', lot({ at: t, units: c.price % 2 === 0 ? 0 : 150 }));
            if (c.what === 'rating') f = add(f, 'products', product({ validFrom: t, rating: 2.5 }));
            if (c.what === 'images') f = add(f, 'products', product({ validFrom: t, imagesOk: false }));
            if (c.what === 'rule') f = add(f, 'pricingRules', pricingRule({ at: t, minPrice: c.price }));
          }
          const last = WED + 40 * DAY;
          let stepwise = f;
          for (const h of [...tickHours].sort((a, b) => a - b))
            stepwise = record(stepwise, dueTransitions(stepwise, WED + h * HOUR));
          stepwise = record(stepwise, dueTransitions(stepwise, last));
          const once = record(f, dueTransitions(f, last));
          const ids = (g: OutletFacts) => g.events.map((e) => e.id).sort();
          expect(ids(stepwise)).toEqual(ids(once));
          expect(stepwise.facts.promotions).toEqual(once.facts.promotions);
          expect(stepwise.facts.prices).toEqual(once.facts.prices);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('OUT-7: the checker itself rejects forbidden logs', () => {
    const e = (type: OutletEventFact['type'], t: number, actor: OutletEventFact['actor'] = 'system') =>
      ({
        id: `${type}${t}`,
        dealId: 'D',
        sku: SKU,
        marketplace: 'US',
        at: t,
        type,
        kind: null,
        price: null,
        reasons: [],
        actor,
      }) as OutletEventFact;
    expect(violations([e('submitted', 1, 'seller'), e('started', 2)])).toEqual(['D: started from SUBMITTED']);
    expect(violations([e('submitted', 1, 'seller'), e('approved', 2), e('cancelled', 3, 'seller')])).toEqual([
      'D: seller cancelled from APPROVED',
    ]);
    expect(violations([e('submitted', 1, 'seller'), e('not_approved', 2), e('removed', 3)])).toEqual([
      'D: removed from NOT_APPROVED',
    ]);
    expect(at('2026-03-04T10:00:00-08:00')).toBe(WED);
  });
});
