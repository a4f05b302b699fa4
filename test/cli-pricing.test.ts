// End to end through the built CLI (issue 3): facts imported from clearway CSV files with
// `clearway import`, then `prices`, `promo check|add|list|guard` and `quote` as a seller runs them —
// including the seed 002 worked example (a 30% coupon on $32.99 leaves a 30-day lowest net price of
// $23.09, so a later Lightning Deal above $21.93 fails PM-3) — and the exit codes of CONTRACT.md:
// unknown ASIN/SKU → 3, malformed proposal → 2 naming file and field, refused add → 4, nothing stored.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDist, runClearway, type Run } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'clearway-cli-pricing-'));

beforeAll(() => buildDist('cli/commands/promo.js'), 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clearway = (db: string, ...args: string[]): Run => runClearway(dir, db, args);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function json(run: Run): any {
  return JSON.parse(run.stdout);
}

let n = 0;
function file(name: string, content: string | object): string {
  const path = join(dir, `${++n}-${name}`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const PRODUCTS = [
  'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days,at',
  'MUG-1,B0MUG00001,US,new,2024-05-01,false,4.6,312,false,true,,Kitchen,39.99,,15.00,60.00,CNY,5.00,0.1400,15,4.75,0.08,40,2026-01-01T00:00:00-08:00',
  'LAMP-US,B0LAMP0001,US,new,,false,4.1,57,false,true,,Home,,,,,,,,15,6.20,0.35,60,2026-01-01T00:00:00-08:00',
  'LAMP-DE,B0LAMP0001,DE,new,,false,4.1,57,false,true,,Home,,,,,,,,15,6.20,0.35,60,2026-01-01T00:00:00+01:00',
].join('\n');
const ORDERS = [
  'order_id,line,sku,at,units,unit_price,currency,promotion_ids,promotion_discount,b2b,subscribe_and_save,cancelled,channel',
  '111-1,1,MUG-1,2026-02-10T10:00:00-08:00,1,32.99,USD,,0.00,false,false,false,fba',
  '111-2,1,MUG-1,2026-02-11T10:00:00-08:00,1,32.99,USD,,0.00,false,false,false,fba',
  '111-3,1,MUG-1,2026-02-12T10:00:00-08:00,2,32.99,USD,,0.00,false,false,false,fba',
].join('\n');
const PRICES = [
  'sku,at,price',
  'MUG-1,2026-01-01T00:00:00-08:00,32.99',
  'LAMP-US,2026-01-01,59.90',
  'LAMP-DE,2026-01-01,54.90',
].join('\n');
const PROMOTIONS = [
  'id,kind,sku,start,end,discount_pct,discount_amount,price,stackable,code,code_type,audience,min_qty,budget',
  'PED1,ped,MUG-1,2026-05-01,2026-05-08,,,29.99,false,,,prime,,',
  'C10,coupon,MUG-1,2026-05-01,2026-05-08,10,,,true,,,all,,100.00',
  'CODE20,promo_code,MUG-1,2026-05-01,2026-05-08,20,,,true,SAVE20,unrestricted,all,,',
].join('\n');

const C30 = { id: 'C30', sku: 'MUG-1', kind: 'coupon', start: '2026-03-20', end: '2026-03-27', discount_pct: 30 };
const LD = {
  id: 'LD1',
  sku: 'MUG-1',
  kind: 'lightning_deal',
  start: '2026-04-05T08:00:00-07:00',
  end: '2026-04-05T20:00:00-07:00',
  price: '22.99',
};

/** A new database with the products, orders and prices imported (and the May promotions if asked). */
function setup(withPromotions = false): string {
  const db = join(dir, `db${++n}.db`);
  const files = [file('products.csv', PRODUCTS), file('orders.csv', ORDERS), file('prices.csv', PRICES)];
  if (withPromotions) files.push(file('promotions.csv', PROMOTIONS));
  const run = clearway(db, 'import', ...files, '--at', '2026-03-01T00:00:00Z');
  expect(run.code, run.stderr).toBe(0);
  return db;
}

describe('clearway prices / promo / quote (issue 3)', () => {
  it('PM-3, PM-10 seed 002 case 1 end to end: promo add a 30% coupon on 32.99 → prices shows 23.09 caused by it → an LD at 22.99 fails PM-3', () => {
    const db = setup();
    const before = clearway(db, 'prices', 'B0MUG00001', '--at', '2026-03-01', '--json');
    expect(before.code, before.stderr).toBe(0);
    expect(json(before)).toMatchObject({
      asin: 'B0MUG00001',
      marketplace: 'US',
      at: '2026-03-01T00:00:00-08:00',
      currency: 'USD',
      currentPrice: '32.99',
      listPrice: { value: '39.99', validated: false, basis: null },
      wasPrice: { value: '32.99', qualifyingOrders: 3, frozen: false },
      lowest30DayNetPrice: { value: '32.99', cause: null },
      reference: { value: '32.99', kind: 'was_price' },
    });

    const add = clearway(db, 'promo', 'add', file('c30.json', C30), '--at', '2026-03-01', '--json');
    expect(add.code, add.stderr).toBe(0);
    expect(json(add)).toMatchObject({ ok: true, id: 'C30', stored: true, outcome: 'added' });
    expect(json(add).lowest30DayNetPriceAfter).toMatchObject({ value: '23.09', cause: { promotionIds: ['C30'] } });

    // Asked for an instant after the planned coupon: the plan's consequence.
    const after = clearway(db, 'prices', 'B0MUG00001', '--at', '2026-03-28', '--json');
    expect(json(after).lowest30DayNetPrice).toMatchObject({
      value: '23.09',
      at: '2026-03-20T00:00:00-07:00',
      cause: { promotionIds: ['C30'], kinds: ['coupon'], price: '23.09', context: 'all' },
    });

    const check = clearway(db, 'promo', 'check', file('ld.json', LD), '--json');
    expect(check.code, 'a check that finds problems exits 0').toBe(0);
    const doc = json(check);
    expect(doc.ok).toBe(false);
    expect(doc.kind).toBe('lightning_deal');
    expect(doc.errors).toContainEqual(
      expect.objectContaining({
        code: 'LD_NOT_BELOW_LOWEST_NET',
        rule: 'PM-3',
        values: expect.objectContaining({ price: '22.99', low: '23.09' }),
      }),
    );
    expect(doc.fee).toHaveProperty('estimated');
    expect(doc.fee).toHaveProperty('variableRate');
    expect(doc.blocks).toEqual([]);
    // 5% below 23.09 is 21.93: that LD passes.
    const ok = clearway(db, 'promo', 'check', file('ld-ok.json', { ...LD, price: '21.93' }), '--json');
    expect(json(ok)).toMatchObject({ ok: true, errors: [] });

    const human = clearway(db, 'prices', 'B0MUG00001', '--at', '2026-03-28');
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/30-day lowest net price\s+23\.09\s+C30 \(coupon\)/);
    expect(human.stdout).toContain('List Price 39.99 USD is not validated');
    const zh = clearway(db, '--lang', 'zh-CN', 'prices', 'B0MUG00001', '--at', '2026-03-28');
    expect(zh.stdout).toContain('30 天最低净价');
  });

  it('an unknown ASIN or SKU → exit 3 naming it', () => {
    const db = setup();
    for (const args of [
      ['prices', 'B0NOPE0000'],
      ['quote', 'B0NOPE0000'],
      ['promo', 'guard', 'B0NOPE0000'],
      ['promo', 'list', '--asin', 'B0NOPE0000'],
      ['quote', 'B0MUG00001', '--sku', 'NOPE'],
    ]) {
      const run = clearway(db, ...args);
      expect(run.code, args.join(' ')).toBe(3);
      expect(run.stderr).toMatch(/B0NOPE0000|NOPE/);
    }
    const sku = clearway(db, 'promo', 'check', file('nosku.json', { ...C30, sku: 'NOPE' }));
    expect(sku.code).toBe(3);
    expect(sku.stderr).toContain('SKU NOPE is not a product of account default');
  });

  it('a malformed proposal → exit 2, stderr naming the file and each field; not JSON or missing → exit 2', () => {
    const db = setup();
    const bad = file('promotion.json', { ...C30, start: '2026-13-01', discount_pct: 'thirty', colour: 'red' });
    for (const command of ['check', 'add']) {
      const run = clearway(db, 'promo', command, bad);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`${bad}: field start: "2026-13-01" is not a date`);
      expect(run.stderr).toContain(`${bad}: field discount_pct: "thirty" is not a percentage`);
      expect(run.stderr).toContain(`${bad}: field colour: not a field of a promotion`);
    }
    const zh = clearway(db, '--lang', 'zh-CN', 'promo', 'check', bad);
    expect(zh.stderr).toContain('字段 start："2026-13-01" 不是日期');
    const notJson = file('broken.json', '{ "sku": ');
    expect(clearway(db, 'promo', 'check', notJson).stderr).toContain(`${notJson}: not a JSON document`);
    expect(clearway(db, 'promo', 'check', join(dir, 'missing.json')).code).toBe(2);
    const backwards = clearway(
      db,
      'promo',
      'check',
      file('order.json', { ...C30, start: '2026-03-27', end: '2026-03-20' }),
    );
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('field end: "2026-03-20" must be after start');
    expect(json(clearway(db, 'facts', '--json')).counts.promotions).toBe(0);
  });

  it('promo add of a proposal with errors → exit 4, the check on stdout, nothing stored; --force records it; re-adding is a duplicate', () => {
    const db = setup();
    expect(clearway(db, 'promo', 'add', file('c30.json', C30), '--at', '2026-03-01').code).toBe(0);
    const ld = file('ld.json', LD);
    const refused = clearway(db, 'promo', 'add', ld, '--at', '2026-03-01', '--json');
    expect(refused.code).toBe(4);
    expect(json(refused)).toMatchObject({ ok: false, stored: false, outcome: 'refused' });
    expect(json(refused).errors.map((e: { rule: string }) => e.rule)).toContain('PM-3');
    expect(refused.stderr).toContain('promotion LD1 not recorded');
    expect(json(clearway(db, 'facts', '--json')).counts.promotions).toBe(1);
    const listed = json(clearway(db, 'promo', 'list', '--json'));
    expect(listed.promotions.map((p: { id: string }) => p.id)).toEqual(['C30']);

    const forced = clearway(db, 'promo', 'add', ld, '--force', '--at', '2026-03-01', '--json');
    expect(forced.code, forced.stderr).toBe(0);
    expect(json(forced)).toMatchObject({ ok: false, stored: true, forced: true, outcome: 'added' });
    const again = clearway(db, 'promo', 'add', ld, '--force', '--at', '2026-03-01');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('promotion LD1 was already recorded as is');
    const changed = clearway(
      db,
      'promo',
      'add',
      file('ld2.json', { ...LD, price: '21.50' }),
      '--at',
      '2026-03-01',
      '--json',
    );
    expect(json(changed)).toMatchObject({ ok: true, outcome: 'updated' });
    expect(json(clearway(db, 'facts', '--json')).counts.promotions).toBe(2);
  });

  it('promo add without an id generates one from the content (adding the same file again is a duplicate)', () => {
    const db = setup();
    const noId = file('noid.json', {
      sku: 'MUG-1',
      kind: 'coupon',
      start: '2026-03-20',
      end: '2026-03-27',
      discount_pct: 10,
    });
    const first = json(clearway(db, 'promo', 'add', noId, '--json'));
    expect(first.id).toMatch(/^P-[0-9A-F]{12}$/);
    const second = json(clearway(db, 'promo', 'add', noId, '--json'));
    expect(second).toMatchObject({ id: first.id, outcome: 'duplicate' });
  });

  it('PQ-1 quote with --prime and --code shows the stack: PED, then the coupon, then the code', () => {
    const db = setup(true);
    const run = clearway(db, 'quote', 'B0MUG00001', '--at', '2026-05-02', '--prime', '--code', 'save20', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(json(run)).toMatchObject({
      asin: 'B0MUG00001',
      sku: 'MUG-1',
      at: '2026-05-02T00:00:00-07:00',
      currency: 'USD',
      basePrice: '32.99',
      direct: { id: 'PED1', kind: 'ped', price: '29.99' },
      addOns: [
        { id: 'C10', kind: 'coupon', base: '29.99', discount: '3.00' },
        { id: 'CODE20', kind: 'promo_code', base: '26.99', discount: '5.40' },
      ],
      netUnitPrice: '21.59',
      totalDiscount: '11.40',
      notApplied: [],
      warnings: [],
    });
    const plain = json(clearway(db, 'quote', 'B0MUG00001', '--at', '2026-05-02', '--json'));
    expect(plain.direct).toBeNull();
    expect(plain.notApplied.map((x: { id: string; reason: string }) => `${x.id}:${x.reason}`).sort()).toEqual([
      'CODE20:CODE_NOT_ENTERED',
      'PED1:PED_PRIME_ONLY',
    ]);
    const human = clearway(db, 'quote', 'B0MUG00001', '--at', '2026-05-02', '--prime', '--code', 'SAVE20');
    expect(human.stdout).toMatch(/direct price\s+PED1\s+ped\s+32\.99\s+3\.00\s+29\.99/);
    expect(human.stdout).toMatch(/add-on\s+CODE20\s+promo_code\s+26\.99\s+5\.40\s+21\.59/);
    expect(clearway(db, 'quote', 'B0MUG00001', '--qty', 'two').code).toBe(2);
    expect(clearway(db, 'quote', 'B0MUG00001', '--at', '2025-06-01').code).toBe(2);
  });

  it('promo list: statuses relative to --at (planned, live, ended) and --from/--to', () => {
    const db = setup(true);
    clearway(db, 'promo', 'add', file('c30.json', C30), '--at', '2026-03-01');
    const doc = json(clearway(db, 'promo', 'list', '--sku', 'MUG-1', '--at', '2026-05-02', '--json'));
    expect(doc.at).toBe('2026-05-02T00:00:00-07:00');
    const status = Object.fromEntries(doc.promotions.map((p: { id: string; status: string }) => [p.id, p.status]));
    expect(status).toEqual({ C30: 'ended', C10: 'live', CODE20: 'live', PED1: 'live' });
    const early = json(clearway(db, 'promo', 'list', '--at', '2026-03-01', '--json'));
    expect(early.promotions.every((p: { status: string }) => p.status === 'planned')).toBe(true);
    const march = json(clearway(db, 'promo', 'list', '--from', '2026-03-01', '--to', '2026-03-31', '--json'));
    expect(march.promotions.map((p: { id: string }) => p.id)).toEqual(['C30']);
    expect(march.promotions[0]).toMatchObject({
      asin: 'B0MUG00001',
      discountPct: 30,
      currency: 'USD',
      start: '2026-03-20T00:00:00-07:00',
    });
    const table = clearway(db, 'promo', 'list', '--at', '2026-05-02');
    expect(table.stdout).toMatch(/PED1\s+ped\s+MUG-1\s+B0MUG00001\s+\S+\s+\S+\s+29\.99 USD\s+live/);
  });

  it('PQ-4 promo guard: a 55% code stacked on the May promotions goes under the minimum price and the cost floor', () => {
    const db = setup(true);
    const code = {
      id: 'CODE55',
      sku: 'MUG-1',
      kind: 'promo_code',
      start: '2026-05-03',
      end: '2026-05-05',
      discount_pct: 55,
      code: 'HALF',
      code_type: 'unrestricted',
      stackable: true,
    };
    expect(clearway(db, 'promo', 'add', file('code55.json', code), '--force', '--at', '2026-03-01').code).toBe(0);
    const run = clearway(db, 'promo', 'guard', 'B0MUG00001', '--from', '2026-04-25', '--to', '2026-05-10', '--json');
    expect(run.code, run.stderr).toBe(0);
    const doc = json(run);
    expect(doc).toMatchObject({
      asin: 'B0MUG00001',
      ok: false,
      from: '2026-04-25T00:00:00-07:00',
      to: '2026-05-10T00:00:00-07:00',
      skus: [{ sku: 'MUG-1', costFloor: '16.30', minPrice: '15.00' }],
    });
    // Prime buyer with both codes: PED 29.99 → coupon 10% → 26.99 → SAVE20 and HALF.
    const worst = doc.findings.find(
      (f: { buyer: { prime: boolean }; codes: string[] }) => f.buyer.prime && f.codes.length === 2,
    );
    expect(worst).toMatchObject({
      start: '2026-05-03T00:00:00-07:00',
      end: '2026-05-05T00:00:00-07:00',
      breaches: ['cost_floor', 'min_price'],
      stack: ['PED1', 'C10', 'CODE20', 'CODE55'],
    });
    expect(doc.findings.every((f: { codes: string[] }) => f.codes.includes('HALF'))).toBe(true);
    const human = clearway(db, 'promo', 'guard', 'B0MUG00001', '--from', '2026-04-25', '--to', '2026-05-10');
    expect(human.stdout).toContain('SKU MUG-1: cost floor 16.30, minimum price 15.00 USD');
    expect(human.stdout).toMatch(/PED1 \+ C10 \+ CODE20 \+ CODE55/);
    const quiet = clearway(db, 'promo', 'guard', 'B0MUG00001', '--from', '2026-04-25', '--to', '2026-05-02');
    expect(quiet.stdout).toContain('no buyer pays at or under a floor');
    expect(clearway(db, 'promo', 'guard', 'B0MUG00001', '--from', '2026-05-10', '--to', '2026-05-01').code).toBe(2);
  });

  it('DEC-2: an ASIN sold on two marketplaces needs --marketplace (exit 2 listing them); days are local midnight there', () => {
    const db = setup();
    const run = clearway(db, 'prices', 'B0LAMP0001');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/DE, US/);
    const de = json(clearway(db, '--marketplace', 'DE', 'prices', 'B0LAMP0001', '--at', '2026-03-01', '--json'));
    expect(de).toMatchObject({
      marketplace: 'DE',
      currency: 'EUR',
      currentPrice: '54.90',
      at: '2026-03-01T00:00:00+01:00',
    });
  });
});
