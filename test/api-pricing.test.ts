// The pricing routes of /api/v1 (issue 3) through fastify inject over a real SQLite store: prices,
// promotion check / add / list / guard and quote give the same documents as the CLI's --json; unknown
// ASIN/SKU → 404, malformed proposal → 400 naming the field, refused add → 422 with nothing stored,
// account scoping, and the OpenAPI document listing every route with its error answers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildServer } from '../src/api/server.js';
import type { OrderLineFact, PriceFact, ProductFact } from '../src/core/catalog/facts.js';
import { parseInstant } from '../src/core/calendar/calendar.js';
import { openStore } from '../src/store/open.js';
import type { FactStore } from '../src/store/types.js';

const JAN_1 = parseInstant('2026-01-01T00:00:00-08:00');

function product(sku: string, asin: string, over: Partial<ProductFact> = {}): ProductFact {
  return {
    sku,
    asin,
    marketplace: 'US',
    condition: 'new',
    created: parseInstant('2024-05-01T00:00:00-07:00'),
    seasonal: false,
    rating: 4.6,
    ratingsCount: 312,
    subscribeAndSave: false,
    imagesOk: true,
    parentAsin: null,
    category: 'Kitchen',
    listPrice: 3999,
    listPriceEvidenceUrl: null,
    minPrice: 1500,
    unitCost: 6000,
    costCurrency: 'CNY',
    freightPerUnit: 500,
    fxRate: '0.1400',
    referralPct: 15,
    fulfilmentFee: 475,
    unitCubicFeet: 0.08,
    leadTimeDays: 40,
    casePack: null,
    minOrderQty: null,
    validFrom: JAN_1,
    ...over,
  };
}

function order(id: string, at: string, cents: number): OrderLineFact {
  return {
    orderId: id,
    line: 1,
    sku: 'MUG-1',
    marketplace: 'US',
    at: parseInstant(at),
    units: 1,
    unitPrice: cents,
    currency: 'USD',
    promotionIds: [],
    promotionDiscount: 0,
    b2b: false,
    subscribeAndSave: false,
    cancelled: false,
    channel: 'fba',
  };
}

const price = (sku: string, cents: number, marketplace: 'US' | 'DE' = 'US'): PriceFact => ({
  sku,
  marketplace,
  at: JAN_1,
  price: cents,
  dealId: null,
});

const C30 = {
  id: 'C30',
  sku: 'MUG-1',
  kind: 'coupon',
  start: '2026-03-20',
  end: '2026-03-27',
  discount_pct: 30,
  budget: '500.00',
};
const LD = {
  id: 'LD1',
  sku: 'MUG-1',
  kind: 'lightning_deal',
  start: '2026-04-05T08:00:00-07:00',
  end: '2026-04-05T20:00:00-07:00',
  price: '22.99',
};

let dir: string;
let store: FactStore;
let app: FastifyInstance;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clearway-api-pricing-'));
  store = await openStore(join(dir, 'clearway.db'));
  const options = { importedAt: JAN_1, source: 'test' };
  await store.importFacts(
    'alpha',
    {
      products: [
        product('MUG-1', 'B0MUG00001'),
        product('LAMP-US', 'B0LAMP0001'),
        product('LAMP-DE', 'B0LAMP0001', { marketplace: 'DE', costCurrency: null, unitCost: null, fxRate: null }),
      ],
      prices: [price('MUG-1', 3299), price('LAMP-US', 5990), price('LAMP-DE', 5490, 'DE')],
      orders: [
        order('111-1', '2026-02-10T10:00:00-08:00', 3299),
        order('111-2', '2026-02-11T10:00:00-08:00', 3299),
        order('111-3', '2026-02-12T10:00:00-08:00', 3299),
      ],
    },
    options,
  );
  await store.importFacts('beta', { products: [product('B-1', 'B0BETA0001')] }, options);
  app = await buildServer({ store, defaultAccount: 'alpha' });
});

afterAll(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string) => app.inject({ method: 'GET', url });
const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object });

describe('pricing API (issue 3)', () => {
  test('GET /prices/:asin: the CONTRACT document, money as decimal strings, instants with the marketplace offset', async () => {
    const res = await get('/api/v1/prices/B0MUG00001?at=2026-03-01');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc).toMatchObject({
      asin: 'B0MUG00001',
      marketplace: 'US',
      at: '2026-03-01T00:00:00-08:00',
      currency: 'USD',
      currentPrice: '32.99',
      listPrice: { value: '39.99', validated: false, basis: null },
      wasPrice: { value: '32.99', qualifyingOrders: 3, frozen: false },
      lowest30DayNetPrice: { value: '32.99', cause: null },
      reference: { value: '32.99', kind: 'was_price' },
    });
    expect(doc.listPrice.reason.code).toBe('LIST_PRICE_NOT_VALIDATED');
    expect(doc.why.map((w: { rule: string }) => w.rule)).toContain('PR-1');
  });

  test('PM-3, PM-10 seed 002 case 1: POST /promotions records a 30% coupon; prices after it show 23.09; an LD at 22.99 fails PM-3', async () => {
    const added = await post('/api/v1/promotions', C30);
    expect(added.statusCode).toBe(200);
    expect(added.json()).toMatchObject({ ok: true, stored: true, outcome: 'added', id: 'C30' });
    const again = await post('/api/v1/promotions', C30);
    expect(again.json()).toMatchObject({ stored: true, outcome: 'duplicate' });

    const after = (await get('/api/v1/prices/B0MUG00001?at=2026-03-28')).json();
    expect(after.lowest30DayNetPrice).toMatchObject({
      value: '23.09',
      at: '2026-03-20T00:00:00-07:00',
      cause: { promotionIds: ['C30'], kinds: ['coupon'], price: '23.09' },
    });

    const check = await post('/api/v1/promotions/check', LD);
    expect(check.statusCode).toBe(200);
    const doc = check.json();
    expect(doc.ok).toBe(false);
    expect(doc.errors).toContainEqual(
      expect.objectContaining({
        code: 'LD_NOT_BELOW_LOWEST_NET',
        rule: 'PM-3',
        values: expect.objectContaining({ price: '22.99' }),
      }),
    );
    expect(doc.references.lowest30DayNetPrice.value).toBe('23.09');
    expect(doc.fee).toMatchObject({ estimated: expect.stringMatching(/^\d+\.\d\d$/) });
    expect(doc.lowest30DayNetPriceAfter).toMatchObject({ value: '22.99', cause: { promotionIds: ['LD1'] } });
  });

  test('POST /promotions refuses a proposal with errors: 422 with the check, nothing stored; force records it', async () => {
    const refused = await post('/api/v1/promotions', { ...LD, id: 'LD-REFUSED' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ ok: false, stored: false, outcome: 'refused' });
    const listed = (await get('/api/v1/promotions?at=2026-04-01')).json();
    expect(listed.promotions.map((p: { id: string }) => p.id)).not.toContain('LD-REFUSED');

    const forced = await post('/api/v1/promotions?force=true', { ...LD, id: 'LD-FORCED' });
    expect(forced.statusCode).toBe(200);
    expect(forced.json()).toMatchObject({ ok: false, stored: true, forced: true, outcome: 'added' });
    const list = (await get('/api/v1/promotions?sku=MUG-1&at=2026-04-05T12:00:00-07:00')).json();
    expect(list.at).toBe('2026-04-05T12:00:00-07:00');
    expect(list.promotions).toContainEqual(
      expect.objectContaining({ id: 'LD-FORCED', asin: 'B0MUG00001', price: '22.99', currency: 'USD', status: 'live' }),
    );
    expect(list.promotions).toContainEqual(expect.objectContaining({ id: 'C30', discountPct: 30, status: 'ended' }));
    const ranged = (await get('/api/v1/promotions?from=2026-04-01&to=2026-04-30')).json();
    expect(ranged.promotions.map((p: { id: string }) => p.id)).toEqual(['LD-FORCED']);
  });

  test('a malformed proposal → 400 BAD_PROPOSAL naming every wrong field', async () => {
    const res = await post('/api/v1/promotions/check', { ...C30, start: '2026-13-01', discount_pct: 130, extra: 1 });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('BAD_PROPOSAL');
    expect(body.error.issues.map((i: { field: string }) => i.field)).toEqual(['start', 'discount_pct', 'extra']);
    expect(body.error.message).toContain('start: "2026-13-01" is not a date');
    expect(body.error.messageZh).toContain('不是日期');
    const missing = await post('/api/v1/promotions', { sku: 'MUG-1', kind: 'coupon' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.issues.map((i: { field: string }) => i.field)).toEqual(['start', 'end']);
  });

  test('unknown ASIN or SKU → 404; another account’s ASIN → 404; an ASIN on two marketplaces needs ?marketplace=', async () => {
    const unknownAsin = await get('/api/v1/prices/B0NOPE0000');
    expect(unknownAsin.statusCode).toBe(404);
    expect(unknownAsin.json().error.code).toBe('UNKNOWN_ASIN');
    expect((await get('/api/v1/prices/B0BETA0001')).statusCode).toBe(404);
    expect((await get('/api/v1/quote/B0NOPE0000')).statusCode).toBe(404);
    expect((await get('/api/v1/promotions/guard/B0NOPE0000')).statusCode).toBe(404);
    expect((await get('/api/v1/promotions?asin=B0NOPE0000')).statusCode).toBe(404);
    const unknownSku = await post('/api/v1/promotions/check', { ...C30, sku: 'NOPE' });
    expect(unknownSku.statusCode).toBe(404);
    expect(unknownSku.json().error.code).toBe('UNKNOWN_SKU');

    const ambiguous = await get('/api/v1/prices/B0LAMP0001');
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json().error).toMatchObject({ code: 'MARKETPLACE_NEEDED' });
    expect(ambiguous.json().error.message).toMatch(/DE, US|US, DE/);
    const de = await get('/api/v1/prices/B0LAMP0001?marketplace=DE&at=2026-03-01');
    expect(de.statusCode).toBe(200);
    expect(de.json()).toMatchObject({
      marketplace: 'DE',
      currency: 'EUR',
      currentPrice: '54.90',
      at: '2026-03-01T00:00:00+01:00',
    });
    expect((await get('/api/v1/prices/B0MUG00001?at=2026-13-01')).json().error.code).toBe('BAD_INSTANT');
  });

  test('PQ-1 GET /quote/:asin: direct price then add-ons, codes entered, what did not apply and why', async () => {
    for (const p of [
      { id: 'PED1', sku: 'MUG-1', kind: 'ped', start: '2026-05-01', end: '2026-05-08', price: '29.99' },
      {
        id: 'C10',
        sku: 'MUG-1',
        kind: 'coupon',
        start: '2026-05-01',
        end: '2026-05-08',
        discount_pct: 10,
        stackable: true,
      },
      {
        id: 'CODE20',
        sku: 'MUG-1',
        kind: 'promo_code',
        start: '2026-05-01',
        end: '2026-05-08',
        discount_pct: 20,
        code: 'SAVE20',
        code_type: 'unrestricted',
        stackable: true,
      },
    ]) {
      expect((await post('/api/v1/promotions?force=true', p)).statusCode).toBe(200);
    }
    const prime = (await get('/api/v1/quote/B0MUG00001?at=2026-05-02&prime=true&code=save20')).json();
    expect(prime).toMatchObject({
      asin: 'B0MUG00001',
      sku: 'MUG-1',
      currency: 'USD',
      basePrice: '32.99',
      direct: { id: 'PED1', kind: 'ped', price: '29.99' },
      addOns: [
        { id: 'C10', kind: 'coupon', base: '29.99', discount: '3.00', priceAfter: '26.99' },
        { id: 'CODE20', kind: 'promo_code', base: '26.99', discount: '5.40', priceAfter: '21.59' },
      ],
      netUnitPrice: '21.59',
      totalDiscount: '11.40',
      notApplied: [],
      costFloor: '16.30',
    });
    const plain = (await get('/api/v1/quote/B0MUG00001?at=2026-05-02')).json();
    expect(plain.direct).toBeNull();
    expect(plain.netUnitPrice).toBe('29.69');
    expect(plain.notApplied).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'PED1', reason: 'PED_PRIME_ONLY' }),
        expect.objectContaining({ id: 'CODE20', reason: 'CODE_NOT_ENTERED' }),
      ]),
    );
    const early = await get('/api/v1/quote/B0MUG00001?at=2025-06-01');
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('NO_PRICE');
    expect((await get('/api/v1/quote/B0MUG00001?qty=0')).statusCode).toBe(400);
  });

  test('PQ-4 GET /promotions/guard/:asin: a 55% code takes the net under the cost floor and the minimum price', async () => {
    const big = {
      id: 'CODE55',
      sku: 'MUG-1',
      kind: 'promo_code',
      start: '2026-06-01',
      end: '2026-06-03',
      discount_pct: 55,
      code: 'HALF',
      code_type: 'unrestricted',
      stackable: true,
    };
    expect((await post('/api/v1/promotions?force=true', big)).statusCode).toBe(200);
    const quiet = (await get('/api/v1/promotions/guard/B0MUG00001?from=2026-05-01&to=2026-05-10')).json();
    expect(quiet).toMatchObject({
      ok: true,
      findings: [],
      skus: [{ sku: 'MUG-1', costFloor: '16.30', minPrice: '15.00' }],
    });
    const res = await get('/api/v1/promotions/guard/B0MUG00001?from=2026-05-25&to=2026-06-10');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.ok).toBe(false);
    expect(doc.from).toBe('2026-05-25T00:00:00-07:00');
    const finding = doc.findings.find((f: { codes: string[] }) => f.codes.includes('HALF'));
    expect(finding).toMatchObject({
      sku: 'MUG-1',
      start: '2026-06-01T00:00:00-07:00',
      end: '2026-06-03T00:00:00-07:00',
      netUnitPrice: '14.85',
      breaches: ['cost_floor', 'min_price'],
      costFloor: '16.30',
      minPrice: '15.00',
      stack: ['CODE55'],
    });
    expect(doc.findings.every((f: { codes: string[] }) => f.codes.includes('HALF'))).toBe(true);
    expect((await get('/api/v1/promotions/guard/B0MUG00001?from=2026-06-10&to=2026-06-01')).statusCode).toBe(400);
  });

  test('the OpenAPI document lists the pricing routes with their parameters and error answers', async () => {
    const doc = (await get('/api/v1/openapi.json')).json();
    for (const path of [
      '/api/v1/prices/{asin}',
      '/api/v1/quote/{asin}',
      '/api/v1/promotions',
      '/api/v1/promotions/check',
      '/api/v1/promotions/guard/{asin}',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    const prices = doc.paths['/api/v1/prices/{asin}'].get;
    expect(Object.keys(prices.responses)).toEqual(expect.arrayContaining(['200', '400', '404']));
    const ok = prices.responses['200'].content['application/json'].schema;
    expect(ok.required).toEqual(
      expect.arrayContaining([
        'asin',
        'marketplace',
        'at',
        'currency',
        'currentPrice',
        'lowest30DayNetPrice',
        'reference',
      ]),
    );
    const check = doc.paths['/api/v1/promotions/check'].post;
    expect(check.requestBody.content['application/json'].schema.properties.discount_pct).toBeDefined();
    expect(Object.keys(check.responses)).toEqual(expect.arrayContaining(['200', '400', '404']));
    expect(Object.keys(doc.paths['/api/v1/promotions'].post.responses)).toEqual(expect.arrayContaining(['200', '422']));
    expect(doc.paths['/api/v1/promotions'].get).toBeDefined();
    const checkOk = check.responses['200'].content['application/json'].schema;
    expect(checkOk.properties.buyerPrices.items.required).toEqual(
      expect.arrayContaining(['context', 'label', 'netUnitPrice', 'direct', 'addOns', 'warnings']),
    );
    const quote = doc.paths['/api/v1/quote/{asin}'].get;
    expect(quote.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['asin', 'prime', 'business', 'firstTime', 'qty', 'code']),
    );
  });
});

describe('promo check buyerPrices (issue 8): PQ-1 at its start WITH the proposal', () => {
  type BuyerPrice = {
    label: string;
    context: { prime: boolean; business: boolean; firstTime: boolean; quantity: number };
    netUnitPrice: string;
    direct: { id: string; price: string } | null;
    addOns: { id: string; discount: string }[];
    warnings: { code: string; rule: string }[];
  };
  const check = async (proposal: object) => {
    const res = await post('/api/v1/promotions/check', proposal);
    expect(res.statusCode).toBe(200);
    const prices = res.json().buyerPrices as BuyerPrice[];
    return new Map(prices.map((b) => [b.label, b]));
  };
  const SEPT = { sku: 'MUG-1', start: '2026-09-01', end: '2026-09-08' };

  test('PQ-1 PQ-2: a 30% coupon proposal on the $32.99 ASIN gives 23.09 to every buyer, the coupon in the stack', async () => {
    const buyers = await check({ ...SEPT, id: 'C30-SEPT', kind: 'coupon', discount_pct: 30 });
    expect([...buyers.keys()]).toEqual(['regular', 'prime', 'first_time', 'business']);
    expect(buyers.get('regular')).toMatchObject({
      context: { prime: false, business: false, firstTime: false, quantity: 1 },
      netUnitPrice: '23.09',
      totalDiscount: '9.90',
      direct: null,
      addOns: [{ id: 'C30-SEPT', kind: 'coupon', base: '32.99', discount: '9.90' }],
      warnings: [],
    });
    for (const b of buyers.values()) expect(b.netUnitPrice).toBe('23.09');
    // nothing is stored by a check
    const listed = (await get('/api/v1/promotions?sku=MUG-1&from=2026-09-01&to=2026-09-30')).json();
    expect(listed.promotions).toEqual([]);
  });

  test('PM-2: a Prime Exclusive Discount proposal shows its price only for the Prime context', async () => {
    const buyers = await check({ ...SEPT, id: 'PED-SEPT', kind: 'ped', price: '29.99' });
    expect(buyers.get('prime')).toMatchObject({ netUnitPrice: '29.99', direct: { id: 'PED-SEPT', price: '29.99' } });
    for (const label of ['regular', 'first_time', 'business']) {
      expect(buyers.get(label), label).toMatchObject({ netUnitPrice: '32.99', direct: null, addOns: [] });
    }
  });

  test('PQ-3: a 55% code proposal is quoted with its code entered and warns LOSS with the rule ID', async () => {
    const buyers = await check({
      ...SEPT,
      id: 'CODE55-SEPT',
      kind: 'promo_code',
      discount_pct: 55,
      code: 'HALF',
      code_type: 'unrestricted',
      stackable: true,
    });
    const regular = buyers.get('regular')!;
    expect(regular.netUnitPrice).toBe('14.85');
    expect(regular.warnings).toContainEqual(expect.objectContaining({ code: 'LOSS', rule: 'PQ-3' }));
  });

  test('PM-6: a business price with min_qty is also quoted at that quantity', async () => {
    const buyers = await check({ ...SEPT, id: 'B-SEPT', kind: 'business_price', price: '28.00', min_qty: 5 });
    expect(buyers.get('business_min_qty')).toMatchObject({
      context: { business: true, quantity: 5 },
      netUnitPrice: '28.00',
      direct: { id: 'B-SEPT' },
    });
    expect(buyers.get('business')!.netUnitPrice).toBe('32.99');
    expect(buyers.get('regular')!.netUnitPrice).toBe('32.99');
  });
});
