// The clearance plan routes of /api/v1 (issue 6, EXC-3..EXC-9) through fastify inject over a real
// SQLite store: GET /plan/:sku gives the document of `clearway plan SKU --json`, GET /plan?all the one
// of `plan --all --json`; unknown SKU → 404, bad horizon → 400; both are in the OpenAPI document.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { formatInstant } from '../src/core/calendar/calendar.js';
import { AS_OF, planInput, SKU, TZ } from '../src/core/clearance/test-support.js';
import { openStore } from '../src/store/open.js';
import type { FactStore } from '../src/store/types.js';

let dir: string;
let store: FactStore;
let app: FastifyInstance;
const AT = encodeURIComponent(formatInstant(AS_OF, TZ));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clearway-api-plan-'));
  store = await openStore(join(dir, 'clearway.db'));
  const input = planInput();
  await store.importFacts(
    'alpha',
    {
      products: input.facts.products,
      orders: input.facts.orders,
      prices: input.facts.prices,
      lots: input.lots,
      seller: input.seller.map((s) => ({ ...s, account: 'alpha' })),
    },
    { importedAt: input.facts.products[0]!.validFrom, source: 'plan-fixture' },
  );
  app = await buildServer({ store, defaultAccount: 'alpha', requireKeys: false });
});

afterAll(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/v1/plan', () => {
  test('EXC-8: /plan/:sku answers the plan with its runners-up and the cost of doing nothing', async () => {
    const res = await app.inject(`/api/v1/plan/${SKU}?at=${AT}`);
    expect(res.statusCode, res.body).toBe(200);
    const doc = res.json() as {
      sku: string;
      actions: { action: string; netCash: string }[];
      alternatives: unknown[];
      holdingCostIfNothing: string | null;
      netCash: string;
      doNothing: { netCash: string };
    };
    expect(doc.sku).toBe(SKU);
    expect(doc.actions.length).toBeGreaterThan(0);
    expect(doc.alternatives.length).toBeGreaterThan(0);
    expect(doc.holdingCostIfNothing).toMatch(/^\d+\.\d{2}$/);
    expect(Number(doc.netCash)).toBeGreaterThan(Number(doc.doNothing.netCash));
  });

  test('/plan?all answers every SKU; unknown SKU → 404; bad horizon → 400', async () => {
    const all = await app.inject(`/api/v1/plan?all=1&at=${AT}`);
    expect(all.statusCode, all.body).toBe(200);
    expect((all.json() as { plans: { sku: string }[] }).plans.map((p) => p.sku)).toEqual([SKU]);
    const unknown = await app.inject(`/api/v1/plan/NOPE?at=${AT}`);
    expect(unknown.statusCode).toBe(404);
    expect((unknown.json() as { error: { code: string } }).error.code).toBe('UNKNOWN_SKU');
    const bad = await app.inject(`/api/v1/plan/${SKU}?at=${AT}&horizon=3`);
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as { error: { code: string } }).error.code).toBe('BAD_HORIZON');
  });

  test('the OpenAPI document lists both routes', async () => {
    const res = await app.inject('/api/v1/openapi.json');
    const paths = Object.keys((res.json() as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/v1/plan/{sku}', '/api/v1/plan']));
  });
});
