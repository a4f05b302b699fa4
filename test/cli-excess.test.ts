// End to end through the built CLI (`npm test` builds first; locally: npx tsc -p tsconfig.build.json):
// a small clearway fact set imported, then `clearway excess` (EXC-1..EXC-3) and `clearway replenish`
// (RPL-1..RPL-3) in JSON and as tables, their options and exit codes; and the same documents from
// GET /api/v1/excess and /api/v1/replenish.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import type { ExcessDoc, ReplenishDoc } from '../src/app/inventory-documents.js';
import { openStore } from '../src/store/open.js';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'clearway');
const dir = mkdtempSync(join(tmpdir(), 'clearway-cli-excess-'));
const db = join(dir, 'facts.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function clearway(...args: string[]) {
  const env = { ...process.env };
  delete env.CLEARWAY_DB;
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', env, cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// HEAVY: 2,500 on hand + 340 inbound, 280 sold in February → 2,840 ÷ 280 = 10.14 (the EXC-1 check).
// MOD: 400 on hand aged 151 days, 100 sold → 4.00, moderate, Outlet-eligible.
// LOW: 20 on hand, 60 sold → 0.33, stockout risk; 30-day lead time.
const FILES: Record<string, string[]> = {
  'seller.csv': ['account,marketplace,selling_plan,seller_rating,ishs_enrolled', 'default,US,professional,4.9,false'],
  'products.csv': [
    'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days,case_pack,min_order_qty,at',
    'HEAVY,B0HEAVY001,US,new,2024-01-01,false,4.5,80,false,true,,Kitchen,,,,,,,,15,4.75,0.1,45,,,2025-01-01T00:00:00Z',
    'MOD,B0MOD00001,US,new,2024-01-01,false,4.5,80,false,true,,Kitchen,,,,,,,,15,5.00,0.2,45,,,2025-01-01T00:00:00Z',
    'LOW,B0LOW00001,US,new,2024-01-01,false,4.5,80,false,true,,Kitchen,,,,,,,,15,5.00,0.2,30,12,,2025-01-01T00:00:00Z',
  ],
  'prices.csv': ['sku,at,price', 'HEAVY,2026-01-01,25.00', 'MOD,2026-01-01,20.00', 'LOW,2026-01-01,30.00'],
  'lots.csv': [
    'sku,at,received,units',
    'HEAVY,2026-02-28,2025-08-01,2500',
    'MOD,2026-02-28,2025-10-01,400',
    'LOW,2026-02-28,2026-01-20,20',
  ],
  'shipments.csv': [
    'shipment_id,sku,units,carrier_program,created,shipped,eta,received',
    'FBA-H1,HEAVY,340,partnered_carrier,2026-02-10,2026-02-12,2026-03-20,',
  ],
  'orders.csv': [
    'order_id,line,sku,at,units,unit_price,currency,promotion_ids,promotion_discount,b2b,subscribe_and_save,cancelled,channel',
    ...Array.from(
      { length: 14 },
      (_, i) =>
        `H-${i},1,HEAVY,2026-02-${String(1 + 2 * i).padStart(2, '0')}T10:00:00-08:00,20,25.00,USD,,0,false,false,false,fba`,
    ),
    ...Array.from(
      { length: 10 },
      (_, i) =>
        `M-${i},1,MOD,2026-02-${String(2 + 2 * i).padStart(2, '0')}T10:00:00-08:00,10,20.00,USD,,0,false,false,false,fba`,
    ),
    ...Array.from(
      { length: 12 },
      (_, i) =>
        `L-${i},1,LOW,2026-02-${String(2 + 2 * i).padStart(2, '0')}T10:00:00-08:00,5,30.00,USD,,0,false,false,false,fba`,
    ),
  ],
};

const AT = ['--marketplace', 'US', '--at', '2026-03-01'];

beforeAll(() => {
  const folder = join(dir, 'facts');
  mkdirSync(folder);
  for (const [name, lines] of Object.entries(FILES)) writeFileSync(join(folder, name), lines.join('\n') + '\n');
  const r = clearway('import', folder, '--at', '2026-02-28T12:00:00Z', '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});

const excess = (...args: string[]) => {
  const r = clearway('excess', ...AT, '--json', ...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ExcessDoc;
};

describe('clearway excess', () => {
  it('EXC-1: the seed check — 2,840 units with 280 sold → 10.14, heavy excess; rows most urgent first', () => {
    const doc = excess();
    expect(doc.asOf).toBe('2026-03-01T00:00:00-08:00');
    expect(doc.rows.map((r) => [r.sku, r.band])).toEqual([
      ['HEAVY', 'heavy_excess'],
      ['MOD', 'moderate_excess'],
      ['LOW', 'stockout_risk'],
    ]);
    const heavy = doc.rows[0]!;
    expect(heavy).toMatchObject({
      asin: 'B0HEAVY001',
      marketplace: 'US',
      currency: 'USD',
      onHand: 2_500,
      inbound: 340,
      unitsSold30d: 280,
      stockToSalesRatio: 10.14,
      ratioInfinite: false,
      ageBuckets: { '0-90': 0, '91-180': 0, '181-270': 2_500, '271-365': 0, '365+': 0 },
      excessUnits: 2_000,
    });
    expect(heavy.holdingCost30d).toMatch(/^\d+\.\d{2}$/);
    expect(Number(heavy.holdingCost90d)).toBeGreaterThan(Number(heavy.holdingCost30d));
    // EXC-3 baseline: > 1,000 excess units → WOOT at 30% off 25.00; 2,000 × (17.50 − 2.63 − 4.75).
    expect(heavy.recommendation).toMatchObject({
      action: 'woot',
      price: '17.50',
      expectedUnits: 2_000,
      netCash: '20240.00',
    });
  });

  it('EXC-3 OUT-2 OUT-4: the moderate SKU is Outlet-eligible; the baseline is Outlet at the maximum deal price', () => {
    const mod = excess().rows.find((r) => r.sku === 'MOD')!;
    expect(mod.stockToSalesRatio).toBe(4);
    expect(mod.outlet).toEqual({ eligible: true, failed: [], maxDealPrice: '16.00' });
    // 100 excess units; 16.00 − 2.40 referral − 5.00 fulfilment = 8.60 each; Outlet is free.
    expect(mod.recommendation).toMatchObject({
      action: 'outlet',
      price: '16.00',
      expectedUnits: 100,
      netCash: '860.00',
    });
  });

  it('--band keeps one band; --cover-days changes the healthy cover', () => {
    expect(excess('--band', 'stockout_risk').rows.map((r) => r.sku)).toEqual(['LOW']);
    const heavy = excess('--cover-days', '120').rows.find((r) => r.sku === 'HEAVY')!;
    expect(heavy).toMatchObject({
      coverDays: 120,
      coverDaysSource: 'option',
      healthyCoverUnits: 1_120,
      excessUnits: 1_720,
    });
  });

  it('a bad --band or --cover-days is bad input (exit 2, naming the option)', () => {
    const band = clearway('excess', ...AT, '--band', 'lots');
    expect(band.code).toBe(2);
    expect(band.stderr).toContain('--band');
    const cover = clearway('excess', ...AT, '--cover-days', 'ten');
    expect(cover.code).toBe(2);
    expect(cover.stderr).toContain('--cover-days');
  });

  it('prints a table in English or Chinese', () => {
    const en = clearway('excess', ...AT);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('heavy excess');
    expect(en.stdout.indexOf('HEAVY')).toBeLessThan(en.stdout.indexOf('LOW'));
    const zh = clearway('excess', ...AT, '--lang', 'zh-CN');
    expect(zh.stdout).toContain('严重过剩');
  });
});

describe('clearway replenish', () => {
  const replenish = (...args: string[]) => {
    const r = clearway('replenish', ...AT, '--json', ...args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as ReplenishDoc;
  };

  it('RPL-1 RPL-2 RPL-3: LOW is below its lead time (alert) and comes first; case pack rounds the reorder', () => {
    const doc = replenish();
    const low = doc.rows[0]!;
    expect(low).toMatchObject({ sku: 'LOW', leadTimeDays: 30, alert: true, onHand: 20, stale: false });
    expect(low.daysOfSupply).toBeLessThan(30);
    expect(low.reorderQty % 12).toBe(0);
    expect(low.reorderQty).toBeGreaterThanOrEqual(low.reorderQtyBeforeRounding);
    const heavy = doc.rows.find((r) => r.sku === 'HEAVY')!;
    expect(heavy).toMatchObject({ alert: false, reorderQty: 0 });
    expect(heavy.inbound.total).toBe(340);
  });

  it('RPL-3: stock data more than 7 days old is flagged stale', () => {
    const r = clearway('replenish', '--marketplace', 'US', '--at', '2026-03-09', '--json');
    const doc = JSON.parse(r.stdout) as ReplenishDoc;
    expect(doc.rows.every((row) => row.stale && row.alerts.includes('STALE_STOCK_DATA'))).toBe(true);
  });

  it('RPL-2: --cover-days outside 60–90 is bad input', () => {
    const r = clearway('replenish', ...AT, '--cover-days', '120');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('60');
    expect(replenish('--cover-days', '90').coverDays).toBe(90);
  });
});

describe('GET /api/v1/excess and /api/v1/replenish', () => {
  it('give the documents of the CLI', async () => {
    const store = await openStore(db);
    const api = await buildServer({ store, defaultAccount: 'default' });
    try {
      const cli = excess();
      const res = await api.inject({ method: 'GET', url: '/api/v1/excess?marketplace=US&at=2026-03-01' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(cli);
      const bad = await api.inject({ method: 'GET', url: '/api/v1/excess?band=nope' });
      expect(bad.statusCode).toBe(400);
      const rep = await api.inject({ method: 'GET', url: '/api/v1/replenish?marketplace=US&at=2026-03-01' });
      expect(rep.statusCode).toBe(200);
      expect((rep.json() as ReplenishDoc).rows[0]?.sku).toBe('LOW');
    } finally {
      await api.close();
      await store.close();
    }
  });
});
