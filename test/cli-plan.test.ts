// End to end through the built CLI (`npm test` builds first; locally: npx tsc -p tsconfig.build.json):
// `clearway plan SKU` and `plan --all` over a small imported fact set (EXC-3..EXC-9, CONTRACT `plan`),
// and the first promotion the plan proposes passing `clearway promo check` (PM rules as of its start).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runClearway, type Run } from './helpers/cli.js';
import { PLAN_AT as AT, writePlanStoryFacts } from './helpers/plan-story.js';

const dir = mkdtempSync(join(tmpdir(), 'clearway-cli-plan-'));
const db = join(dir, 'plan.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clearway = (...args: string[]): Run => runClearway(dir, db, args);

beforeAll(() => {
  const run = clearway('import', ...writePlanStoryFacts(dir), '--json');
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
