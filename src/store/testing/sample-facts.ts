// Sample facts of every kind for tests: nulls and values in every nullable field, both booleans,
// fractional reals, money at the edge of the exact integer range. Plain data, no randomness.
import type { FactKind, FactsByKind, LotFact, OrderLineFact, ProductFact } from '../../core/catalog/facts.js';
import type { Marketplace } from '../../core/catalog/marketplace.js';
import { sampleReportFacts } from './report-samples.js';
import { sampleIshsPresaleFacts } from './ishs-presale-samples.js';

export type CompleteBatch = { [K in FactKind]: FactsByKind[K][] };

const T0 = Date.UTC(2025, 0, 15, 8, 30);
const DAY = 86_400_000;

export function sampleProduct(overrides: Partial<ProductFact> = {}): ProductFact {
  return {
    sku: 'SKU-1',
    asin: 'B000000001',
    marketplace: 'US',
    condition: 'new',
    created: T0 - 400 * DAY,
    seasonal: false,
    rating: 4.7,
    ratingsCount: 1234,
    subscribeAndSave: true,
    imagesOk: true,
    parentAsin: 'B00000000P',
    category: 'Kitchen',
    listPrice: 2999,
    listPriceEvidenceUrl: 'https://example.com/list',
    minPrice: 1500,
    unitCost: 700,
    costCurrency: 'CNY',
    freightPerUnit: 35,
    fxRate: '0.1331',
    referralPct: 15,
    fulfilmentFee: 512,
    unitCubicFeet: 0.1 + 0.2,
    leadTimeDays: 45,
    casePack: 24,
    minOrderQty: 500,
    validFrom: T0,
    ...overrides,
  };
}

/** The same product with every nullable field null. */
export function bareProduct(overrides: Partial<ProductFact> = {}): ProductFact {
  return sampleProduct({
    created: null,
    rating: null,
    parentAsin: null,
    category: null,
    listPrice: null,
    listPriceEvidenceUrl: null,
    minPrice: null,
    unitCost: null,
    costCurrency: null,
    freightPerUnit: null,
    fxRate: null,
    referralPct: null,
    fulfilmentFee: null,
    unitCubicFeet: null,
    leadTimeDays: null,
    casePack: null,
    minOrderQty: null,
    ...overrides,
  });
}

export function sampleOrder(overrides: Partial<OrderLineFact> = {}): OrderLineFact {
  return {
    orderId: '111-0000001-0000001',
    line: 1,
    sku: 'SKU-1',
    marketplace: 'US',
    at: T0 + DAY,
    units: 2,
    unitPrice: 2499,
    currency: 'USD',
    promotionIds: ['PROMO-A', 'PROMO-B'],
    promotionDiscount: 250,
    b2b: false,
    subscribeAndSave: true,
    cancelled: false,
    channel: 'fba',
    ...overrides,
  };
}

/** `count` order lines, one unit each, a minute apart, over a few SKUs (for bulk imports). */
export function manyOrders(count: number, start = T0, marketplace: Marketplace = 'US'): OrderLineFact[] {
  const orders: OrderLineFact[] = [];
  for (let i = 0; i < count; i++) {
    orders.push(
      sampleOrder({
        orderId: `114-${String(i).padStart(7, '0')}`,
        line: 1 + (i % 3),
        sku: `SKU-${i % 50}`,
        marketplace,
        at: start + i * 60_000,
        units: 1 + (i % 4),
        promotionIds: i % 5 === 0 ? ['P1'] : [],
      }),
    );
  }
  return orders;
}

export function sampleLot(overrides: Partial<LotFact> = {}): LotFact {
  return { sku: 'SKU-1', marketplace: 'US', at: T0, received: T0 - 30 * DAY, units: 10, ...overrides };
}

/** Two or three facts of every kind, covering null and non-null values of every field. */
export function sampleBatch(): CompleteBatch {
  return {
    products: [
      sampleProduct(),
      bareProduct({ sku: 'SKU-2', asin: 'B000000002', marketplace: 'DE', condition: 'used', seasonal: true }),
    ],
    orders: [
      sampleOrder(),
      sampleOrder({
        line: 2,
        unitPrice: null,
        promotionIds: [],
        promotionDiscount: 0,
        b2b: true,
        subscribeAndSave: false,
        cancelled: true,
        channel: 'fbm',
      }),
      sampleOrder({
        orderId: '028-1',
        marketplace: 'DE',
        currency: 'EUR',
        sku: 'SKU-2',
        unitPrice: 9_007_199_254_740_991,
      }),
    ],
    prices: [
      { sku: 'SKU-1', marketplace: 'US', at: T0, price: 2499, dealId: null },
      { sku: 'SKU-1', marketplace: 'US', at: T0 + DAY, price: 1999, dealId: 'OUTLET-7' },
    ],
    offers: [
      {
        asin: 'B000000001',
        marketplace: 'US',
        at: T0,
        seller: 'A1SELLER',
        condition: 'new',
        price: 2399,
        buyBox: true,
      },
      {
        asin: 'B000000001',
        marketplace: 'US',
        at: T0,
        seller: 'A1SELLER',
        condition: 'used',
        price: 1899,
        buyBox: false,
      },
    ],
    promotions: [
      {
        id: 'PROMO-A',
        kind: 'coupon',
        sku: 'SKU-1',
        marketplace: 'US',
        start: T0,
        end: T0 + 14 * DAY,
        discountPct: 12.5,
        discountAmount: null,
        price: null,
        stackable: true,
        code: null,
        codeType: null,
        audience: 'all',
        minQty: null,
        budget: 50_000,
      },
      {
        id: 'PROMO-B',
        kind: 'promo_code',
        sku: 'SKU-1',
        marketplace: 'US',
        start: T0 + DAY,
        end: T0 + 3 * DAY,
        discountPct: null,
        discountAmount: 300,
        price: 1999,
        stackable: false,
        code: 'SAVE3',
        codeType: 'priority',
        audience: 'prime',
        minQty: 2,
        budget: null,
      },
    ],
    lots: [sampleLot(), sampleLot({ received: T0 - 200 * DAY, units: 4 })],
    shipments: [
      {
        shipmentId: 'FBA15ABC',
        sku: 'SKU-1',
        marketplace: 'US',
        units: 120,
        carrierProgram: 'partnered_carrier',
        created: T0 - 10 * DAY,
        shipped: T0 - 8 * DAY,
        eta: T0 + 5 * DAY,
        received: T0 + 6 * DAY,
      },
      {
        shipmentId: 'FBA15ABD',
        sku: 'SKU-1',
        marketplace: 'US',
        units: 60,
        carrierProgram: 'other',
        created: T0 - 2 * DAY,
        shipped: null,
        eta: null,
        received: null,
      },
    ],
    seller: [
      {
        account: 'Acme',
        marketplace: 'US',
        sellingPlan: 'professional',
        sellerRating: 98.5,
        ishsEnrolled: true,
        validFrom: T0,
      },
      {
        account: 'Acme',
        marketplace: 'DE',
        sellingPlan: 'individual',
        sellerRating: null,
        ishsEnrolled: false,
        validFrom: T0,
      },
    ],
    events: [{ marketplace: 'US', name: 'Prime Day', start: T0 + 180 * DAY, end: T0 + 182 * DAY }],
    frozen_was_prices: [
      { asin: 'B000000001', marketplace: 'US', price: 2799, from: T0 + 170 * DAY, to: T0 + 182 * DAY },
    ],
    evidence: [{ asin: 'B000000001', marketplace: 'US', at: T0, price: 3199, url: 'https://example.com/p/1' }],
    pricing_rules: [
      { ruleId: 'R-1', sku: 'SKU-1', marketplace: 'US', at: T0, action: 'create', minPrice: 1500, maxPrice: 2999 },
      { ruleId: 'R-1', sku: 'SKU-1', marketplace: 'US', at: T0 + DAY, action: 'pause', minPrice: null, maxPrice: null },
    ],
    outlet_events: [
      {
        id: `OD-1:submitted:${T0}`,
        dealId: 'OD-1',
        sku: 'SKU-1',
        marketplace: 'US',
        at: T0,
        type: 'submitted',
        kind: 'outlet_deal',
        price: 1799,
        reasons: [],
        actor: 'seller',
      },
      {
        id: `OD-1:not_approved:${T0 + DAY}`,
        dealId: 'OD-1',
        sku: 'SKU-1',
        marketplace: 'US',
        at: T0 + DAY,
        type: 'not_approved',
        kind: null,
        price: null,
        reasons: ['OUTLET_REVIEW_IMAGES', 'OUTLET_REVIEW_RATING'],
        actor: 'system',
      },
    ],
    ...sampleReportFacts(T0),
    ...sampleIshsPresaleFacts(T0),
  };
}

export const SAMPLE_T0 = T0;
export const SAMPLE_DAY = DAY;
