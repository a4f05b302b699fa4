import { describe, expect, it } from 'vitest';
import type { ShipmentFact } from '../catalog/facts.js';
import { asinStock, inboundUnits, skuOnHand, unitsAgedAtLeast } from './inventory.js';
import { at, DAY, lot, order, SKU } from './test-support.js';

const S = at('2026-03-01T00:00:00-08:00');
const OLD = at('2025-10-01T00:00:00-07:00');
const NEW = at('2026-02-20T00:00:00-08:00');

function shipment(over: Partial<ShipmentFact>): ShipmentFact {
  return {
    shipmentId: 'FBA1',
    sku: SKU,
    marketplace: 'US',
    units: 50,
    carrierProgram: 'amazon_freight',
    created: S - 20 * DAY,
    shipped: S - 15 * DAY,
    eta: S + 5 * DAY,
    received: S + 5 * DAY,
    ...over,
  };
}

describe('DEC-1 on-hand from facts (as the Outlet rules read it)', () => {
  const lots = [lot({ at: S, received: OLD, units: 4 }), lot({ at: S, received: NEW, units: 10 })];

  it('DEC-1: the latest snapshot at or before T, less FBA orders after it from the oldest units first', () => {
    const orders = [
      order({ at: S + DAY, units: 5 }),
      order({ at: S + DAY, units: 3, cancelled: true }),
      order({ at: S + DAY, units: 2, channel: 'fbm' }),
      order({ at: S - DAY, units: 7 }),
    ];
    expect(skuOnHand(SKU, lots, orders, [], S + 2 * DAY)).toEqual({
      sku: SKU,
      snapshotAt: S,
      units: 9,
      lots: [{ received: NEW, units: 9 }],
    });
    expect(skuOnHand(SKU, lots, orders, [], S - 1).units).toBe(0);
  });

  it('DEC-1: a shipment received after the snapshot is a new lot dated at receipt; inbound until then', () => {
    const shipments = [shipment({})];
    expect(skuOnHand(SKU, lots, [], shipments, S + 5 * DAY).lots.at(-1)).toEqual({ received: S + 5 * DAY, units: 50 });
    expect(inboundUnits([SKU], shipments, S)).toBe(50);
    expect(inboundUnits([SKU], shipments, S + 5 * DAY)).toBe(0);
  });

  it('DEC-2: the ASIN counts over all its SKUs; age in whole local days (receipt day = 0)', () => {
    const stock = asinStock(
      [SKU, 'SKU-2'],
      [...lots, lot({ sku: 'SKU-2', at: S, received: OLD, units: 6 })],
      [],
      [],
      S,
    );
    expect(stock.onHand).toBe(20);
    expect(unitsAgedAtLeast(stock.lots, S, 90, 'America/Los_Angeles')).toBe(10);
    expect(unitsAgedAtLeast(stock.lots, S, 9, 'America/Los_Angeles')).toBe(20);
    expect(unitsAgedAtLeast(stock.lots, S, 10, 'America/Los_Angeles')).toBe(10);
  });
});
