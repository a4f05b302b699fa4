// Sign-in with an account's API key (issue 8 §7) in real Chromium: once keys exist the dashboard asks
// for one; a wrong key is refused; each key sees only its own account's data, and signing out (or in
// as another account) leaves nothing of the previous account on the page.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { importFiles } from '../../src/app/import.js';
import { openStore } from '../../src/store/open.js';
import { ensureWebBuilt, launchBrowser, screenshot, serve, watchErrors, type Served } from './harness.js';

const PRODUCTS_HEADER =
  'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days';

function productRow(sku: string, asin: string): string {
  return `${sku},${asin},US,new,2025-01-01,false,4.5,20,false,true,,home,29.99,,,42.67,CNY,18.88,0.1331,15,9.11,0.2,45`;
}

let served: Served;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
let alphaKey = '';
let betaKey = '';

beforeAll(async () => {
  await ensureWebBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'clearway-signin-'));
  const store = await openStore(join(dir, 'keys.db'));
  const at = Date.UTC(2026, 0, 5);
  // alpha holds two products, beta one (different SKUs): the counts tell whose data is shown.
  await writeFile(
    join(dir, 'alpha.csv'),
    `${PRODUCTS_HEADER}\n${productRow('ALPHA-1', 'B0ALPHA001')}\n${productRow('ALPHA-2', 'B0ALPHA002')}\n`,
  );
  await writeFile(join(dir, 'beta.csv'), `${PRODUCTS_HEADER}\n${productRow('BETA-1', 'B0BETA0001')}\n`);
  await importFiles(store, 'alpha', [join(dir, 'alpha.csv')], { at });
  await importFiles(store, 'beta', [join(dir, 'beta.csv')], { at });
  alphaKey = await store.createApiKey('alpha', 'browser test');
  betaKey = await store.createApiKey('beta', 'browser test');
  [served, browser] = await Promise.all([serve(store, dir, 'alpha'), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  errors = watchErrors(page);
});

afterEach(async () => {
  await context.close();
  expect(errors).toEqual([]);
});

async function signIn(key: string): Promise<void> {
  await page.fill('#api-key', key);
  await page.click('.signin button[type="submit"]');
}

async function productsCount(): Promise<string | null> {
  await page.goto(`${served.url}/import`);
  return page.locator('#fact-counts tr[data-kind="products"] td.n').textContent();
}

describe('sign-in with an API key', () => {
  test('without a key the dashboard shows the sign-in form and no account data', async () => {
    await page.goto(`${served.url}/`);
    await page.locator('#api-key').waitFor();
    expect(await page.locator('#account').count()).toBe(0);
    expect(await page.locator('nav.nav').count()).toBe(0);
    await screenshot(page, 'signin');
  });

  test('a wrong key is refused', async () => {
    await page.goto(`${served.url}/`);
    await signIn(`${alphaKey}-wrong`);
    await page.locator('.signin .notice.error').waitFor();
    expect(await page.locator('#account').count()).toBe(0);
  });

  test("each key sees only its own account; signing out drops the previous account's data", async () => {
    await page.goto(`${served.url}/`);
    await signIn(alphaKey);
    await expect.poll(() => page.locator('#account').textContent()).toBe('alpha');
    expect(await productsCount()).toBe('2');

    await page.click('.tools button.link'); // sign out
    await page.locator('#api-key').waitFor();
    expect(await page.locator('#fact-counts').count()).toBe(0);
    await signIn(betaKey);
    await expect.poll(() => page.locator('#account').textContent()).toBe('beta');
    await expect.poll(() => page.locator('#fact-counts tr[data-kind="products"] td.n').textContent()).toBe('1');
    expect(await page.content()).not.toContain('ALPHA-');
  });

  test("another account's SKU is unknown to this key (no data shown)", async () => {
    await page.goto(`${served.url}/`);
    await signIn(betaKey);
    await expect.poll(() => page.locator('#account').textContent()).toBe('beta');
    await page.goto(`${served.url}/inventory/ALPHA-1`);
    await page.locator('.notice.error').first().waitFor();
    expect(await page.locator('.notice.error code').first().textContent()).toBe('UNKNOWN_SKU');
    expect(await page.content()).not.toContain('B0ALPHA001');
  });
});
