// End to end through the built CLI (`npm test` builds first; locally: npx tsc -p tsconfig.build.json):
// an All Orders report big enough to be read in a worker thread (ingest/read-in-worker.ts) stores
// exactly what the same import stores when the file is read in the calling thread (importFiles run
// here from the sources, where the worker's script does not exist); its look-ups reach the import's
// transaction (a line stored by an orders.csv keeps its line number and Subscribe & Save flag); a
// re-import adds nothing; a rejected row anywhere stores nothing of the file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../src/app/import.js';
import { ALL_ORDERS_32 } from '../src/ingest/amazon/test-support.js';
import { WORKER_MIN_BYTES } from '../src/ingest/read-in-worker.js';
import { openStore } from '../src/store/open.js';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'clearway');
const dir = mkdtempSync(join(tmpdir(), 'clearway-cli-import-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AT = '2026-01-01T00:00:00Z';
const LINES = 18_000;

function clearway(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env.CLEARWAY_DB;
  const r = spawnSync(process.execPath, [BIN, ...args, '--at', AT], { encoding: 'utf8', env, cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** Report lines: 40 SKUs, orders of one or two lines (the same SKU twice: its 2nd line), promotions. */
function reportLines(bad: ReadonlySet<number> = new Set()): string[] {
  const lines = [ALL_ORDERS_32.join('\t')];
  const start = Date.parse('2026-02-01T00:00:00Z');
  for (let i = 0; lines.length <= LINES; i++) {
    const at = new Date(start + i * 20_000).toISOString().replace('.000Z', '+00:00');
    const orderId = `111-${String(i).padStart(7, '0')}-${String((i * 7919) % 10_000_000).padStart(7, '0')}`;
    const skus = i % 5 === 0 ? [i % 40, i % 40] : [i % 40];
    for (const s of skus) {
      const units = 1 + (i % 3);
      const promo = i % 10 === 0;
      const quantity = bad.has(lines.length + 1) ? 'four' : String(units);
      lines.push(
        [
          orderId, '', at, at, i % 50 === 0 ? 'Cancelled' : 'Shipped', i % 7 === 0 ? 'Merchant' : 'Amazon',
          'Amazon.com', '', '', 'Expedited', `Throw Pillow Insert 20" x 20" (${s})`, `SKU-${s}`,
          `B0WORKER${String(s).padStart(2, '0')}`, 'Shipped', quantity, 'USD', money((1999 + s * 100) * units),
          '1.65', '', '', '', '', promo ? '-2.00' : '', '', 'GRAND PRAIRIE', 'TX', '75052', 'US',
          promo ? 'PLCC-2OFF,Core Free Shipping Promotion' : '', i % 9 === 0 ? 'true' : 'false', '', '',
        ].join('\t'), // prettier-ignore
      );
    }
  }
  return lines;
}

function write(name: string, lines: readonly string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const products = write('products.csv', [
  'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days',
  'SKU-1,B0WORKER01,US,new,,false,4.2,10,true,true,,,29.99,,,,,,,15,4.10,,',
  'SKU-2,B0WORKER02,US,new,,false,4.2,10,false,true,,,29.99,,,,,,,15,4.10,,',
]);
// Order 0000001 (SKU-1) as another source stored it: line 7, bought with Subscribe & Save.
const orders = write('orders.csv', [
  'order_id,line,sku,at,units,unit_price,currency,promotion_ids,promotion_discount,b2b,subscribe_and_save,cancelled,channel',
  '111-0000001-0007919,7,SKU-1,2026-02-01T00:00:20Z,2,21.00,USD,,0.00,false,true,false,fba',
]);
const report = write('all-orders.txt', reportLines());

/** Every stored row of the fact tables the import writes, in key order. */
function rows(db: string): Record<string, unknown[]> {
  const d = new Database(db, { readonly: true });
  try {
    const all = (sql: string) =>
      d
        .prepare(sql)
        .all()
        .map((r) => JSON.stringify(r));
    return {
      orders: all('select * from orders order by account_id, order_id, line'),
      products: all('select * from products order by account_id, marketplace, sku, valid_from'),
    };
  } finally {
    d.close();
  }
}

describe('clearway import of a report read in a worker thread', () => {
  it('stores exactly what an in-thread read stores; a re-import adds nothing', async () => {
    expect(statSync(report).size).toBeGreaterThan(WORKER_MIN_BYTES);
    const worker = join(dir, 'worker.db');
    expect(clearway('import', products, orders, '--db', worker).code).toBe(0);
    const run = clearway('import', report, '--db', worker, '--json');
    expect(run.code, run.stderr).toBe(0);
    const [summary] = (JSON.parse(run.stdout) as { files: Record<string, unknown>[] }).files;

    const inThread = join(dir, 'in-thread.db');
    const store = await openStore(inThread);
    try {
      const at = Date.parse(AT);
      await importFiles(store, 'default', [products, orders], { at });
      const expected = await importFiles(store, 'default', [report], { at });
      expect(summary).toEqual(expected.files[0]);
    } finally {
      await store.close();
    }
    expect(summary).toMatchObject({ kind: 'amazon_all_orders', rows: LINES, updated: 1, rejected: [] });
    expect(rows(worker)).toEqual(rows(inThread));

    const line = new Database(worker, { readonly: true })
      .prepare(`select line, subscribe_and_save from orders where order_id = '111-0000001-0007919'`)
      .all();
    expect(line).toEqual([{ line: 7, subscribe_and_save: 1 }]);

    const again = clearway('import', report, '--db', worker, '--json');
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).files[0]).toMatchObject({ rows: LINES, added: 0, updated: 0, duplicates: LINES });
  });

  it('a rejected row anywhere (the middle, the last line): exit 2, both named, nothing stored', () => {
    const db = join(dir, 'rejected.db');
    const bad = write('bad-all-orders.txt', reportLines(new Set([LINES / 2, LINES + 1])));
    expect(statSync(bad).size).toBeGreaterThan(WORKER_MIN_BYTES);
    const run = clearway('import', bad, '--db', db, '--json');
    expect(run.code).toBe(2);
    const [summary] = (JSON.parse(run.stdout) as { files: { rejected: { line: number }[]; added: number }[] }).files;
    expect(summary!.rejected.map((r) => r.line)).toEqual([LINES / 2, LINES + 1]);
    expect(summary!.added).toBe(0);
    const counts = JSON.parse(clearway('facts', '--db', db, '--json').stdout) as { counts: Record<string, number> };
    expect(counts.counts.orders).toBe(0);
    expect(counts.counts.products).toBe(0);
  });
});
