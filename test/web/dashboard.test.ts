// The web dashboard (issue 8) in real headless Chromium over the demo account: every page loads from
// the real API, the excess table shows rows and sorts, a SKU page draws its charts, a failing proposal
// shows its rule ID, 简体中文 changes the UI text, and the import page stores and rejects files. Each
// page is photographed into docs/screenshots/ (linked from the README).
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, test } from 'vitest';
import { launchBrowser, screenshot, startDemoServer, watchErrors, type DemoServer } from './harness.js';

let demo: DemoServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  errors = watchErrors(page);
});

afterEach(async () => {
  await context.close();
  expect(errors, 'uncaught errors in the page').toEqual([]);
});

/** A new-condition US SKU of the demo (sold on one marketplace, so no marketplace is needed). */
function usSku(): string {
  const listing = demo.data.listings.find((l) => l.marketplace === 'US' && l.condition === 'new');
  if (!listing) throw new Error('the demo has no new US listing');
  return listing.sku;
}

describe('dashboard over the demo account', () => {
  test('overview: the account, excess figures, deals and the money at risk', async () => {
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${demo.url}/`);
    await expect.poll(() => page.locator('#account').textContent()).toBe('default');
    await page.locator('#overview-excess').waitFor();
    expect(Number((await page.locator('#excess-units').textContent())?.replace(/\D/g, ''))).toBeGreaterThan(0);
    await page.locator('#deals tr').first().waitFor();
    // top actions: the plans of the top excess SKUs by holding cost (GET /plans/top), saying so
    await page.locator('#top-actions, #top-actions-empty').first().waitFor({ timeout: 180_000 });
    expect(await page.locator('#top-actions-covers').textContent()).toMatch(/highest 90-day holding cost/);
    await page.locator('#reorder-alerts, #reorder-alerts-empty').first().waitFor();
    // money at risk: one account-wide call (PQ-4 + PM checks), no loss guard per ASIN from the browser
    await page.locator('#promotion-risk[data-done="true"][data-source="at-risk"]').waitFor({ timeout: 180_000 });
    expect(await page.locator('#promotion-risk #risk-total').textContent()).toMatch(/\d/);
    expect(asked.filter((p) => p === '/api/v1/promotions/at-risk')).toHaveLength(1);
    expect(asked.filter((p) => p.startsWith('/api/v1/promotions/guard/'))).toEqual([]);
    expect(await page.locator('[data-missing-api]').count()).toBe(0);
    await screenshot(page, 'overview');
  }, 240_000); // the first page of the run: the server computes every overview answer cold

  test('inventory: the excess table shows rows, sorts on a click and filters by band', async () => {
    await page.goto(`${demo.url}/inventory`);
    const table = page.locator('#excess-table');
    await table.locator('.vrow').first().waitFor();
    const total = Number(await table.getAttribute('data-rows'));
    expect(total).toBeGreaterThan(0);
    expect(await table.locator('.vrow').count()).toBeGreaterThan(5);

    await page.locator('button[data-sort="onHand"]').click();
    await expect
      .poll(() => page.locator('[role="columnheader"][aria-sort="descending"] button').getAttribute('data-sort'))
      .toBe('onHand');
    const onHand = async () =>
      (await table.locator('.vrow').evaluateAll((rows) =>
        rows
          .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
          .slice(0, 5)
          .map((r) => Number(r.children[2]?.textContent?.replace(/\D/g, '') ?? 'NaN')),
      )) as number[];
    const descending = await onHand();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    await page.locator('button[data-sort="onHand"]').click();
    await expect.poll(() => page.locator('[aria-sort="ascending"] button').getAttribute('data-sort')).toBe('onHand');
    const ascending = await onHand();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await page.selectOption('#filter-band', 'heavy_excess');
    await expect.poll(async () => Number(await table.getAttribute('data-rows'))).toBeLessThan(total);
    const bands = await table
      .locator('.vrow [data-band]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-band')));
    expect(new Set(bands)).toEqual(new Set(['heavy_excess']));
    await page.selectOption('#filter-band', '');
    await screenshot(page, 'inventory');
  });

  test('SKU page: opening a row draws the age, stock-to-sales and reference-price charts', async () => {
    await page.goto(`${demo.url}/inventory?band=heavy_excess`);
    const first = page.locator('#excess-table .vrow').first();
    await first.waitFor();
    const sku = await first.getAttribute('data-sku');
    await first.click();
    await expect.poll(() => page.locator('.sku-page').getAttribute('data-sku')).toBe(sku);
    // recharts draws SVG: bars of the age chart, lines of the price timeline
    await page.locator('#age-chart .recharts-bar-rectangle').first().waitFor({ state: 'attached' });
    await page.locator('#price-timeline-chart .recharts-line-curve').first().waitFor({ state: 'attached' });
    expect(await page.locator('#price-timeline-chart .recharts-line-curve').count()).toBeGreaterThanOrEqual(2);
    // stock-to-sales over time: weekly points from one call (GET /excess/:sku/history)
    await page.locator('#ratio-progress[data-done="true"][data-source="history"]').waitFor({ state: 'attached' });
    expect(Number(await page.locator('#ratio-chart').getAttribute('data-points'))).toBeGreaterThan(10);
    await page.locator('#ratio-chart .recharts-line-curve').first().waitFor({ state: 'attached' });
    expect(await page.locator('#ratio-chart .recharts-line-dot').count()).toBeGreaterThan(10);
    await page.locator('#outlet-check [data-criterion]').first().waitFor();
    await page.locator('#plan').waitFor();
    await page.locator('#recommendations [data-source="amazon"]').waitFor();
    await screenshot(page, 'sku');
  });

  test('promotions: the calendar shows bars and a failing proposal shows its rule ID', async () => {
    await page.goto(`${demo.url}/promotions`);
    await page.locator('#gantt .bar').first().waitFor();
    await page.fill('#proposal-sku', usSku());
    await page.selectOption('#proposal-kind', 'lightning_deal');
    // A Lightning Deal at 999.00 is not 15% below any reference price (PM-3).
    await page.fill('#proposal-price', '999.00');
    const result = page.locator('.proposal-answer > #check-result');
    await result.waitFor();
    expect(await result.getAttribute('data-ok')).toBe('false');
    const rules = await result
      .locator('.errors li[data-rule]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((r) => /^P[MR]-\d+/.test(r ?? ''))).toBe(true);
    expect(await result.locator('.errors .rule').first().textContent()).toMatch(/^P[MR]-\d+/);
    await page.locator('#buyer-prices tbody tr').first().waitFor();
    // with the proposal itself (the check's buyerPrices): a row per buyer context
    await page.locator('#buyer-prices-with tbody tr[data-buyer="regular"]').waitFor();
    // the loss guard (PQ-4) of the first ASIN with live or upcoming promotions
    const asin = await page.locator('#guard-asin option >> nth=1').getAttribute('value');
    await page.selectOption('#guard-asin', asin ?? '');
    await page.locator('#guard-result').waitFor();
    expect(['true', 'false']).toContain(await page.locator('#guard-result').getAttribute('data-ok'));
    await screenshot(page, 'promotions');
  });

  test('简体中文: switching the language changes the UI text and the rule messages', async () => {
    await page.goto(`${demo.url}/promotions`);
    await expect.poll(() => page.locator('a[data-nav="/"]').textContent()).toBe('Overview');
    await page.fill('#proposal-sku', usSku());
    await page.fill('#proposal-price', '999.00');
    const firstError = page.locator('.proposal-answer > #check-result .errors .msg').first();
    await firstError.waitFor();
    const english = await firstError.textContent();
    await page.selectOption('#lang', 'zh-CN');
    await expect.poll(() => page.locator('a[data-nav="/"]').textContent()).toBe('概览');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('促销');
    await expect.poll(() => firstError.textContent()).not.toBe(english);
    expect(await firstError.textContent()).toMatch(/[\u4e00-\u9fff]/);
    await page.goto(`${demo.url}/`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('概览');
    await page.locator('#deals tr').first().waitFor();
    await page.locator('#top-actions, #top-actions-empty').first().waitFor({ timeout: 180_000 });
    await page.locator('#promotion-risk[data-done="true"]').waitFor({ timeout: 180_000 });
    await screenshot(page, 'overview-zh');
  }, 240_000);

  test('outlet: recommendations, a refused and an accepted submission, the report, cancel', async () => {
    await page.goto(`${demo.url}/outlet`);
    await page.locator('#outlet-recommendations, #outlet-recommendations-empty').first().waitFor();
    await page.locator('#outlet-report, #outlet-report-empty').first().waitFor();
    expect(await page.locator('[data-missing-api]').count()).toBe(0);
    // 999.00 is above any maximum deal price (OUT-4): refused, with the rule IDs of every error.
    await page.fill('.outlet-page form input >> nth=0', usSku());
    await page.fill('.outlet-page form input >> nth=1', '999.00');
    await page.click('.outlet-page form button[type="submit"]');
    const rules = page.locator('#outlet-result li[data-rule]');
    await rules.first().waitFor();
    expect(await rules.first().getAttribute('data-rule')).toMatch(/^OUT-\d+/);

    // Submit the first recommendation at its suggested price (OUT-5), see it SUBMITTED in the report,
    // then cancel it while it may still be cancelled (OUT-7).
    const recommended = page.locator('#outlet-recommendations tbody tr').first();
    const sku = await recommended.getAttribute('data-sku');
    await recommended.locator('button').click();
    await page.click('.outlet-page form button[type="submit"]');
    await page.locator('#outlet-result.ok').waitFor();
    const deal = page.locator(`#outlet-report tr[data-status="SUBMITTED"]`).filter({ hasText: sku ?? '' });
    await deal.waitFor();
    await screenshot(page, 'outlet');
    await deal.locator('button.danger').click();
    await page
      .locator(`#outlet-report tr[data-status="CANCELLED"]`)
      .filter({ hasText: sku ?? '' })
      .waitFor();
  });

  test('replenishment, In-Stock Head Start and pre-sales load from the API', async () => {
    await page.goto(`${demo.url}/replenishment`);
    await page.locator('#replenish-table tbody tr').first().waitFor();
    await page.locator('#ishs-table, #ishs-table-empty').first().waitFor();
    await page.locator('#presales-table, #presales-table-empty').first().waitFor();
    expect(await page.locator('[data-missing-api]').count()).toBe(0);
    await screenshot(page, 'replenishment');
  });

  test('import: a good file is stored and a bad one is rejected with its line', async () => {
    const dir = tmpdir();
    const sku = usSku();
    const good = join(dir, `prices-${process.pid}.csv`);
    const bad = join(dir, `bad-prices-${process.pid}.csv`);
    // A price change dated long before the demo's history: stored, changing no answer of the other tests.
    await writeFile(good, `sku,at,price\n${sku},2020-01-01T00:00:00Z,19.99\n`);
    await writeFile(bad, `sku,at,price\n${sku},not-a-date,19.99\n`);
    await page.goto(`${demo.url}/import`);
    await page.locator('#fact-counts').waitFor();
    await page.setInputFiles('#import-files', [good, bad]);
    await page.click('#import-run');
    const goodRow = page.locator(`#import-results tr[data-file="prices-${process.pid}.csv"][data-state="done"]`);
    const badRow = page.locator(`#import-results tr[data-file="bad-prices-${process.pid}.csv"][data-state="done"]`);
    await goodRow.waitFor();
    await badRow.waitFor();
    expect(await goodRow.locator('td >> nth=4').textContent()).toBe('1');
    expect(await badRow.locator('.rejected li').first().textContent()).toContain('line 2');
    await screenshot(page, 'import');
  });

  test('phone: the overview and the excess table fit a 390 px screen', async () => {
    await context.close();
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    page = await context.newPage();
    errors = watchErrors(page);
    await page.goto(`${demo.url}/`);
    await page.locator('#overview-excess').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await screenshot(page, 'phone-overview');
    await page.goto(`${demo.url}/inventory`);
    await page.locator('#excess-table .vrow').first().waitFor();
    await screenshot(page, 'phone-inventory', false);
  });
});
