// The ISHS, order and pre-sale routes of /api/v1 over a temp SQLite store: the same documents as the CLI
// with --json; a refusal by a rule is 422 with the document, an unknown id 404, malformed input 400.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/api/server.js';
import { product } from '../src/core/reference-prices/test-fixtures.js';
import { openStore } from '../src/store/open.js';
import type { FactStore } from '../src/store/types.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2, 18); // 2026-03-02T10:00:00-08:00
const iso = (t: number) => new Date(t).toISOString();

let dir: string;
let store: FactStore;
let app: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clearway-api-ishs-'));
  store = await openStore(join(dir, 'api.db'));
  await store.importFacts(
    'alpha',
    {
      products: [
        product({ sku: 'MUG-1', asin: 'B0MUG00001', unitCost: 600, costCurrency: 'USD', validFrom: T0 - 60 * DAY }),
      ],
      prices: [{ sku: 'MUG-1', marketplace: 'US', at: T0 - 30 * DAY, price: 2499, dealId: null }],
      lots: [{ sku: 'MUG-1', marketplace: 'US', at: T0 - DAY, received: T0 - 90 * DAY, units: 0 }],
      shipments: [
        {
          shipmentId: 'FBA-1',
          sku: 'MUG-1',
          marketplace: 'US',
          units: 10,
          carrierProgram: 'partnered_carrier',
          created: T0 - 5 * DAY,
          shipped: T0 - 4 * DAY,
          eta: T0 + 5 * DAY,
          received: null,
        },
      ],
    },
    { importedAt: T0 - DAY, source: 'seed' },
  );
  app = await buildServer({ store, defaultAccount: 'alpha' });
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ISHS-1..ISHS-5 and PRE-1..PRE-3 over HTTP', () => {
  it('ISHS-1: POST /orders is refused (422, the reason and rule) until the account enrols, then promised', async () => {
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      payload: { asin: 'B0MUG00001', qty: 2, at: iso(T0) },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors[0]).toMatchObject({ code: 'ISHS_NOT_ENROLLED', rule: 'ISHS-1' });

    const enrol = await app.inject({ method: 'POST', url: '/api/v1/ishs/enroll', payload: { at: iso(T0) } });
    expect(enrol.statusCode).toBe(200);
    expect(enrol.json()).toMatchObject({ ok: true, marketplaces: [{ marketplace: 'US', state: 'enrolled' }] });

    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      payload: { asin: 'B0MUG00001', qty: 2, prime: true, at: iso(T0 + 1000) },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().order).toMatchObject({
      source: 'ishs',
      sourceId: 'FBA-1',
      unitPrice: '24.99',
      promisedDelivery: '2026-03-11',
    });
  });

  it('ISHS-2, ISHS-5: a late ETA moves the promise; reconcile shows the true available figure', async () => {
    const late = await app.inject({
      method: 'POST',
      url: '/api/v1/shipments/FBA-1/eta',
      payload: { eta: '2026-03-10', at: iso(T0 + DAY) },
    });
    expect(late.statusCode).toBe(200);
    expect(late.json().moved).toEqual([
      expect.objectContaining({ orderId: 'CW-000001', oldPromise: '2026-03-11', newPromise: '2026-03-14' }),
    ]);
    const rec = await app.inject({
      method: 'GET',
      url: `/api/v1/ishs/reconcile?at=${encodeURIComponent(iso(T0 + DAY))}`,
    });
    expect(rec.json().rows[0]).toMatchObject({ onHand: 0, inbound: 10, promisedAgainstInbound: 2, available: 8 });
    const unknown = await app.inject({ method: 'POST', url: '/api/v1/shipments/NOPE/receive', payload: {} });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('UNKNOWN_SHIPMENT');
    const bad = await app.inject({ method: 'POST', url: '/api/v1/shipments/FBA-1/eta', payload: { eta: 'soon' } });
    expect(bad.statusCode).toBe(400);
  });

  it('PRE-1..PRE-3: a campaign created, submitted, approved; a pre-order refused beyond the cover', async () => {
    const body = {
      sku: 'MUG-1',
      start: '2026-03-12',
      end: '2026-03-20',
      price: '29.99',
      units_offered: 4,
      payment_mode: 'full',
      release: '2026-03-22',
      return_policy: '30 days',
    };
    const created = await app.inject({
      method: 'POST',
      url: `/api/v1/presales?at=${encodeURIComponent(iso(T0 + DAY))}`,
      payload: body,
    });
    expect(created.statusCode).toBe(200);
    const id = created.json().campaign.id as string;
    expect(
      (await app.inject({ method: 'POST', url: `/api/v1/presales/${id}/submit`, payload: { at: iso(T0 + DAY + 1) } }))
        .statusCode,
    ).toBe(200);
    const review = await app.inject({
      method: 'POST',
      url: `/api/v1/presales/${id}/review`,
      payload: { decision: 'approve', at: iso(T0 + DAY + 2) },
    });
    expect(review.statusCode).toBe(200);
    // Cover: the 8 units of FBA-1 not promised to ISHS orders, in stock 12 March ≤ release.
    expect(review.json().campaign).toMatchObject({ status: 'APPROVED', cover: 8 });
    const at = iso(Date.UTC(2026, 2, 13, 18));
    const pre = await app.inject({ method: 'POST', url: `/api/v1/presales/${id}/preorders`, payload: { qty: 4, at } });
    expect(pre.statusCode).toBe(200);
    expect(pre.json().order).toMatchObject({ source: 'presale', paid: '119.96' });
    const more = await app.inject({ method: 'POST', url: `/api/v1/presales/${id}/preorders`, payload: { qty: 1, at } });
    expect(more.statusCode).toBe(422);
    expect(more.json().errors[0]).toMatchObject({ code: 'PRESALE_SOLD_OUT', rule: 'PRE-1' });
    const list = await app.inject({ method: 'GET', url: `/api/v1/presales?at=${encodeURIComponent(at)}` });
    expect(list.json().campaigns[0]).toMatchObject({ id, status: 'LIVE', preordered: 4 });
    const badFile = await app.inject({ method: 'POST', url: '/api/v1/presales', payload: { ...body, price: 'x' } });
    expect(badFile.statusCode).toBe(400);
    expect(badFile.json().error.issues[0].field).toBe('price');
    expect((await app.inject({ method: 'POST', url: '/api/v1/presales/PS-404/release', payload: {} })).statusCode).toBe(
      404,
    );
  });

  it('the OpenAPI document lists the new routes', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    for (const path of [
      '/api/v1/orders',
      '/api/v1/ishs/reconcile',
      '/api/v1/shipments/{id}/eta',
      '/api/v1/presales/{id}/preorders',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });
});
