// Import throughput of clearway order fact files (issue 2): a generated orders.csv imported through
// the same path as `clearway import` (ingest → one transaction per file) into a fresh SQLite file, and
// into PostgreSQL when CLEARWAY_TEST_PG (or the local default) answers. Prints rows/s and peak RSS;
// the re-import (all duplicates) is measured too. Size: BENCH_ORDERS (default 200,000).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importFiles } from '../dist/app/import.js';
import { openStore } from '../dist/store/open.js';
import { fmt, withPeakRss } from './measure.js';

const ROWS = Number(process.env.BENCH_ORDERS ?? 200_000);
const SKUS = 500;

function writeFacts(dir) {
  const products = [
    'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days',
  ];
  for (let i = 0; i < SKUS; i++) {
    products.push(
      `SKU-${i},B0BENCH${String(i).padStart(4, '0')},US,new,2025-01-01,false,4.5,20,false,true,,home,29.99,,,42.67,CNY,18.88,0.1331,15,9.11,0.2,45`,
    );
  }
  writeFileSync(join(dir, 'products.csv'), products.join('\n') + '\n');
  const lines = [
    'order_id,line,sku,at,units,unit_price,currency,promotion_ids,promotion_discount,b2b,subscribe_and_save,cancelled,channel',
  ];
  const start = Date.parse('2025-11-01T00:00:00Z');
  for (let i = 0; i < ROWS; i++) {
    const at = new Date(start + i * 60_000).toISOString();
    lines.push(
      `111-${String(i).padStart(7, '0')}-0000001,1,SKU-${i % SKUS},${at},${1 + (i % 3)},${19 + (i % 10)}.99,USD,,0.00,false,false,false,fba`,
    );
  }
  writeFileSync(join(dir, 'orders.csv'), lines.join('\n') + '\n');
}

async function measure(label, url, dir) {
  const store = await openStore(url);
  try {
    await importFiles(store, 'bench', [join(dir, 'products.csv')], { at: Date.now() });
    const orders = join(dir, 'orders.csv');
    const t0 = performance.now();
    const { result, peakRssMb } = await withPeakRss(() => importFiles(store, 'bench', [orders], { at: Date.now() }));
    const fresh = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    const again = await importFiles(store, 'bench', [orders], { at: Date.now() });
    const reimport = (performance.now() - t1) / 1000;
    const f = result.files[0];
    if (f.added !== ROWS || again.files[0].duplicates !== ROWS)
      throw new Error(`unexpected counts ${JSON.stringify(f)}`);
    console.log(
      `${label.padEnd(10)} fresh ${fmt(ROWS / fresh)} rows/s (${fmt(fresh, 2)} s)  re-import ${fmt(ROWS / reimport)} rows/s  peak RSS ${fmt(peakRssMb)} MB`,
    );
  } finally {
    await store.close();
  }
}

async function postgresUrl() {
  const admin = process.env.CLEARWAY_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: admin });
  try {
    await client.connect();
  } catch {
    return null;
  }
  const name = `clearway_bench_${process.pid}`;
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
  const dir = mkdtempSync(join(tmpdir(), 'clearway-bench-'));
  try {
    writeFacts(dir);
    console.log(`clearway order facts: ${fmt(ROWS)} rows, ${SKUS} SKUs`);
    await measure('SQLite', join(dir, 'bench.db'), dir);
    const pg = await postgresUrl();
    if (pg) {
      try {
        await measure('PostgreSQL', pg.url, dir);
      } finally {
        await pg.drop();
      }
    } else console.log('PostgreSQL: not reachable, skipped');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
