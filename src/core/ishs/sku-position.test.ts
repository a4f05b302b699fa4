import { describe, expect, it } from 'vitest';
import { enrollmentAt } from './enrollment.js';
import { movedPromises, currentPromise } from './promises.js';
import { openPromises, skuPosition, type SkuFacts } from './sku-position.js';
import { campaign, DAY, etaChange, LA, placed, presaleEvent, shipment, T0, usIshs } from './test-support.js';

const rules = usIshs();
const enrolled = enrollmentAt([{ marketplace: 'US', at: T0 - 30 * DAY, action: 'enroll' }], [], T0, rules);

function facts(o: Partial<SkuFacts> = {}): SkuFacts {
  return {
    sku: 'MUG-1',
    timeZone: LA,
    onHand: 0,
    shipments: [shipment({ eta: T0 + 5 * DAY })],
    etaChanges: [],
    enrollment: enrolled,
    promises: [],
    campaigns: [],
    presaleEvents: [],
    ...o,
  };
}

describe('ISHS-2: promises follow the shipment’s ETA; a late shipment lists every affected order', () => {
  const promises = [
    placed({ orderId: 'O-1', at: T0 - DAY, units: 2, prime: true }),
    placed({ orderId: 'O-2', at: T0 - DAY, units: 1, prime: false }),
    placed({ orderId: 'O-3', at: T0 - DAY, units: 1 }),
    { ...placed({ orderId: 'O-3', at: T0 - DAY / 2 }), event: 'cancelled' as const, reason: 'x' },
  ];

  it('ISHS-2: open promises are those placed and neither allocated nor cancelled by the instant', () => {
    expect(openPromises(promises, T0).map((p) => p.orderId)).toEqual(['O-1', 'O-2']);
    expect(openPromises(promises, T0 - DAY).map((p) => p.orderId)).toEqual(['O-1', 'O-2', 'O-3']);
  });

  it('ISHS-2: moving the ETA moves the in-stock day and the promise of each open order, old and new listed', () => {
    // ETA T0+5d = 2026-03-07 LA → in stock 2026-03-09; the delay to T0+8d → in stock 2026-03-12.
    const before = skuPosition(facts({ promises }), T0, rules, String);
    const change = etaChange(T0 + DAY, T0 + 5 * DAY, T0 + 8 * DAY);
    const after = skuPosition(facts({ promises, etaChanges: [change] }), T0 + DAY, rules, String);
    expect(before.shipments[0]?.inStockDay).toBe('2026-03-09');
    expect(after.shipments[0]?.inStockDay).toBe('2026-03-12');
    expect(movedPromises(before, after, LA, rules)).toEqual([
      {
        orderId: 'O-1',
        sku: 'MUG-1',
        units: 2,
        prime: true,
        source: 'ishs',
        sourceId: 'FBA-1',
        oldInStockDay: '2026-03-09',
        newInStockDay: '2026-03-12',
        oldPromise: '2026-03-11',
        newPromise: '2026-03-14',
      },
      expect.objectContaining({ orderId: 'O-2', oldPromise: '2026-03-14', newPromise: '2026-03-17' }),
    ]);
    // As of before the change, the promise is still the old one (GEN-2).
    const asBefore = skuPosition(facts({ promises, etaChanges: [change] }), T0, rules, String);
    expect(currentPromise(asBefore.open[0]!, asBefore, LA, rules)).toBe('2026-03-11');
  });

  it('ISHS-2: a received shipment with open orders stays in the book until its arrival is allocated', () => {
    const received = shipment({ received: T0 - DAY / 2, units: 3 });
    const p = skuPosition(facts({ onHand: 3, shipments: [received], promises }), T0, rules, String);
    expect(p.pendingArrivals).toEqual([{ shipmentId: 'FBA-1', received: T0 - DAY / 2, units: 3 }]);
    expect(p.book.onHand).toBe(0);
    expect(p.book.shipments.map((s) => [s.shipmentId, s.units])).toEqual([['FBA-1', 3]]);
    const none = skuPosition(facts({ onHand: 3, shipments: [received] }), T0, rules, String);
    expect(none.pendingArrivals).toEqual([]);
    expect(none.book).toMatchObject({ onHand: 3, shipments: [] });
  });

  it('ISHS-3: the book’s shipments carry qualification, confidence, cap and promised units', () => {
    const p = skuPosition(facts({ promises, shipments: [shipment({ shipped: null })] }), T0, rules, String);
    expect(p.shipments[0]).toMatchObject({ qualifies: true, confident: false, cap: 100, promised: 3 });
    expect(p.shipments[0]?.issues.map((i) => i.code)).toEqual(['ISHS_NOT_SHIPPED']);
  });
});

describe('PRE-2: the open campaign and its pre-orders in the book', () => {
  it('PRE-2: only an approved (live or ended, unreleased) campaign holds cover; its release day bounds the inbound', () => {
    const c = campaign();
    const pre = placed({ orderId: 'P-1', source: 'presale', sourceId: 'PS-1', units: 4, at: T0 + 2 * DAY });
    const draft = skuPosition(facts({ campaigns: [c], promises: [pre] }), T0 + 3 * DAY, rules, String);
    expect(draft.book.campaign).toBeNull();
    const events = [presaleEvent('submitted', T0), presaleEvent('approved', T0 + DAY / 2)];
    const live = skuPosition(
      facts({ campaigns: [c], presaleEvents: events, promises: [pre] }),
      T0 + 3 * DAY,
      rules,
      String,
    );
    expect(live.book.campaign).toEqual({ id: 'PS-1', releaseDay: '2026-03-16', unitsOffered: 20, live: true });
    expect(live.book.preorders.map((p) => p.orderId)).toEqual(['P-1']);
    const released = [...events, presaleEvent('released', T0 + 15 * DAY)];
    const after = skuPosition(facts({ campaigns: [c], presaleEvents: released }), T0 + 16 * DAY, rules, String);
    expect(after.book.campaign).toBeNull();
  });
});
