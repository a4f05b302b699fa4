import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FactKind, FactsByKind } from '../core/catalog/facts.js';
import type { Marketplace } from '../core/catalog/marketplace.js';
import { t } from '../core/messages/messages.js';
import { CLEARWAY_COLUMNS, type CsvFactKind } from './csv-facts.js';
import { readFactFile, type FileRead } from './read-file.js';
import type { IngestContext } from './reader.js';

const dir = mkdtempSync(join(tmpdir(), 'clearway-csv-facts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;

const IMPORTED_AT = Date.UTC(2026, 3, 1, 12); // 2026-04-01T12:00Z
const CATALOGUE: Record<string, Marketplace[]> = { 'SKU-1': ['US'], 'SKU-EU': ['DE', 'FR'], 'SKU-2M': ['US', 'UK'] };
const ASINS: Record<string, Marketplace[]> = { B000000001: ['US'], B0000000EU: ['DE', 'FR'] };

function context(overrides: Partial<IngestContext> = {}): IngestContext {
  return {
    account: 'acme',
    marketplace: null,
    importedAt: IMPORTED_AT,
    marketplacesOfSku: async (sku) => CATALOGUE[sku] ?? [],
    marketplacesOfAsin: async (asin) => ASINS[asin] ?? [],
    priceAt: async () => null,
    hasFactsAt: async () => false,
    orderLinesBetween: async () => [],
    ...overrides,
  };
}

/** Writes a CSV with the kind's full contract header and reads it. */
async function read(kind: CsvFactKind, rows: string[], ctx = context()): Promise<FileRead> {
  const { required, optional } = CLEARWAY_COLUMNS[kind];
  return readLines([[...required, ...optional].join(','), ...rows], ctx);
}

async function readLines(lines: string[], ctx = context()): Promise<FileRead> {
  const path = join(dir, `f${++fileNo}.csv`);
  writeFileSync(path, lines.join('\n') + '\n');
  return readFactFile(path, ctx);
}

function facts<K extends FactKind>(result: FileRead, kind: K): readonly FactsByKind[K][] {
  expect(result.rejected).toEqual([]);
  return result.batch[kind] ?? [];
}

/** The rejections as [line, column, English reason]. */
function rejections(result: FileRead): [number | null, string | null, string][] {
  expect(result.batch).toEqual({});
  return result.rejected.map((r) => [r.line, r.column, t(r.code, r.values)]);
}

// Local midnights: US 2026-03-01 is PST (UTC−8); DE 2026-03-01 is CET (UTC+1).
const US_MAR_1 = Date.UTC(2026, 2, 1, 8);
const DE_MAR_1 = Date.UTC(2026, 1, 28, 23);

describe('products', () => {
  it('reads a full row: money in marketplace and cost currencies, local-day dates, optional columns', async () => {
    const result = await read('products', [
      'SKU-1,B000000001,US,new,2025-01-10,false,4.5,120,false,true,B0000PARENT,Kitchen,39.99,https://brand.example/p,19.99,52.00,CNY,3.1,0.1331,15,5.40,0.12,45,12,24,2026-03-01T10:00:00Z',
    ]);
    expect(facts(result, 'products')).toEqual([
      {
        sku: 'SKU-1',
        asin: 'B000000001',
        marketplace: 'US',
        condition: 'new',
        created: Date.UTC(2025, 0, 10, 8),
        seasonal: false,
        rating: 4.5,
        ratingsCount: 120,
        subscribeAndSave: false,
        imagesOk: true,
        parentAsin: 'B0000PARENT',
        category: 'Kitchen',
        listPrice: 3999,
        listPriceEvidenceUrl: 'https://brand.example/p',
        minPrice: 1999,
        unitCost: 5200,
        costCurrency: 'CNY',
        freightPerUnit: 310,
        fxRate: '0.1331',
        referralPct: 15,
        fulfilmentFee: 540,
        unitCubicFeet: 0.12,
        leadTimeDays: 45,
        casePack: 12,
        minOrderQty: 24,
        validFrom: Date.UTC(2026, 2, 1, 10),
      },
    ]);
  });

  it('DEC-6: a row without `at` (column absent or empty) is a version valid from the import; empty fields are null', async () => {
    const { required } = CLEARWAY_COLUMNS.products;
    const result = await readLines([
      required.join(','),
      'SKU-9,B000000009,JP,used,,true,,,true,false,,,1500,,,,,,,,,,',
    ]);
    expect(facts(result, 'products')).toEqual([
      expect.objectContaining({
        marketplace: 'JP',
        condition: 'used',
        created: null,
        seasonal: true,
        rating: null,
        ratingsCount: 0,
        listPrice: 1500,
        unitCost: null,
        costCurrency: null,
        casePack: null,
        validFrom: IMPORTED_AT,
      }),
    ]);
  });

  it('rejects bad values, each with its column and reason', async () => {
    const result = await read('products', [
      'SKU-1,B000000001,US,mint,2025-02-30,no,5.5,-1,false,true,,,39.999,,1,x,,1,0,101,5,0,1.5,0,,',
      'SKU-2,B000000002,XX,new,,false,,0,false,true,,,,,,,,,,,,,,,,',
    ]);
    expect(rejections(result)).toEqual([
      [2, 'condition', '"mint" is not one of new, used, refurbished, collectible'],
      [2, 'created', '"2025-02-30" is not a date (YYYY-MM-DD or ISO-8601 with offset)'],
      [2, 'seasonal', '"no" is not true or false'],
      [2, 'rating', '"5.5" is not a number in [0, 5]'],
      [2, 'ratings_count', '"-1" is not a whole number ≥ 0'],
      [2, 'list_price', '"39.999" has more than 2 decimal places for USD'],
      [2, 'unit_cost', '"x" is not an amount (a decimal like 23.09)'],
      [2, 'cost_currency', 'a cost currency is required when unit_cost is given'],
      [2, 'cost_currency', 'a cost currency is required when freight_per_unit is given'],
      [2, 'fx_rate', '"0" is not a positive decimal rate'],
      [2, 'referral_pct', '"101" is not a percentage (0 to 100, at most 2 decimals)'],
      [2, 'unit_cubic_feet', '"0" is not a number in (0, ∞)'],
      [2, 'lead_time_days', '"1.5" is not a whole number ≥ 0'],
      [2, 'case_pack', '"0" is not a whole number ≥ 1'],
      [3, 'marketplace', '"XX" is not one of US, CA, MX, UK, DE, FR, IT, ES, JP'],
    ]);
  });
});

describe('orders', () => {
  const header = CLEARWAY_COLUMNS.orders.required.join(',');

  it('reads order lines in their currency; promotion ids split on ; or ,', async () => {
    const result = await readLines([
      header,
      '111-1,1,SKU-1,2026-03-01T10:00:00-08:00,2,34.99,USD,,,false,false,false,fba',
      '111-2,2,SKU-1,2026-03-01,1,,USD,"P1; P2,P3",5.00,true,true,true,FBM',
    ]);
    expect(facts(result, 'orders')).toEqual([
      {
        orderId: '111-1',
        line: 1,
        sku: 'SKU-1',
        marketplace: 'US',
        at: Date.UTC(2026, 2, 1, 18),
        units: 2,
        unitPrice: 3499,
        currency: 'USD',
        promotionIds: [],
        promotionDiscount: 0,
        b2b: false,
        subscribeAndSave: false,
        cancelled: false,
        channel: 'fba',
      },
      {
        orderId: '111-2',
        line: 2,
        sku: 'SKU-1',
        marketplace: 'US',
        at: US_MAR_1,
        units: 1,
        unitPrice: null,
        currency: 'USD',
        promotionIds: ['P1', 'P2', 'P3'],
        promotionDiscount: 500,
        b2b: true,
        subscribeAndSave: true,
        cancelled: true,
        channel: 'fbm',
      },
    ]);
  });

  it('DEC-2: the currency decides between the marketplaces of a SKU; --marketplace decides otherwise', async () => {
    const row = '1,1,SKU-2M,2026-03-01,1,9.99,GBP,,,false,false,false,fba';
    expect(facts(await readLines([header, row]), 'orders')[0]?.marketplace).toBe('UK');
    const ambiguous = '2,1,SKU-EU,2026-03-01,1,9.99,EUR,,,false,false,false,fba';
    expect(rejections(await readLines([header, ambiguous]))).toEqual([
      [2, 'sku', 'sku SKU-EU is sold on DE, FR: give --marketplace'],
    ]);
    const chosen = await readLines([header, ambiguous], context({ marketplace: 'FR' }));
    expect(facts(chosen, 'orders')[0]).toMatchObject({ marketplace: 'FR', at: DE_MAR_1, unitPrice: 999 });
  });

  it('rejects an unknown SKU, a SKU not sold on --marketplace, a currency that is not the marketplace currency', async () => {
    const result = await readLines(
      [
        header,
        '1,1,NOPE,2026-03-01,1,9.99,USD,,,false,false,false,fba',
        '2,1,SKU-1,2026-03-01,1,9.99,USD,,,false,false,false,fba',
        '3,1,SKU-2M,2026-03-01,1,9.99,USD,,,false,false,false,fba',
      ],
      context({ marketplace: 'UK' }),
    );
    expect(rejections(result)).toEqual([
      [2, 'sku', 'unknown sku NOPE: no product of this account has it (import its products first)'],
      [3, 'sku', 'sku SKU-1 is not sold on UK (it is sold on US)'],
      [4, 'currency', 'currency USD is not the currency of UK (GBP)'],
    ]);
  });

  it('rejects bad numbers, dates, money, booleans and enums', async () => {
    const result = await readLines([header, ',0,SKU-1,2026-03-01T10:00,-1,-3.00,USD,,1.234,yes,false,false,ship']);
    expect(rejections(result)).toEqual([
      [2, 'order_id', 'a value is required'],
      [2, 'line', '"0" is not a whole number ≥ 1'],
      [2, 'at', '"2026-03-01T10:00" is not a date (YYYY-MM-DD or ISO-8601 with offset)'],
      [2, 'units', '"-1" is not a whole number ≥ 0'],
      [2, 'unit_price', '"-3.00" must not be negative'],
      [2, 'promotion_discount', '"1.234" has more than 2 decimal places for USD'],
      [2, 'b2b', '"yes" is not true or false'],
      [2, 'channel', '"ship" is not one of fba, fbm'],
    ]);
  });
});

describe('prices, offers, evidence, frozen Was Prices', () => {
  it('prices: the seller price changes of a SKU, in the marketplace currency', async () => {
    const result = await read(
      'prices',
      ['SKU-1,2026-03-01,29.99', 'SKU-EU,2026-03-01T00:00:00+01:00,24.50'],
      context({ marketplace: 'DE' }),
    );
    // --marketplace DE: SKU-1 (US only) is rejected, so check it separately.
    expect(rejections(result)).toEqual([[2, 'sku', 'sku SKU-1 is not sold on DE (it is sold on US)']]);
    const ok = await read('prices', ['SKU-1,2026-03-01,29.99']);
    expect(facts(ok, 'prices')).toEqual([{ sku: 'SKU-1', marketplace: 'US', at: US_MAR_1, price: 2999, dealId: null }]);
  });

  it('offers: by ASIN, marketplace from the products of the ASIN', async () => {
    const result = await read('offers', ['B000000001,2026-03-01T12:00:00Z,Other Shop,New,27.50,TRUE']);
    expect(facts(result, 'offers')).toEqual([
      {
        asin: 'B000000001',
        marketplace: 'US',
        at: Date.UTC(2026, 2, 1, 12),
        seller: 'Other Shop',
        condition: 'new',
        price: 2750,
        buyBox: true,
      },
    ]);
    expect(
      rejections(
        await read('offers', ['B0000000EU,2026-03-01,S,new,1.00,false', 'B0UNKNOWN0,2026-03-01,S,new,1.00,false']),
      ),
    ).toEqual([
      [2, 'asin', 'asin B0000000EU is sold on DE, FR: give --marketplace'],
      [3, 'asin', 'unknown asin B0UNKNOWN0: no product of this account has it (import its products first)'],
    ]);
  });

  it('evidence (PR-1b) and frozen Was Prices (PR-3) carry their marketplace', async () => {
    const evidence = await read('evidence', ['B0000000EU,FR,2026-03-01,34.90,https://shop.example/x']);
    expect(facts(evidence, 'evidence')).toEqual([
      { asin: 'B0000000EU', marketplace: 'FR', at: DE_MAR_1, price: 3490, url: 'https://shop.example/x' },
    ]);
    const frozen = await read('frozen_was_prices', ['B000000001,US,30.00,2026-07-01,2026-07-15']);
    expect(facts(frozen, 'frozen_was_prices')).toEqual([
      {
        asin: 'B000000001',
        marketplace: 'US',
        price: 3000,
        from: Date.UTC(2026, 6, 1, 7),
        to: Date.UTC(2026, 6, 15, 7),
      },
    ]);
    expect(rejections(await read('frozen_was_prices', ['B000000001,US,30.00,2026-07-15,2026-07-01']))).toEqual([
      [2, 'to', '2026-07-01 must be after from (2026-07-15)'],
    ]);
    expect(rejections(await read('evidence', ['B000000001,US,2026-03-01,30.00,']))).toEqual([
      [2, 'url', 'a value is required'],
    ]);
  });
});

describe('promotions, lots, shipments, pricing rules', () => {
  it('promotions: enums, optional money and percentages, end after start', async () => {
    const result = await read('promotions', [
      'C-1,coupon,SKU-1,2026-03-01,2026-03-15,12.5,,,true,,,,,500.00',
      'PC-1,promo_code,SKU-1,2026-03-01T00:00:00Z,2026-03-08T00:00:00Z,,2.00,,false,SAVE2,social,prime,2,',
    ]);
    expect(facts(result, 'promotions')).toEqual([
      {
        id: 'C-1',
        kind: 'coupon',
        sku: 'SKU-1',
        marketplace: 'US',
        start: US_MAR_1,
        end: Date.UTC(2026, 2, 15, 7),
        discountPct: 12.5,
        discountAmount: null,
        price: null,
        stackable: true,
        code: null,
        codeType: null,
        audience: 'all',
        minQty: null,
        budget: 50000,
      },
      {
        id: 'PC-1',
        kind: 'promo_code',
        sku: 'SKU-1',
        marketplace: 'US',
        start: Date.UTC(2026, 2, 1),
        end: Date.UTC(2026, 2, 8),
        discountPct: null,
        discountAmount: 200,
        price: null,
        stackable: false,
        code: 'SAVE2',
        codeType: 'social',
        audience: 'prime',
        minQty: 2,
        budget: null,
      },
    ]);
    expect(
      rejections(await read('promotions', ['X,flash,SKU-1,2026-03-10,2026-03-01,12.345,,,true,,vip,everyone,0,'])),
    ).toEqual([
      [
        2,
        'kind',
        `"flash" is not one of coupon, price_discount, ped, lightning_deal, best_deal, promo_code, business_price, outlet_deal, outlet_sale`,
      ],
      [2, 'discount_pct', '"12.345" is not a percentage (0 to 100, at most 2 decimals)'],
      [2, 'code_type', '"vip" is not one of unrestricted, priority, social'],
      [2, 'audience', '"everyone" is not one of all, prime, new_buyer, business'],
      [2, 'min_qty', '"0" is not a whole number ≥ 1'],
    ]);
    expect(rejections(await read('promotions', ['X,coupon,SKU-1,2026-03-10,2026-03-10,10,,,true,,,,,']))).toEqual([
      [2, 'end', '2026-03-10 must be after start (2026-03-10)'],
    ]);
  });

  it('DEC-1: lots are on-hand snapshots by received day; a lot cannot be received after its snapshot', async () => {
    const result = await read('lots', ['SKU-1,2026-03-01,2025-11-20,40', 'SKU-1,2026-03-01,2026-03-01,0']);
    expect(facts(result, 'lots')).toEqual([
      { sku: 'SKU-1', marketplace: 'US', at: US_MAR_1, received: Date.UTC(2025, 10, 20, 8), units: 40 },
      { sku: 'SKU-1', marketplace: 'US', at: US_MAR_1, received: US_MAR_1, units: 0 },
    ]);
    expect(
      rejections(await read('lots', ['SKU-1,2026-03-01,2026-03-02,5', 'SKU-1,2026-03-01,2026-01-01,2.5'])),
    ).toEqual([
      [2, 'received', '2026-03-02 must not be after at (2026-03-01)'],
      [3, 'units', '"2.5" is not a whole number ≥ 0'],
    ]);
  });

  it('shipments: carrier program and optional shipped/eta/received instants', async () => {
    const result = await read('shipments', ['FBA15X,SKU-1,300,amazon_freight,2026-02-01,2026-02-03,2026-03-10,']);
    expect(facts(result, 'shipments')).toEqual([
      {
        shipmentId: 'FBA15X',
        sku: 'SKU-1',
        marketplace: 'US',
        units: 300,
        carrierProgram: 'amazon_freight',
        created: Date.UTC(2026, 1, 1, 8),
        shipped: Date.UTC(2026, 1, 3, 8),
        eta: Date.UTC(2026, 2, 10, 7),
        received: null,
      },
    ]);
    expect(rejections(await read('shipments', ['FBA15X,SKU-1,300,ups,,,,']))).toEqual([
      [2, 'carrier_program', '"ups" is not one of amazon_freight, partnered_carrier, amazon_global_logistics, other'],
      [2, 'created', 'a value is required'],
    ]);
  });

  it('pricing rules (OUT-9): action and optional price bounds', async () => {
    const result = await read('pricing_rules', ['R1,SKU-1,2026-03-01,create,19.99,', 'R1,SKU-1,2026-03-05,pause,,']);
    expect(facts(result, 'pricing_rules')).toEqual([
      { ruleId: 'R1', sku: 'SKU-1', marketplace: 'US', at: US_MAR_1, action: 'create', minPrice: 1999, maxPrice: null },
      {
        ruleId: 'R1',
        sku: 'SKU-1',
        marketplace: 'US',
        at: Date.UTC(2026, 2, 5, 8),
        action: 'pause',
        minPrice: null,
        maxPrice: null,
      },
    ]);
    expect(rejections(await read('pricing_rules', ['R1,SKU-1,2026-03-01,stop,,']))).toEqual([
      [2, 'action', '"stop" is not one of create, pause, resume, delete'],
    ]);
  });
});

describe('seller and events', () => {
  it('DEC-6: seller rows are versions; without `at` valid from the import', async () => {
    const result = await read('seller', ['acme,US,professional,4.8,true,', 'acme,DE,individual,,false,2026-01-01']);
    expect(facts(result, 'seller')).toEqual([
      {
        account: 'acme',
        marketplace: 'US',
        sellingPlan: 'professional',
        sellerRating: 4.8,
        ishsEnrolled: true,
        validFrom: IMPORTED_AT,
      },
      {
        account: 'acme',
        marketplace: 'DE',
        sellingPlan: 'individual',
        sellerRating: null,
        ishsEnrolled: false,
        validFrom: Date.UTC(2025, 11, 31, 23),
      },
    ]);
  });

  it('rejects a seller row of another account than the one imported into', async () => {
    expect(rejections(await read('seller', ['other,US,professional,4.8,true,']))).toEqual([
      [2, 'account', 'row of account other, but the import is into account acme: give --account other'],
    ]);
  });

  it('events: a declared event per marketplace, end after start', async () => {
    const result = await read('events', ['US,Prime Day 2026,2026-07-08T00:00:00-07:00,2026-07-10T00:00:00-07:00']);
    expect(facts(result, 'events')).toEqual([
      { marketplace: 'US', name: 'Prime Day 2026', start: Date.UTC(2026, 6, 8, 7), end: Date.UTC(2026, 6, 10, 7) },
    ]);
    expect(rejections(await read('events', ['US,,2026-07-08,2026-07-01']))).toEqual([
      [2, 'name', 'a value is required'],
    ]);
  });
});
