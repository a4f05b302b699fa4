// Import throughput of Amazon All Orders reports (issue 4): a generated 32-column report of
// BENCH_ALL_ORDERS lines (default 1,000,000; 500 SKUs unknown to the account, so the importer also adds
// their products) imported through the same path as `clearway import` (detect → stream → one
// transaction) into a fresh SQLite file, and into PostgreSQL when CLEARWAY_TEST_PG (or the local
// default) answers (BENCH_ALL_ORDERS_PG=0 skips it). The physical floor is the same file's plain read:
// stream the bytes, decode, split lines and cells; the store's floor is SQLite inserting as many rows
// into the same table with no clearway code. Each store gets BENCH_RUNS (default 3) fresh databases:
// per run and as medians, prints lines/s, node CPU seconds (the machine may be shared: wall time
// varies, CPU time less), the main thread's CPU seconds (Linux: a big file is read in a worker thread
// while the main thread stores it, so the main thread is the critical path) and peak RSS (sampled
// every 20 ms, both threads). BENCH_IN_THREAD=1 adds SQLite with the file read in the main thread.
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importFiles } from '../dist/app/import.js';
import { READERS } from '../dist/ingest/registry.js';
import { openStore } from '../dist/store/open.js';
import { fmt, median, withPeakRss } from './measure.js';

const LINES = Number(process.env.BENCH_ALL_ORDERS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
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

/**
 * The order id of line i. Amazon's ids have no order (their middle group looks random), which makes
 * every insert land somewhere in the middle of the orders key index; the default ids (10 interleaved
 * sequences) are the benchmark, BENCH_ORDER_IDS=random gives Amazon's kind.
 */
function orderId(i) {
  const middle = process.env.BENCH_ORDER_IDS === 'random' ? (i * 2_654_435_761) % 9_999_991 : i;
  return `11${i % 10}-${String(middle).padStart(7, '0')}-${String(i % 9973).padStart(7, '0')}`;
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
      orderId(i), '', at, at,
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
      const id = orderId(i);
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

/**
 * CPU seconds of the main thread alone (Linux /proc; null elsewhere): the import's critical path when
 * the file is read in a worker thread (ingest/read-in-worker.ts) while the main thread stores it.
 */
function mainThreadCpu() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

/** One timed call: wall seconds, process CPU seconds, main-thread CPU seconds, peak RSS MB. */
async function timed(fn) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const m0 = mainThreadCpu();
  const { result, peakRssMb } = await withPeakRss(fn);
  const m1 = mainThreadCpu();
  return {
    result,
    seconds: (performance.now() - t0) / 1000,
    cpu: cpuSeconds(c0),
    mainCpu: m0 === null || m1 === null ? null : m1 - m0,
    rss: peakRssMb,
  };
}

function describeRun(r) {
  const main = r.mainCpu === null ? '' : `, main thread ${fmt(r.mainCpu, 2)} s`;
  return `${fmt(LINES / r.seconds)} lines/s (${fmt(r.seconds, 2)} s; node CPU ${fmt(r.cpu, 2)} s = ${fmt(LINES / r.cpu)} lines per CPU-s${main})  peak RSS ${fmt(r.rss)} MB`;
}

/** The per-run figures and their medians (the machine may be shared: single runs vary). */
function medianOf(runs) {
  const m = (key) => (runs.some((r) => r[key] === null) ? null : median(runs.map((r) => r[key])));
  return { seconds: m('seconds'), cpu: m('cpu'), mainCpu: m('mainCpu'), rss: m('rss') };
}

/**
 * A fresh import of the file into a new store, then the same file again (all duplicates). `inThread`:
 * read in the main thread (any readers but the built-in list itself are never handed to a worker).
 */
async function importTwice(url, file, inThread) {
  const store = await openStore(url);
  const readers = inThread ? [...READERS] : READERS;
  try {
    let progress = 0;
    const first = await timed(() =>
      importFiles(store, 'bench', [file], { at: Date.now(), readers, onProgress: () => progress++ }),
    );
    const f = first.result.files[0];
    if (f.rejected.length > 0 || f.rows !== LINES || f.added !== LINES + SKUS)
      throw new Error(`unexpected import ${JSON.stringify(f).slice(0, 500)}`);
    if (progress !== Math.floor(LINES / 100_000)) throw new Error(`${progress} progress calls`);
    const again = await timed(() => importFiles(store, 'bench', [file], { at: Date.now(), readers }));
    const a = again.result.files[0];
    if (a.added !== 0 || a.duplicates !== LINES) throw new Error(`re-import ${JSON.stringify(a).slice(0, 500)}`);
    return { first, again };
  } finally {
    await store.close();
  }
}

async function measure(label, newDatabase, file, inThread = false) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const db = await newDatabase(i);
    try {
      const run = await importTwice(db.url, file, inThread);
      console.log(`${label.padEnd(10)} run ${i + 1}: import ${describeRun(run.first)}`);
      console.log(`${label.padEnd(10)} run ${i + 1}: re-import (all duplicates) ${describeRun(run.again)}`);
      runs.push(run);
    } finally {
      await db.drop();
    }
  }
  console.log(`${label.padEnd(10)} median of ${RUNS}: import ${describeRun(medianOf(runs.map((r) => r.first)))}`);
  console.log(`${label.padEnd(10)} median of ${RUNS}: re-import ${describeRun(medianOf(runs.map((r) => r.again)))}`);
}

async function postgresAdmin() {
  if (process.env.BENCH_ALL_ORDERS_PG === '0') return null;
  const admin = process.env.CLEARWAY_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: admin });
  try {
    await client.connect();
  } catch {
    return null;
  }
  await client.end();
  const query = async (text) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  };
  return async (i) => {
    const name = `clearway_bench_ao_${process.pid}_${i}`;
    await query(`CREATE DATABASE ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return { url: url.toString(), drop: () => query(`DROP DATABASE IF EXISTS ${name}`) };
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
      `All Orders report: ${fmt(LINES)} lines, ${fmt(mb)} MB, ${SKUS} SKUs (generated in ${fmt((performance.now() - g0) / 1000, 1)} s); medians of ${RUNS} runs (BENCH_RUNS)`,
    );
    const floors = [];
    for (let i = 0; i < RUNS; i++) floors.push(await timed(() => plainRead(file)));
    const floor = medianOf(floors);
    console.log(
      `plain read floor ${fmt(LINES / floor.seconds)} lines/s (${fmt(floor.seconds, 2)} s, ${fmt(mb / floor.seconds)} MB/s; CPU ${fmt(floor.cpu, 2)} s)  peak RSS ${fmt(floor.rss)} MB`,
    );
    const sq = await sqliteFloor(join(dir, 'floor.db'));
    console.log(
      `SQLite insert floor (same table, no parsing) ${fmt(LINES / sq.seconds)} rows/s (${fmt(sq.seconds, 2)} s; CPU ${fmt(sq.cpu, 2)} s = ${fmt(LINES / sq.cpu)} rows per CPU-s)`,
    );
    const sqlite = async (i) => {
      const url = join(dir, `bench-${i}.db`);
      return { url, drop: async () => ['', '-wal', '-shm'].forEach((end) => rmSync(url + end, { force: true })) };
    };
    await measure('SQLite', sqlite, file);
    // BENCH_IN_THREAD=1: the same with the file read in the main thread (what the worker thread gains).
    if (process.env.BENCH_IN_THREAD === '1') await measure('SQLite, read in the thread', sqlite, file, true);
    const pg = await postgresAdmin();
    if (pg) await measure('PostgreSQL', pg, file);
    else console.log('PostgreSQL: not reachable or skipped');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
