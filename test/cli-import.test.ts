// End to end through the built CLI (`npm test` builds first; locally: npx tsc -p tsconfig.build.json):
// `clearway import` of every clearway CSV fact kind, re-import, rejected files and exit codes, and
// `clearway facts --json`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FACT_KINDS } from '../src/core/catalog/facts.js';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'clearway');
const dir = mkdtempSync(join(tmpdir(), 'clearway-cli-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function clearway(...args: string[]): Run {
  const env = { ...process.env };
  delete env.CLEARWAY_DB;
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(run: Run): unknown {
  return JSON.parse(run.stdout);
}

let caseNo = 0;
function folder(files: Record<string, string[]>): string {
  const path = join(dir, `case${++caseNo}`);
  mkdirSync(path);
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(path, name), lines.join('\n') + '\n');
  return path;
}

function newDb(): string {
  return join(dir, `db${++caseNo}.db`);
}

function counts(db: string): Record<string, number> {
  const run = clearway('facts', '--db', db, '--json');
  expect(run.code).toBe(0);
  return (json(run) as { counts: Record<string, number> }).counts;
}

const PRODUCTS = [
  'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days,case_pack,min_order_qty,at',
  'MUG-BLUE,B0MUG00001,US,new,2024-05-01,false,4.6,312,false,true,,Kitchen,24.99,,12.00,18.50,CNY,2.10,0.1400,15,4.75,0.08,40,24,48,2026-01-01T00:00:00Z',
  'LAMP-EU,B0LAMP0001,DE,new,,true,4.1,57,false,true,,Home,59.90,,,,,,,15,6.20,0.35,60,,,',
];
const ORDERS_HEADER =
  'order_id,line,sku,at,units,unit_price,currency,promotion_ids,promotion_discount,b2b,subscribe_and_save,cancelled,channel';
const ORDERS = [
  ORDERS_HEADER,
  '111-0000001,1,MUG-BLUE,2026-02-01T09:15:00-08:00,2,24.99,USD,,0.00,false,false,false,fba',
  '111-0000002,1,MUG-BLUE,2026-02-03,1,24.99,USD,COUPON-1,2.50,false,false,false,fba',
  '302-0000003,1,LAMP-EU,2026-02-04T18:00:00+01:00,1,59.90,EUR,,,false,false,false,fba',
];

/** One file of every clearway CSV fact kind (CONTRACT.md), with the number of rows each holds. */
const EVERY_KIND: Record<string, { file: string; lines: string[] }> = {
  seller: {
    file: 'seller.csv',
    lines: [
      'account,marketplace,selling_plan,seller_rating,ishs_enrolled',
      'default,US,professional,4.9,true',
      'default,DE,professional,4.7,false',
    ],
  },
  products: { file: 'products.csv', lines: PRODUCTS },
  orders: { file: 'orders.csv', lines: ORDERS },
  prices: { file: 'prices.csv', lines: ['sku,at,price', 'MUG-BLUE,2026-01-10,24.99', 'LAMP-EU,2026-01-10,59.90'] },
  offers: {
    file: 'offers.csv',
    lines: ['asin,at,seller,condition,price,buy_box', 'B0MUG00001,2026-02-01T00:00:00Z,Rival Mugs,new,23.49,false'],
  },
  promotions: {
    file: 'promotions.csv',
    lines: [
      'id,kind,sku,start,end,discount_pct,discount_amount,price,stackable,code,code_type,audience,min_qty,budget',
      'COUPON-1,coupon,MUG-BLUE,2026-02-01,2026-02-15,10,,,true,,,all,,200.00',
      'LD-1,lightning_deal,LAMP-EU,2026-03-01T10:00:00+01:00,2026-03-01T22:00:00+01:00,,,44.90,false,,,prime,,',
    ],
  },
  lots: {
    file: 'lots.csv',
    lines: ['sku,at,received,units', 'MUG-BLUE,2026-02-01,2025-09-01,120', 'MUG-BLUE,2026-02-01,2025-12-15,80'],
  },
  shipments: {
    file: 'shipments.csv',
    lines: [
      'shipment_id,sku,units,carrier_program,created,shipped,eta,received',
      'FBA17ABC,MUG-BLUE,200,partnered_carrier,2026-01-20,2026-01-22,2026-02-10,',
    ],
  },
  events: { file: 'events.csv', lines: ['marketplace,name,start,end', 'US,Prime Day,2026-07-08,2026-07-10'] },
  frozen_was_prices: {
    file: 'frozen.csv',
    lines: ['asin,marketplace,price,from,to', 'B0MUG00001,US,26.99,2026-07-08,2026-07-10'],
  },
  evidence: {
    file: 'evidence.csv',
    lines: ['asin,marketplace,at,price,url', 'B0LAMP0001,DE,2026-01-05,69.90,https://lamps.example/eu'],
  },
  pricing_rules: {
    file: 'pricing_rules.csv',
    lines: ['rule_id,sku,at,action,min_price,max_price', 'AUTO-1,MUG-BLUE,2026-01-15,create,19.99,29.99'],
  },
  outlet_events: {
    file: 'outlet_events.csv',
    lines: [
      'deal_id,sku,at,type,kind,price,reasons,actor',
      'OD-1,MUG-BLUE,2026-02-02T10:00:00-08:00,submitted,outlet_deal,16.99,,seller',
      'OD-1,MUG-BLUE,2026-02-04T00:00:00-08:00,not_approved,,,OUTLET_REVIEW_IMAGES;OUTLET_REVIEW_RATING,operator',
    ],
  },
};

const EXPECTED_COUNTS = Object.fromEntries(Object.entries(EVERY_KIND).map(([kind, f]) => [kind, f.lines.length - 1]));
/** Every fact kind's count after importing EVERY_KIND: 0 for the kinds it has no file of (Amazon reports …). */
const EXPECTED_ALL = { ...Object.fromEntries(FACT_KINDS.map((kind) => [kind, 0])), ...EXPECTED_COUNTS };

describe('clearway import', () => {
  it('imports every clearway fact kind from a folder (seller and products first), then re-imports adding nothing', () => {
    const db = newDb();
    const path = folder(Object.fromEntries(Object.values(EVERY_KIND).map((f) => [f.file, f.lines])));
    const first = clearway('import', path, '--db', db, '--at', '2026-02-15T00:00:00Z', '--json');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const summary = json(first) as { files: { file: string; kind: string; rows: number; added: number }[] };
    expect(summary.files.slice(0, 2).map((f) => f.kind)).toEqual(['seller', 'products']);
    const byKind = Object.fromEntries(summary.files.map((f) => [f.kind, [f.rows, f.added]]));
    expect(byKind).toEqual(Object.fromEntries(Object.entries(EXPECTED_COUNTS).map(([k, n]) => [k, [n, n]])));
    expect(counts(db)).toEqual(EXPECTED_ALL);

    const again = clearway('--json', '--db', db, 'import', path);
    expect(again.code).toBe(0);
    for (const f of (json(again) as { files: { rows: number; added: number; updated: number; duplicates: number }[] })
      .files) {
      expect([f.added, f.updated, f.duplicates]).toEqual([0, 0, f.rows]);
    }
    expect(counts(db)).toEqual(EXPECTED_ALL);
  });

  it('--json summary has the CONTRACT.md shape', () => {
    const db = newDb();
    const path = folder({
      'products.csv': PRODUCTS,
      'orders.csv': [ORDERS_HEADER, 'X,1,NOPE,2026-02-01,1,1.00,USD,,,false,false,false,fba'],
    });
    const run = clearway('import', join(path, 'products.csv'), join(path, 'orders.csv'), '--db', db, '--json');
    expect(run.code).toBe(2);
    const summary = json(run) as { files: Record<string, unknown>[] };
    expect(Object.keys(summary)).toEqual(['files']);
    expect(summary.files[0]).toEqual({
      file: join(path, 'products.csv'),
      kind: 'products',
      rows: 2,
      added: 2,
      updated: 0,
      duplicates: 0,
      warnings: [],
      rejected: [],
      rejectedMore: 0,
    });
    expect(summary.files[1]).toMatchObject({
      kind: 'orders',
      rows: 1,
      added: 0,
      updated: 0,
      duplicates: 0,
      warnings: [],
    });
    expect(summary.files[1]?.rejected).toEqual([
      {
        line: 2,
        column: 'sku',
        code: 'IMPORT_UNKNOWN_ID',
        reason: 'unknown sku NOPE: no product of this account has it (import its products first)',
      },
    ]);
  });

  it('a bad date on line 7 rejects the whole file: exit 2, stderr names file, line, column, reason; nothing stored', () => {
    const db = newDb();
    const path = folder({ 'products.csv': PRODUCTS });
    expect(clearway('import', join(path, 'products.csv'), '--db', db).code).toBe(0);
    const before = counts(db);
    const good = (n: number) => `111-10${n},1,MUG-BLUE,2026-02-0${n},1,24.99,USD,,,false,false,false,fba`;
    const lines = [
      ORDERS_HEADER,
      good(1),
      good(2),
      good(3),
      good(4),
      good(5),
      '111-106,1,MUG-BLUE,2026-13-01,1,24.99,USD,,,false,false,false,fba',
      good(7),
    ];
    const orders = folder({ 'orders.csv': lines });
    const run = clearway('--db', db, 'import', join(orders, 'orders.csv'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${join(orders, 'orders.csv')}:7: column at: "2026-13-01" is not a date (YYYY-MM-DD or ISO-8601 with offset)`,
    );
    expect(run.stdout).toMatch(/orders\s+7\s+0\s+0\s+0\s+1/);
    expect(counts(db)).toEqual(before);
    expect(before.orders).toBe(0);
  });

  it('an unknown SKU rejects the file with exit 2; --lang zh-CN explains it in Chinese', () => {
    const db = newDb();
    const path = folder({
      'products.csv': PRODUCTS,
      'prices.csv': ['sku,at,price', 'MUG-BLUE,2026-01-10,24.99', 'GHOST,2026-01-10,9.99'],
    });
    const run = clearway('import', path, '--db', db, '--lang', 'zh-CN');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${join(path, 'prices.csv')}:3: 列 sku：未知的 sku GHOST：本账户没有该商品（请先导入商品）`,
    );
    expect(counts(db)).toMatchObject({ products: 2, prices: 0 });
  });

  it('a missing column rejects the file with exit 2 naming the column', () => {
    const db = newDb();
    const header = ORDERS_HEADER.replace(',channel', '');
    const path = folder({
      'products.csv': PRODUCTS,
      'orders.csv': [header, '1,1,MUG-BLUE,2026-02-01,1,24.99,USD,,,false,false,false'],
    });
    const run = clearway('import', path, '--db', db);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(path, 'orders.csv')}:1: column channel: required column of orders is missing`);
    expect(counts(db)).toMatchObject({ products: 2, orders: 0 });
  });

  it('exit 2 for a malformed global option or an unknown option; CLEARWAY_DB is the default --db', () => {
    expect(clearway('import', 'x.csv', '--marketplace', 'XX').code).toBe(2);
    expect(clearway('import', 'x.csv', '--bogus').code).toBe(2);
    const db = newDb();
    const path = folder({ 'products.csv': PRODUCTS });
    const r = spawnSync(process.execPath, [BIN, 'import', path], {
      encoding: 'utf8',
      env: { ...process.env, CLEARWAY_DB: db },
      cwd: dir,
    });
    expect(r.status).toBe(0);
    expect(counts(db).products).toBe(2);
  });
});

describe('clearway facts', () => {
  it('prints counts per fact kind as a table, and zero counts for an account never imported into', () => {
    const db = newDb();
    clearway('import', folder({ 'products.csv': PRODUCTS }), '--db', db, '--account', 'shop2');
    const table = clearway('facts', '--db', db, '--account', 'shop2');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Facts of account shop2');
    expect(table.stdout).toMatch(/products\s+2\n/);
    const other = json(clearway('facts', '--db', db, '--json')) as { account: string; counts: Record<string, number> };
    expect(other.account).toBe('default');
    expect(Object.values(other.counts).every((n) => n === 0)).toBe(true);
    expect(Object.keys(other.counts)).toHaveLength(FACT_KINDS.length);
  });
});
