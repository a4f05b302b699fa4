// The dashboard's account-wide routes of /api/v1 (issue 8) through fastify inject over a real SQLite
// store holding the demo account (`clearway demo`): money at risk from every live and planned promotion
// (PQ-4 loss guard + PM checks), a SKU's stock-to-sales history (EXC-1, DEC-4), the excess table's slim
// `view=list` answer (the default answer unchanged), and the plans of the top excess SKUs. Another
// account's SKU is unknown (404, never 403); every route is in the OpenAPI document.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildServer } from '../src/api/server.js';
import type { AtRiskDoc, ExcessHistoryDoc, ExcessListDoc, TopPlansDoc } from '../src/app/dashboard-documents.js';
import { DEFAULT_DEMO_SEED } from '../src/app/demo/generate.js';
import { importDemoFacts, writeDemoFiles } from '../src/app/demo/load.js';
import { excessReport } from '../src/app/excess.js';
import type { ExcessDoc } from '../src/app/inventory-documents.js';
import { openStore } from '../src/store/open.js';
import type { FactStore } from '../src/store/types.js';

const DAY_MS = 86_400_000;
let dir: string;
let store: FactStore;
let app: FastifyInstance;
let anchor: number;
let alphaKey: string;
let betaKey: string;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clearway-api-dashboard-'));
  anchor = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const files = await writeDemoFiles({ dir, seed: DEFAULT_DEMO_SEED, anchor, account: 'default' });
  store = await openStore(join(dir, 'demo.db'));
  const loaded = await importDemoFacts(store, 'default', files.factsDir, anchor);
  if (loaded.rejected.length > 0) throw new Error(`demo files rejected: ${loaded.rejected[0]?.file}`);
  // beta: one product, a copy of a demo product under another SKU and ASIN
  const [model] = await store.loadFacts('default', 'products', { marketplace: 'US' });
  if (!model) throw new Error('the demo has no US product');
  const beta = { ...model, sku: 'BETA-1', asin: 'B0BETA0001' };
  await store.importFacts('beta', { products: [beta] }, { importedAt: anchor, source: 'beta.csv' });
  alphaKey = await store.createApiKey('default');
  betaKey = await store.createApiKey('beta');
  app = await buildServer({ store, defaultAccount: 'default', requireKeys: true });
}, 300_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const as = (key: string) => ({ authorization: `Bearer ${key}` });
const get = (url: string, key = alphaKey) => app.inject({ url: `/api/v1${url}`, headers: as(key) });

/** A US SKU of the demo in heavy excess (a chart worth drawing). */
async function usSku(): Promise<string> {
  const doc = await excessReport(store, 'default', { marketplace: 'US', at: anchor });
  const row = doc.rows.find((r) => r.band === 'heavy_excess') ?? doc.rows[0];
  if (!row) throw new Error('the demo has no US excess row');
  return row.sku;
}

describe('GET /api/v1/promotions/at-risk', () => {
  test('PQ-4 and PM checks over every live and planned promotion: totals per currency, rule IDs, worst net price vs floor', async () => {
    const from = day(anchor);
    const to = day(anchor + 30 * DAY_MS);
    const res = await get(`/promotions/at-risk?from=${from}&to=${to}&at=${from}`);
    expect(res.statusCode, res.body).toBe(200);
    const doc = res.json() as AtRiskDoc;
    expect(doc.promotionsChecked).toBeGreaterThan(0);
    expect(doc.asinsChecked).toBeGreaterThan(0);
    // Every item has a problem, and its figures add up to the totals of its currency (exact decimals).
    const cents = (s: string) => Math.round(Number(s) * 1000);
    for (const total of doc.totals) {
      const items = doc.items.filter((i) => i.currency === total.currency);
      expect(items.length).toBe(total.asins);
      expect(items.reduce((n, i) => n + cents(i.atRisk), 0)).toBe(cents(total.atRisk));
      expect(items.reduce((n, i) => n + i.promotions.filter((p) => !p.ok).length, 0)).toBe(total.failingPromotions);
    }
    for (const item of doc.items) {
      expect(item.ok).toBe(false);
      for (const p of item.promotions) {
        if (!p.ok) expect(p.rules.every((r) => /^P[MRQ]-\d+/.test(r))).toBe(true);
        expect(p.rules.length > 0 || p.inLossStack).toBe(true);
      }
      for (const s of item.skus) {
        expect(s.findings).toBeGreaterThan(0);
        expect(s.worstNetUnitPrice).toMatch(/^-?\d+(\.\d+)?$/);
        // PQ-4: the worst net price is at or under the floor it breaches
        if (s.breaches.includes('cost_floor') && s.costFloor !== null && s.breaches.length === 1) {
          expect(Number(s.worstNetUnitPrice)).toBeLessThanOrEqual(Number(s.costFloor));
        }
      }
    }
    // The demo plans promotions that fail or stack into losses: something is at risk.
    expect(doc.items.length).toBeGreaterThan(0);
  });

  test('PQ-4: the same findings as the per-ASIN loss guard for an ASIN at risk', async () => {
    const from = day(anchor);
    const to = day(anchor + 30 * DAY_MS);
    const doc = (await get(`/promotions/at-risk?from=${from}&to=${to}&at=${from}`)).json() as AtRiskDoc;
    const item = doc.items.find((i) => i.skus.length > 0);
    if (!item) return; // nothing breaches a floor in this demo range: the check-only path is covered above
    const guard = await get(
      `/promotions/guard/${item.asin}?marketplace=${item.marketplace}&from=${from}&to=${to}&at=${from}`,
    );
    expect(guard.statusCode, guard.body).toBe(200);
    const g = guard.json() as { findings: { sku: string; netUnitPrice: string }[] };
    for (const s of item.skus) {
      const own = g.findings.filter((f) => f.sku === s.sku);
      expect(own.length).toBe(s.findings);
      expect(Math.min(...own.map((f) => Number(f.netUnitPrice)))).toBe(Number(s.worstNetUnitPrice));
    }
  });

  test('a bad range → 400 naming it; another account sees only its own (nothing at risk)', async () => {
    const bad = await get('/promotions/at-risk?from=2026-03-10&to=2026-03-01');
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { code: string } }).error.code).toBe('BAD_RANGE');
    const beta = await get('/promotions/at-risk', betaKey);
    expect(beta.statusCode, beta.body).toBe(200);
    expect(beta.json()).toMatchObject({ promotionsChecked: 0, totals: [], items: [] });
  });
});

describe('GET /api/v1/excess/{sku}/history', () => {
  test('EXC-1/DEC-4: weekly points whose last one equals the excess answer as of the same instant', async () => {
    const sku = await usSku();
    const to = new Date(anchor).toISOString();
    const res = await get(`/excess/${sku}/history?marketplace=US&to=${encodeURIComponent(to)}`);
    expect(res.statusCode, res.body).toBe(200);
    const doc = res.json() as ExcessHistoryDoc;
    expect(doc.stepDays).toBe(7);
    expect(doc.points.length).toBe(13); // 84 days back, weekly, both ends included
    const days = doc.points.map((p) => p.day);
    expect(days).toEqual([...days].sort());
    const excess = (await get(`/excess?marketplace=US&at=${encodeURIComponent(to)}`)).json() as ExcessDoc;
    const row = excess.rows.find((r) => r.sku === sku)!;
    const last = doc.points.at(-1)!;
    expect(last).toMatchObject({
      onHand: row.onHand,
      inbound: row.inbound,
      unitsSold30d: row.unitsSold30d,
      stockToSalesRatio: row.stockToSalesRatio,
      band: row.band,
      excessUnits: row.excessUnits,
    });
  });

  test('an older point equals the excess answer as of that day; step is honoured', async () => {
    const sku = await usSku();
    const to = day(anchor - 14 * DAY_MS);
    const res = await get(`/excess/${sku}/history?marketplace=US&from=${day(anchor - 60 * DAY_MS)}&to=${to}&step=14`);
    expect(res.statusCode, res.body).toBe(200);
    const doc = res.json() as ExcessHistoryDoc;
    expect(doc.points.map((p) => p.day).slice(-2)).toEqual([day(anchor - 28 * DAY_MS), to]);
    const excess = (await get(`/excess?marketplace=US&at=${day(anchor - 28 * DAY_MS)}`)).json() as ExcessDoc;
    const row = excess.rows.find((r) => r.sku === sku)!;
    expect(doc.points.at(-2)).toMatchObject({ onHand: row.onHand, unitsSold30d: row.unitsSold30d, band: row.band });
  });

  test("another account's SKU → 404 UNKNOWN_SKU (never 403); bad step → 400", async () => {
    const foreign = await get('/excess/BETA-1/history');
    expect(foreign.statusCode).toBe(404);
    expect((foreign.json() as { error: { code: string } }).error.code).toBe('UNKNOWN_SKU');
    const sku = await usSku();
    expect((await get(`/excess/${sku}/history`, betaKey)).statusCode).toBe(404);
    expect((await get('/excess/BETA-1/history', betaKey)).statusCode).toBe(200);
    const bad = await get(`/excess/${sku}/history?marketplace=US&step=0`);
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { code: string; issues: { field: string }[] } }).error.issues[0]?.field).toBe(
      'step',
    );
  });
});

describe('GET /api/v1/excess?view=list', () => {
  test('the same rows with the table columns only; the default answer keeps every CONTRACT field', async () => {
    const at = encodeURIComponent(new Date(anchor).toISOString());
    const full = await get(`/excess?at=${at}`);
    const list = await get(`/excess?at=${at}&view=list`);
    expect(full.statusCode).toBe(200);
    expect(list.statusCode, list.body).toBe(200);
    const f = full.json() as ExcessDoc;
    const l = list.json() as ExcessListDoc;
    expect(l.view).toBe('list');
    expect('view' in f).toBe(false);
    expect(l.rows.map((r) => `${r.marketplace}|${r.sku}`)).toEqual(f.rows.map((r) => `${r.marketplace}|${r.sku}`));
    for (const [i, r] of l.rows.entries()) {
      const o = f.rows[i]!;
      expect(r).toEqual({
        sku: o.sku,
        asin: o.asin,
        marketplace: o.marketplace,
        currency: o.currency,
        onHand: o.onHand,
        inbound: o.inbound,
        unitsSold30d: o.unitsSold30d,
        stockToSalesRatio: o.stockToSalesRatio,
        ratioInfinite: o.ratioInfinite,
        band: o.band,
        ageBuckets: o.ageBuckets,
        holdingCost30d: o.holdingCost30d,
        holdingCost90d: o.holdingCost90d,
        excessUnits: o.excessUnits,
        currentPrice: o.currentPrice,
        recommendation: { action: o.recommendation.action, netCash: o.recommendation.netCash },
      });
    }
    // CONTRACT.md `excess --json` fields are all still in the default answer
    expect(Object.keys(f.rows[0]!)).toEqual(
      expect.arrayContaining(['outlet', 'recommendation', 'ageBuckets', 'holdingCost30d', 'why', 'holdingCosts']),
    );
    expect(list.body.length).toBeLessThan(full.body.length / 3);
    expect((await get('/excess?view=nope')).statusCode).toBe(400);
  });
});

describe('GET /api/v1/plans/top', () => {
  test('EXC-8 plans of the top excess SKUs by 90-day holding cost, per currency', async () => {
    const at = encodeURIComponent(new Date(anchor).toISOString());
    const res = await get(`/plans/top?limit=3&at=${at}`);
    expect(res.statusCode, res.body).toBe(200);
    const doc = res.json() as TopPlansDoc;
    expect(doc.limit).toBe(3);
    expect(doc.ranking).toBe('holdingCost90d');
    expect(doc.items.length).toBe(Math.min(3, doc.excessSkus));
    for (const item of doc.items) {
      expect(['moderate_excess', 'heavy_excess']).toContain(item.band);
      if (item.plan) {
        expect(item.plan.sku).toBe(item.sku);
        expect(Number(item.gain)).toBeCloseTo(Number(item.plan.netCash) - Number(item.plan.doNothing.netCash), 6);
      }
    }
    // within a currency, by holding cost, highest first
    for (const c of new Set(doc.items.map((i) => i.currency))) {
      const costs = doc.items.filter((i) => i.currency === c).map((i) => Number(i.holdingCost90d ?? -1));
      expect(costs).toEqual([...costs].sort((a, b) => b - a));
    }
    expect((await get('/plans/top?limit=0')).statusCode).toBe(400);
    const beta = await get('/plans/top', betaKey);
    expect(beta.statusCode, beta.body).toBe(200);
    expect((beta.json() as TopPlansDoc).items).toEqual([]);
  });
});

describe('OpenAPI', () => {
  test('the new routes and the view option are documented', async () => {
    const res = await app.inject('/api/v1/openapi.json');
    const doc = res.json() as { paths: Record<string, { get: { parameters: { name: string }[] } }> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/promotions/at-risk', '/api/v1/excess/{sku}/history', '/api/v1/plans/top']),
    );
    expect(doc.paths['/api/v1/excess']!.get.parameters.map((p) => p.name)).toContain('view');
    expect(doc.paths['/api/v1/excess/{sku}/history']!.get.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['sku', 'marketplace', 'from', 'to', 'step']),
    );
  });
});
