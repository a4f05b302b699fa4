// Import throughput of Amazon All Orders reports (issue 4): a generated 32-column report of
// BENCH_ALL_ORDERS lines (default 1,000,000; 500 SKUs unknown to the account, so the importer also adds
// their products) imported through the same path as `clearway import` (detect → stream → one
// transaction) into a fresh SQLite file, and into PostgreSQL when CLEARWAY_TEST_PG (or the local
// default) answers (BENCH_ALL_ORDERS_PG=0 skips it). The physical floor is the same file's plain read:
// stream the bytes, decode, split lines and cells; the store's floor is SQLite inserting as many rows
// into the same table with no clearway code. Prints lines/s, node CPU seconds (the machine may be
// shared: wall time varies, CPU time less) and peak RSS (sampled every 20 ms).
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importFiles } from '../dist/app/import.js';
import { openStore } from '../dist/store/open.js';
import { fmt, withPeakRss } from './measure.js';

const LINES = Number(process.env.BENCH_ALL_ORDERS ?? 1_000_000);
const SKUS = 500;

const HEADER = [
  'amazon-order-id', 'merchant-order-id', 'purchase-date', 'last-updated-date', 'order-status', 'fulfillment-channel',
  'sales-channel', 'order-channel', 'url', 'ship-service-level', 'product-name', 'sku', 'asin', 'item-status',
  'quantity', 'currency', 'item-price', 'item-tax', 'shipping-price', 'shipping-tax', 'gift-wrap-price',
  'gift-wrap-tax', 'item-promotion-discount', 'ship-promotion-discount', 'ship-city', 'ship-state',
  'ship-postal-code', 'ship-country', 'promotion-ids', 'is-business-order', 'purchase-order-number',
  'price-designation',
]; // prettier-ignore

function cents(n) {
  return `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
}

/** Writes the report: realistic cells (32 per line), one order per line, every 10th a promotion. */
export async function writeReport(path) {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  out.write(`${HEADER.join('\t')}\n`);
  const start = Date.parse('2025-01-01T00:00:00Z');
  for (let i = 0; i < LINES; i++) {
    const at = new Date(start + i * 20_000).toISOString().replace('.000Z', '+00:00');
    const units = 1 + (i % 4);
    const unit = 1999 + (i % 7) * 100;
    const promo = i % 10 === 0;
    const line = [
      `11${i % 10}-${String(i).padStart(7, '0')}-${String(i % 9973).padStart(7, '0')}`, '', at, at,
      i % 50 === 0 ? 'Cancelled' : 'Shipped', 'Amazon', 'Amazon.com', '', '', 'Expedited',
      `Trendy Home 20" x 20" Premium Throw Pillow Insert, Standard/White (${i % SKUS})`, `SKU-${i % SKUS}`,
      `B0BENCH${String(i % SKUS).padStart(3, '0')}`, i % 50 === 0 ? 'Cancelled' : 'Shipped', String(units), 'USD',
      cents(unit * units), cents(Math.round(unit * units * 0.0825)), '', '', '', '',
      promo ? '-2.00' : '', '', 'GRAND PRAIRIE', 'TX', '75052', 'US', promo ? 'PLCC-2OFF' : '', 'false', '', '',
    ]; // prettier-ignore
    if (!out.write(`${line.join('\t')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The floor: stream the bytes, decode UTF-8, split lines and tab-separated cells; nothing else. */
async function plainRead(path) {
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  stream.setEncoding('utf8');
  let rest = '';
  let lines = 0;
  let cells = 0;
  for await (const chunk of stream) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop();
    for (const line of parts) {
      cells += line.split('\t').length;
      lines++;
    }
  }
  if (rest !== '') lines++;
  return { lines, cells };
}

/**
 * The store's floor on SQLite: the same number of order rows inserted into clearway's own `orders`
 * table (its key and indexes, migrated by openStore) by better-sqlite3 directly, 1,000 rows per
 * statement in one transaction, with no parsing and no clearway code on the way.
 */
async function sqliteFloor(path) {
  const store = await openStore(path);
  await store.ensureAccount('floor');
  await store.close();
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(path);
  db.pragma('synchronous = NORMAL');
  const accountId = db.prepare('select id from accounts where name = ?').get('floor').id;
  const columns = ['account_id', 'order_id', 'line', 'sku', 'marketplace', 'at', 'units', 'unit_price', 'currency',
    'promotion_ids', 'promotion_discount', 'b2b', 'subscribe_and_save', 'cancelled', 'channel']; // prettier-ignore
  const rows = 1000;
  const tuple = `(${columns.map(() => '?').join(',')})`;
  const insert = db.prepare(`insert into orders (${columns.join(',')}) values ${Array(rows).fill(tuple).join(',')}`);
  const start = Date.parse('2025-01-01T00:00:00Z');
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  db.exec('begin immediate');
  for (let from = 0; from + rows <= LINES; from += rows) {
    const values = [];
    for (let i = from; i < from + rows; i++) {
      const id = `11${i % 10}-${String(i).padStart(7, '0')}-${String(i % 9973).padStart(7, '0')}`;
      values.push(
        accountId,
        id,
        1,
        `SKU-${i % SKUS}`,
        'US',
        start + i * 20_000,
        1 + (i % 4),
        1999,
        'USD',
        '[]',
        0,
        0,
        0,
        0,
        'fba',
      );
    }
    insert.run(values);
  }
  db.exec('commit');
  db.close();
  return { seconds: (performance.now() - t0) / 1000, cpu: cpuSeconds(c0) };
}

/** User + system CPU seconds of this process since `start` (the machine is shared: wall time varies). */
function cpuSeconds(start) {
  const c = process.cpuUsage(start);
  return (c.user + c.system) / 1e6;
}

async function measure(label, url, file) {
  const store = await openStore(url);
  try {
    let progress = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const { result, peakRssMb } = await withPeakRss(() =>
      importFiles(store, 'bench', [file], { at: Date.now(), onProgress: () => progress++ }),
    );
    const seconds = (performance.now() - t0) / 1000;
    const cpu = cpuSeconds(c0);
    const f = result.files[0];
    if (f.rejected.length > 0 || f.rows !== LINES)
      throw new Error(`unexpected import ${JSON.stringify(f).slice(0, 500)}`);
    console.log(
      `${label.padEnd(10)} import ${fmt(LINES / seconds)} lines/s (${fmt(seconds, 2)} s, ${fmt(f.added)} facts; node CPU ${fmt(cpu, 2)} s = ${fmt(LINES / cpu)} lines per CPU-s)  peak RSS ${fmt(peakRssMb)} MB  progress lines: ${progress}`,
    );
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    const again = await importFiles(store, 'bench', [file], { at: Date.now() });
    const reimport = (performance.now() - t1) / 1000;
    const cpuAgain = cpuSeconds(c1);
    if (again.files[0].added !== 0) throw new Error('re-import added facts');
    console.log(
      `${label.padEnd(10)} re-import (all duplicates) ${fmt(LINES / reimport)} lines/s (${fmt(reimport, 2)} s; node CPU ${fmt(cpuAgain, 2)} s)`,
    );
  } finally {
    await store.close();
  }
}

async function postgresUrl() {
  if (process.env.BENCH_ALL_ORDERS_PG === '0') return null;
  const admin = process.env.CLEARWAY_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: admin });
  try {
    await client.connect();
  } catch {
    return null;
  }
  const name = `clearway_bench_ao_${process.pid}`;
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name}`);
      await c.end();
    },
  };
}

export default async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'clearway-bench-ao-'));
  try {
    const file = join(dir, 'all-orders.txt');
    const g0 = performance.now();
    await writeReport(file);
    const mb = statSync(file).size / 1024 / 1024;
    console.log(
      `All Orders report: ${fmt(LINES)} lines, ${fmt(mb)} MB, ${SKUS} SKUs (generated in ${fmt((performance.now() - g0) / 1000, 1)} s)`,
    );
    const p0 = performance.now();
    const pc = process.cpuUsage();
    const { result: floor, peakRssMb: floorRss } = await withPeakRss(() => plainRead(file));
    const floorSeconds = (performance.now() - p0) / 1000;
    const floorCpu = cpuSeconds(pc);
    console.log(
      `plain read floor ${fmt(floor.lines / floorSeconds)} lines/s (${fmt(floorSeconds, 2)} s, ${fmt(mb / floorSeconds)} MB/s; CPU ${fmt(floorCpu, 2)} s)  peak RSS ${fmt(floorRss)} MB`,
    );
    const sq = await sqliteFloor(join(dir, 'floor.db'));
    console.log(
      `SQLite insert floor (same table, no parsing) ${fmt(LINES / sq.seconds)} rows/s (${fmt(sq.seconds, 2)} s; CPU ${fmt(sq.cpu, 2)} s = ${fmt(LINES / sq.cpu)} rows per CPU-s)`,
    );
    await measure('SQLite', join(dir, 'bench.db'), file);
    const pg = await postgresUrl();
    if (pg) {
      try {
        await measure('PostgreSQL', pg.url, file);
      } finally {
        await pg.drop();
      }
    } else console.log('PostgreSQL: not reachable or skipped');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
