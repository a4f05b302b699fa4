// End to end through the built CLI (`npm test` builds first; locally: npx tsc -p tsconfig.build.json):
// the In-Stock Head Start story of issue 7 — out of stock → shipment in transit → orders accepted with
// promise dates → shipment delayed → promises moved and listed → arrival → orders allocated — with the
// refusals (exit 4, each naming its rule), the ISHS-5 reconciliation and the ISHS-4 opt-out.
/* eslint-disable @typescript-eslint/no-explicit-any -- the CLI's JSON documents are read loosely here */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearwayJson, runClearway, type Run } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'clearway-cli-ishs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clearway = (db: string, ...args: string[]): Run => runClearway(dir, db, args);

/** Runs with --json and parses stdout; checks the exit code. */
function json<T = Record<string, any>>(db: string, code: number, ...args: string[]): T {
  return clearwayJson<T>(dir, db, code, args);
}

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const PRODUCTS = file('products.csv', [
  'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days,at',
  'MUG-1,B0MUG00001,US,new,2024-05-01,false,4.6,312,false,true,,Kitchen,,,,6.00,USD,1.00,,15,4.75,0.08,40,2026-01-01',
]);
const PRICES = file('prices.csv', ['sku,at,price', 'MUG-1,2026-01-10,24.99']);
// Out of stock: the last count (1 March) holds no unit.
const LOTS = file('lots.csv', ['sku,at,received,units', 'MUG-1,2026-03-01,2026-01-05,0']);
// In transit by the Partnered Carrier Program, 10 units, ETA 7 March.
const SHIPMENTS = file('shipments.csv', [
  'shipment_id,sku,units,carrier_program,created,shipped,eta,received',
  'FBA-1,MUG-1,10,partnered_carrier,2026-02-25,2026-02-27,2026-03-07,',
]);
const MYI = file('myi.txt', [
  [
    'sku', 'fnsku', 'asin', 'product-name', 'condition', 'your-price', 'mfn-listing-exists', 'mfn-fulfillable-quantity',
    'afn-listing-exists', 'afn-warehouse-quantity', 'afn-fulfillable-quantity', 'afn-unsellable-quantity',
    'afn-reserved-quantity', 'afn-total-quantity', 'per-unit-volume', 'afn-inbound-working-quantity',
    'afn-inbound-shipped-quantity', 'afn-inbound-receiving-quantity', 'afn-researching-quantity',
    'afn-reserved-future-supply', 'afn-future-supply-buyable',
  ].join('\t'),
  ['MUG-1', 'X00MUG', 'B0MUG00001', 'Mug', 'New', '24.99', 'No', '', 'Yes', '0', '0', '0', '0', '10', '0.08', '0', '10', '0', '0', '5', '5'].join('\t'),
]); // prettier-ignore

describe('ISHS-1..ISHS-5: the In-Stock Head Start story through the CLI', () => {
  const db = join(dir, 'story.db');

  it('ISHS-1..ISHS-5: out of stock → in transit → promised → delayed → moved → arrival → allocated', () => {
    expect(clearway(db, 'import', PRODUCTS, PRICES, LOTS, SHIPMENTS).code).toBe(0);

    // Out of stock, not enrolled: refused with the ISHS-1 reason (exit 4, JSON on stdout).
    const notEnrolled = json(db, 4, '--at', '2026-03-02T10:00:00-08:00', 'order', 'place', 'B0MUG00001', '--qty', '2');
    expect(notEnrolled.ok).toBe(false);
    expect(notEnrolled.errors.map((e: any) => [e.code, e.rule])).toEqual([['ISHS_NOT_ENROLLED', 'ISHS-1']]);

    // Enrolled (per account, no ASIN choice): the shipment in transit qualifies and is confident.
    const status = json(db, 0, '--at', '2026-03-02T10:00:00-08:00', 'ishs', 'enroll');
    expect(status.marketplaces[0]).toMatchObject({ marketplace: 'US', state: 'enrolled' });
    expect(status.marketplaces[0].shipments[0]).toMatchObject({
      shipmentId: 'FBA-1',
      inStockDay: '2026-03-09',
      qualifies: true,
      confident: true,
      cap: 10,
      promised: 0,
      room: 10,
    });

    // Orders accepted against the shipment, at the quoted price, with their promised delivery days.
    const o1 = json(
      db,
      0,
      '--at',
      '2026-03-02T11:00:00-08:00',
      'order',
      'place',
      'B0MUG00001',
      '--qty',
      '2',
      '--prime',
    );
    expect(o1.order).toMatchObject({
      orderId: 'CW-000001',
      source: 'ishs',
      sourceId: 'FBA-1',
      unitPrice: '24.99',
      paid: '49.98',
      inStockDay: '2026-03-09',
      promisedDelivery: '2026-03-11',
    });
    const o2 = json(db, 0, '--at', '2026-03-02T11:30:00-08:00', 'order', 'place', 'B0MUG00001', '--qty', '3');
    expect(o2.order).toMatchObject({ orderId: 'CW-000002', source: 'ishs', promisedDelivery: '2026-03-14' });

    // ISHS-3: capped by the units in transit.
    const capped = json(db, 4, '--at', '2026-03-02T11:40:00-08:00', 'order', 'place', 'B0MUG00001', '--qty', '6');
    expect(capped.errors[0]).toMatchObject({ code: 'ISHS_CAP_REACHED', rule: 'ISHS-3', values: { remaining: 5 } });

    // ISHS-5: on hand 0, inbound 10, 5 promised → 5 truly available; Amazon's MYI columns beside it.
    expect(clearway(db, '--at', '2026-03-02T11:50:00-08:00', 'import', '--marketplace', 'US', MYI).code).toBe(0);
    const rec = json(db, 0, '--at', '2026-03-02T12:00:00-08:00', 'ishs', 'reconcile');
    expect(rec.rows).toEqual([
      expect.objectContaining({ sku: 'MUG-1', onHand: 0, inbound: 10, promisedAgainstInbound: 5, available: 5 }),
    ]);
    expect(rec.rows[0].myi).toMatchObject({ reservedFutureSupply: 5, futureSupplyBuyable: 5, onHand: 0, inbound: 10 });

    // The shipment is late: the in-stock day and both promises move, each order listed old → new.
    const late = json(db, 0, '--at', '2026-03-03T09:00:00-08:00', 'shipment', 'update', 'FBA-1', '--eta', '2026-03-10');
    expect(late.lines[0]).toMatchObject({
      previousInStockDay: '2026-03-09',
      inStockDay: '2026-03-12',
      slips: 1,
      confident: true,
    });
    expect(late.moved).toEqual([
      expect.objectContaining({ orderId: 'CW-000001', oldPromise: '2026-03-11', newPromise: '2026-03-14' }),
      expect.objectContaining({ orderId: 'CW-000002', oldPromise: '2026-03-14', newPromise: '2026-03-17' }),
    ]);
    // GEN-2: as of before the delay, the old ETA still answers.
    const before = json(db, 0, '--at', '2026-03-02T12:00:00-08:00', 'ishs', 'status');
    expect(before.marketplaces[0].shipments[0].inStockDay).toBe('2026-03-09');

    // Arrival: the units go to the promised orders first, oldest first; the rest goes on hand.
    const arrival = json(db, 0, '--at', '2026-03-10T15:00:00-07:00', 'shipment', 'receive', 'FBA-1');
    expect(arrival.allocated).toEqual([
      expect.objectContaining({ orderId: 'CW-000001', units: 2, promisedDelivery: '2026-03-14' }),
      expect.objectContaining({ orderId: 'CW-000002', units: 3, promisedDelivery: '2026-03-17' }),
    ]);
    expect(arrival.cancelled).toEqual([]);
    const after = json(db, 0, '--at', '2026-03-10T16:00:00-07:00', 'ishs', 'reconcile');
    expect(after.rows[0]).toMatchObject({ onHand: 5, inbound: 0, promisedAgainstInbound: 0, available: 5 });

    // Now in stock: the next order comes from stock on hand.
    const o3 = json(db, 0, '--at', '2026-03-10T16:30:00-07:00', 'order', 'place', 'B0MUG00001', '--qty', '5');
    expect(o3.order).toMatchObject({ source: 'on_hand', promisedDelivery: '2026-03-15' });
    const sold = json(db, 4, '--at', '2026-03-10T16:40:00-07:00', 'order', 'place', 'B0MUG00001');
    expect(sold.errors.map((e: any) => e.code)).toEqual(['ISHS_NO_INBOUND']);

    // The order lines recorded are ordinary orders facts: 2 + 3 at the arrival, 5 at placement.
    const facts = json(db, 0, 'facts');
    expect(facts.counts).toMatchObject({ orders: 3, shipment_eta_changes: 1, ishs_enrollment: 1 });
  });

  it('the human output lists the moved promises; unknown shipment → exit 3; bad --qty → exit 2', () => {
    const db2 = join(dir, 'human.db');
    expect(clearway(db2, 'import', PRODUCTS, PRICES, LOTS, SHIPMENTS).code).toBe(0);
    expect(clearway(db2, '--at', '2026-03-02T10:00:00-08:00', 'ishs', 'enroll').code).toBe(0);
    expect(clearway(db2, '--at', '2026-03-02T11:00:00-08:00', 'order', 'place', 'B0MUG00001', '--qty', '2').code).toBe(
      0,
    );
    const r = clearway(db2, '--at', '2026-03-03T09:00:00-08:00', 'shipment', 'update', 'FBA-1', '--eta', '2026-03-10');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Promises moved (ISHS-2):');
    expect(r.stdout).toMatch(/CW-000001\s+MUG-1\s+2\s+2026-03-14\s+2026-03-17/);
    const zh = clearway(
      db2,
      '--lang',
      'zh-CN',
      '--at',
      '2026-03-03T10:00:00-08:00',
      'order',
      'place',
      'B0MUG00001',
      '--qty',
      '99',
    );
    expect(zh.code).toBe(4);
    expect(zh.stdout).toContain('在途货件最多还能承诺 8 件');
    expect(clearway(db2, 'shipment', 'update', 'NOPE', '--eta', '2026-03-10').code).toBe(3);
    expect(clearway(db2, 'order', 'place', 'B0NOPE', '--qty', '1').code).toBe(3);
    expect(clearway(db2, 'order', 'place', 'B0MUG00001', '--qty', 'two').code).toBe(2);
    expect(
      clearway(db2, '--at', '2026-03-03T09:00:00-08:00', 'shipment', 'update', 'FBA-1', '--eta', 'soon').code,
    ).toBe(2);
  });

  it('ISHS-4: after a confirmed opt-out, shipments created more than 72 hours later no longer qualify', () => {
    const db3 = join(dir, 'optout.db');
    const ships = file('ships-optout.csv', [
      'shipment_id,sku,units,carrier_program,created,shipped,eta,received',
      'OLD-1,MUG-1,4,amazon_freight,2026-03-01T08:00:00-08:00,2026-03-02,2026-03-09,',
      'NEW-1,MUG-1,6,amazon_freight,2026-03-08T10:00:01-07:00,2026-03-08T11:00:00-07:00,2026-03-12,',
    ]);
    expect(clearway(db3, 'import', PRODUCTS, PRICES, LOTS, ships).code).toBe(0);
    expect(clearway(db3, '--at', '2026-03-01', 'ishs', 'enroll').code).toBe(0);
    // Opt-out asked 4 March 9:00, confirmed 5 March 9:00 (PST): the cutoff is 72 h later, 8 March 10:00 PDT
    // (DST began that night); NEW-1 was created one second after it.
    const out = json(
      db3,
      0,
      '--at',
      '2026-03-04T09:00:00-08:00',
      'ishs',
      'opt-out',
      '--confirmed-at',
      '2026-03-05T09:00:00-08:00',
    );
    expect(out.marketplaces[0]).toMatchObject({
      state: 'opted_out',
      qualifyingCreatedUntil: '2026-03-08T10:00:00-07:00',
    });
    const st = json(db3, 0, '--at', '2026-03-08T12:00:00-07:00', 'ishs', 'status');
    const byId = Object.fromEntries(st.marketplaces[0].shipments.map((s: any) => [s.shipmentId, s]));
    expect(byId['OLD-1']).toMatchObject({ qualifies: true });
    expect(byId['NEW-1']).toMatchObject({
      qualifies: false,
      reasons: [expect.objectContaining({ code: 'ISHS_OPTED_OUT', rule: 'ISHS-4' })],
    });
    // Earlier shipments still qualify: 4 units may be promised, not 5.
    expect(
      json(db3, 0, '--at', '2026-03-08T12:00:00-07:00', 'order', 'place', 'B0MUG00001', '--qty', '4').order.sourceId,
    ).toBe('OLD-1');
    const more = json(db3, 4, '--at', '2026-03-08T12:10:00-07:00', 'order', 'place', 'B0MUG00001', '--qty', '1');
    expect(more.errors.map((e: any) => e.code)).toEqual(['ISHS_CAP_REACHED', 'ISHS_OPTED_OUT']);
    // Opting out again is refused: the account is no longer enrolled.
    expect(json(db3, 4, '--at', '2026-03-09', 'ishs', 'opt-out').errors[0].code).toBe('ISHS_NOT_ENROLLED_TO_OPT_OUT');
  });
});
