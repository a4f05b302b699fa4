// Fact builders for the tests of reference-prices/ and quote/ (and of the promotion validators):
// complete fact objects with plain defaults, so a test states only what it is about.
import type {
  EventFact,
  EvidenceFact,
  FrozenWasPriceFact,
  Instant,
  OrderLineFact,
  PriceFact,
  ProductFact,
  PromotionFact,
} from '../catalog/facts.js';
import type { Marketplace } from '../catalog/marketplace.js';
import { parseInstant } from '../calendar/calendar.js';
import type { BuyerContext } from '../quote/types.js';
import { indexAsinFacts, type AsinFacts } from './asin-facts.js';

export const at = (iso: string): Instant => parseInstant(iso);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function product(p: Partial<ProductFact> = {}): ProductFact {
  return {
    sku: 'SKU-1',
    asin: 'B000TEST01',
    marketplace: 'US',
    condition: 'new',
    created: null,
    seasonal: false,
    rating: 4.5,
    ratingsCount: 100,
    subscribeAndSave: false,
    imagesOk: true,
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
    validFrom: 0,
    ...p,
  };
}

let orderSeq = 0;
export function order(o: Partial<OrderLineFact> & { at: Instant }): OrderLineFact {
  orderSeq++;
  return {
    orderId: `O-${orderSeq}`,
    line: 1,
    sku: 'SKU-1',
    marketplace: 'US',
    units: 1,
    unitPrice: 2000,
    currency: 'USD',
    promotionIds: [],
    promotionDiscount: 0,
    b2b: false,
    subscribeAndSave: false,
    cancelled: false,
    channel: 'fba',
    ...o,
  };
}

export function price(when: Instant, value: number, p: Partial<PriceFact> = {}): PriceFact {
  return { sku: 'SKU-1', marketplace: 'US', at: when, price: value, dealId: null, ...p };
}

export function promo(p: Partial<PromotionFact> & Pick<PromotionFact, 'id' | 'kind' | 'start' | 'end'>): PromotionFact {
  return {
    sku: 'SKU-1',
    marketplace: 'US',
    discountPct: null,
    discountAmount: null,
    price: null,
    stackable: true,
    code: null,
    codeType: null,
    audience: 'all',
    minQty: null,
    budget: null,
    ...p,
  };
}

export function buyer(b: Partial<BuyerContext> = {}): BuyerContext {
  return { prime: false, business: false, firstTime: false, quantity: 1, codes: [], ...b };
}

export interface FactParts {
  products?: ProductFact[];
  orders?: OrderLineFact[];
  prices?: PriceFact[];
  promotions?: PromotionFact[];
  evidence?: EvidenceFact[];
  frozenWasPrices?: FrozenWasPriceFact[];
  events?: EventFact[];
  marketplace?: Marketplace;
}

/** The AsinFacts of B000TEST01 (one new SKU-1 by default). */
export function asinFacts(parts: FactParts = {}): AsinFacts {
  const marketplace = parts.marketplace ?? 'US';
  return indexAsinFacts('B000TEST01', marketplace, {
    products: parts.products ?? [product({ marketplace })],
    orders: parts.orders ?? [],
    prices: parts.prices ?? [],
    promotions: parts.promotions ?? [],
    evidence: parts.evidence ?? [],
    frozenWasPrices: parts.frozenWasPrices ?? [],
    events: parts.events ?? [],
  });
}
