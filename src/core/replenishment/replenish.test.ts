import { describe, expect, it } from 'vitest';
import { groupBySku, type AccountInventoryFacts } from '../inventory-health/sku-facts.js';
import {
  day,
  daysBefore,
  inventorySnapshot,
  lot,
  order,
  product,
  restockRow,
  rulesAt,
  shipment,
} from '../inventory-health/test-support.js';
import { replenishRow, replenishRows } from './replenish.js';

const AS_OF = daysBefore('2026-03-01', 0);
const options = { ruleSetAt: rulesAt };

/** 10 FBA units a day over the past 30 days: weighted daily sales 10. */
const steadySales = () => Array.from({ length: 30 }, (_, i) => order({ at: daysBefore('2026-03-01', i), units: 10 }));

function facts(over: Partial<AccountInventoryFacts> = {}): AccountInventoryFacts {
  return {
    products: [product({ leadTimeDays: 45 })],
    orders: steadySales(),
    shipments: [],
    lots: [lot(day('2026-02-28'), day('2026-01-01'), 320)],
    prices: [],
    inventorySnapshots: [],
    planningRows: [],
    restockRows: [],
    ...over,
  };
}

const rowOf = (f: AccountInventoryFacts, coverDays: number | null = null) => {
  const [g] = groupBySku(f, AS_OF);
  return replenishRow(g!, AS_OF, { ...options, coverDays });
};

describe('RPL-1..RPL-3 replenish row', () => {
  it('RPL-1 RPL-2 RPL-3: 300 on hand at 10 a day: 30 days of supply < 45 days lead time → alert, reorder 450', () => {
    const r = rowOf(facts());
    expect(r.weightedDailySales).toBe(10);
    expect(r.onHand).toBe(300); // 320 at the snapshot − 20 sold after it (Feb 28 and Mar 1 noon)
    expect(r.daysOfSupply).toBe(30);
    expect(r.alert).toBe(true);
    expect(r.alerts[0]).toBe('STOCK_BELOW_LEAD_TIME');
    expect(r.coverDays).toBe(75);
    expect(r.reorderQty).toBe(450); // 10 × 75 − 300
    expect(rowOf(facts(), 90).reorderQty).toBe(600);
  });

  it('RPL-2: inbound (working + shipped + receiving) counts; RPL-3 no alert once covered', () => {
    const r = rowOf(
      facts({
        shipments: [
          shipment({ created: day('2026-02-20'), units: 100 }),
          shipment({ created: day('2026-02-10'), shipped: day('2026-02-12'), units: 100 }),
          shipment({ created: day('2026-02-01'), shipped: day('2026-02-03'), eta: day('2026-02-27'), units: 100 }),
        ],
      }),
    );
    expect(r.inbound).toMatchObject({ working: 100, shipped: 100, receiving: 100, total: 300 });
    expect(r.daysOfSupply).toBe(60);
    expect(r.alert).toBe(false);
    expect(r.reorderQty).toBe(150);
  });

  it('RPL-3: stock data more than 7 days old is stale; 7 days is not', () => {
    const eight = rowOf(facts({ lots: [lot(day('2026-02-21'), day('2026-01-01'), 400)] }));
    expect(eight.stockDataAgeDays).toBe(8);
    expect(eight.stale).toBe(true);
    expect(eight.alerts).toContain('STALE_STOCK_DATA');
    const seven = rowOf(facts({ lots: [lot(day('2026-02-22'), day('2026-01-01'), 400)] }));
    expect(seven.stale).toBe(false);
    const none = rowOf(facts({ lots: [] }));
    expect(none.stale).toBe(true);
    expect(none.alerts).toContain('NO_STOCK_DATA');
  });

  it('RPL-3: an Amazon inventory snapshot is stock data too (on-hand = fulfillable + reserved)', () => {
    const r = rowOf(
      facts({
        lots: [],
        inventorySnapshots: [inventorySnapshot(day('2026-02-27'), { fulfillable: 250, reserved: 30 })],
      }),
    );
    expect(r.onHandSource).toBe('inventory_snapshot');
    expect(r.onHand).toBe(280 - 30); // sales of Feb 27 noon … Mar 1 noon came off
    expect(r.stale).toBe(false);
  });

  it('RPL-2: case pack and minimum order from the product', () => {
    const r = rowOf(facts({ products: [product({ leadTimeDays: 45, casePack: 40, minOrderQty: 500 })] }));
    expect(r.reorder.raw).toBe(450);
    expect(r.reorderQty).toBe(520); // raised to 500, then 13 cases of 40
  });

  it('RPL-2: a new product (never stocked) gets a first shipment of 150–300', () => {
    const r = rowOf(facts({ lots: [], orders: [] }));
    expect(r.reorderQty).toBe(150);
    expect(r.reorder.firstShipment).toEqual({ min: 150, max: 300, demandUnits: 0 });
  });

  it('RPL-4: a seasonal product in its stocking cut proposes no reorder and raises no alert', () => {
    const history = Array.from({ length: 12 }, (_, i) => {
      const m = ((1 + i) % 12) + 1; // March 2025 … February 2026
      const y = m >= 3 ? 2025 : 2026;
      return order({
        at: daysBefore(`${y}-${String(m).padStart(2, '0')}-15`, 0),
        units: m === 3 || m === 4 ? 900 : 30,
      });
    });
    const r = rowOf(
      facts({ products: [product({ leadTimeDays: 45, seasonal: true })], orders: [...history, ...steadySales()] }),
    );
    expect(r.seasonal).toMatchObject({
      seasonStart: '2026-03-01',
      cutStockingFrom: '2026-02-01',
      phase: 'cut_stocking',
    });
    expect(r.reorderQty).toBe(0);
    expect(r.reorder.raw).toBeGreaterThan(0);
    expect(r.alert).toBe(false);
    expect(r.alerts).toContain('SEASONAL_CUT_STOCKING');
  });

  it('C.8: low-inventory-level fee risk when days of supply is under 28 on the 30- and 90-day windows', () => {
    const r = rowOf(facts());
    // 300 on hand ÷ 10 a day = 30 days (not under 28): no risk.
    expect(r.lowInventoryFee.status).toBe('ok');
    const low = rowOf(facts({ lots: [lot(day('2026-02-28'), day('2026-01-01'), 230)] }));
    expect(low.onHand).toBe(210);
    expect(low.lowInventoryFee.historicalDaysOfSupply).toEqual([
      { windowDays: 30, days: 21 },
      { windowDays: 90, days: 63 },
    ]);
    expect(low.lowInventoryFee.status).toBe('ok'); // the 90-day window sold only 300 units: 63 days
    const older = Array.from({ length: 60 }, (_, i) => order({ at: daysBefore('2026-03-01', 30 + i), units: 10 }));
    const both = rowOf(
      facts({ lots: [lot(day('2026-02-28'), day('2026-01-01'), 230)], orders: [...steadySales(), ...older] }),
    );
    expect(both.lowInventoryFee.historicalDaysOfSupply.map((w) => w.days)).toEqual([21, 21]);
    expect(both.lowInventoryFee.status).toBe('at_risk');
    expect(both.alerts).toContain('LOW_INVENTORY_FEE_RISK');
    const slow = Array.from({ length: 90 }, (_, i) => order({ at: daysBefore('2026-03-01', i), units: 1 }));
    const exempt = rowOf(facts({ lots: [lot(day('2026-02-28'), day('2026-01-01'), 10)], orders: slow }));
    expect(exempt.lowInventoryFee.status).toBe('exempt'); // 7 units in 7 days < 20
  });

  it('Amazon’s restock recommendation is shown beside', () => {
    const r = rowOf(
      facts({
        restockRows: [
          restockRow(day('2026-02-28'), {
            recommendedQuantity: 400,
            recommendedShipDay: '2026-03-05',
            alert: 'out_of_stock',
          }),
        ],
      }),
    );
    expect(r.amazonRecommendation).toMatchObject({ quantity: 400, shipDay: '2026-03-05', alert: 'out_of_stock' });
  });

  it('rows sorted by urgency: alerts first, then the least supply against lead time', () => {
    const f = facts({
      products: [
        product({ leadTimeDays: 45 }),
        product({ sku: 'SKU-2', leadTimeDays: 10 }),
        product({ sku: 'SKU-3', leadTimeDays: 10 }),
      ],
      lots: [
        lot(day('2026-02-28'), day('2026-01-01'), 5_000),
        lot(day('2026-02-28'), day('2026-01-01'), 100, { sku: 'SKU-2' }),
        lot(day('2026-02-28'), day('2026-01-01'), 50, { sku: 'SKU-3' }),
      ],
      orders: [
        ...steadySales(),
        ...steadySales().map((o) => ({ ...o, sku: 'SKU-2' })),
        ...steadySales().map((o) => ({ ...o, sku: 'SKU-3', units: 1 })),
      ],
    });
    const rows = replenishRows(groupBySku(f, AS_OF), AS_OF, options);
    expect(rows.map((r) => [r.sku, r.alert])).toEqual([
      ['SKU-2', true],
      ['SKU-3', false],
      ['SKU-1', false],
    ]);
  });
});
