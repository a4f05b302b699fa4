// The shapes of a price quote (RULEBOOK PQ-1; CONTRACT.md `clearway quote --json`). Money is integer
// minor units here; the app layer formats it to decimal strings.
import type { Instant, Minor, PromotionFact, PromotionKind } from '../catalog/facts.js';
import type { RuleIssue } from '../messages/messages.js';
import type { Currency } from '../money/money.js';

/** Who is buying (PQ-1): the audience filters of PED, business prices and new-buyer promotions use it. */
export interface BuyerContext {
  readonly prime: boolean;
  readonly business: boolean;
  readonly firstTime: boolean;
  /** Units on the order line (business price tiers, `min_qty`); the quote itself is per unit. */
  readonly quantity: number;
  /** Promotion codes the buyer entered (compared case-insensitively). */
  readonly codes: readonly string[];
}

export interface QuoteInput {
  readonly at: Instant;
  readonly currency: Currency;
  /** The standard (current) price, PR-5: the base of every percentage discount. */
  readonly basePrice: Minor;
  /** Promotions of the SKU; those not live at `at` (start ≤ at < end) are ignored. */
  readonly promotions: readonly PromotionFact[];
  readonly buyer: BuyerContext;
  /** PQ-3: a net price at or under it carries a LOSS warning (see costFloor()). */
  readonly costFloor?: Minor | null;
  /** PM-8: a net price under it makes the offer inactive (OFFER_INACTIVE warning). */
  readonly minPrice?: Minor | null;
}

/** PM-7: the one direct-price promotion taken. `discount` = basePrice − price. */
export interface QuoteDirect {
  readonly id: string;
  readonly kind: PromotionKind;
  readonly price: Minor;
  readonly discount: Minor;
}

/** An add-on applied (PQ-2): the base it was computed on and the discount it gave (DEC-5 rounding). */
export interface QuoteAddOn {
  readonly id: string;
  readonly kind: PromotionKind;
  readonly base: Minor;
  readonly discount: Minor;
}

/** Why a live promotion did not apply; `reason` is a message code of quote/messages.ts. */
export interface NotApplied {
  readonly id: string;
  readonly kind: PromotionKind;
  readonly reason: NotAppliedReason;
  readonly values: Readonly<Record<string, string | number>>;
}

export interface Quote {
  readonly at: Instant;
  readonly currency: Currency;
  readonly basePrice: Minor;
  readonly direct: QuoteDirect | null;
  readonly addOns: readonly QuoteAddOn[];
  /** basePrice − direct discount − Σ add-on discounts, never below 0 (PQ-3, DEC-5). */
  readonly netUnitPrice: Minor;
  /** Per unit: basePrice − netUnitPrice. */
  readonly totalDiscount: Minor;
  readonly notApplied: readonly NotApplied[];
  /** PQ-3 LOSS / ZERO_PRICE, PM-8 OFFER_INACTIVE. */
  readonly warnings: readonly RuleIssue[];
  /** PQ-2: true when an Outlet deal/sale was the direct price, so add-ons were computed on the standard price. */
  readonly outletStacking: boolean;
}

/** Codes of NotApplied.reason (each is a message in quote/messages.ts). */
export type NotAppliedReason =
  | 'PROMOTION_NO_EFFECT'
  | 'PROMOTION_AMBIGUOUS_EFFECT'
  | 'PROMOTION_BAD_VALUE'
  | 'PROMOTION_CODE_MISSING'
  | 'PED_PRIME_ONLY'
  | 'AUDIENCE_PRIME_ONLY'
  | 'AUDIENCE_NEW_BUYER_ONLY'
  | 'AUDIENCE_BUSINESS_ONLY'
  | 'BELOW_MIN_QUANTITY'
  | 'CODE_NOT_ENTERED'
  | 'DIRECT_PRICE_NOT_BELOW_BASE'
  | 'DIRECT_PRICE_NOT_LOWEST'
  | 'CODE_NOT_WITH_DEAL'
  | 'PRIORITY_CODE_NOT_LARGEST'
  | 'COUPON_CODE_NOT_STACKABLE';
