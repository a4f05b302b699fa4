// What a demo buyer pays: the seller's current price, the lowest applicable direct-price promotion
// (RULEBOOK PM-7), then add-ons — clipped coupons (two overlapping coupons both apply, PM-1e) and
// entered promotion codes (unrestricted codes stack, only the largest priority code applies, a coupon
// and a code stack only when both are stackable, else the larger discount wins: PM-5). Outlet add-ons
// are computed on the standard price (PQ-2); discounts round half up and never take the net below zero
// (DEC-5). Also the expected net price of a typical consumer, which drives the demand lift.
import { DIRECT_PRICE_KINDS, type Minor, type PromotionFact } from '../../core/catalog/facts.js';
import { percentOfHalfUp, reduceByPercentHalfUp } from '../../core/money/money.js';

export interface Buyer {
  readonly prime: boolean;
  readonly business: boolean;
  readonly newBuyer: boolean;
  /** Ids of the coupons this buyer clipped. */
  readonly clipped: ReadonlySet<string>;
  /** Ids of the promotion-code promotions this buyer entered a code for. */
  readonly codes: ReadonlySet<string>;
}

export interface LinePrice {
  /** Unit price before add-on discounts: the direct-price promotion's price, else the current price. */
  readonly unitPrice: Minor;
  /** Add-on discount per unit. */
  readonly discountPerUnit: Minor;
  readonly promotionIds: readonly string[];
}

/** Share of buyers who clip a coupon they see, and who enter a code of each type they could use. */
export const CLIP_RATE = 0.6;
export const CODE_USE = { unrestricted: 0.08, priority: 0.06, social: 0.12 } as const;

const DIRECT = new Set(DIRECT_PRICE_KINDS);

function isOutlet(p: PromotionFact): boolean {
  return p.kind === 'outlet_deal' || p.kind === 'outlet_sale';
}

/** The price a direct-price promotion shows, given the current (standard) price. */
export function directPrice(standard: Minor, promo: PromotionFact): Minor {
  if (promo.price !== null) return promo.price;
  if (promo.discountPct !== null) return reduceByPercentHalfUp(standard, promo.discountPct);
  if (promo.discountAmount !== null) return Math.max(0, standard - promo.discountAmount);
  return standard;
}

function addOnDiscount(base: Minor, promo: PromotionFact): Minor {
  if (promo.discountPct !== null) return percentOfHalfUp(base, promo.discountPct);
  return Math.min(base, promo.discountAmount ?? 0);
}

function audienceOk(promo: PromotionFact, buyer: Buyer): boolean {
  switch (promo.audience) {
    case 'prime':
      return buyer.prime;
    case 'new_buyer':
      return buyer.newBuyer;
    case 'business':
      return buyer.business;
    default:
      return true;
  }
}

function directApplies(promo: PromotionFact, buyer: Buyer, units: number): boolean {
  if (promo.kind === 'ped') return buyer.prime;
  if (promo.kind === 'business_price') return buyer.business && units >= (promo.minQty ?? 1);
  return audienceOk(promo, buyer);
}

/** Prices one order line for a buyer among the promotions live at its instant. */
export function resolveLine(standard: Minor, live: readonly PromotionFact[], buyer: Buyer, units: number): LinePrice {
  let direct: PromotionFact | null = null;
  let unitPrice = standard;
  for (const promo of live) {
    if (!DIRECT.has(promo.kind) || !directApplies(promo, buyer, units)) continue;
    const price = directPrice(standard, promo);
    if (price < unitPrice) {
      unitPrice = price;
      direct = promo;
    }
  }
  const base = direct && isOutlet(direct) ? standard : unitPrice;
  const coupons = live.filter((p) => p.kind === 'coupon' && buyer.clipped.has(p.id) && audienceOk(p, buyer));
  let codes = live.filter((p) => p.kind === 'promo_code' && buyer.codes.has(p.id) && audienceOk(p, buyer));
  // PM-5: of several priority codes only the largest applies.
  const priority = codes.filter((p) => p.codeType === 'priority');
  if (priority.length > 1) {
    const best = priority.reduce((a, b) => (addOnDiscount(base, b) > addOnDiscount(base, a) ? b : a));
    codes = codes.filter((p) => p.codeType !== 'priority' || p === best);
  }
  let addOns = [...coupons, ...codes];
  if (coupons.length > 0 && codes.length > 0 && !addOns.every((p) => p.stackable)) {
    const sum = (list: readonly PromotionFact[]): number => list.reduce((s, p) => s + addOnDiscount(base, p), 0);
    addOns = sum(codes) > sum(coupons) ? codes : coupons;
  }
  let discount = 0;
  for (const promo of addOns) discount += addOnDiscount(base, promo);
  discount = Math.min(discount, unitPrice);
  const ids = [...(direct ? [direct.id] : []), ...addOns.map((p) => p.id).sort()];
  return { unitPrice, discountPerUnit: discount, promotionIds: ids };
}

/**
 * The mean net unit price a consumer (not a business) pays among the live promotions: Prime members
 * see PEDs; coupons count by audience share and clip rate; codes are too rare to move demand.
 */
export function expectedNetPrice(standard: Minor, live: readonly PromotionFact[], primeShare: number): number {
  const net = (prime: boolean): number => {
    let price = standard;
    let outlet = false;
    for (const promo of live) {
      if (!DIRECT.has(promo.kind) || promo.kind === 'business_price' || (promo.kind === 'ped' && !prime)) continue;
      if (promo.audience === 'prime' && !prime) continue;
      const p = directPrice(standard, promo);
      if (p < price) {
        price = p;
        outlet = isOutlet(promo);
      }
    }
    const base = outlet ? standard : price;
    let discount = 0;
    for (const promo of live) {
      if (promo.kind !== 'coupon') continue;
      const reach =
        promo.audience === 'all'
          ? 1
          : promo.audience === 'prime'
            ? prime
              ? 1
              : 0
            : promo.audience === 'new_buyer'
              ? 0.2
              : 0;
      discount += reach * CLIP_RATE * addOnDiscount(base, promo);
    }
    return Math.max(0, price - discount);
  };
  return primeShare * net(true) + (1 - primeShare) * net(false);
}
