// End to end through the built CLI (`npm test` builds first; locally: npx tsc -p tsconfig.build.json):
// `clearway excess --plan` (issue 6): a row's recommendation is its clearance plan's first action —
// the action, price, expected units and net cash `clearway plan SKU` shows first (EXC-8) — in the same
// CONTRACT shape, with source 'plan'; without the option it stays the EXC-3 baseline. The same from
// GET /api/v1/excess?plan=true.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { openStore } from '../src/store/open.js';
import { runClearway, type Run } from './helpers/cli.js';
import { PLAN_AT as AT, writePlanStoryFacts } from './helpers/plan-story.js';

const dir = mkdtempSync(join(tmpdir(), 'clearway-cli-excess-plan-'));
const db = join(dir, 'facts.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const clearway = (...args: string[]): Run => runClearway(dir, db, args);

// HEAVY-1: 2,840 on hand selling ~10 a day (excess: the plan acts); LIGHT-1: 300 selling ~8 a day.
beforeAll(() => {
  const run = clearway('import', ...writePlanStoryFacts(dir), '--json');
  expect(run.code, run.stderr).toBe(0);
});

interface Rec {
  action: string;
  price: string | null;
  expectedUnits: number;
  netCash: string | null;
  source: string;
  why: { rule: string }[];
}
interface ExcessJson {
  rows: { sku: string; recommendation: Rec }[];
}
interface PlanJson {
  actions: { action: string; price: string | null; expectedUnits: number; netCash: string }[];
}

describe('clearway excess --plan', () => {
  it("EXC-8: --plan gives each row its plan's first action and net cash (CONTRACT shape); default stays EXC-3", () => {
    const planned = clearway('excess', '--plan', '--at', AT, '--json');
    expect(planned.code, planned.stderr).toBe(0);
    const rows = (JSON.parse(planned.stdout) as ExcessJson).rows;
    const heavy = rows.find((r) => r.sku === 'HEAVY-1')?.recommendation;
    const plan = JSON.parse(clearway('plan', 'HEAVY-1', '--at', AT, '--json').stdout) as PlanJson;
    const first = plan.actions[0];
    expect(first).toBeDefined();
    expect(heavy).toMatchObject({
      action: first?.action,
      price: first?.price,
      expectedUnits: first?.expectedUnits,
      netCash: first?.netCash,
      source: 'plan',
    });
    expect(heavy?.why[0]?.rule).toBe('EXC-8');
    expect(Object.keys(heavy ?? {}).sort()).toEqual(['action', 'expectedUnits', 'netCash', 'price', 'source', 'why']);
    // LIGHT-1 needs no clearance: its plan does nothing, so the row keeps the EXC-3 baseline.
    expect(rows.find((r) => r.sku === 'LIGHT-1')?.recommendation.source).toBe('baseline');

    const baseline = JSON.parse(clearway('excess', '--at', AT, '--json').stdout) as ExcessJson;
    expect(baseline.rows.every((r) => r.recommendation.source === 'baseline')).toBe(true);
  });
});

describe('GET /api/v1/excess?plan=true', () => {
  it('EXC-8: gives the document of `excess --plan`', async () => {
    const cli = JSON.parse(clearway('excess', '--plan', '--at', AT, '--json').stdout) as ExcessJson;
    const store = await openStore(db);
    const api = await buildServer({ store, defaultAccount: 'default' });
    try {
      const res = await api.inject({ method: 'GET', url: `/api/v1/excess?plan=true&at=${encodeURIComponent(AT)}` });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(cli);
      const bad = await api.inject({ method: 'GET', url: '/api/v1/excess?plan=maybe' });
      expect(bad.statusCode).toBe(400);
    } finally {
      await api.close();
      await store.close();
    }
  });
});
