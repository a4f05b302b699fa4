import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.js';
import { ageBuckets, bucketOf, inboundAt, lotAge, onHandAt, unitsAgedOver } from './stock-position.js';
import { day, inventorySnapshot, LA, lot, order, shipment } from './test-support.js';

describe('DEC-1 ages and buckets', () => {
  it('DEC-1: age in whole local days, the day of receipt is 0 (late evening receipt, early morning ask)', () => {
    const received = day('2026-03-07') + 23 * 3_600_000; // 23:00 local
    expect(lotAge(received, day('2026-03-07') + 23.5 * 3_600_000, LA)).toBe(0);
    expect(lotAge(received, day('2026-03-08') + 60_000, LA)).toBe(1); // the DST night: still one local day
  });

  it('DEC-1: bucket edges 90/91, 180/181, 270/271, 365/366 ("365+" means more than 365)', () => {
    expect([90, 91, 180, 181, 270, 271, 365, 366].map(bucketOf)).toEqual([
      '0-90',
      '91-180',
      '91-180',
      '181-270',
      '181-270',
      '271-365',
      '271-365',
      '365+',
    ]);
  });

  it('EXC-2: units by bucket and units aged over 90 / 180 days', () => {
    const at = day('2026-03-01');
    const lots = [
      { received: day(addDays('2026-03-01', -365)), units: 5 },
      { received: day(addDays('2026-03-01', -366)), units: 7 },
      { received: day(addDays('2026-03-01', -91)), units: 11 },
      { received: day(addDays('2026-03-01', -90)), units: 13 },
    ];
    expect(ageBuckets(lots, at, LA)).toEqual({ '0-90': 13, '91-180': 11, '181-270': 0, '271-365': 5, '365+': 7 });
    expect(unitsAgedOver(lots, at, LA, 90)).toBe(23);
    expect(unitsAgedOver(lots, at, LA, 180)).toBe(12);
  });
});

describe('DEC-1 on-hand from facts in memory', () => {
  const snap = day('2026-02-01');
  it('DEC-1: the latest snapshot at or before T; FBA sales after it come off the oldest lots; receipts add a lot', () => {
    const lots = [
      lot(day('2026-01-01'), day('2025-01-01'), 999),
      lot(snap, day('2025-06-01'), 10),
      lot(snap, day('2025-12-01'), 20),
    ];
    const orders = [
      order({ at: day('2026-02-03'), units: 12 }),
      order({ at: day('2026-02-04'), units: 5, channel: 'fbm' }),
      order({ at: day('2026-02-04'), units: 5, cancelled: true }),
      order({ at: day('2026-01-20'), units: 100 }), // before the snapshot
    ];
    const receipt = shipment({
      created: day('2026-01-20'),
      shipped: day('2026-01-22'),
      received: day('2026-02-02'),
      units: 30,
    });
    const r = onHandAt(lots, orders, [receipt], day('2026-02-10'));
    expect(r.snapshotAt).toBe(snap);
    expect(r.lots).toEqual([
      { received: day('2025-12-01'), units: 18 },
      { received: day('2026-02-02'), units: 30 },
    ]);
    expect(r.units).toBe(48);
  });

  it('DEC-1: never below zero; no snapshot → nothing known', () => {
    expect(
      onHandAt([lot(snap, day('2025-06-01'), 3)], [order({ at: day('2026-02-02'), units: 9 })], [], day('2026-02-10'))
        .units,
    ).toBe(0);
    expect(onHandAt([lot(snap, day('2025-06-01'), 3)], [], [], day('2026-01-31'))).toEqual({
      snapshotAt: null,
      units: 0,
      lots: [],
    });
  });
});

describe('RPL-2 inbound = working + shipped + receiving', () => {
  it('from shipments: created → working, shipped → shipped, ETA passed → receiving, received → on hand', () => {
    const at = day('2026-02-10');
    const list = [
      shipment({ created: day('2026-02-08'), units: 1 }),
      shipment({ created: day('2026-02-01'), shipped: day('2026-02-02'), eta: day('2026-02-20'), units: 10 }),
      shipment({ created: day('2026-02-01'), shipped: day('2026-02-02'), eta: day('2026-02-09'), units: 100 }),
      shipment({ created: day('2026-01-01'), shipped: day('2026-01-02'), received: day('2026-01-10'), units: 1000 }),
      shipment({ created: day('2026-02-11'), units: 10_000 }), // not created yet
    ];
    expect(inboundAt(list, null, at)).toEqual({
      working: 1,
      shipped: 10,
      receiving: 100,
      total: 111,
      source: 'shipments',
    });
  });

  it('from the latest Amazon inventory snapshot when there are no shipment facts', () => {
    const s = inventorySnapshot(day('2026-02-09'), { inboundWorking: 4, inboundShipped: 5, inboundReceiving: 6 });
    expect(inboundAt([], s, day('2026-02-10'))).toEqual({
      working: 4,
      shipped: 5,
      receiving: 6,
      total: 15,
      source: 'inventory_snapshot',
    });
    expect(inboundAt([], null, day('2026-02-10')).source).toBe('none');
  });
});
