// Builders of planning inputs for the clearance tests (real rule sets, real demand model; nothing here
// decides a rule): one SKU of one ASIN on US with orders, a price, inventory lots and a seller.
import type { LotFact, OrderLineFact, ProductFact, PromotionFact, SellerFact } from '../catalog/facts.js';
import { addDays, localDay, startOfLocalDay } from '../calendar/calendar.js';
import type { PlanInput } from './context.js';

export const TZ = 'America/Los_Angeles';
export const ASIN = 'B0CLEAR001';
export const SKU = 'CLR-1';
export const AS_OF = startOfLocalDay('2026-03-10', TZ) + 9 * 3_600_000;

export function dayAt(offset: number, hour = 12): number {
  return startOfLocalDay(addDays(localDay(AS_OF, TZ), offset), TZ) + hour * 3_600_000;
}

export function productFact(over: Partial<ProductFact> = {}): ProductFact {
  return {
    sku: SKU,
    asin: ASIN,
    marketplace: 'US',
    condition: 'new',
    created: dayAt(-700),
    seasonal: false,
    rating: 4.4,
    ratingsCount: 120,
    subscribeAndSave: false,
    imagesOk: true,
    parentAsin: null,
    category: 'home',
    listPrice: null,
    listPriceEvidenceUrl: null,
    minPrice: null,
    unitCost: 4267,
    costCurrency: 'CNY',
    freightPerUnit: 1888,
    fxRate: '0.1331',
    referralPct: 15,
    fulfilmentFee: 911,
    unitCubicFeet: 0.2,
    leadTimeDays: 45,
    casePack: null,
    minOrderQty: null,
    validFrom: dayAt(-700, 0),
    ...over,
  };
}

export interface FixtureOptions {
  /** Units sold per day over the past `historyDays` days (one line a day). */
  readonly daily?: number;
  readonly historyDays?: number;
  /** Units on hand at the as-of snapshot, by age in days. */
  readonly lots?: readonly { readonly units: number; readonly ageDays: number }[];
  readonly price?: number;
  readonly product?: Partial<ProductFact>;
  readonly promotions?: readonly PromotionFact[];
  readonly horizonDays?: number;
  readonly seller?: Partial<SellerFact>;
  readonly extraOrders?: readonly OrderLineFact[];
}

export function orderLine(
  offset: number,
  units: number,
  unitPrice: number,
  n: number,
  over: Partial<OrderLineFact> = {},
): OrderLineFact {
  return {
    orderId: `O-${n}`,
    line: 1,
    sku: SKU,
    marketplace: 'US',
    at: dayAt(offset),
    units,
    unitPrice,
    currency: 'USD',
    promotionIds: [],
    promotionDiscount: 0,
    b2b: false,
    subscribeAndSave: false,
    cancelled: false,
    channel: 'fba',
    ...over,
  };
}

/** A planning input for one SKU (see FixtureOptions). */
export function planInput(o: FixtureOptions = {}): PlanInput {
  const price = o.price ?? 2999;
  const daily = o.daily ?? 10;
  const history = o.historyDays ?? 120;
  const orders: OrderLineFact[] = [];
  let n = 0;
  for (let d = -history; d < 0; d++) if (daily > 0) orders.push(orderLine(d, daily, price, n++));
  orders.push(...(o.extraOrders ?? []));
  orders.sort((a, b) => a.at - b.at);
  const lots: LotFact[] = (o.lots ?? [{ units: 2840, ageDays: 200 }]).map((l) => ({
    sku: SKU,
    marketplace: 'US',
    at: AS_OF - 3_600_000,
    received: dayAt(-l.ageDays, 0),
    units: l.units,
  }));
  const product = productFact(o.product);
  return {
    sku: SKU,
    account: 'default',
    asOf: AS_OF,
    ...(o.horizonDays ? { horizonDays: o.horizonDays } : {}),
    facts: {
      asin: ASIN,
      marketplace: 'US',
      products: [product],
      orders,
      prices: [{ sku: SKU, marketplace: 'US', at: dayAt(-400, 0), price, dealId: null }],
      promotions: [...(o.promotions ?? [])],
      evidence: [],
      frozenWasPrices: [],
      events: [],
    },
    offers: [],
    lots,
    shipments: [],
    seller: [
      {
        account: 'default',
        marketplace: 'US',
        sellingPlan: 'professional',
        sellerRating: 4.8,
        ishsEnrolled: false,
        validFrom: dayAt(-800, 0),
        ...o.seller,
      },
    ],
    pricingRules: [],
    outletEvents: [],
  };
}
