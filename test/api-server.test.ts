// The HTTP server of issue 11 against the real store on a temp SQLite file: health, the generated
// OpenAPI document, the docs page, the placeholder dashboard, and accounts + API keys (no key → 401,
// wrong key → 401, own key → own account only, another account's resource → 404, never 403).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildServer, startServer, ApiKeyRequiredError } from '../src/api/server.js';
import type { ProductFact } from '../src/core/catalog/facts.js';
import { openStore } from '../src/store/open.js';
import type { FactStore } from '../src/store/types.js';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

const JUNE_1 = Date.UTC(2025, 5, 1, 7); // 2025-06-01T00:00:00-07:00 (Los Angeles)
const JUNE_5 = Date.UTC(2025, 5, 5, 7);

function product(sku: string, asin: string, overrides: Partial<ProductFact> = {}): ProductFact {
  return {
    sku,
    asin,
    marketplace: 'US',
    condition: 'new',
    created: null,
    seasonal: false,
    rating: 4.5,
    ratingsCount: 120,
    subscribeAndSave: false,
    imagesOk: true,
    parentAsin: null,
    category: 'Kitchen',
    listPrice: 2999,
    listPriceEvidenceUrl: null,
    minPrice: null,
    unitCost: 4500,
    costCurrency: 'CNY',
    freightPerUnit: null,
    fxRate: '0.1400',
    referralPct: 15,
    fulfilmentFee: 560,
    unitCubicFeet: null,
    leadTimeDays: 45,
    casePack: null,
    minOrderQty: null,
    validFrom: JUNE_1,
    ...overrides,
  };
}

let dir: string;
let store: FactStore;
const apps: FastifyInstance[] = [];

async function server(options: { defaultAccount?: string; requireKeys?: boolean } = {}): Promise<FastifyInstance> {
  const app = await buildServer({
    store,
    defaultAccount: options.defaultAccount ?? 'alpha',
    requireKeys: options.requireKeys ?? false,
  });
  apps.push(app);
  return app;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clearway-api-'));
  store = await openStore(join(dir, 'clearway.db'));
  // alpha: SKU A-1 in two versions (list price changed on June 5) and A-2; beta: SKU B-1 only.
  await store.importFacts(
    'alpha',
    { products: [product('A-1', 'B0AAAAAAA1'), product('A-2', 'B0AAAAAAA2')] },
    { importedAt: JUNE_1, source: 'alpha-1.csv' },
  );
  await store.importFacts(
    'alpha',
    { products: [product('A-1', 'B0AAAAAAA1', { listPrice: 2799, validFrom: JUNE_5 })] },
    { importedAt: JUNE_5, source: 'alpha-2.csv' },
  );
  await store.importFacts(
    'beta',
    { products: [product('B-1', 'B0BBBBBBB1')] },
    { importedAt: JUNE_1, source: 'beta.csv' },
  );
});

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function bearer(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}

describe('server skeleton', () => {
  test('GET /api/v1/health answers ok with the version and the store dialect', async () => {
    const res = await (await server()).inject('/api/v1/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', version: VERSION, db: 'sqlite' });
  });

  test('GET /api/v1/openapi.json is an OpenAPI 3 document generated from the route schemas', async () => {
    const res = await (await server()).inject('/api/v1/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.version).toBe(VERSION);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/accounts/me', '/api/v1/facts', '/api/v1/health', '/api/v1/products/{sku}']),
    );
    // Every documented path is an API path (no internal routes leak into the document).
    for (const path of Object.keys(doc.paths)) expect(path.startsWith('/api/v1/')).toBe(true);
    const products = doc.paths['/api/v1/products/{sku}'].get;
    expect(products.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ in: 'path', name: 'sku', required: true }),
        expect.objectContaining({ in: 'query', name: 'marketplace' }),
      ]),
    );
    const ok = products.responses['200'].content['application/json'].schema;
    expect(ok.properties.versions.type).toBe('array');
    expect(ok.properties.versions.items.properties.listPrice).toBeDefined();
    const notFound = products.responses['404'].content['application/json'].schema;
    expect(notFound.properties.error.required).toEqual(['code', 'message', 'messageZh']);
    const facts = doc.paths['/api/v1/facts'].get.responses['200'].content['application/json'].schema;
    expect(facts.properties.counts.required).toContain('frozen_was_prices');
    expect(doc.components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/api/v1/health'].get.security).toEqual([]);
    expect(doc.paths['/api/v1/facts'].get.security).toEqual([{ bearerAuth: [] }, { apiKeyHeader: [] }]);
  });

  test('the API docs page is Swagger UI served from the package, with no CDN', async () => {
    const app = await server();
    const page = await app.inject('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('swagger-ui');
    const refs = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref).not.toMatch(/^(https?:)?\/\//);
      const asset = await app.inject(new URL(ref, 'http://x/api/docs/').pathname);
      expect(asset.statusCode, ref).toBe(200);
    }
    const init = await app.inject('/api/docs/static/swagger-initializer.js');
    // No call to the online validator (validator.swagger.io); the spec is fetched from this server.
    expect(init.body).toContain('validatorUrl: null');
    expect(init.body).not.toContain('validator.swagger.io');
  });

  test('an unknown route is a 404 in the error shape; a bad query a 400', async () => {
    const app = await server();
    const missing = await app.inject('/api/v1/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    const bad = await app.inject('/api/v1/products/A-1?marketplace=XX');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({
      error: { code: 'BAD_REQUEST', message: expect.any(String), messageZh: expect.any(String) },
    });
  });
});

describe('without keys, on loopback: the default account', () => {
  test('facts, accounts/me and products answer for the default account', async () => {
    const app = await server({ defaultAccount: 'alpha' });
    const facts = await app.inject('/api/v1/facts');
    expect(facts.statusCode).toBe(200);
    expect(facts.json()).toEqual({ account: 'alpha', counts: await store.countFacts('alpha') });
    expect(facts.json().counts.products).toBe(3);
    expect((await app.inject('/api/v1/accounts/me')).json()).toEqual({ account: 'alpha' });

    const sku = await app.inject('/api/v1/products/A-1');
    expect(sku.statusCode).toBe(200);
    const body = sku.json();
    expect(body.account).toBe('alpha');
    expect(body.versions.map((v: { listPrice: string; validFrom: string }) => [v.listPrice, v.validFrom])).toEqual([
      ['29.99', '2025-06-01T00:00:00-07:00'],
      ['27.99', '2025-06-05T00:00:00-07:00'],
    ]);
    expect(body.versions[0]).toMatchObject({
      currency: 'USD',
      unitCost: '45.00',
      costCurrency: 'CNY',
      fulfilmentFee: '5.60',
      fxRate: '0.1400',
    });
  });

  test("another account's SKU is unknown here (404 UNKNOWN_SKU)", async () => {
    const res = await (await server({ defaultAccount: 'alpha' })).inject('/api/v1/products/B-1');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: {
        code: 'UNKNOWN_SKU',
        message: expect.stringContaining('B-1'),
        messageZh: expect.stringContaining('B-1'),
      },
    });
  });

  test('the dashboard at / shows the default account fact counts', async () => {
    const res = await (await server({ defaultAccount: 'alpha' })).inject('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<strong id="account">alpha</strong>');
    expect(res.body).toMatch(/data-kind="products">.*<td class="n">3<\/td>/);
    expect(res.body).toContain('href="/api/docs/"');
    expect(res.body).not.toContain('id="key-form"');
  });

  test('a key sent while none exists is still checked: 401', async () => {
    const res = await (await server()).inject({ url: '/api/v1/facts', headers: bearer('made-up') });
    expect(res.statusCode).toBe(401);
  });

  test('requireKeys refuses every call even before a key exists (health stays public)', async () => {
    const app = await server({ requireKeys: true });
    expect((await app.inject('/api/v1/facts')).statusCode).toBe(401);
    expect((await app.inject('/api/v1/health')).statusCode).toBe(200);
  });
});

describe('with API keys: each key sees only its own account', () => {
  let alphaKey: string;
  let betaKey: string;
  beforeEach(async () => {
    alphaKey = await store.createApiKey('alpha', 'laptop');
    betaKey = await store.createApiKey('beta');
  });

  test('no key → 401 with the error shape and a Bearer challenge', async () => {
    const res = await (await server()).inject('/api/v1/facts');
    expect(res.statusCode).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(res.json()).toEqual({
      error: { code: 'UNAUTHORIZED', message: expect.any(String), messageZh: expect.any(String) },
    });
  });

  test('wrong key → 401, by either header', async () => {
    const app = await server();
    expect((await app.inject({ url: '/api/v1/facts', headers: bearer(`${alphaKey}x`) })).statusCode).toBe(401);
    expect((await app.inject({ url: '/api/v1/facts', headers: { 'x-api-key': 'nope' } })).statusCode).toBe(401);
    expect(
      (await app.inject({ url: '/api/v1/products/A-1', headers: { authorization: `Basic ${alphaKey}` } })).statusCode,
    ).toBe(401);
  });

  test('own key → 200 and only own counts (Bearer or X-Api-Key)', async () => {
    const app = await server({ defaultAccount: 'alpha' });
    const alpha = await app.inject({ url: '/api/v1/facts', headers: bearer(alphaKey) });
    expect(alpha.statusCode).toBe(200);
    expect(alpha.json()).toEqual({ account: 'alpha', counts: await store.countFacts('alpha') });
    const beta = await app.inject({ url: '/api/v1/facts', headers: { 'x-api-key': betaKey } });
    expect(beta.statusCode).toBe(200);
    expect(beta.json().account).toBe('beta');
    expect(beta.json().counts.products).toBe(1);
    expect((await app.inject({ url: '/api/v1/accounts/me', headers: bearer(betaKey) })).json()).toEqual({
      account: 'beta',
    });
  });

  test("account B's key on account A's SKU → 404 UNKNOWN_SKU, never 403", async () => {
    const app = await server({ defaultAccount: 'alpha' });
    const foreign = await app.inject({ url: '/api/v1/products/A-1', headers: bearer(betaKey) });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('UNKNOWN_SKU');
    const own = await app.inject({ url: '/api/v1/products/A-1', headers: bearer(alphaKey) });
    expect(own.statusCode).toBe(200);
    expect(own.json().versions).toHaveLength(2);
    expect((await app.inject({ url: '/api/v1/products/B-1', headers: bearer(betaKey) })).statusCode).toBe(200);
  });

  test('health and the OpenAPI document stay public', async () => {
    const app = await server();
    expect((await app.inject('/api/v1/health')).statusCode).toBe(200);
    expect((await app.inject('/api/v1/openapi.json')).statusCode).toBe(200);
  });

  test('the dashboard asks for a key and shows no account data', async () => {
    const res = await (await server({ defaultAccount: 'alpha' })).inject('/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('id="key-form"');
    expect(res.body).not.toContain('data-kind=');
    expect(res.body).not.toContain('id="account"');
  });
});

describe('startServer', () => {
  test('refuses a non-loopback host while no API key exists', async () => {
    for (const host of ['0.0.0.0', '192.168.1.20']) {
      const attempt = startServer({ store, host, port: 0, defaultAccount: 'alpha' });
      await expect(attempt).rejects.toBeInstanceOf(ApiKeyRequiredError);
      await expect(attempt).rejects.toThrow(/clearway keys create/);
    }
  });

  test('starts on 0.0.0.0 once a key exists, and then requires it', async () => {
    const key = await store.createApiKey('alpha');
    const running = await startServer({ store, host: '0.0.0.0', port: 0, defaultAccount: 'alpha' });
    try {
      expect(running.keysRequired).toBe(true);
      const port = new URL(running.url).port;
      expect(Number(port)).toBeGreaterThan(0);
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/api/v1/health`)).status).toBe(200);
      expect((await fetch(`${base}/api/v1/facts`)).status).toBe(401);
      const own = await fetch(`${base}/api/v1/facts`, { headers: bearer(key) });
      expect(own.status).toBe(200);
      expect(((await own.json()) as { account: string }).account).toBe('alpha');
    } finally {
      await running.close();
    }
  });

  test('on loopback without keys it serves the default account', async () => {
    const running = await startServer({ store, host: '127.0.0.1', port: 0, defaultAccount: 'beta' });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(running.keysRequired).toBe(false);
      const res = await fetch(new URL('api/v1/accounts/me', running.url));
      expect(await res.json()).toEqual({ account: 'beta' });
    } finally {
      await running.close();
    }
  });
});
