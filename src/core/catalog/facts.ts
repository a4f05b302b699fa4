// The fact types of RULEBOOK GEN-1: what happened or was decided, each with its instant.
// Facts are appended, never edited (GEN-2); a correction is a new fact or a new version (DEC-6).
//
// Conventions (ARCHITECTURE.md):
// - `Instant` is epoch milliseconds (UTC). Local days are 'YYYY-MM-DD' strings in the marketplace zone.
// - `Minor` is an integer amount of minor units of the fact's currency (cents; yen for JPY).
// - `null` means "not known / not given", never zero.
import type { Currency } from '../money/money.js';
import type { Marketplace } from './marketplace.js';
import type { InventorySnapshotFact, PlanningRowFact, RestockRowFact } from './report-facts.js';
import type {
  IshsEnrollmentFact,
  PresaleCampaignFact,
  PresaleEventFact,
  PromiseFact,
  ShipmentEtaChangeFact,
} from './ishs-presale-facts.js';

export type { InventorySnapshotFact, PlanningRowFact, RestockRowFact } from './report-facts.js';
export * from './ishs-presale-facts.js';

export type Instant = number;
export type Minor = number;
export type LocalDay = string;

export const CONDITIONS = ['new', 'used', 'refurbished', 'collectible'] as const;
export type Condition = (typeof CONDITIONS)[number];

export const CHANNELS = ['fba', 'fbm'] as const;
export type Channel = (typeof CHANNELS)[number];

export const PROMOTION_KINDS = [
  'coupon',
  'price_discount',
  'ped',
  'lightning_deal',
  'best_deal',
  'promo_code',
  'business_price',
  'outlet_deal',
  'outlet_sale',
] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];

/** RULEBOOK PM intro: direct-price promotions replace the shown price; the others are add-ons. */
export const DIRECT_PRICE_KINDS: readonly PromotionKind[] = [
  'price_discount',
  'ped',
  'lightning_deal',
  'best_deal',
  'business_price',
  'outlet_deal',
  'outlet_sale',
];

export const CODE_TYPES = ['unrestricted', 'priority', 'social'] as const;
export type CodeType = (typeof CODE_TYPES)[number];

export const AUDIENCES = ['all', 'prime', 'new_buyer', 'business'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const CARRIER_PROGRAMS = ['amazon_freight', 'partnered_carrier', 'amazon_global_logistics', 'other'] as const;
export type CarrierProgram = (typeof CARRIER_PROGRAMS)[number];

export const SELLING_PLANS = ['professional', 'individual'] as const;
export type SellingPlan = (typeof SELLING_PLANS)[number];

export const PRICING_RULE_ACTIONS = ['create', 'pause', 'resume', 'delete'] as const;
export type PricingRuleAction = (typeof PRICING_RULE_ACTIONS)[number];

/** A product version: the seller's SKU of an ASIN on one marketplace (GEN-1), valid from `validFrom` (DEC-6). */
export interface ProductFact {
  readonly sku: string;
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly condition: Condition;
  /** When the ASIN was created (PM-1g: new ASINs are exempt from some coupon rules). */
  readonly created: Instant | null;
  readonly seasonal: boolean;
  readonly rating: number | null;
  readonly ratingsCount: number;
  readonly subscribeAndSave: boolean;
  readonly imagesOk: boolean;
  readonly parentAsin: string | null;
  readonly category: string | null;
  /** The seller's List Price (PR-1), in the marketplace currency. */
  readonly listPrice: Minor | null;
  readonly listPriceEvidenceUrl: string | null;
  /** Minimum price guard (PM-8). */
  readonly minPrice: Minor | null;
  /** Purchase cost per unit in `costCurrency` (EXC-5). */
  readonly unitCost: Minor | null;
  readonly costCurrency: Currency | null;
  /** First-leg freight per unit, in `costCurrency`. */
  readonly freightPerUnit: Minor | null;
  /** Marketplace currency per 1 unit of cost currency, as an exact decimal string ("0.1331"). */
  readonly fxRate: string | null;
  /** Referral fee percentage (15 = 15%). */
  readonly referralPct: number | null;
  /** FBA fulfilment fee per unit, marketplace currency. */
  readonly fulfilmentFee: Minor | null;
  readonly unitCubicFeet: number | null;
  readonly leadTimeDays: number | null;
  readonly casePack: number | null;
  readonly minOrderQty: number | null;
  readonly validFrom: Instant;
}

/** One order line (key: orderId + line). */
export interface OrderLineFact {
  readonly orderId: string;
  readonly line: number;
  readonly sku: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly units: number;
  /** Unit price before promotion discounts; null for a pending line whose price Amazon has not given yet. */
  readonly unitPrice: Minor | null;
  readonly currency: Currency;
  readonly promotionIds: readonly string[];
  /** Promotion discount on the whole line (as Amazon's `item-promotion-discount`). */
  readonly promotionDiscount: Minor;
  readonly b2b: boolean;
  readonly subscribeAndSave: boolean;
  readonly cancelled: boolean;
  readonly channel: Channel;
}

/** The seller's own price changes (PR-5). `dealId` tags the automatic Outlet price facts of OUT-9. */
export interface PriceFact {
  readonly sku: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly price: Minor;
  readonly dealId: string | null;
}

/** Another (or our own) seller's offer seen on an ASIN; rows sharing asin + at are a complete snapshot. */
export interface OfferFact {
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly seller: string;
  readonly condition: Condition;
  readonly price: Minor;
  readonly buyBox: boolean;
}

/** A promotion or deal, live or planned (key: id). */
export interface PromotionFact {
  readonly id: string;
  readonly kind: PromotionKind;
  readonly sku: string;
  readonly marketplace: Marketplace;
  readonly start: Instant;
  readonly end: Instant;
  readonly discountPct: number | null;
  readonly discountAmount: Minor | null;
  readonly price: Minor | null;
  readonly stackable: boolean;
  readonly code: string | null;
  readonly codeType: CodeType | null;
  readonly audience: Audience;
  readonly minQty: number | null;
  readonly budget: Minor | null;
}

/** Units on hand at `at` that were received on `received` (DEC-1; key sku + at + received). */
export interface LotFact {
  readonly sku: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly received: Instant;
  readonly units: number;
}

/** An inbound shipment line (key shipmentId + sku). */
export interface ShipmentFact {
  readonly shipmentId: string;
  readonly sku: string;
  readonly marketplace: Marketplace;
  readonly units: number;
  readonly carrierProgram: CarrierProgram;
  readonly created: Instant;
  readonly shipped: Instant | null;
  readonly eta: Instant | null;
  readonly received: Instant | null;
}

/** A seller account version on a marketplace (DEC-6). */
export interface SellerFact {
  readonly account: string;
  readonly marketplace: Marketplace;
  readonly sellingPlan: SellingPlan;
  readonly sellerRating: number | null;
  readonly ishsEnrolled: boolean;
  readonly validFrom: Instant;
}

/** A declared major event (Prime Day, Black Friday…): PR-3, PM-2/3/4 event thresholds and fees. */
export interface EventFact {
  readonly marketplace: Marketplace;
  readonly name: string;
  readonly start: Instant;
  readonly end: Instant;
}

/** A Was Price frozen for a declared event (PR-3). */
export interface FrozenWasPriceFact {
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly price: Minor;
  readonly from: Instant;
  readonly to: Instant;
}

/** External List Price evidence (PR-1b). */
export interface EvidenceFact {
  readonly asin: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly price: Minor;
  readonly url: string;
}

/** An automated pricing rule event (OUT-9). */
export interface PricingRuleFact {
  readonly ruleId: string;
  readonly sku: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly action: PricingRuleAction;
  readonly minPrice: Minor | null;
  readonly maxPrice: Minor | null;
}

export const OUTLET_EVENT_TYPES = [
  'submitted',
  'price_updated',
  'cancelled',
  'approved',
  'not_approved',
  'started',
  'ended',
  'removed',
  'account_flagged',
] as const;
export type OutletEventType = (typeof OUTLET_EVENT_TYPES)[number];

export const OUTLET_ACTORS = ['seller', 'operator', 'system'] as const;
export type OutletActor = (typeof OUTLET_ACTORS)[number];

export const OUTLET_KINDS = ['outlet_deal', 'outlet_sale'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

/**
 * One event of an Outlet deal's history (OUT-6..OUT-10): the deal's state at an instant is a fold of
 * its events (core/outlet/lifecycle.ts). `id` is deterministic (dealId, type, at), so recording the
 * same transition twice adds nothing. `account_flagged` (OUT-9/OUT-10) names the deal that caused it.
 */
export interface OutletEventFact {
  readonly id: string;
  readonly dealId: string;
  readonly sku: string;
  readonly marketplace: Marketplace;
  readonly at: Instant;
  readonly type: OutletEventType;
  /** OUT-5 kind, on `submitted` and `price_updated`. */
  readonly kind: OutletKind | null;
  /** The deal price (submitted, price_updated, started) or the restored price (ended, removed, cancelled). */
  readonly price: Minor | null;
  /** Reason codes (not_approved, removed, cancelled, account_flagged) or an operator's words. */
  readonly reasons: readonly string[];
  readonly actor: OutletActor;
}

/** Every fact kind clearway stores, by the name used in files, the store and `clearway facts`. */
export interface FactsByKind {
  products: ProductFact;
  orders: OrderLineFact;
  prices: PriceFact;
  offers: OfferFact;
  promotions: PromotionFact;
  lots: LotFact;
  shipments: ShipmentFact;
  seller: SellerFact;
  events: EventFact;
  frozen_was_prices: FrozenWasPriceFact;
  evidence: EvidenceFact;
  pricing_rules: PricingRuleFact;
  outlet_events: OutletEventFact;
  inventory_snapshots: InventorySnapshotFact;
  planning_rows: PlanningRowFact;
  restock_rows: RestockRowFact;
  ishs_enrollment: IshsEnrollmentFact;
  shipment_eta_changes: ShipmentEtaChangeFact;
  promises: PromiseFact;
  presale_campaigns: PresaleCampaignFact;
  presale_events: PresaleEventFact;
}
export type FactKind = keyof FactsByKind;
export const FACT_KINDS: readonly FactKind[] = [
  'products',
  'orders',
  'prices',
  'offers',
  'promotions',
  'lots',
  'shipments',
  'seller',
  'events',
  'frozen_was_prices',
  'evidence',
  'pricing_rules',
  'outlet_events',
  'inventory_snapshots',
  'planning_rows',
  'restock_rows',
  'ishs_enrollment',
  'shipment_eta_changes',
  'promises',
  'presale_campaigns',
  'presale_events',
];
