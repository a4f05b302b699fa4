// Time to a usable excess table (issue 8): a real SQLite store with BENCH_WEB_SKUS (default 20,000)
// synthetic SKUs (products, an on-hand snapshot by age, 30 days of orders), served by the real server
// (dist/) with the built dashboard (web/dist); headless Chromium opens /inventory. Printed, never
// asserted: the API's answer time for the table's /api/v1/excess?view=list (the slim answer; the full
// one's size and time are printed beside it), then in the page, from the last byte of that answer to
// the table showing rows (JSON parse + prepare + first render), and a sort click until the re-sorted
// rows are painted. Target: table usable ≤ 1 s after the API answers.
/* global window, document, requestAnimationFrame -- code passed to page.evaluate runs in the browser */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../dist/api/server.js';
import { importFiles } from '../dist/app/import.js';
import { openStore } from '../dist/store/open.js';
import { fmt, median } from './measure.js';

const SKUS = Number(process.env.BENCH_WEB_SKUS ?? 20_000);
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 3);
const WEB_ROOT = fileURLToPath(new URL('../web/dist/', import.meta.url));
const DAY = 86_400_000;

function writeFacts(dir, now) {
  const products = [
    'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days',
  ];
  const lots = ['sku,at,received,units'];
  const orders = [
    'order_id,line,sku,at,units,unit_price,currency,promotion_ids,promotion_discount,b2b,subscribe_and_save,cancelled,channel',
  ];
  const snapshot = new Date(now - 31 * DAY).toISOString();
  let order = 0;
  for (let i = 0; i < SKUS; i++) {
    const sku = `BENCH-${String(i).padStart(6, '0')}`;
    const asin = `B0W${String(i).padStart(7, '0')}`;
    products.push(
      `${sku},${asin},US,new,2024-01-01,false,4.4,30,false,true,,home,${19 + (i % 20)}.99,,,42.67,CNY,18.88,0.1331,15,5.11,0.2,45`,
    );
    // Three lots of different ages: the table has every band and every age bucket.
    lots.push(`${sku},${snapshot},${new Date(now - (40 + (i % 30)) * DAY).toISOString()},${10 + (i % 90)}`);
    lots.push(`${sku},${snapshot},${new Date(now - (150 + (i % 60)) * DAY).toISOString()},${i % 40}`);
    lots.push(`${sku},${snapshot},${new Date(now - (300 + (i % 120)) * DAY).toISOString()},${i % 7}`);
    const sold = i % 5; // order lines in the last 30 days (0: no sales, ratio ∞)
    for (let k = 0; k < sold; k++) {
      const at = new Date(now - (2 + ((i + k * 7) % 27)) * DAY).toISOString();
      orders.push(
        `B-${String(order++).padStart(9, '0')},1,${sku},${at},${1 + (k % 3)},${19 + (i % 20)}.99,USD,,0.00,false,false,false,fba`,
      );
    }
  }
  writeFileSync(join(dir, 'products.csv'), `${products.join('\n')}\n`);
  writeFileSync(join(dir, 'lots.csv'), `${lots.join('\n')}\n`);
  writeFileSync(join(dir, 'orders.csv'), `${orders.join('\n')}\n`);
}

/** One page load: API answer in the page's timing, then table shown and a sort click. */
async function measurePage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  try {
    await page.goto(`${url}inventory`);
    await page.waitForFunction(() => window.__excessTiming !== undefined, null, { timeout: 600_000 });
    const load = await page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/api/v1/excess?view=list'));
      const t = window.__excessTiming;
      return {
        apiMs: entry ? entry.responseEnd - entry.requestStart : null,
        bytes: entry ? entry.encodedBodySize || entry.transferSize : null,
        fromLastByte: entry ? t.shown - entry.responseEnd : null,
        fromParsed: t.shown - t.received,
        rows: Number(document.querySelector('#excess-table')?.getAttribute('data-rows') ?? 0),
      };
    });
    const sortMs = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const button = document.querySelector('button[data-sort="onHand"]');
          const t0 = performance.now();
          button.click();
          const done = () =>
            document.querySelector('[aria-sort="descending"] button[data-sort="onHand"]') &&
            document.querySelector('#excess-table .vrow');
          const wait = () =>
            done() ? requestAnimationFrame(() => resolve(performance.now() - t0)) : requestAnimationFrame(wait);
          wait();
        }),
    );
    return { ...load, sortMs };
  } finally {
    await page.close();
  }
}

export default async function run() {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    console.log('web/dist is not built: run `npm run build` first');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'clearway-bench-web-'));
  const now = Date.now();
  let store;
  let server;
  let browser;
  try {
    writeFacts(dir, now);
    store = await openStore(join(dir, 'bench.db'));
    const t0 = performance.now();
    await importFiles(store, 'default', [dir], { at: now });
    console.log(`facts for ${fmt(SKUS)} SKUs imported in ${fmt((performance.now() - t0) / 1000, 1)} s`);
    server = await startServer({ store, host: '127.0.0.1', port: 0, defaultAccount: 'default', webRoot: WEB_ROOT });
    for (const path of ['api/v1/excess', 'api/v1/excess?view=list']) {
      const t1 = performance.now();
      const probe = await fetch(`${server.url}${path}`);
      const body = await probe.arrayBuffer();
      if (!probe.ok) {
        console.log(`GET /${path} answered ${probe.status}: nothing to measure yet`);
        return;
      }
      const mib = fmt(body.byteLength / 1024 / 1024, 1);
      console.log(`GET /${path} from Node: ${fmt(performance.now() - t1)} ms, ${mib} MiB`);
    }
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const results = [];
    for (let i = 0; i < RUNS; i++) results.push(await measurePage(browser, server.url));
    const m = (key) => median(results.map((r) => r[key]));
    console.log(
      `rows in the table: ${fmt(results[0].rows)}; answer ${fmt((results[0].bytes ?? 0) / 1024 / 1024, 1)} MiB`,
    );
    console.log(`API answer (request → last byte): ${fmt(m('apiMs'))} ms (median of ${RUNS})`);
    console.log(
      `table usable after the last byte (parse + prepare + render): ${fmt(m('fromLastByte'))} ms (target ≤ 1000)`,
    );
    console.log(`  of which after the JSON was parsed: ${fmt(m('fromParsed'))} ms`);
    console.log(`sort click → re-sorted rows painted: ${fmt(m('sortMs'))} ms`);
  } finally {
    await browser?.close();
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
