// End to end through the built CLI (`npm test` builds first; locally: npx tsc -p tsconfig.build.json):
// `clearway plan SKU` and `plan --all` over a small imported fact set (EXC-3..EXC-9, CONTRACT `plan`),
// and the first promotion the plan proposes passing `clearway promo check` (PM rules as of its start).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'clearway');
const dir = mkdtempSync(join(tmpdir(), 'clearway-cli-plan-'));
const db = join(dir, 'plan.db');
const AT = '2026-03-10T09:00:00-07:00';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function clearway(...args: string[]): Run {
  const env = { ...process.env };
  delete env.CLEARWAY_DB;
  const r = spawnSync(process.execPath, [BIN, '--db', db, ...args], { encoding: 'utf8', env, cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

function day(offset: number): string {
  const d = new Date(Date.UTC(2026, 2, 10 + offset));
  return d.toISOString().slice(0, 10);
}

beforeAll(() => {
  const products = write('products.csv', [
    'sku,asin,marketplace,condition,created,seasonal,rating,ratings_count,subscribe_and_save,images_ok,parent_asin,category,list_price,list_price_evidence_url,min_price,unit_cost,cost_currency,freight_per_unit,fx_rate,referral_pct,fulfilment_fee,unit_cubic_feet,lead_time_days',
    'HEAVY-1,B0HEAVY001,US,new,2024-01-01,false,4.4,120,false,true,,home,,,,42.67,CNY,18.88,0.1331,15,9.11,0.2,45',
    'LIGHT-1,B0LIGHT001,US,new,2024-01-01,false,4.6,80,false,true,,home,,,,30.00,CNY,10.00,0.1331,15,5.00,0.1,45',
  ]);
  const orders = [
    'order_id,line,sku,at,units,unit_price,currency,promotion_ids,promotion_discount,b2b,subscribe_and_save,cancelled,channel',
  ];
  let n = 0;
  for (let d = -120; d < 0; d++) {
    orders.push(
      `111-${String(++n).padStart(7, '0')},1,HEAVY-1,${day(d)}T12:00:00-08:00,10,29.99,USD,,0.00,false,false,false,fba`,
    );
    orders.push(
      `112-${String(++n).padStart(7, '0')},1,LIGHT-1,${day(d)}T13:00:00-08:00,8,19.99,USD,,0.00,false,false,false,fba`,
    );
  }
  const files = [
    write('seller.csv', [
      'account,marketplace,selling_plan,seller_rating,ishs_enrolled',
      'default,US,professional,4.8,false',
    ]),
    products,
    write('orders.csv', orders),
    write('prices.csv', ['sku,at,price', 'HEAVY-1,2025-01-01,29.99', 'LIGHT-1,2025-01-01,19.99']),
    write('lots.csv', [
      'sku,at,received,units',
      'HEAVY-1,2026-03-10T08:00:00-07:00,2025-08-01,2840',
      'LIGHT-1,2026-03-10T08:00:00-07:00,2026-01-20,300',
    ]),
  ];
  const run = clearway('import', ...files, '--json');
  expect(run.code, run.stderr).toBe(0);
});

interface PlanJson {
  sku: string;
  currency: string;
  actions: {
    action: string;
    start: string;
    end: string;
    price: string | null;
    expectedUnits: number;
    fees: string;
    netCash: string;
    promotions: Record<string, unknown>[];
  }[];
  alternatives: { netCash: string; explanation: { rule: string }[] }[];
  doNothing: { netCash: string };
  holdingCostIfNothing: string | null;
  netCash: string;
  explanation: { code: string; rule: string; message: string; messageZh: string }[];
  demand: { code: string }[];
}

describe('clearway plan', () => {
  it('EXC-8: plan SKU --json gives the actions, runners-up and the cost of doing nothing (CONTRACT)', () => {
    const run = clearway('plan', 'HEAVY-1', '--at', AT, '--json');
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as PlanJson;
    expect(doc.sku).toBe('HEAVY-1');
    expect(doc.currency).toBe('USD');
    expect(doc.actions.length).toBeGreaterThan(0);
    for (const a of doc.actions) {
      expect(Object.keys(a)).toEqual(
        expect.arrayContaining(['action', 'start', 'end', 'price', 'expectedUnits', 'fees', 'netCash']),
      );
      expect(a.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[-+]\d{2}:\d{2}$/);
      expect(a.netCash).toMatch(/^-?\d+\.\d{2}$/);
    }
    expect(doc.alternatives.length).toBeGreaterThan(0);
    expect(doc.holdingCostIfNothing).toMatch(/^\d+\.\d{2}$/);
    expect(Number(doc.netCash)).toBeGreaterThanOrEqual(Number(doc.doNothing.netCash));
    expect(doc.explanation[0]?.code).toBe('PLAN_CHOSEN');
    expect(doc.demand.map((d) => d.code)).toContain('DEMAND_BASELINE');
  });

  it('PM-10: the first promotion the plan proposes passes `promo check` as of its start', () => {
    const doc = JSON.parse(clearway('plan', 'HEAVY-1', '--at', AT, '--json').stdout) as PlanJson;
    const promotion = doc.actions.flatMap((a) => a.promotions)[0];
    if (promotion === undefined) return; // a plan of markdowns or disposals submits no promotion
    const file = join(dir, 'proposal.json');
    writeFileSync(file, JSON.stringify({ ...promotion, sku: 'HEAVY-1' }));
    const run = clearway('promo', 'check', file, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { ok: boolean; errors: unknown[] }).errors).toEqual([]);
  });

  it('EXC-8: the human rendering explains the plan in English and Chinese', () => {
    const en = clearway('plan', 'HEAVY-1', '--at', AT);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain('Plan for HEAVY-1');
    expect(en.stdout).toContain('Why:');
    const zh = clearway('plan', 'HEAVY-1', '--at', AT, '--lang', 'zh-CN');
    expect(zh.stdout).toContain('计划');
  });

  it('plan --all --json plans every SKU, with progress on stderr', () => {
    const run = clearway('plan', '--all', '--at', AT, '--json');
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout) as { plans: PlanJson[] };
    expect(doc.plans.map((p) => p.sku)).toEqual(['HEAVY-1', 'LIGHT-1']);
    expect(run.stderr).toContain('planned 2 of 2 SKUs');
    // LIGHT-1 sells its 300 units within the horizon: no clearance needed.
    expect(doc.plans[1]?.actions).toEqual([]);
    expect(doc.plans[1]?.explanation[0]?.code).toBe('PLAN_NOT_EXCESS');
  });

  it('CONTRACT exit codes: unknown SKU → 3; bad horizon or no SKU → 2', () => {
    expect(clearway('plan', 'NOPE', '--at', AT, '--json').code).toBe(3);
    const bad = clearway('plan', 'HEAVY-1', '--horizon', '3', '--at', AT);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--horizon');
    expect(clearway('plan').code).toBe(2);
  });
});
