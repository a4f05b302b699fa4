// End to end through the built CLI (`npm test` builds first; locally: npx tsc -p tsconfig.build.json):
// a pre-sale from draft to release (PRE-1..PRE-3) with one pre-order cancelled for lack of cover, and the
// refusals (exit 4) and bad input (exit 2) around it.
/* eslint-disable @typescript-eslint/no-explicit-any -- the CLI's JSON documents are read loosely here */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearwayJson, runClearway, type Run } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'clearway-cli-presale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clearway = (db: string, ...args: string[]): Run => runClearway(dir, db, args);

function json<T = Record<string, any>>(db: string, code: number, ...args: string[]): T {
  return clearwayJson<T>(dir, db, code, args);
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const PRODUCTS = file(
  'products.csv',
  [
    'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days,at',
    'MUG-1,B0MUG00001,US,new,2024-05-01,false,4.6,312,false,true,,Kitchen,,,,6.00,USD,1.00,,15,4.75,0.08,40,2026-01-01',
  ].join('\n') + '\n',
);
const PRICES = file('prices.csv', 'sku,at,price\nMUG-1,2026-01-10,24.99\n');
const LOTS = file('lots.csv', 'sku,at,received,units\nMUG-1,2026-03-01,2026-01-05,4\n');
// 8 units inbound, due 12 March: in stock by the release day (18 March).
const SHIPMENTS = file(
  'shipments.csv',
  'shipment_id,sku,units,carrier_program,created,shipped,eta,received\nFBA-2,MUG-1,8,other,2026-03-01,2026-03-02,2026-03-12,\n',
);
const CAMPAIGN = {
  sku: 'MUG-1',
  start: '2026-03-05',
  end: '2026-03-15',
  price: '29.99',
  units_offered: 12,
  payment_mode: 'deposit',
  deposit: '5.00',
  release: '2026-03-18',
  return_policy: '30-day returns; exchanges on request',
};
const CAMPAIGN_FILE = file('campaign.json', JSON.stringify(CAMPAIGN));

describe('PRE-1..PRE-3: a pre-sale from draft to release through the CLI', () => {
  const db = join(dir, 'story.db');

  it('PRE-1, PRE-2, PRE-3: draft → submitted → approved → live → pre-orders → cover shrinks → released', () => {
    expect(clearway(db, 'import', PRODUCTS, PRICES, LOTS, SHIPMENTS).code).toBe(0);

    const created = json(db, 0, '--at', '2026-03-02T09:00:00-08:00', 'presale', 'create', CAMPAIGN_FILE);
    expect(created).toMatchObject({ ok: true, decision: 'created' });
    expect(created.campaign).toMatchObject({
      id: 'PS-1',
      status: 'DRAFT',
      price: '29.99',
      deposit: '5.00',
      unitsOffered: 12,
      paymentMode: 'deposit',
      releaseDay: '2026-03-18',
    });

    // A draft cannot be released (PRE-2), nor pre-ordered (PRE-3): exit 4 with the reason.
    expect(json(db, 4, '--at', '2026-03-02T09:30:00-08:00', 'presale', 'release', 'PS-1').errors[0]).toMatchObject({
      code: 'PRESALE_BAD_TRANSITION',
      rule: 'PRE-2',
    });

    const submitted = json(db, 0, '--at', '2026-03-02T10:00:00-08:00', 'presale', 'submit', 'PS-1');
    expect(submitted.campaign.status).toBe('SUBMITTED');
    expect(submitted.criteria.map((c: any) => c.code)).toEqual([
      'PRESALE_LENGTH',
      'PRESALE_MARGIN',
      'PRESALE_COVER',
      'PRESALE_RETURN_POLICY',
      'PRESALE_SINGLE',
    ]);

    // Review: every check passes (10 days; 29.99 over the cost floor; 12 = 4 on hand + 8 inbound; policy).
    const approved = json(db, 0, '--at', '2026-03-03T10:00:00-08:00', 'presale', 'review', 'PS-1', '--approve');
    expect(approved).toMatchObject({ decision: 'approved', campaign: { status: 'APPROVED', cover: 12 } });
    expect(approved.criteria.every((c: any) => c.ok)).toBe(true);
    expect(approved.criteria[2].values).toEqual({ unitsOffered: 12, cover: 12 });

    // Not live before its start.
    const early = json(db, 4, '--at', '2026-03-04T10:00:00-08:00', 'presale', 'preorder', 'PS-1', '--qty', '2');
    expect(early.errors.map((e: any) => [e.code, e.rule])).toEqual([['PRESALE_NOT_LIVE', 'PRE-3']]);

    // LIVE: pre-orders pay the deposit; an order placed on the ASIN is a pre-order too.
    const a = json(db, 0, '--at', '2026-03-05T10:00:00-08:00', 'presale', 'preorder', 'PS-1', '--qty', '5');
    expect(a.order).toMatchObject({
      orderId: 'CW-000001',
      source: 'presale',
      paid: '25.00',
      total: '149.95',
      promisedDelivery: '2026-03-23',
    });
    const b = json(db, 0, '--at', '2026-03-05T11:00:00-08:00', 'order', 'place', 'B0MUG00001', '--qty', '4', '--prime');
    expect(b.order).toMatchObject({
      orderId: 'CW-000002',
      source: 'presale',
      sourceId: 'PS-1',
      promisedDelivery: '2026-03-20',
    });
    // PRE-1: never more than the units offered.
    const over = json(db, 4, '--at', '2026-03-05T12:00:00-08:00', 'presale', 'preorder', 'PS-1', '--qty', '4');
    expect(over.errors.map((e: any) => [e.code, e.rule, e.values.left])).toEqual([['PRESALE_SOLD_OUT', 'PRE-1', 3]]);
    const c = json(db, 0, '--at', '2026-03-05T13:00:00-08:00', 'presale', 'preorder', 'PS-1', '--qty', '3');
    expect(c.order.orderId).toBe('CW-000003');

    const live = json(db, 0, '--at', '2026-03-05T14:00:00-08:00', 'presale', 'list');
    expect(live.campaigns).toEqual([
      expect.objectContaining({ id: 'PS-1', status: 'LIVE', preordered: 12, cover: 12 }),
    ]);

    // PRE-2: a short receipt (6 of 8) shrinks the cover to 10: the newest pre-order is cancelled and refunded.
    const receipt = json(db, 0, '--at', '2026-03-12T10:00:00-07:00', 'shipment', 'receive', 'FBA-2', '--units', '6');
    expect(receipt.cancelled).toEqual([
      expect.objectContaining({
        orderId: 'CW-000003',
        units: 3,
        reason: 'PRESALE_COVER_SHRANK',
        rule: 'PRE-2',
        refund: '15.00',
      }),
    ]);

    // Not released before it ends.
    expect(json(db, 4, '--at', '2026-03-14T10:00:00-07:00', 'presale', 'release', 'PS-1').errors[0].code).toBe(
      'PRESALE_BAD_TRANSITION',
    );

    // PRE-3: released first come, first served from the 10 on hand; the refund list names the cancelled one.
    const released = json(db, 0, '--at', '2026-03-18T09:00:00-07:00', 'presale', 'release', 'PS-1');
    expect(released).toMatchObject({ decision: 'released', campaign: { status: 'RELEASED' }, refundTotal: '15.00' });
    expect(released.fulfilled.map((f: any) => [f.orderId, f.units, f.promisedDelivery])).toEqual([
      ['CW-000001', 5, '2026-03-23'],
      ['CW-000002', 4, '2026-03-20'],
    ]);
    expect(released.cancelled.map((x: any) => [x.orderId, x.refund, x.reason])).toEqual([
      ['CW-000003', '15.00', 'PRESALE_COVER_SHRANK'],
    ]);

    // The fulfilled pre-orders are ordinary order lines at the pre-sale price, dated at release: 1 unit left.
    const rec = json(db, 0, '--at', '2026-03-18T10:00:00-07:00', 'ishs', 'reconcile');
    expect(rec.rows[0]).toMatchObject({ onHand: 1, preorders: 0, available: 1 });
    expect(json(db, 0, 'facts').counts).toMatchObject({ orders: 2, presale_campaigns: 1, presale_events: 3 });
  });

  it('PRE-2: approval is refused when a check fails (exit 4, nothing recorded); the checks decide without a flag', () => {
    const db2 = join(dir, 'review.db');
    expect(clearway(db2, 'import', PRODUCTS, PRICES, LOTS, SHIPMENTS).code).toBe(0);
    const thin = file(
      'thin.json',
      JSON.stringify({ ...CAMPAIGN, id: 'THIN', price: '12.00', units_offered: 30, return_policy: '' }),
    );
    expect(json(db2, 0, '--at', '2026-03-02', 'presale', 'create', thin).campaign.id).toBe('THIN');
    expect(clearway(db2, '--at', '2026-03-02T01:00:00-08:00', 'presale', 'submit', 'THIN').code).toBe(0);
    const refused = json(db2, 4, '--at', '2026-03-03', 'presale', 'review', 'THIN', '--approve');
    expect(refused.errors.map((e: any) => e.code)).toEqual([
      'PRESALE_NO_MARGIN',
      'PRESALE_UNITS_NOT_COVERED',
      'PRESALE_NO_RETURN_POLICY',
    ]);
    expect(refused.campaign.status).toBe('SUBMITTED');
    const auto = json(db2, 0, '--at', '2026-03-03T01:00:00-08:00', 'presale', 'review', 'THIN');
    expect(auto).toMatchObject({ decision: 'rejected', campaign: { status: 'REJECTED' } });
    expect(auto.campaign.reasons).toEqual([
      'PRESALE_NO_MARGIN',
      'PRESALE_UNITS_NOT_COVERED',
      'PRESALE_NO_RETURN_POLICY',
    ]);
    const human = clearway(db2, '--at', '2026-03-03T02:00:00-08:00', 'presale', 'list');
    expect(human.stdout).toMatch(/THIN\s+MUG-1\s+REJECTED\s+12\.00 USD\s+30\s+0\s+2026-03-18/);
  });

  it('PRE-1: a malformed campaign file → exit 2 naming the file and each field; unknown id or SKU → exit 3', () => {
    const db3 = join(dir, 'bad.db');
    expect(clearway(db3, 'import', PRODUCTS, PRICES).code).toBe(0);
    const bad = file(
      'bad.json',
      JSON.stringify({ ...CAMPAIGN, price: 'cheap', end: '2026-03-01', payment_mode: 'later' }),
    );
    const r = clearway(db3, 'presale', 'create', bad);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.json: field price: "cheap" is not an amount in USD');
    expect(r.stderr).toContain('bad.json: field payment_mode: "later" is not deposit or full');
    const order = file('order.json', JSON.stringify({ ...CAMPAIGN, end: '2026-03-01' }));
    expect(clearway(db3, 'presale', 'create', order).stderr).toContain('field end: must be after start');
    expect(
      clearway(db3, 'presale', 'create', file('sku.json', JSON.stringify({ ...CAMPAIGN, sku: 'NOPE' }))).code,
    ).toBe(3);
    expect(clearway(db3, 'presale', 'submit', 'PS-404').code).toBe(3);
  });
});
